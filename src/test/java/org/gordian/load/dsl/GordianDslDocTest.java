package org.gordian.load.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.engine.drools.DrlReader;
import org.gordian.engine.drools.SentenceExpander;
import org.gordian.load.RuleSources;
import org.gordian.model.drl.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * docs/dsl.md documents every sentence of Gordian's DSL, and each example it gives expands, with
 * that DSL alone, into DRL that Drools' parser reads.
 */
class GordianDslDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|.*\\| `([^`]+)` \\|$");

  /** The documented sentences and their examples, in the order of the page. */
  private static Map<String, String> documented() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("docs/dsl.md"))) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        out.put(m.group(1), m.group(2));
      }
    }
    return out;
  }

  private static List<String> entries(String scope) {
    List<String> out = new ArrayList<>();
    for (String line : RuleSources.gordianDsl().lines().toList()) {
      if (line.startsWith("[" + scope + "]")) {
        out.add(line.substring(scope.length() + 2, line.indexOf('=')));
      }
    }
    return out;
  }

  @Test
  void everySentenceOfTheDslIsDocumented() throws IOException {
    List<String> all = new ArrayList<>(entries("when"));
    all.addAll(entries("then"));
    assertThat(all).hasSizeGreaterThan(20);
    assertThat(documented().keySet()).containsAll(all);
  }

  @Test
  void everyDocumentedExampleExpandsIntoDrlTheParserReads() throws IOException {
    Map<String, String> docs = documented();
    List<String> then = entries("then");
    StringBuilder dslr = new StringBuilder("package t;\n\nimport org.gordian.facts.*;\n\n");
    int n = 0;
    for (Map.Entry<String, String> e : docs.entrySet()) {
      String example = e.getValue();
      boolean result = then.contains(e.getKey());
      dslr.append("rule \"example ").append(++n).append("\"\n  @party(\"US\") @position(\"p\")\nwhen\n")
          .append(result || example.startsWith("-") ? "  there is a deal\n" : "")
          .append(result ? "" : "  " + example + "\n")
          .append("then\n")
          .append(result ? "  " + example + "\n" : "  US weighs the deal 1: an example\n")
          .append("end\n\n");
    }
    SentenceExpander.Expansion x = SentenceExpander.expand(Path.of("examples.dslr"), dslr.toString(),
        List.of(new SentenceExpander.Mapping(Path.of("gordian.dsl"), RuleSources.gordianDsl())));
    assertThat(x.problems()).isEmpty();
    assertThat(x.drl().lines().count()).isEqualTo(dslr.toString().lines().count());
    RuleFile drl = DrlReader.read(Path.of("examples.dslr"), x.drl());
    assertThat(drl.errors()).isEmpty();
    assertThat(drl.rules()).hasSize(docs.size());
    // Every sentence became code: nothing of the example's words is left outside a string.
    assertThat(x.drl()).doesNotContain("the deal offers").doesNotContain("- with ").doesNotContain("- but ");
  }
}
