package org.gordian.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchIndex;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Paths2;
import org.gordian.io.AtomicFiles;
import org.gordian.report.Format;
import org.gordian.report.IndexJson;
import org.gordian.report.IndexMarkdown;
import org.gordian.report.Reporters;
import org.gordian.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gordian merge}: combines the shards of a batch into the index a single batch run writes.
 *
 * <p>A shard folder is data from elsewhere (another node, another user): every path its index
 * names is checked before anything is copied. A report path must be relative, without {@code ..},
 * control characters or backslashes; it is followed from the shard folder without following any
 * symbolic link, and must end at a regular file. Shards must come from one batch ({@link
 * org.gordian.batch.BatchId}). Every file is written whole into the output folder, or not at all.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {"Combine the output folders of 'gordian batch --shard i/n' runs: copy their reports into one"
        + " folder and write the index.md and index.json a single batch run would have written (and index.html"
        + " with --format html)."},
    footer = {"", "Examples:", "  gordian merge reports/shard-*/ --out reports/",
        "  gordian merge reports/shard-*/ --format html --out reports/",
        "  gordian merge reports/shard-*/ --out reports/ --parquet results/",
        "", "Only regular files inside the shard folders are copied: a report path with '..', an absolute path or a",
        "symbolic link is refused, as are shards of different batches (other cases, scenarios or rule files).",
        "", "Exit codes: 0 merged, 2 bad usage, 3 a shard is missing, given twice, from another batch or names a",
        "file outside itself, 5 a file could not be read or written."})
final class MergeCommand extends Shell {
  /** The longest shard index read. */
  static final long MAX_INDEX_BYTES = 64L * 1024 * 1024;

