package org.gordian.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchIndex;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Paths2;
import org.gordian.report.IndexJson;
import org.gordian.report.IndexMarkdown;
import org.gordian.report.ReportFiles;
import org.gordian.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian merge}: combines the shards of a batch into the index a single batch run writes. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {"Combine the output folders of 'gordian batch --shard i/n' runs: copy their reports into one"
        + " folder and write the index.md and index.json a single batch run would have written."},
    footer = {"", "Example:", "  gordian merge reports/shard-*/ --out reports/",
        "", "Exit codes: 0 merged, 2 bad usage, 3 a shard is missing, given twice or from another batch,",
        "5 a file could not be read or written."})
final class MergeCommand extends Shell {
  @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "Output folders of batch shards.")
  List<Path> shards;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The folder for the merged index.")
  Path out;

  @Override
  ExitCode execute() throws IOException {
    List<BatchIndex> indexes = new ArrayList<>();
    for (Path dir : shards) {
      Path file = dir.resolve("shard-index.json");
      if (!Files.isRegularFile(file)) {
        throw new GordianException(Diagnostic.error(file, 0, 0, "no shard index here; is "
            + Paths2.display(dir) + " the --out folder of 'gordian batch --shard i/n'?"));
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        indexes.add(IndexJson.read(r));
      } catch (IOException e) {
        throw new GordianException(Diagnostic.error(file, 0, 0, e.getMessage()));
      }
    }
    BatchIndex merged;
    try {
      merged = BatchIndex.merge(indexes);
    } catch (IllegalArgumentException e) {
      throw new GordianException(Diagnostic.error(null, 0, 0, "cannot merge: " + e.getMessage()));
    }
    Files.createDirectories(out);
    for (int i = 0; i < shards.size(); i++) {
      Path dir = shards.get(i);
      for (BatchEntry e : indexes.get(i).entries()) {
        if (e.ok()) {
          for (String ext : List.of(".md", ".json")) {
            Path from = dir.resolve(e.report() + ext);
            Path to = out.resolve(e.report() + ext);
            if (!Files.isRegularFile(from)) {
              throw new GordianException(Diagnostic.error(from, 0, 0, "the shard index lists this report, but it"
                  + " is missing"));
            }
            if (!from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
              Files.createDirectories(to.getParent());
              Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
    }
    var at = Text.generatedAt();
    ReportFiles.write(out.resolve("index.json"), w -> new IndexJson(at).write(merged, w));
    ReportFiles.write(out.resolve("index.md"), w -> new IndexMarkdown(at).write(merged, w));
    err().println(merged.entries().size() + " runs from " + shards.size() + " shards, " + merged.failed()
        + " failed; index: " + Paths2.display(out.resolve("index.md")));
    err().flush();
    return ExitCode.OK;
  }
}
