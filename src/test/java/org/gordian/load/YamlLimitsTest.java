package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gordian.diag.GordianException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits of YAML reading, at their edges, and where a bad character or byte is placed. */
class YamlLimitsTest {
  static final Path FILE = Path.of("case.yaml");

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (GordianException e) {
      return e.diagnostics().get(0).toString();
    }
    throw new AssertionError("expected a GordianException");
  }

  @Test
  void aLineOfExactlyTheBudgetIsReadAndOneMoreCharacterIsRefusedAtItsLine() {
    String at = "a: b\ntitle: " + "x".repeat(Yaml.MAX_LINE - 7) + "\n";
    Yaml.checkText(FILE, at);
    String over = "a: b\ntitle: " + "x".repeat(Yaml.MAX_LINE - 6) + "\nc: d\n";
    assertThat(message(() -> Yaml.checkText(FILE, over)))
        .isEqualTo("case.yaml:2: line 2 is 16,385 characters long; a line may hold at most 16,384: write long text"
            + " as a folded block ('>') over several lines");
  }

  @Test
  void controlCharactersArePlacedAtTheirLineAndColumnEvenAfterWindowsLineEnds() {
    assertThat(message(() -> Yaml.checkText(FILE, "a: b\r\nc: d\r\ne: f\u0007g\n")))
        .startsWith("case.yaml:3:5: character U+0007 ")
        .endsWith(" is not allowed in a YAML file (only tab and line breaks of the control characters are); remove it");
    Yaml.checkText(FILE, "a: \"tab\there\"\r\nb: \u00e9t\u00e9 \uD83D\uDE00\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "C0 AF       | bytes 0xC0 0xAF are an overlong form of U+002F, which UTF-8 writes in fewer bytes",
      "E0 80 AF    | bytes 0xE0 0x80 0xAF are an overlong form of U+002F, which UTF-8 writes in fewer bytes",
      "ED A0 80    | bytes 0xED 0xA0 0x80 encode U+D800, a UTF-16 surrogate, which is not a character",
      "F4 90 80 80 | bytes 0xF4 0x90 0x80 0x80 encode U+110000, beyond the last character U+10FFFF",
      "F8 88 80 80 | byte 0xF8 cannot start a character",
      "80          | byte 0x80 cannot start a character",
      "E2 82       | byte 0xE2 starts a character of 3 bytes, but only 1 follows",
      "C3 28       | byte 0xC3 starts a character of 2 bytes, but no continuation byte follows",
  })
  void aMalformedSequenceOnTheThirdLineIsPlacedThereAndSaysWhatIsWrong(String hex, String said) {
    byte[] head = "a: 1\nb: 2\nc: x".getBytes(StandardCharsets.UTF_8);
    String[] parts = hex.trim().split(" +");
    byte[] tail = "y\nd: \u00e9\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + parts.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    for (int i = 0; i < parts.length; i++) {
      all[head.length + i] = (byte) Integer.parseInt(parts[i], 16);
    }
    System.arraycopy(tail, 0, all, head.length + parts.length, tail.length);

    assertThat(message(() -> CaseLoader.decodeUtf8(FILE, all)))
        .isEqualTo("case.yaml:3:5: not UTF-8: " + said + "; save the file as UTF-8");
  }

  @Test
  void anAliasOfALongTextIsRefusedAtTheAliasThatCrossesTheBudget() {
    StringBuilder y = new StringBuilder("t: &t \"" + "x".repeat(10_000) + "\"\nlist:\n");
    for (int i = 0; i < 200; i++) {
      y.append("  - *t\n");
    }
    var options = Yaml.options(CaseLoader.MAX_BYTES);
    var root = new org.yaml.snakeyaml.Yaml(options).compose(new java.io.StringReader(y.toString()));
    assertThat(message(() -> Yaml.checkSizes(FILE, y.toString(), root, options)))
        .startsWith("case.yaml:" + (2 + 105) + ":5: aliases repeat more than 1,048,576 characters of text"
            + " (alias '*t' repeats 10,001)");
  }

  @Test
  void anExpectationsFileIsHeldToTheSameLimits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("expectations.yaml"),
        "case: .\nexpectations:\n  - note: \"" + "x".repeat(Yaml.MAX_LINE) + "\"\n");
    assertThatThrownBy(() -> ExpectationsLoader.load(file)).isInstanceOf(GordianException.class)
        .hasMessageContaining("line 3 is 16,396 characters long");
  }
}
