package org.gordian.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gordian.facts.Deal;
import org.gordian.facts.Move;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * What the engine reads of compiled rules through {@link CompiledRules}, pinned to the Drools
 * version named below: a Drools upgrade fails here first. Check each assertion against the new
 * version, then change {@link #VERIFIED}.
 */
class CompiledRulesContractTest {
  /** The Drools version these assertions were checked against. */
  private static final String VERIFIED = "10.2.0";

  private static final String DRL = """
      package contract;
      import org.gordian.facts.Deal;
      import org.gordian.facts.Move;
      import org.gordian.facts.Veto;

      rule "plain"
      when
        $d : Deal( has("m") )
        $m : Move( id == "m" )
      then
      end

      rule "negated"
      when
        not Deal( has("x") )
        Move()
      then
      end

      rule "grouped" agenda-group "later"
      when
        Deal()
      then
      end

      rule "counts with code of its own"
      when
        Deal()
        $n : Number() from accumulate( Move( $id : id ), init( int n = 0; ) action( n++; ) result( n ) )
      then
      end

      rule "counts with a function"
      when
        Deal()
        $n : Number() from accumulate( Move(), count(1) )
      then
      end
      """;

  private static KieBase kieBase;
  private static Map<String, CompiledRules.View> rules;

  @BeforeAll
  static void compile() {
    kieBase = new KieHelper().addContent(DRL, ResourceType.DRL).build();
    rules = CompiledRules.of(kieBase).stream().collect(Collectors.toMap(CompiledRules.View::name, Function.identity()));
  }

  @Test
  void theVersionIsTheOneTheseAssertionsWereCheckedAgainst() throws IOException {
    Matcher m = Pattern.compile("<drools\\.version>([^<]+)</drools\\.version>").matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    Properties core = new Properties();
    try (InputStream in = org.drools.core.common.TruthMaintenanceSystem.class
        .getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
      core.load(in);
    }
    assertThat(core.getProperty("version")).isEqualTo(m.group(1)).isEqualTo(VERIFIED);
  }

  @Test
  void readsTheTypesAndBindingsOfARulesConditions() {
    CompiledRules.View plain = rules.get("plain");
    assertThat(plain.compiledFromDrl()).isTrue();
    assertThat(plain.packageName()).isEqualTo("contract");
    assertThat(plain.matchedTypes()).containsExactlyInAnyOrder(Deal.class, Move.class);
    assertThat(plain.boundType("$d")).isEqualTo(Deal.class);
    assertThat(plain.boundType("$m")).isEqualTo(Move.class);
    assertThat(plain.boundType("$nothing")).isNull();
    assertThat(plain.tie()).isEmpty();
  }

  @Test
  void tellsARuleEveryMatchOfWhichHoldsADealFromOneThatLooksAtDealsUnderNot() {
    assertThat(rules.get("plain").looksAt(Deal.class)).isTrue();
    assertThat(rules.get("plain").everyMatchHolds(Deal.class)).isTrue();
    assertThat(rules.get("negated").looksAt(Deal.class)).isTrue();
    assertThat(rules.get("negated").everyMatchHolds(Deal.class)).isFalse();
  }

  @Test
  void namesWhatTiesARuleToOthersAndWhatItCannotRead() {
    assertThat(rules.get("grouped").tie()).hasValueSatisfying(t -> assertThat(t).contains("agenda group later"));
    assertThatThrownBy(() -> rules.get("counts with code of its own").matchedTypes())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("accumulates with code of its own");
    assertThat(rules.get("counts with a function").matchedTypes()).contains(Deal.class, Move.class);
  }

  @Test
  void aKnowledgeBaseOfSomeRulesKeepsOnlyThem() {
    KieBase part = CompiledRules.withOnly(kieBase, Set.of("plain", "negated"));
    List<String> names = CompiledRules.of(part).stream().map(CompiledRules.View::name).sorted().toList();
    assertThat(names).containsExactly("negated", "plain");
    assertThat(CompiledRules.of(kieBase)).hasSize(5);
  }
}
