package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian init} writes a case that checks, runs and passes its own expectations. */
class InitCommandTest {
  @TempDir
  Path tmp;

  @Test
  void aNewCaseChecksRunsAndPassesItsExpectations() {
    Path dir = tmp.resolve("talks");
    Cli.Result init = Cli.run("init", dir.toString(), "--parties", "North,South,East", "--title", "Three-way talks");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(dir.resolve("case.yaml")).content().contains("title: Three-way talks").contains("- id: East");
    assertThat(dir.resolve("rules/north.drl")).exists();
    assertThat(dir.resolve("rules/south.drl")).exists();
    assertThat(dir.resolve("rules/east.drl")).exists();
    assertThat(dir.resolve("rules/context.drl")).exists();

    Cli.Result check = Cli.run("check", dir.toString(), "--strict");
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    Cli.Result run = Cli.run("run", dir.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"lone-offer\"");
    Cli.Result test = Cli.run("test", dir.toString());
    assertThat(test.code()).as(test.out() + test.err()).isZero();
    assertThat(test.out()).contains("6 passed, 0 failed").doesNotContain("FAIL");
  }

  @Test
  void theDefaultPartiesMakeACaseThatPasses() {
    Path dir = tmp.resolve("plain");
    assertThat(Cli.run("init", dir.toString()).code()).isZero();
    Cli.Result test = Cli.run("test", dir.toString());
    assertThat(test.code()).as(test.out() + test.err()).isZero();
  }

  @Test
  void theCaseFilesNameTheSchemaTheyFollow() throws IOException {
    Path dir = tmp.resolve("outside");
    assertThat(Cli.run("init", dir.toString()).code()).isZero();
    // Outside a checkout the schemas are copied into the case, and the files name the copies.
    assertThat(Files.readAllLines(dir.resolve("case.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=schema/case.schema.json");
    assertThat(Files.readAllLines(dir.resolve("expectations.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=schema/expectations.schema.json");
    assertThat(dir.resolve("schema/case.schema.json")).hasSameTextualContentAs(Path.of("schema/case.schema.json"));
  }

  @Test
  void insideACheckoutTheCaseNamesTheCheckoutsSchemas() throws IOException {
    Path checkout = tmp.resolve("checkout");
    Files.createDirectories(checkout.resolve("schema"));
    Files.copy(Path.of("schema/case.schema.json"), checkout.resolve("schema/case.schema.json"));
    Path dir = checkout.resolve("examples/mine");
    assertThat(Cli.run("init", dir.toString()).code()).isZero();
    assertThat(Files.readAllLines(dir.resolve("case.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=../../schema/case.schema.json");
    assertThat(dir.resolve("schema")).doesNotExist();
  }

  @Test
  void aFolderThatHoldsAnythingIsRefusedAndLeftAsItWas() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Cli.Result r = Cli.run("init", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).startsWith("gordian: cannot write a case to ").contains("the folder is not empty (1 entry)");
    try (var s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(dir.resolve("notes.txt"));
    }
  }

  @Test
  void anEmptyFolderIsFilled() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    assertThat(Cli.run("init", dir.toString(), "--quiet").code()).isZero();
    assertThat(dir.resolve("case.yaml")).exists();
  }

  @Test
  void partiesThatAreNotIdsOrTooFewAreBadUsage() {
    Cli.Result bad = Cli.run("init", tmp.resolve("x").toString(), "--parties", "A,two words");
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("'two words' is not an id");
    Cli.Result one = Cli.run("init", tmp.resolve("y").toString(), "--parties", "A");
    assertThat(one.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(one.err()).contains("needs two parties or more");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
