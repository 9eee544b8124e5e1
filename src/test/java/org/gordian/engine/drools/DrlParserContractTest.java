package org.gordian.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.junit.jupiter.api.Test;

/**
 * What {@link DrlReader} relies on in Drools' parser descriptors, checked against the Drools
 * version named below. A Drools upgrade fails here first: check each assertion against the new
 * version (and {@link DrlModelTest}), then change {@link #VERIFIED}.
 */
class DrlParserContractTest {
  /** The Drools version these assertions were checked against. */
  private static final String VERIFIED = "10.2.0";

  private static final String DRL = """
      package p;
      import org.gordian.facts.Deal;
      salience 3
      declare T
        a : String
      end
      // note
      /* c */ rule "r" @party("US") @POSITION("x")
        agenda-group "g"
      when
        $d : Deal( has("m"),
                   size() > 1 ) and not Deal( has("n") )
      then
        insertLogical(new org.gordian.facts.Veto("v"));
      then[other]
        int i = 0;
      end
      query "q" Deal() end
      """;

  private static PackageDescr parse(String drl) throws DroolsParserException {
    DrlParser parser = new DrlParser();
    PackageDescr pkg = parser.parse(false, drl);
    assertThat(parser.getErrors()).isEmpty();
    return pkg;
  }

  @Test
  void theVersionIsTheOneTheseAssertionsWereCheckedAgainst() throws IOException {
    Matcher m = Pattern.compile("<drools\\.version>([^<]+)</drools\\.version>").matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    Properties parser = new Properties();
    try (InputStream in = DrlParser.class.getResourceAsStream("/META-INF/maven/org.drools/drools-drl-parser/pom.properties")) {
      parser.load(in);
    }
    assertThat(parser.getProperty("version")).isEqualTo(m.group(1));
    assertThat(m.group(1)).as("pom.xml's drools.version; re-check this contract on an upgrade, then update VERIFIED")
        .isEqualTo(VERIFIED);
  }

  @Test
  void ruleLinesAre1BasedColumns0BasedAndTheStartIsTheKeyword() throws DroolsParserException {
    RuleDescr r = parse(DRL).getRules().get(0);
    assertThat(r.getName()).isEqualTo("r");
    assertThat(r.getLine()).isEqualTo(8);
    assertThat(r.getColumn()).isEqualTo(8);
    assertThat(DRL.substring(r.getStartCharacter())).startsWith("rule \"r\"");
    // The end is the line and column of the last letter of 'end'.
    assertThat(r.getEndLine()).isEqualTo(17);
    assertThat(r.getEndColumn()).isEqualTo(2);
  }

  @Test
  void theConsequenceIsTheTextAfterThenAsWrittenAndItsLineIsThatOfThen() throws DroolsParserException {
    RuleDescr r = parse(DRL).getRules().get(0);
    assertThat(r.getConsequenceLine()).isEqualTo(13);
    assertThat(r.getConsequence()).isInstanceOf(String.class);
    String body = (String) r.getConsequence();
    assertThat(body).startsWith("insertLogical(new org.gordian.facts.Veto(\"v\"));");
    assertThat(DRL.indexOf(body)).isPositive();
    assertThat(r.getNamedConsequences()).containsOnlyKeys("other");
    assertThat(r.getNamedConsequences().get("other")).isInstanceOf(String.class);
    assertThat(DRL).contains((String) r.getNamedConsequences().get("other"));
  }

  @Test
  void annotationsKeepTheirNameAndQuotedValue() throws DroolsParserException {
    RuleDescr r = parse(DRL).getRules().get(0);
    assertThat(r.getAnnotations()).extracting(AnnotationDescr::getName).containsExactlyInAnyOrder("party", "POSITION");
    assertThat(r.getAnnotation("party").getValue()).isEqualTo("\"US\"");
    assertThat(AnnotationDescr.unquote("\"US\"")).isEqualTo("US");
  }

  @Test
  void attributesGivenAtFileLevelAreCopiedToEveryRule() throws DroolsParserException {
    PackageDescr pkg = parse(DRL);
    assertThat(pkg.getAttributes()).extracting(a -> a.getName() + "=" + a.getValue()).containsExactly("salience=3");
    assertThat(pkg.getRules().get(0).getAttributes()).containsKeys("salience", "agenda-group");
    assertThat(pkg.getRules().get(0).getAttributes().get("agenda-group").getValue()).isEqualTo("g");
  }

  @Test
  void constraintsAreTheirTextAsWrittenAtTheirStart() throws DroolsParserException {
    RuleDescr r = parse(DRL).getRules().get(0);
    PatternDescr deal = (PatternDescr) r.getLhs().getDescrs().get(0);
    assertThat(deal.getObjectType()).isEqualTo("Deal");
    assertThat(deal.getIdentifier()).isEqualTo("$d");
    assertThat(deal.getDescrs()).allSatisfy(c -> {
      assertThat(c).isInstanceOf(ExprConstraintDescr.class);
      assertThat(DRL.startsWith(c.getText(), c.getStartCharacter())).as(c.getText()).isTrue();
    });
    NotDescr not = (NotDescr) r.getLhs().getDescrs().get(1);
    PatternDescr inner = (PatternDescr) not.getDescrs().get(0);
    assertThat(DRL.substring(inner.getStartCharacter())).startsWith("Deal( has(\"n\") )");
  }

  @Test
  void queriesComeWithTheRulesAndTypesWithTheirNamesPlace() throws DroolsParserException {
    PackageDescr pkg = parse(DRL);
    assertThat(pkg.getRules()).extracting(RuleDescr::getName, RuleDescr::isQuery)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("r", false), org.assertj.core.groups.Tuple.tuple("q", true));
    TypeDeclarationDescr t = pkg.getTypeDeclarations().get(0);
    assertThat(t.getTypeName()).isEqualTo("T");
    assertThat(t.getLine()).isEqualTo(4);
    assertThat(t.getColumn()).isEqualTo(8);
    assertThat(t.getFields().get("a").getLine()).isEqualTo(5);
    assertThat(pkg.getImports().get(0).getLine()).isEqualTo(2);
    assertThat(pkg.getLine()).isEqualTo(1);
  }

  @Test
  void aFileThatDoesNotParseGivesNoPackageAndErrorsWithLines() throws DroolsParserException {
    DrlParser parser = new DrlParser();
    PackageDescr pkg = parser.parse(false, "package p;\nrule \"r\"\nwhen\n  Deal(\nthen\nend\n");
    assertThat(pkg).isNull();
    assertThat(parser.getErrors()).isNotEmpty().allSatisfy(e -> {
      assertThat(e).isInstanceOf(ParserError.class);
      assertThat(e.getLines()[0]).isPositive();
    });
  }
}
