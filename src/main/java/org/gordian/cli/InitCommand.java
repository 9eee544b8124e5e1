package org.gordian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gordian.diag.Paths2;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian init}: writes a commented skeleton case that runs and passes its tests. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {"Write a new case into a new or empty folder: a commented case.yaml, a rule file per party and a"
        + " context rule file under rules/, and an expectations.yaml that the skeleton passes. Edit them from there;"
        + " docs/first-case.md walks through it."},
    footer = {"", "Examples:", "  gordian init my-case",
        "  gordian init my-case --parties North,South --title 'Talks between North and South'",
        "  gordian init my-case && gordian test my-case",
        "", "Exit codes: 0 case written, 2 bad usage (a party or case id that is not an id),",
        "5 the folder is not empty or could not be written."})
final class InitCommand extends Shell {
  /** Where the schemas are kept in the jar. */
  static final String SCHEMA_RESOURCES = "/org/gordian/schema/";

  /** The schemas a case refers to. */
  static final List<String> SCHEMAS = List.of("case.schema.json", "expectations.schema.json");

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new case; made if missing, refused"
      + " if it holds anything.")
  Path dir;

  @Option(names = "--parties", paramLabel = "A,B", split = ",", defaultValue = "A,B",
      description = "The parties' ids, two or more (default: ${DEFAULT-VALUE}).")
  List<String> parties = new ArrayList<>();

  @Option(names = "--title", paramLabel = "TEXT", description = "The case's title (default: the folder's name).")
  String title;

  @Option(names = "--id", paramLabel = "ID", description = "The case's id (default: the folder's name).")
  String id;

  @Override
  ExitCode execute() throws IOException {
    Path folder = dir.toAbsolutePath().normalize();
    String name = folder.getFileName() == null ? "case" : folder.getFileName().toString();
    String caseId = id != null ? id : name.replaceAll("[^A-Za-z0-9_.\\-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
    checkId("--id", caseId.isEmpty() ? name : caseId);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String p : parties) {
      checkId("--parties", p);
      if (!seen.add(p.toLowerCase(java.util.Locale.ROOT))) {
        throw usage("option '--parties' names party '" + p + "' twice");
      }
    }
    if (parties.size() < 2) {
      throw usage("option '--parties' needs two parties or more, found " + parties.size());
    }
    refuseNonEmpty(folder);
    String schemaFolder = schemaFolder(folder);
    CaseSkeleton skeleton = new CaseSkeleton(caseId, title != null ? title : name, parties, schemaFolder);
    makeFolder(folder.resolve(CaseSkeleton.RULES));
    if (schemaFolder.equals("schema")) {
      makeFolder(folder.resolve("schema"));
      for (String s : SCHEMAS) {
        write(folder.resolve("schema").resolve(s), schemaText(s));
      }
    }
    for (Map.Entry<String, String> f : skeleton.files().entrySet()) {
      write(folder.resolve(f.getKey()), f.getValue());
    }
    if (!quiet()) {
      out().println("Wrote a new case to " + Paths2.display(dir) + ": case.yaml, expectations.yaml and "
          + skeleton.files().keySet().stream().filter(k -> k.startsWith(CaseSkeleton.RULES + "/")).count()
          + " rule files in " + CaseSkeleton.RULES + "/.");
      out().println("Next: gordian test " + Paths2.display(dir) + "   (then edit the files; see docs/first-case.md)");
    }
    return ExitCode.OK;
  }

  private picocli.CommandLine.ParameterException usage(String message) {
    return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
  }

  private void checkId(String option, String value) {
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]*")) {
      throw usage("option '" + option + "': '" + value + "' is not an id; use letters, digits, '-', '_' and '.',"
          + " starting with a letter or digit");
    }
  }

  private static void refuseNonEmpty(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException("cannot write a case to " + Paths2.display(folder) + ": it is a file, not a folder");
    }
    if (Files.isDirectory(folder)) {
      long entries;
      try (Stream<Path> s = Files.list(folder)) {
        entries = s.count();
      }
      if (entries > 0) {
        throw new IOException("cannot write a case to " + Paths2.display(folder) + ": the folder is not empty ("
            + entries + (entries == 1 ? " entry" : " entries") + "); give a new or empty folder, nothing was written");
      }
    }
  }

  /**
   * The folder of the JSON Schemas as the case files refer to it: the {@code schema/} folder of a
   * Gordian checkout above the case, else {@code schema} inside the case, where they are copied.
   */
  static String schemaFolder(Path folder) {
    for (Path p = folder.getParent(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("schema").resolve(SCHEMAS.get(0)))) {
        return folder.relativize(p.resolve("schema")).toString().replace('\\', '/');
      }
    }
    return "schema";
  }

  static String schemaText(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(SCHEMA_RESOURCES + name)) {
      if (in == null) {
        throw new IOException("the schema " + name + " is missing from Gordian's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(Path file, String text) throws IOException {
    try {
      org.gordian.report.ReportFiles.write(file, w -> w.write(text));
    } catch (IOException e) {
      throw cannot("write", file, e);
    }
  }
}
