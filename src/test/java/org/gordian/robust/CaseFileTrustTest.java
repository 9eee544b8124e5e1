package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.diag.GordianException;
import org.gordian.load.CaseLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Case files are data: no YAML tag in one can make Gordian create an object of a class it names. */
class CaseFileTrustTest {
  @TempDir
  Path tmp;

  @BeforeEach
  void reset() {
    Canary.made = false;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "title: !!org.gordian.robust.Canary []",
      "title: !!org.gordian.robust.Canary \"hello\"",
      "title: !<tag:yaml.org,2002:org.gordian.robust.Canary> {}",
      "title: !org.gordian.robust.Canary hello",
      "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.invalid/\"]]]]",
      "title: !!java.io.File \"/etc/passwd\"",
  })
  void aTaggedValueIsRefusedAndNothingIsCreated(String taggedLine) throws Exception {
    Path caseDir = tmp.resolve("case");
    BrokenInputsTest.copy(BrokenInputsTest.CORPUS.resolve("case-java-tag"), caseDir);
    Path file = caseDir.resolve("case.yaml");
    String text = Files.readString(file).replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(taggedLine));
    Files.writeString(file, text);

    GordianException e = catchThrowableOfType(GordianException.class, () -> CaseLoader.load(file));

    assertThat(e).as("a tagged value is an error").isNotNull();
    assertThat(e.diagnostics()).anySatisfy(d -> {
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.message()).contains("is not allowed").contains("never names a Java class");
    });
    assertThat(Canary.made).as("the class named by the tag was never instantiated").isFalse();
  }
}
