package org.gordian.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gordian.diag.GordianException;
import org.gordian.diag.Problems;
import org.gordian.load.CaseLoader;
import org.gordian.load.RuleLoader;
import org.gordian.load.LoadOptions;
import org.gordian.model.CaseDef;
import org.gordian.model.Located;
import org.gordian.model.Scenario;

/**
 * The runs of a batch in their fixed order: cases sorted by path, each case's baseline first, then
 * its scenarios as the case file lists them (all of them, or the ones asked for). A case whose file
 * cannot be read still makes one run, whose result records the errors.
 */
public final class BatchPlan {
  private BatchPlan() {}

  /**
   * The case files under the given paths: a path that is a case (a case file, or a folder with
   * {@code case.yaml}) is itself; any other folder contributes its sub-folders holding {@code case.yaml}.
   */
  public static List<Path> cases(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p) || Files.isRegularFile(p.resolve(CaseLoader.CASE_FILE))) {
        out.add(p.normalize());
        continue;
      }
      if (!Files.isDirectory(p)) {
        throw new IOException("no case or folder of cases at " + p);
      }
      try (Stream<Path> children = Files.list(p)) {
        children.filter(c -> Files.isRegularFile(c.resolve(CaseLoader.CASE_FILE))).map(Path::normalize)
            .sorted().forEach(out::add);
      }
    }
    return out.stream().distinct().toList();
  }

  /**
   * Every run of the batch, each with a report path of its own: a case's reports go to a folder
   * named after the case's folder, and when two cases' folders have the same name (in any letter
   * case) the later ones get {@code -2}, {@code -3}, … ({@code p1/tiny}, {@code p2/tiny} give
   * {@code tiny/} and {@code tiny-2/}); within a case each scenario's report is named by its id.
   *
   * @param allScenarios whether to run every scenario of each case besides its baseline
   * @param scenarios scenario ids to run where a case has them (besides the baseline)
   * @param load how cases are loaded (whether they may name rule folders outside their projects)
   */
  public static List<BatchRun> runs(List<Path> cases, boolean allScenarios, List<String> scenarios,
      LoadOptions load) {
    List<BatchRun> out = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    for (Path c : cases) {
      String name = caseName(c);
      String folder = unique(name, folders);
      Set<String> files = new HashSet<>();
      out.add(new BatchRun(out.size(), c, name, null, folder + "/" + unique("baseline", files)));
      CaseDef def;
      try {
        def = CaseLoader.load(c, load.rulesOutside());
      } catch (GordianException e) {
        continue;
      }
      for (Scenario s : def.scenarios()) {
        if (allScenarios || scenarios.contains(s.id())) {
          out.add(new BatchRun(out.size(), c, name, s.id(), folder + "/" + unique(s.id(), files)));
        }
      }
    }
    return List.copyOf(out);
  }

  /** {@code name}, or {@code name-2}, {@code name-3}, … whichever is not yet taken in any letter case; takes it. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  /**
   * A digest of everything the batch reads, from {@link #inputFiles}: each case file and the rule
   * files its rules and scenarios name, by name and digest in order. Shards of one batch compute
   * the same digest; {@code merge} compares them.
   */
  public static String digestOf(java.util.Map<String, String> files) {
    MessageDigest sha = sha256();
    files.forEach((name, digest) -> {
      update(sha, name);
      update(sha, digest);
    });
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Each file the batch reads with the digest of its bytes, in the order read: a case file as
   * {@code case CASEFILE}, a rule file as {@code rule CASEFILE -> RULE} with the rule's path
   * relative to the case's folder. {@code merge} names the files where two shards differ.
   */
  public static java.util.Map<String, String> inputFiles(List<Path> cases, LoadOptions load) {
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    for (Path c : cases) {
      Path file = CaseLoader.resolve(c).toAbsolutePath().normalize();
      Path folder = file.getParent();
      String caseName = CaseLoader.resolve(c).toString().replace('\\', '/');
      files.put("case " + caseName, digestFile(file));
      CaseDef def;
      try {
        def = CaseLoader.load(c, load.rulesOutside());
      } catch (GordianException e) {
        continue;   // its bytes are in the digest; it fails alike in every shard
      }
      List<Located<Path>> sources = new ArrayList<>(def.rules());
      def.scenarios().forEach(s -> sources.addAll(s.rules()));
      for (Path rule : RuleLoader.ruleFiles(sources, new Problems())) {
        String name = folder.relativize(rule).toString().replace('\\', '/');
        files.put("rule " + caseName + " -> " + name, digestFile(rule));
        if (rule.toString().endsWith(".dslr")) {
          for (Path mapping : org.gordian.load.RuleSources.mappingsBeside(rule)) {
            files.put("mapping " + caseName + " -> " + folder.relativize(mapping).toString().replace('\\', '/'),
                digestFile(mapping));
          }
        }
      }
    }
    return files;
  }

  private static String digestFile(Path file) {
    if (!Files.isRegularFile(file)) {
      return "not a file";
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = sha256();
      sha.update(in.readAllBytes());
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      return "unreadable";
    }
  }

  private static void update(MessageDigest sha, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String caseName(Path c) {
    Path folder = Files.isDirectory(c) ? c : c.toAbsolutePath().getParent();
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "case" : name.toString();
  }
}
