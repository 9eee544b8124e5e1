package org.gordian.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * What the rule loader and the rule cache rely on of Drools' compiler, through {@link DrlCompiler}:
 * messages with the parser's own place, an image that reads back into the same rules and declared
 * types, and rules added into a built knowledge base. Checked against the Drools version that
 * {@link CompiledRulesContractTest} pins.
 */
class DrlCompilerContractTest {
  private static final String GOOD = """
      package c;
      import org.gordian.facts.Deal;
      declare Mood
        level : String
      end
      rule "a" when Deal( has("m") ) then end
      rule "b" when Mood( level == "high" ) then end
      """;

  @Test
  void aCleanCompileHasNoMessagesAndItsImageReadsBackIntoTheSameRulesAndTypes() throws Exception {
    DrlCompiler.Build build = DrlCompiler.compile(List.of(new DrlCompiler.Source("rules/c.drl", GOOD)));
    assertThat(build.messages()).isEmpty();
    assertThat(build.thrown()).isNull();
    byte[] image = build.image();
    KieBase back = DrlCompiler.readImage(image, 0, image.length);
    assertThat(CompiledRules.of(back)).extracting(CompiledRules.View::name).containsExactlyInAnyOrder("a", "b");
    FactType mood = back.getFactType("c", "Mood");
    assertThat(mood).isNotNull();
    assertThat(mood.getField("level").getType()).isEqualTo(String.class);
  }

  @Test
  void aSyntaxErrorComesWithItsSourceAndTheParsersOwnPlace() {
    DrlCompiler.Build build = DrlCompiler.compile(List.of(new DrlCompiler.Source("rules/bad.drl",
        "package c;\nrule \"x\"\nwhen\n  not not\nthen\nend\n")));
    assertThat(build.messages()).isNotEmpty();
    DrlCompiler.Message first = build.messages().get(0);
    assertThat(first.error()).isTrue();
    assertThat(first.sourcePath()).isEqualTo("rules/bad.drl");
    assertThat(first.parserRow()).as("the parser stops at the 'then' that ends the bad condition").isEqualTo(5);
    assertThat(first.text()).isNotBlank();
  }

  @Test
  void rulesCompiledIntoABuiltKnowledgeBaseReplaceThoseOfTheSameName() {
    KieBase kieBase = DrlCompiler.compile(List.of(new DrlCompiler.Source("rules/c.drl", GOOD))).newKieBase();
    List<DrlCompiler.Message> messages = DrlCompiler.addTo(kieBase, List.of(new DrlCompiler.Source("rules/c.drl",
        "package c;\nimport org.gordian.facts.Deal;\nrule \"a\" when Deal( has(\"n\") ) then end\n"
            + "rule \"c\" when Deal() then end\n")));
    assertThat(messages).isEmpty();
    assertThat(CompiledRules.of(kieBase)).extracting(CompiledRules.View::name).containsExactlyInAnyOrder("a", "b", "c");
  }
}