  @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "Output folders of batch shards.")
  List<Path> shards;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The folder for the merged index.")
  Path out;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      converter = RunFlags.FormatConverter.class,
      description = "markdown (default): index.md and index.json; html: also index.html, a page with a grid of"
          + " cases and scenarios and a chart per case, linking each run's HTML report where its shard wrote one.")
  Format format = Format.MARKDOWN;

  @Override
  java.util.Set<Format> formats() {
    return java.util.Set.of(Format.MARKDOWN, Format.HTML);
  }

  @Override
  String formatWords(String format) {
    return format.equals("html") ? "index.html too: the grid of cases and scenarios" : super.formatWords(format);
  }

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Check the Parquet results the shards wrote with --parquet (repeatable): every file a table of"
          + " the results schema, every run of the batch there once, with the same options and rule files.")
  List<Path> parquet = new ArrayList<>();

  @Override
  ExitCode execute() throws IOException {
    List<BatchIndex> indexes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path dir : shards) {
      Path file = dir.resolve("shard-index.json");
      if (!Files.isDirectory(dir) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new GordianException(Diagnostic.error(file, 0, 0, "no shard index here; is "
            + Paths2.display(dir) + " the --out folder of 'gordian batch --shard i/n'?"));
      }
      BatchIndex index = readIndex(file);
      names.add(Paths2.display(dir) + (index.shard() == null ? "" : " (" + index.shard() + ")"));
      for (BatchEntry e : index.entries()) {
        String problem = e.ok() ? reportProblem(e.report()) : null;
        if (problem != null) {
          throw new GordianException(Diagnostic.error(file, 0, 0, "run " + (e.ordinal() + 1) + " ("
              + e.caseId() + " " + e.scenario() + "): report '" + printable(e.report()) + "' " + problem
              + "; a report is a path relative to the shard folder, such as 'my-case/baseline'"));
        }
      }
      indexes.add(index);
    }
    BatchIndex merged;
    try {
      merged = BatchIndex.merge(indexes, names);
    } catch (IllegalArgumentException e) {
      throw new GordianException(Diagnostic.error(null, 0, 0, "cannot merge: " + e.getMessage()));
    }
    if (!parquet.isEmpty()) {
      DataOut.checkParquet(parquet, merged.entries().stream().filter(BatchEntry::ok)
          .map(e -> List.of(e.caseId(), e.scenario())).collect(java.util.stream.Collectors.toSet()));
    }
    Path outAbs = out.toAbsolutePath().normalize();
    makeFolder(out);
    for (int i = 0; i < shards.size(); i++) {
      Path dir = shards.get(i).toAbsolutePath().normalize();
      for (BatchEntry e : indexes.get(i).entries()) {
        if (!e.ok()) {
          continue;
        }
        for (String ext : e.extensions()) {
          String relative = e.report() + "." + ext;
          Path from = inside(dir, relative, true);
          Path to = inside(outAbs, relative, false);
          if (!from.equals(to)) {
            try {
              AtomicFiles.copy(from, to);
            } catch (IOException x) {
              throw cannot("copy " + Paths2.display(from) + " to", to, x);
            }
          }
        }
      }
    }
    var at = Text.generatedAt();
    emit(out.resolve("index.json"), w -> new IndexJson(at).write(merged, w));
    emit(out.resolve("index.md"), w -> new IndexMarkdown(at).write(merged, w));
    if (format == Format.HTML) {
      emit(out.resolve("index.html"), w -> Reporters.of(BatchIndex.class, Format.HTML, at).write(merged, w));
    }
    notices().println(merged.entries().size() + " runs from " + shards.size() + " shards, " + merged.failed()
        + " failed; index: " + Paths2.display(out.resolve("index.md")));
    err().flush();
    return ExitCode.OK;
  }

  /** Reads a shard index that must be a regular file, not a link to one. */
  private static BatchIndex readIndex(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!a.isRegularFile()) {
      throw new GordianException(Diagnostic.error(file, 0, 0, (a.isSymbolicLink() ? "is a symbolic link"
          : "is not a regular file") + "; a shard index must be the file 'gordian batch --shard' wrote"));
    }
    if (a.size() > MAX_INDEX_BYTES) {
      throw new GordianException(Diagnostic.error(file, 0, 0, "is " + a.size() + " bytes; a shard index has at most "
          + MAX_INDEX_BYTES));
    }
    byte[] bytes;
    try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readAllBytes();
    }
    try (Reader r = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
      return IndexJson.read(r);
    } catch (IOException e) {
      throw new GordianException(Diagnostic.error(file, 0, 0, e.getMessage()));
    }
  }

  /** Why a report path from a shard index cannot be used, or null when it can. */
  static String reportProblem(String report) {
    if (report == null || report.isEmpty()) {
      return "is empty";
    }
    if (report.length() > 1000) {
      return "is longer than 1000 characters";
    }
    if (report.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "holds a control character";
    }
    if (report.indexOf('\\') >= 0) {
      return "holds a backslash";
    }
    if (report.startsWith("/") || report.matches("^[A-Za-z]:.*")) {
      return "is an absolute path";
    }
    for (String part : report.split("/", -1)) {
      if (part.equals("..")) {
        return "leads out of the folder with '..'";
      }
      if (part.isEmpty() || part.equals(".")) {
        return "has an empty or '.' step";
      }
    }
    return null;
  }

  /**
   * {@code root/relative}, step by step, refusing a symbolic link at any step. For a source, every
   * step must exist and the last be a regular file; for a target, missing folders are made and the
   * last step must be missing or a regular file.
   */
  private static Path inside(Path root, String relative, boolean source) throws IOException {
    String[] parts = relative.split("/");
    Path p = root;
    for (int k = 0; k < parts.length; k++) {
      p = p.resolve(parts[k]);
      boolean last = k == parts.length - 1;
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.NoSuchFileException e) {
        if (source) {
          throw new GordianException(Diagnostic.error(p, 0, 0, "the shard index lists this report, but it is missing"));
        }
        if (!last) {
          makeFolder(p);
        }
        continue;
      }
      String what = a.isSymbolicLink() ? "is a symbolic link" : last && !a.isRegularFile() ? "is not a regular file"
          : !last && !a.isDirectory() ? "is not a folder" : null;
      if (what != null) {
        throw new GordianException(Diagnostic.error(p, 0, 0, what + "; merge " + (source ? "copies" : "writes")
            + " only regular files inside " + (source ? "the shard folder" : "the --out folder")
            + ", and follows no link"));
      }
    }
    return p;
  }

  private static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(200).forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
