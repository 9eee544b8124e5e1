package org.gordian.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.diag.GordianException;
import org.gordian.load.CaseLoader;
import org.gordian.model.CaseDef;
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
   * Every run of the batch.
   *
   * @param allScenarios whether to run every scenario of each case besides its baseline
   * @param scenarios scenario ids to run where a case has them (besides the baseline)
   */
  public static List<BatchRun> runs(List<Path> cases, boolean allScenarios, List<String> scenarios) {
    List<BatchRun> out = new ArrayList<>();
    for (Path c : cases) {
      String name = caseName(c);
      out.add(new BatchRun(out.size(), c, name, null));
      CaseDef def;
      try {
        def = CaseLoader.load(c);
      } catch (GordianException e) {
        continue;
      }
      for (Scenario s : def.scenarios()) {
        if (allScenarios || scenarios.contains(s.id())) {
          out.add(new BatchRun(out.size(), c, name, s.id()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static String caseName(Path c) {
    Path folder = Files.isDirectory(c) ? c : c.toAbsolutePath().getParent();
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "case" : name.toString();
  }
}
