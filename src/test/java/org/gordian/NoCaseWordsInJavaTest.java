package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gordian is general: every case lives in {@code rules/} and {@code examples/}, and nothing under
 * {@code src/main/java} may name a case's places, people, parties or programmes, not even in a
 * comment or a help example.
 */
class NoCaseWordsInJavaTest {
  static final Path MAIN = Path.of("src/main/java");

  /** Words that belong to a case, matched case-insensitively as whole words. */
  static final Set<String> CASE_WORDS = Set.of(
      // Hanoi 2019
      "korea", "korean", "koreas", "dprk", "rok", "yongbyon", "pyongyang", "seoul", "hanoi", "kim", "trump",
      "pompeo", "bolton", "burton", "unsc",
      // Reykjavik 1986 and the INF Treaty
      "reykjavik", "gorbachev", "reagan", "shultz", "shevardnadze", "akhromeyev", "kremlin", "sdi", "abm",
      "inf", "srinf", "ussr", "soviet", "soviets", "pershing", "votkinsk");

  private static final Pattern NON_WORD = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern CAMEL = Pattern.compile(
      "(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])");

  /** The case words in one line: each word and each part of a camelCase or dashed identifier. */
  static List<String> caseWordsIn(String line) {
    List<String> found = new ArrayList<>();
    for (String token : NON_WORD.split(line)) {
      for (String part : CAMEL.split(token)) {
        String word = part.toLowerCase(Locale.ROOT);
        if (CASE_WORDS.contains(word)) {
          found.add(word);
        }
      }
    }
    return found;
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource(delimiter = '|', value = {
      " * $d : Deal( has(\"dismantle-yongbyon\") )   | yongbyon",
      "Gordian hanoi = Gordian.load(path);            | hanoi",
      "String kimDemand;                              | kim",
      "class SDIParser {}                             | sdi",
      "// the INF Treaty                              | inf",
      "examples/reykjavik-1986                        | reykjavik",
      "int sovietMoves2;                              | soviet",
  })
  void findsCaseWordsInCodeAndComments(String line, String word) {
    assertThat(caseWordsIn(line)).contains(word);
  }

  @ParameterizedTest(name = "\"{0}\" is neutral")
  @CsvSource(delimiter = '|', value = {
      "LOG.info(\"Loaded {} rules\")",
      "boolean skim = infinite || inform;",
      "Files.readString(p, StandardCharsets.US_ASCII)",
      "int kind = abmx + sdix; // brokers, kimono",
  })
  void leavesOrdinaryWordsAlone(String line) {
    assertThat(caseWordsIn(line)).isEmpty();
  }

  @Test
  void mainJavaSourcesNameNoCase() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(files).as("Java sources under " + MAIN).hasSizeGreaterThan(20)
        .contains(MAIN.resolve("org/gordian/Gordian.java"));
    List<String> hits = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        for (String word : caseWordsIn(line)) {
          hits.add(file + ":" + (i + 1) + ": case word '" + word + "' in: " + line);
        }
      }
    }
    assertThat(hits).as("case words in the Java sources; move case details to rules/ and examples/,"
        + " and write examples with neutral names").isEmpty();
  }
}
