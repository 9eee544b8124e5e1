package org.gordian.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a new case, as {@code gordian init} writes them: a commented case file, a context
 * rule file declaring one context type, one rule file per party and an expectations file that the
 * skeleton passes. Each party makes an offer only against a guarantee from the next party; the
 * first party, under pressure at home, wants that guarantee a phase in advance.
 */
final class CaseSkeleton {
  /** The folder, inside the case folder, that holds the rules. */
  static final String RULES = "rules";

  private final String id;
  private final String title;
  private final List<String> parties;
  private final String schemaFolder;

  /**
   * A skeleton of a case.
   *
   * @param schemaFolder the folder holding the JSON Schemas, relative to the case folder, with '/'
   */
  CaseSkeleton(String id, String title, List<String> parties, String schemaFolder) {
    this.id = id;
    this.title = title;
    this.parties = List.copyOf(parties);
    this.schemaFolder = schemaFolder;
  }

  /** The files by path relative to the case folder, in the order they are written. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("case.yaml", caseFile());
    files.put(RULES + "/context.drl", contextRules());
    for (int i = 0; i < parties.size(); i++) {
      files.put(RULES + "/" + fileName(parties.get(i)) + ".drl", partyRules(i));
    }
    files.put("expectations.yaml", expectations());
    return files;
  }

  static String fileName(String party) {
    return party.toLowerCase(Locale.ROOT);
  }

  private String offer(int i) {
    return fileName(parties.get(i)) + "-offer";
  }

  private String guarantee(int i) {
    return fileName(parties.get(i)) + "-guarantee";
  }

  private int next(int i) {
    return (i + 1) % parties.size();
  }

  private String first() {
    return parties.get(0);
  }

  private String caseFile() {
    StringBuilder s = new StringBuilder();
    s.append("# yaml-language-server: $schema=").append(schemaFolder).append("/case.schema.json\n");
    s.append("# A new case. Edit the parties, moves and context below, then the rules in ").append(RULES)
        .append("/.\n");
    s.append("# Check it:  gordian check <this folder>    Run it:  gordian run <this folder>\n");
    s.append("# Test it:   gordian test <this folder>     (expectations.yaml beside this file)\n");
    s.append("id: ").append(id).append("                     # letters, digits, '-', '_', '.'\n");
    s.append("title: ").append(title).append('\n');
    s.append("source: where the case comes from (an article, a record of the talks)\n");
    s.append("rules:                             # rule folders, relative to this file\n");
    s.append("  - ").append(RULES).append("\n\n");
    s.append("parties:                           # the actors; rules name them in @party(\"...\")\n");
    for (String p : parties) {
      s.append("  - id: ").append(p).append('\n');
      s.append("    name: ").append(p).append(" (write the party's full name)\n");
    }
    s.append("\nmoves:                             # what each party could give; a deal is a set of moves in phases\n");
    for (int i = 0; i < parties.size(); i++) {
      String p = parties.get(i);
      s.append("  - id: ").append(offer(i)).append('\n');
      s.append("    party: ").append(p).append('\n');
      s.append("    kind: offer                      # a free word; rules match it with hasKind(\"offer\")\n");
      s.append("    description: what ").append(p).append(" offers\n");
      s.append("  - id: ").append(guarantee(i)).append('\n');
      s.append("    party: ").append(p).append('\n');
      s.append("    kind: guarantee\n");
      s.append("    tags: [assurance]                # free words; rules match them with hasTag(\"assurance\")\n");
      s.append("    description: a guarantee ").append(p).append(" gives\n");
    }
    s.append("\ncontext:                           # facts about the world, of types declared in ")
        .append(RULES).append("/context.drl\n");
    s.append("  - id: pressure-at-home\n");
    s.append("    type: PressureAtHome\n");
    s.append("    fields: {party: ").append(first()).append(", level: low}\n");
    s.append("    source: where the source says so (page or paragraph)\n");
    s.append("    confidence: stated               # stated, inferred or hedged\n");
    s.append("\ndeals:                             # deals to report in full: move id -> phase (1, 2, ...)\n");
    s.append("  - id: exchange\n");
    s.append("    title: every offer against every guarantee, all at once\n");
    s.append("    moves:\n");
    for (int i = 0; i < parties.size(); i++) {
      s.append("      ").append(offer(i)).append(": 1\n");
      s.append("      ").append(guarantee(i)).append(": 1\n");
    }
    s.append("  - id: guarantees-first\n");
    s.append("    title: the guarantees in phase 1, the offers in phase 2\n");
    s.append("    moves:\n");
    for (int i = 0; i < parties.size(); i++) {
      s.append("      ").append(guarantee(i)).append(": 1\n");
    }
    for (int i = 0; i < parties.size(); i++) {
      s.append("      ").append(offer(i)).append(": 2\n");
    }
    s.append("  - id: lone-offer\n");
    s.append("    title: ").append(first()).append(" offers and gets nothing\n");
    s.append("    moves:\n");
    s.append("      ").append(offer(0)).append(": 1\n");
    s.append("\nbounds:                            # the generated deal space\n");
    s.append("  max-moves: 4                     # most moves in one deal\n");
    s.append("  phases: 2                        # most phases\n");
    s.append("\nscenarios:                         # hypotheses, compared with the case as written\n");
    s.append("  - id: pressure-rises\n");
    s.append("    description: What if ").append(first()).append(" came under strong pressure at home?\n");
    s.append("    context:\n");
    s.append("      pressure-at-home: {fields: {level: high}}\n");
    return s.toString();
  }

  private String contextRules() {
    return "package " + packageName() + ";\n\n"
        + "// Context types: the case file's 'context' facts are of these types. Add fields and types as\n"
        + "// the case needs them; rules match them like any fact.\n"
        + "declare PressureAtHome\n"
        + "  party : String\n"
        + "  level : String\n"
        + "end\n";
  }

  private String packageName() {
    String p = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return Character.isDigit(p.charAt(0)) ? "case_" + p : p;
  }

  private String partyRules(int i) {
    String p = parties.get(i);
    String other = parties.get(next(i));
    StringBuilder s = new StringBuilder();
    s.append("package ").append(packageName()).append(";\n\n");
    s.append("import org.gordian.facts.Deal;\n");
    s.append("import org.gordian.facts.Veto;\n");
    s.append("import org.gordian.facts.Concern;\n\n");
    s.append("// The positions of ").append(p).append(". Each rule that decides names its party and position;\n");
    s.append("// @source, @evidence and @confidence say what it rests on. See docs/first-case.md.\n\n");
    s.append("// Write here the passage of the source this position encodes.\n");
    s.append("rule \"").append(p).append(" makes no offer without a guarantee from ").append(other).append("\"\n");
    s.append("  @party(\"").append(p).append("\") @position(\"guarantee-first\")\n");
    s.append("  @source(\"where the source says so\") @confidence(\"stated\")\n");
    s.append("when\n");
    s.append("  $d : Deal( has(\"").append(offer(i)).append("\"), !has(\"").append(guarantee(next(i)))
        .append("\") )\n");
    s.append("then\n");
    s.append("  insertLogical(new Veto(\"").append(p).append(" would offer without a guarantee from ").append(other)
        .append("\"));\n");
    s.append("end\n\n");
    if (i == 0) {
      s.append("// Under strong pressure at home, the guarantee must come a phase before the offer.\n");
      s.append("rule \"Under pressure at home, ").append(p).append(" wants the guarantee in advance\"\n");
      s.append("  @party(\"").append(p).append("\") @position(\"guarantee-in-advance\")\n");
      s.append("  @source(\"where the source says so\") @confidence(\"hedged\")\n");
      s.append("when\n");
      s.append("  PressureAtHome( party == \"").append(p).append("\", level == \"high\" )\n");
      s.append("  $d : Deal( has(\"").append(offer(i)).append("\"), has(\"").append(guarantee(next(i)))
          .append("\"),\n");
      s.append("             !before(\"").append(guarantee(next(i))).append("\", \"").append(offer(i))
          .append("\") )\n");
      s.append("then\n");
      s.append("  insertLogical(new Veto(\"the guarantee from ").append(other)
          .append(" does not come before the offer\"));\n");
      s.append("end\n\n");
    }
    s.append("// A concern ranks feasible deals and never blocks one: ").append(p)
        .append(" prefers deals done in one phase.\n");
    s.append("rule \"").append(p).append(" prefers a deal done at once\"\n");
    s.append("  @party(\"").append(p).append("\") @position(\"done-at-once\")\n");
    s.append("  @source(\"where the source says so\") @confidence(\"inferred\")\n");
    s.append("when\n");
    s.append("  $d : Deal( has(\"").append(offer(i)).append("\"), phaseCount() > 1 )\n");
    s.append("then\n");
    s.append("  insertLogical(new Concern(-1, \"the deal takes \" + $d.phaseCount() + \" phases\"));\n");
    s.append("end\n");
    return s.toString();
  }

  private String expectations() {
    String p = first();
    return "# yaml-language-server: $schema=" + schemaFolder + "/expectations.schema.json\n"
        + "# What the case should show; 'gordian test <this folder>' checks it. Format: docs/expectations.md.\n"
        + "expectations:\n"
        + "  - deal: exchange\n"
        + "    feasible: true\n"
        + "    note: every offer comes with the guarantee its party asks for\n"
        + "  - deal: lone-offer\n"
        + "    vetoed-by: " + p + "/guarantee-first\n"
        + "  - deal: guarantees-first\n"
        + "    feasible: true\n"
        + "  - scenario: pressure-rises\n"
        + "    deal: exchange\n"
        + "    vetoed-by: " + p + "/guarantee-in-advance\n"
        + "    note: under pressure the guarantee must come first\n"
        + "  - scenario: pressure-rises\n"
        + "    deal: guarantees-first\n"
        + "    feasible: true\n"
        + "  - generated-feasible: {at-least: 1}\n";
  }
}
