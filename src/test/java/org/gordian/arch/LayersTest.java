package org.gordian.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' layers point one way, as docs/developing.md's layout section draws them: each layer may
 * use only the layers below it. From the bottom: diag and io, model, facts, engine, load, space, run
 * (the evaluation core), analysis, the façade ({@code org.gordian}), tester and batch, report, data, cli.
 */
class LayersTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.gordian");
  }

  @Test
  void everyLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("diag").definedBy("org.gordian.diag..")
        .layer("io").definedBy("org.gordian.io..")
        .layer("model").definedBy("org.gordian.model..")
        .layer("facts").definedBy("org.gordian.facts..")
        .layer("engine").definedBy("org.gordian.engine..")
        .layer("load").definedBy("org.gordian.load..")
        .layer("space").definedBy("org.gordian.space..")
        .layer("run").definedBy("org.gordian.run..")
        .layer("analysis").definedBy("org.gordian.analysis..")
        .layer("facade").definedBy("org.gordian")
        .layer("tester").definedBy("org.gordian.tester..")
        .layer("batch").definedBy("org.gordian.batch..")
        .layer("report").definedBy("org.gordian.report..")
        .layer("data").definedBy("org.gordian.data..")
        .layer("cli").definedBy("org.gordian.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("data").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("data", "cli")
        .whereLayer("batch").mayOnlyBeAccessedByLayers("report", "data", "cli")
        .whereLayer("tester").mayOnlyBeAccessedByLayers("report", "data", "cli")
        .whereLayer("facade").mayOnlyBeAccessedByLayers("tester", "batch", "report", "data", "cli")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("facade", "tester", "batch", "report", "data", "cli")
        .whereLayer("run").mayOnlyBeAccessedByLayers("analysis", "facade", "tester", "batch", "report", "data", "cli")
        .whereLayer("space").mayOnlyBeAccessedByLayers("run", "analysis", "facade", "tester", "batch", "report", "data", "cli")
        .whereLayer("load").mayOnlyBeAccessedByLayers("space", "run", "analysis", "facade", "tester", "batch", "report", "data",
            "cli")
        .whereLayer("engine").mayOnlyBeAccessedByLayers("load", "space", "run", "analysis", "facade", "tester", "batch",
            "report", "data", "cli")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("engine", "load", "space", "run", "analysis", "facade", "tester",
            "batch", "report", "data", "cli")
        .whereLayer("model").mayOnlyBeAccessedByLayers("facts", "engine", "load", "space", "run", "analysis", "facade",
            "tester", "batch", "report", "data", "cli")
        .check(main);
  }

  @Test
  void onlyTheCommandLineTalksToTheTerminalOrExits() {
    noClasses().that().resideOutsideOfPackage("org.gordian.cli..")
        .should().callMethod(System.class, "exit", int.class)
        .orShould().accessField(System.class, "out")
        .because("the core writes through the writers it is given, and only the command line ends the process")
        .check(main);
  }

  /**
   * The library speaks of its own settings, not of command-line flags: a failure carries a
   * {@link org.gordian.diag.Hint} and the command line names the flag. No string literal outside
   * the cli package holds a flag such as {@code --time-limit}.
   */
  @Test
  void noFlagOfTheCommandLineIsNamedOutsideIt() throws java.io.IOException {
    java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    java.util.regex.Pattern flag = java.util.regex.Pattern.compile("[\"\\s(]--[a-z][a-z-]+");
    java.util.List<String> found = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/gordian"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/cli/"))
          .toList()) {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          java.util.regex.Matcher m = literal.matcher(lines.get(i));
          while (m.find()) {
            if (flag.matcher(m.group()).find()) {
              found.add(f + ":" + (i + 1) + ": " + m.group());
            }
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(found).isEmpty();
  }

  /**
   * Settings reach the core as option records ({@code RunOptions}, {@code LoadOptions} …), never as
   * system properties read deep inside it. The one reader left, the rule cache's key, reads the
   * Drools settings the compiled form depends on, not settings of Gordian's own.
   */
  @Test
  void onlyTheCommandLineReadsSettingsFromSystemProperties() {
    noClasses().that().resideOutsideOfPackage("org.gordian.cli..")
        .and().doNotHaveFullyQualifiedName("org.gordian.load.RuleCache")
        .should().callMethod(System.class, "getProperty", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class, String.class)
        .orShould().callMethod(Boolean.class, "getBoolean", String.class)
        .orShould().callMethod(Integer.class, "getInteger", String.class)
        .orShould().callMethod(Long.class, "getLong", String.class)
        .because("the core takes its settings from option records with builders")
        .check(main);
  }

  @Test
  void droolsInternalsAreUsedOnlyThroughTheirAdapter() {
    noClasses().that().resideOutsideOfPackage("org.gordian.engine.drools..")
        .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie.internal..", "org.mvel2..")
        .because("Drools classes outside the public KIE API are reached only through org.gordian.engine.drools,"
            + " whose contract tests are pinned to the Drools version")
        .check(main);
  }

  @Test
  void theRuleFacingFactsUseNoEnginePart() {
    noClasses().that().resideInAPackage("org.gordian.facts")
        .should().dependOnClassesThat().resideInAnyPackage("org.gordian.engine..", "org.gordian.load..",
            "org.gordian.run..", "org.drools..", "org.kie..")
        .check(main);
  }
}
