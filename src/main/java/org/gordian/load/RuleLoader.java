package org.gordian.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.Paths2;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.engine.Rulebook;
import org.gordian.facts.RuleRef;
import org.gordian.engine.drools.DrlCompiler;
import org.gordian.engine.drools.DecisionTables;
import org.gordian.engine.drools.DrlReader;
import org.gordian.model.drl.JavaTokens;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;
import org.gordian.model.Located;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the DRL files of the given folders (and single files) into a {@link Rulebook}, turning
 * every Drools build message into a {@code file:line:col} diagnostic on the user's own file.
 */
public final class RuleLoader {
  private static final Logger LOG = LoggerFactory.getLogger(RuleLoader.class);
  private static final Pattern LINE_COL = Pattern.compile("\\[?Line:?\\s*(\\d+)[:,]\\s*(?:Column:?\\s*)?(\\d+)\\]?");
  private static final String ANALYSE = "Unable to Analyse Expression";
  private static final Pattern STRICT = Pattern.compile(
      "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(([^)]*)\\)");
  private static final Pattern ERR_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*Line \\d+:\\d+\\s*");

  private RuleLoader() {}

  /**
   * The rule files ({@code .drl}, {@code .dslr}, {@code .csv}, {@code .xlsx}) in the given folders
   * and files, each folder's files sorted by path.
   */
  public static List<Path> ruleFiles(List<Located<Path>> sources, Problems problems) {
    List<Path> files = new ArrayList<>();
    for (Located<Path> source : sources) {
      Path p = source.value();
      if (!Files.exists(p)) {
        problems.add(source.loc().error(Message.RULE_FOLDER_MISSING.say(Paths2.display(p))));
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> found = walk.filter(f -> RuleSources.isRuleFile(f) && !Files.isDirectory(f)).sorted()
              .toList();
          if (found.isEmpty()) {
            problems.add(source.loc().error(Message.RULE_FOLDER_EMPTY.say(Paths2.display(p),
                RuleSources.extensionsText())));
          }
          files.addAll(found);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.add(source.loc().error(Message.CANNOT_LIST_RULE_FOLDER.say(Paths2.display(p), e.getMessage())));
        }
      } else if (RuleSources.isRuleFile(p)) {
        files.add(p);
      } else {
        problems.add(source.loc().error(Message.NOT_RULE_FILE_OR_FOLDER.say(Paths2.display(p),
            RuleSources.extensionsText())));
      }
    }
    return files.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList();
  }

  /**
   * The given rule files as Drools' parser reads their DRL, without compiling them.
   *
   * @throws GordianException when a file cannot be read
   */
  public static List<RuleFile> read(List<Path> files) {
    List<RuleFile> out = new ArrayList<>();
    for (Path f : files) {
      out.add(DrlReader.read(f, RuleSources.read(f).drl()));
    }
    return out;
  }

  /**
   * Compiles the rules of the given folders and files.
   *
   * @throws GordianException listing every problem in every file
   */
  public static Rulebook load(List<Located<Path>> sources, LoadOptions options) {
    Problems problems = new Problems();
    List<Path> files = ruleFiles(sources, problems);
    problems.throwIfErrors();
    return compile(files, options);
  }

  /**
   * Compiles the given DRL files, or reads them back from the rule cache when these very texts
   * compiled cleanly before and a cache is configured ({@link RuleCache}).
   */
  public static Rulebook compile(List<Path> files) {
    return compile(files, LoadOptions.DEFAULT);
  }

  /**
   * Compiles the given DRL files, or reads them back from the options' rule cache when these very
   * texts compiled cleanly before ({@link RuleCache}).
   */
  public static Rulebook compile(List<Path> files, LoadOptions options) {
    Problems problems = new Problems();
    // The rule cache's key is made of the files as written: a DRL file's text, and the digest of
    // every file a .dslr file or a table is made from. Expanding and compiling those into DRL then
    // goes with the parsing, beside the reading of the cache.
    Map<Path, String> keyed = new LinkedHashMap<>();
    Map<Path, String> drl = new LinkedHashMap<>();
    for (Path f : files) {
      try {
        if (f.toString().endsWith(".drl")) {
          String text = CaseLoader.readText(f);
          drl.put(f, text);
          keyed.put(f, text);
        } else {
          for (Path input : RuleSources.inputsOf(f)) {
            keyed.put(Path.of(f + "#" + input), RuleSources.digest(input));
          }
        }
      } catch (GordianException e) {
        problems.addAll(e.diagnostics());
      }
    }
    problems.throwIfErrors();
    return compile(keyed, options, () -> {
      Map<Path, String> texts = new LinkedHashMap<>();
      Map<Path, RuleSources.Source> sources = new LinkedHashMap<>();
      List<Diagnostic> refused = new ArrayList<>();
      for (Path f : files) {
        if (drl.containsKey(f)) {
          texts.put(f, drl.get(f));
          continue;
        }
        RuleSources.Source s = RuleSources.read(f);
        sources.put(f, s);
        texts.put(f, s.drl());
        refused.addAll(s.problems());
      }
      return new Sourced(texts, sources, refused);
    });
  }

  /**
   * Rule files as DRL: each file's DRL text in order, what the non-DRL files were made from, and
   * what the DSL expansion or the table compiler refused.
   */
  private record Sourced(Map<Path, String> texts, Map<Path, RuleSources.Source> sources, List<Diagnostic> problems) {}

  /** The rule model of these DRL texts, read with Drools' parser. */
  private static Map<Path, RuleFile> parse(Map<Path, String> texts) {
    Map<Path, RuleFile> model = new LinkedHashMap<>();
    texts.forEach((f, t) -> model.put(f, DrlReader.read(f, t)));
    return model;
  }

  /** Whether a kept rule model was read from exactly these texts, file by file in this order. */
  private static boolean madeFrom(Map<Path, RuleFile> model, Map<Path, String> texts) {
    if (!List.copyOf(model.keySet()).equals(List.copyOf(texts.keySet()))) {
      return false;
    }
    return texts.entrySet().stream().allMatch(e -> model.get(e.getKey()).text().equals(e.getValue()));
  }

  /**
   * Compiles rule texts held in memory, each under the path of the file it stands for (diagnostics
   * and provenance name that path), without the rule cache: for variants of the rules that are
   * never written to disk, such as one rule changed to see what follows.
   *
   * @throws GordianException listing every problem in every text
   */
  public static Rulebook compileTexts(Map<Path, String> texts) {
    Map<Path, String> copy = new LinkedHashMap<>(texts);
    return compile(copy, LoadOptions.DEFAULT, () -> new Sourced(copy, Map.of(), List.of()));
  }

  /**
   * Compiles rules: {@code keyed} is what the rule cache's key is made of, and {@code read}
   * gives the DRL texts (with, for the files that are not DRL as written, where a table's rules
   * lie).
   */
  private static Rulebook compile(Map<Path, String> keyed, LoadOptions options,
      java.util.function.Supplier<Sourced> read) {
    Problems problems = new Problems();
    long start = System.nanoTime();

    // The files are read as DRL (a table or a .dslr file is expanded) on a second thread while the
    // rule cache is read on this one. An entry holds the rule model of the texts it was compiled
    // from; the files are parsed only when there is none, or it was made from other texts.
    java.util.concurrent.CompletableFuture<Sourced> reading = java.util.concurrent.CompletableFuture.supplyAsync(read);
    java.util.Optional<RuleCache> configured = RuleCache.of(options);
    String cacheKey = configured.map(c -> c.key(keyed)).orElse(null);
    java.util.Optional<RuleCache.Kept> found = configured.flatMap(c -> c.read(cacheKey));
    Sourced sourced;
    try {
      sourced = reading.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    if (sourced.problems().stream().anyMatch(Diagnostic::isError)) {
      throw new GordianException(sourced.problems());
    }
    found = found.filter(k -> madeFrom(k.model(), sourced.texts()));
    Map<Path, RuleFile> model = found.map(RuleCache.Kept::model).orElseGet(() -> parse(sourced.texts()));
    Map<Path, String> texts = sourced.texts();
    Map<Path, RuleSources.Source> sources = sourced.sources();
    List<Path> files = List.copyOf(texts.keySet());
    Map<String, Path> byResourcePath = new HashMap<>();
    Map<String, RuleInfo> named = new HashMap<>();
    List<DrlCompiler.Source> resources = new ArrayList<>();
    for (var e : texts.entrySet()) {
      Path file = e.getKey();
      String text = e.getValue();
      String sourcePath = file.toString();
      byResourcePath.put(sourcePath, file);
      resources.add(new DrlCompiler.Source(sourcePath, DrlReader.protect(text)));
      RuleFile drl = model.get(file);
      for (RuleInfo rule : drl.rules()) {
        RuleInfo other = named.putIfAbsent(rule.name(), rule);
        if (other != null) {
          problems.add(Diagnostic.error(file, rule.line(), 0, Message.RULE_NAME_TWICE.say(rule.name(),
              Paths2.display(other.file()), other.line())));
          continue;
        }
        missingMetadata(rule).ifPresent(problems::add);
        otherSpeaker(rule).ifPresent(problems::add);
      }
      if (drl.parsed() && drl.packageName().isEmpty()) {
        problems.add(Diagnostic.warning(file, 1, 0, Message.NO_PACKAGE_LINE.say()));
      }
    }
    // Rules compiled cleanly before from these very texts need no compiling (see RuleCache).
    java.util.Optional<RuleCache> cache = problems.hasErrors() ? java.util.Optional.empty() : configured;
    String key = cacheKey;
    java.util.Optional<RuleCache.Kept> kept = problems.hasErrors() ? java.util.Optional.empty() : found;
    if (kept.isPresent()) {
      Rulebook book = rulebook(kept.get().kieBase(), List.copyOf(model.values()),
          relocated(problems.warnings(), sources));
      LOG.debug("Loaded {} compiled rules of {} files in {} ms", book.rules().size(), files.size(),
          (System.nanoTime() - start) / 1_000_000);
      return book;
    }
    DrlCompiler.Build builder = DrlCompiler.compile(resources);
    boolean threw = builder.thrown() != null;
    if (threw) {
      // Some defects (such as a type mismatch) make the compiler throw instead of reporting.
      problems.add(Diagnostic.error(files.isEmpty() ? null : files.get(0), 0, 0,
          Message.RULES_NOT_COMPILED.say(rootMessage(builder.thrown()))));
      LOG.debug("Rule compilation threw", builder.thrown());
    }
    List<Diagnostic> built = new ArrayList<>();
    for (DrlCompiler.Message result : builder.messages()) {
      LOG.debug("Drools said ({}, line {}): {}", result.kind(), result.line(), result.text());
      built.add(toDiagnostic(result, byResourcePath));
    }
    boolean duplicatesNamed = problems.all().stream().anyMatch(d -> d.message().endsWith("rule names must be unique"));
    // The compiler reports in no fixed order; a reader sees its messages by place, the same on every run.
    List<Diagnostic> refined = new ArrayList<>(Refine.all(built, model));
    refined.sort(BY_PLACE);
    for (Diagnostic d : refined) {
      // A duplicate rule name is already reported once, in the user's words; Drools repeats it twice.
      if (duplicatesNamed && (d.message().contains("Duplicate rule name")
          || d.message().matches("(?s).*The type Rule_\\S+ is already defined.*"))) {
        continue;
      }
      problems.add(d);
    }
    if (problems.hasErrors()) {
      throw new GordianException(relocated(problems.all(), sources));
    }
    if (cache.isPresent() && !threw && built.isEmpty()) {
      cache.get().write(key, builder, List.copyOf(model.values()));
    }

    Rulebook book = rulebook(builder.newKieBase(), List.copyOf(model.values()), relocated(problems.warnings(), sources));
    LOG.debug("Compiled {} rules from {} files in {} ms", book.rules().size(), files.size(),
        (System.nanoTime() - start) / 1_000_000);
    return book;
  }

  private static final java.util.Comparator<Diagnostic> BY_PLACE = java.util.Comparator
      .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
      .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  /**
   * The error for a rule that makes a {@code Veto} or a {@code Concern} (names the type in its
   * consequence's code) without naming its party and position, if it does.
   */
  private static java.util.Optional<Diagnostic> missingMetadata(RuleInfo rule) {
    boolean veto = rule.makes("Veto");
    boolean party = rule.metadata().containsKey("party");
    boolean position = rule.metadata().containsKey("position");
    if (!(veto || rule.makes("Concern")) || (party && position)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Diagnostic.error(rule.file(), rule.line(), 0, Message.RULE_RESULT_WITHOUT_HOLDER.say(rule.name(),
        (veto ? "Veto" : "Concern"), (party ? "@position" : position ? "@party" : "@party or @position"))));
  }

  private static final Pattern SAID_BY = Pattern.compile("//\\s*said by\\s+(.*?)\\s*$", Pattern.MULTILINE);

  /**
   * The error for a sentence of Gordian's DSL that names a party other than the rule's
   * {@code @party} ({@code A vetoes: …} in a rule held by party B), if one does: the expansion leaves
   * the party named as a comment, {@code // said by A}, after the result it makes.
   */
  private static java.util.Optional<Diagnostic> otherSpeaker(RuleInfo rule) {
    if (rule.consequence() == null || !rule.file().toString().endsWith(".dslr")) {
      return java.util.Optional.empty();
    }
    Matcher m = SAID_BY.matcher(rule.consequence().text());
    while (m.find()) {
      String said = m.group(1);
      if (!said.equals(rule.meta("party"))) {
        int line = rule.consequence().lineAt(m.start());
        return java.util.Optional.of(Diagnostic.error(rule.file(), line, 0, Message.SENTENCE_PARTY_DIFFERS.say(rule.name(),
            said, rule.meta("party"))));
      }
    }
    return java.util.Optional.empty();
  }

  /** The rulebook of a built knowledge base: each rule with its metadata, file and line. */
  private static Rulebook rulebook(KieBase kieBase, List<RuleFile> sources, List<Diagnostic> warnings) {
    Map<String, RuleInfo> written = new HashMap<>();
    Map<Path, Map<String, DecisionTables.Place>> places = new HashMap<>();
    for (RuleFile f : sources) {
      if (DecisionTables.isTable(f.path())) {
        places.put(f.path(), DecisionTables.places(f.text()));
      }
      f.rules().forEach(r -> written.putIfAbsent(r.qualifiedName(), r));
      f.rules().forEach(r -> written.putIfAbsent(r.name(), r));
    }
    Map<String, RuleRef> rules = new LinkedHashMap<>();
    Map<String, FactType> types = new LinkedHashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String qualified = pkg.getName() + "." + rule.getName();
        RuleInfo w = written.getOrDefault(qualified, written.get(rule.getName()));
        String party = stringMeta(rule, "party");
        String position = stringMeta(rule, DrlReader.POSITION_KEY);
        rules.put(qualified, ref(rule.getName(), party, position, w, places));
      }
      for (FactType t : pkg.getFactTypes()) {
        types.put(t.getSimpleName(), t);
      }
    }
    return new Rulebook(kieBase, rules, types, sources, warnings);
  }

  /**
   * The reference to a rule as written: its file and line, or for a rule a decision table makes, the
   * row (and in a workbook the sheet and cell) it comes from.
   */
  private static RuleRef ref(String name, String party, String position, RuleInfo w,
      Map<Path, Map<String, DecisionTables.Place>> places) {
    if (w == null) {
      return new RuleRef(name, party, position, "?", 0);
    }
    String file = Paths2.display(w.file());
    if (DecisionTables.isTable(w.file())) {
      DecisionTables.Place p = places.getOrDefault(w.file(), Map.of()).get(w.name());
      if (p != null) {
        return new RuleRef(name, party, position, file, p.row(), p.sheet().isEmpty() ? "" : p.label());
      }
    }
    return new RuleRef(name, party, position, file, w.line());
  }

  /** The diagnostics with those on DRL a table made placed in the table (see {@link RuleSources#relocate}). */
  private static List<Diagnostic> relocated(List<Diagnostic> ds, Map<Path, RuleSources.Source> sources) {
    return ds.stream().map(d -> RuleSources.relocate(d, sources)).toList();
  }

  /**
   * The rules of the given folders and files again, after an edit. When only rules changed (no
   * file came or went, and each edited file keeps its package line, imports, declared types,
   * functions and queries as they were), the previous rulebook's knowledge base is updated in place:
   * the edited files' rules are compiled against it, replacing their old versions, so that the rules
   * of the other files stay compiled and warm. Anything else, or anything this does not build
   * cleanly, is compiled from scratch as {@link #load} does, with the same diagnostics: so are rule
   * sets whose outcome could hang on the order in which rules of equal salience fire (consequences
   * that insert, modify or delete facts other than through {@code insertLogical}; a replaced rule
   * fires after the others, not in file order), rules that extend others, queries, and files with
   * rule attributes at file level. Either way the previous rulebook must not be used afterwards.
   *
   * @throws GordianException listing every problem in every file
   */
  public static Rulebook update(Rulebook previous, List<Located<Path>> sources, LoadOptions options) {
    Problems problems = new Problems();
    List<Path> files = ruleFiles(sources, problems);
    problems.throwIfErrors();
    try {
      java.util.Optional<Rulebook> quick = inPlace(previous, files);
      if (quick.isPresent()) {
        return quick.get();
      }
    } catch (RuntimeException e) {
      LOG.debug("Updating the rules in place failed; compiling them afresh", e);
    }
    return compile(files, options);
  }

  /**
   * Rule texts held in memory, each under the path of the file it stands for, compiled into the
   * previous rulebook's knowledge base in place when only rules changed, as {@link #update} does
   * for files (so a variant of one file costs the compiling of that file's rules), else compiled
   * afresh as {@link #compileTexts} does. Either way the previous rulebook must not be used afterwards.
   *
   * @throws GordianException listing every problem in every text
   */
  public static Rulebook updateTexts(Rulebook previous, Map<Path, String> texts) {
    try {
      java.util.Optional<Rulebook> quick = inPlaceTexts(previous, new LinkedHashMap<>(texts));
      if (quick.isPresent()) {
        return quick.get();
      }
    } catch (RuntimeException e) {
      LOG.debug("Updating the rules in place failed; compiling them afresh", e);
    }
    return compileTexts(texts);
  }

  private static java.util.Optional<Rulebook> inPlace(Rulebook previous, List<Path> files) {
    if (!files.equals(previous.files())) {
      return java.util.Optional.empty();
    }
    Map<Path, String> before = new HashMap<>();
    previous.sources().forEach(f -> before.put(f.path(), f.text()));
    Map<Path, String> texts = new LinkedHashMap<>();
    for (Path f : files) {
      RuleSources.Source s = RuleSources.read(f);
      // A table whose DRL changed is compiled afresh, as is anything the DSL or the table compiler refused.
      if (!s.problems().isEmpty() || s.table().isPresent() && !s.drl().equals(before.get(f))) {
        return java.util.Optional.empty();
      }
      texts.put(f, s.drl());
    }
    return inPlaceTexts(previous, texts);
  }

  private static java.util.Optional<Rulebook> inPlaceTexts(Rulebook previous, Map<Path, String> texts) {
    long start = System.nanoTime();
    List<Path> files = List.copyOf(texts.keySet());
    if (!files.equals(previous.files())) {
      return java.util.Optional.empty();
    }
    Map<Path, RuleFile> before = new HashMap<>();
    previous.sources().forEach(f -> before.put(f.path(), f));
    Map<Path, RuleFile> model = new LinkedHashMap<>();
    List<Path> changed = new ArrayList<>();
    for (Path f : files) {
      String text = texts.get(f);
      RuleFile old = before.get(f);
      if (old != null && text.equals(old.text())) {
        model.put(f, old);
        continue;
      }
      RuleFile now = DrlReader.read(f, text);
      if (old == null || !now.parsed() || !now.frame().equals(old.frame())) {
        return java.util.Optional.empty();
      }
      model.put(f, now);
      changed.add(f);
    }
    if (changed.isEmpty()) {
      return java.util.Optional.of(previous);
    }
    if (model.values().stream().anyMatch(m -> !updatableInPlace(m))) {
      return java.util.Optional.empty();
    }
    java.util.Set<String> edited = new java.util.HashSet<>();
    changed.forEach(f -> edited.add(Paths2.display(f)));
    if (previous.warnings().stream().anyMatch(w -> w.file() != null && edited.contains(Paths2.display(w.file())))) {
      return java.util.Optional.empty();   // what was said of the old text may not hold of the new
    }
    // What a full compile checks in the text itself: rule names unique across files, metadata.
    // Rules are then compared by package and name, as the knowledge base holds them.
    java.util.Set<String> names = new java.util.HashSet<>();
    java.util.Set<String> all = new java.util.HashSet<>();
    java.util.Set<String> fresh = new java.util.HashSet<>();
    for (RuleFile m : model.values()) {
      for (RuleInfo r : m.rules()) {
        if (!names.add(r.name()) || missingMetadata(r).isPresent()) {
          return java.util.Optional.empty();
        }
        all.add(m.packageName() + "." + r.name());
        if (changed.contains(m.path())) {
          fresh.add(m.packageName() + "." + r.name());
        }
      }
    }
    KieBase kieBase = previous.kieBase();
    for (Map.Entry<String, RuleRef> e : previous.rules().entrySet()) {
      RuleRef r = e.getValue();
      String qualified = e.getKey();
      if (edited.contains(r.file()) && !fresh.contains(qualified)) {
        kieBase.removeRule(qualified.substring(0, qualified.length() - r.rule().length() - 1), r.rule());
      }
    }
    // Compiling into a built knowledge base adds the rules to it, replacing rules of the same name.
    List<DrlCompiler.Source> edits = new ArrayList<>();
    for (Path f : changed) {
      edits.add(new DrlCompiler.Source(f.toString(), DrlReader.protect(model.get(f).rulesOnly())));
    }
    if (!DrlCompiler.addTo(kieBase, edits).isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.Set<String> present = new java.util.HashSet<>();
    kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> present.add(p.getName() + "." + r.getName())));
    if (!present.equals(all)) {
      LOG.debug("Updating in place left rules {} where the files hold {}", present, all);
      return java.util.Optional.empty();
    }
    Rulebook book = rulebook(kieBase, List.copyOf(model.values()), previous.warnings());
    LOG.debug("Updated the rules of {} edited file(s) in place in {} ms", changed.size(),
        (System.nanoTime() - start) / 1_000_000);
    return java.util.Optional.of(book);
  }

  /**
   * Whether the rules of this file can be replaced one by one in a built knowledge base with the
   * same outcome as compiling everything afresh: it parses, gives no rule attributes at file level,
   * holds no query, no rule extending another and no named consequence, and its consequences change
   * working memory only through {@code insertLogical} (whose outcome does not hang on the order
   * rules fire in) and never halt the engine.
   */
  static boolean updatableInPlace(RuleFile file) {
    if (!file.parsed() || !file.attributes().isEmpty() || !file.queries().isEmpty()) {
      return false;
    }
    for (RuleInfo r : file.rules()) {
      if (r.parent().isPresent() || !r.namedConsequences().isEmpty() || orderSensitive(r.consequence().tokens())) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> ORDER_SENSITIVE = java.util.Set.of("insert", "modify", "update",
      "delete", "retract");

  /** Whether code calls insert, modify, update, delete or retract, or halts the engine; true when its tokens are not clean. */
  private static boolean orderSensitive(JavaTokens code) {
    if (!code.clean()) {
      return true;
    }
    List<JavaTokens.Token> t = code.tokens();
    for (int i = 0; i < t.size(); i++) {
      if ((t.get(i).kind() == JavaTokens.Kind.WORD && ORDER_SENSITIVE.contains(t.get(i).text()) && code.matches(i + 1, "("))
          || code.matches(i, "drools", ".", "halt")) {
        return true;
      }
    }
    return false;
  }

  private static String stringMeta(Rule rule, String key) {
    Object v = rule.getMetaData().get(key);
    return v == null ? "" : v.toString().replaceAll("^\"|\"$", "");
  }

  private static Diagnostic toDiagnostic(DrlCompiler.Message r, Map<String, Path> files) {
    Path file = null;
    if (r.sourcePath() != null) {
      file = files.getOrDefault(r.sourcePath(), Path.of(r.sourcePath()));
    }
    String text = r.text().trim();
    int line = r.line();
    int col = 0;
    Matcher m = LINE_COL.matcher(text);
    if (r.parserRow() > 0) {
      // The parser's own place: its column is 0-based.
      line = r.parserRow();
      col = r.parserColumn() + 1;
    } else if (m.find()) {
      // MVEL's place, which Drools gives only inside the text ("[Line: 9, Column: 9]").
      int l = Integer.parseInt(m.group(1));
      if (line <= 0 || l == line) {
        line = l;
        col = Integer.parseInt(m.group(2)) + (text.startsWith("[ERR") ? 1 : 0);
      }
    }
    text = ERR_PREFIX.matcher(text).replaceFirst("");
    text = cleanText(text);
    return r.error()
        ? Diagnostic.error(file, Math.max(line, 0), col, text)
        : Diagnostic.warning(file, Math.max(line, 0), col, text);
  }

  /** Drools messages often span many lines with internal detail; keep the part a user can act on. */
  static String cleanText(String text) {
    String first = text.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse(text);
    Matcher strict = STRICT.matcher(text);
    if (first.startsWith(ANALYSE) && strict.find()) {
      String expr = first.substring(ANALYSE.length()).replaceAll(":$", "").trim();
      String owner = strict.group(1);
      String name = strict.group(2);
      boolean call = !strict.group(3).isEmpty() || expr.contains(name + "(");
      return (call ? Message.NO_SUCH_METHOD : Message.NO_SUCH_FIELD).say(expr, owner.substring(owner.lastIndexOf('.') + 1),
          name, Suggest.didYouMean(name, membersOf(owner)));
    }
    return first.replaceAll("\\s*\\[Line:?\\s*\\d+,?\\s*Column:?\\s*\\d+\\]", "").replaceAll("\\s+", " ").trim();
  }

  /** Public method names and getter properties of a class, for "did you mean"; empty if it is not found. */
  static java.util.Set<String> membersOf(String className) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    try {
      for (java.lang.reflect.Method m : Class.forName(className, false, RuleLoader.class.getClassLoader()).getMethods()) {
        if (m.getDeclaringClass() == Object.class) {
          continue;
        }
        String n = m.getName();
        out.add(n);
        if (n.startsWith("get") && n.length() > 3 && m.getParameterCount() == 0) {
          out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
        } else if (n.startsWith("is") && n.length() > 2 && m.getParameterCount() == 0) {
          out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      // a declared type or a class the rules cannot see: no suggestions
    }
    return out;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String msg = t.getMessage();
    return (msg == null ? t.getClass().getSimpleName() : msg).lines().findFirst().orElse("");
  }
}
