package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.CaseFiles;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.diag.GordianException;
import org.gordian.model.Scenario;
import org.gordian.report.Format;
import org.gordian.report.Reporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled rules read back from the rule cache give exactly the reports that compiling the files
 * gives, for every scenario of both shipped cases, and the cache never serves rules other than
 * the files hold: an edit misses, a damaged entry is dropped, a failed build is not kept.
 */
@org.junit.jupiter.api.Tag("slow")
class RuleCacheTest {
  private static final Instant AT = Instant.parse("2019-02-28T00:00:00Z");

  @TempDir
  Path dir;

  private Path cache() {
    return dir.resolve("cache");
  }

  /** The options that keep compiled rules in {@link #cache()}. */
  private LoadOptions cachedOptions() {
    return LoadOptions.DEFAULT.withRuleCache(cache(), false);
  }

  /** Loads the case with the rule cache switched on in {@link #cache()}. */
  private Gordian cached(Path caseFile) {
    return Gordian.load(caseFile, cachedOptions());
  }

  /** Loads the case with the rule cache switched off. */
  private static Gordian plain(Path caseFile) {
    return Gordian.load(caseFile, LoadOptions.DEFAULT);
  }

  private List<Path> entries() throws IOException {
    if (!Files.isDirectory(cache())) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(cache())) {
      return all.sorted().toList();
    }
  }

  /** Every scenario's JSON report (baseline first), with the space and the analyses. */
  private static List<String> reports(Gordian g) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ids.add(null);
    g.caseDef().scenarios().stream().map(Scenario::id).forEach(ids::add);
    for (String id : ids) {
      StringWriter w = new StringWriter();
      Reporters.of(Format.JSON, AT).write(g.run(RunOptions.defaults().withScenario(id)), w);
      out.add(w.toString());
    }
    return out;
  }

  /** Marks every entry as old, so that a read (which touches the entry it serves) shows. */
  private void ageEntries() throws IOException {
    for (Path p : entries()) {
      Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
    }
  }

  /** The entry was written again by a compile: the next load reads it. */
  private void assertServedNext(Path example, Path entry) throws Exception {
    ageEntries();
    cached(example);
    assertThat(readSinceAged(entry)).as("%s written again and read", entry).isTrue();
  }

  private boolean readSinceAged(Path entry) {
    try {
      return Files.getLastModifiedTime(entry).toInstant().isAfter(Instant.parse("2001-01-01T00:00:00Z"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rulesReadBackGiveTheReportsACompileGives() throws Exception {
    for (Path example : List.of(Path.of("examples/hanoi-2019"), Path.of("examples/reykjavik-1986"))) {
      List<String> compiled = reports(plain(example));
      List<Path> before = entries();

      List<String> first = reports(cached(example));
      List<Path> written = new ArrayList<>(entries());
      written.removeAll(before);
      assertThat(written).as("one entry kept for %s", example).hasSize(1);
      assertThat(first).isEqualTo(compiled);

      ageEntries();
      List<String> read = reports(cached(example));
      assertThat(readSinceAged(written.get(0))).as("the second load of %s read the entry", example).isTrue();
      assertThat(entries()).hasSize(before.size() + 1);
      assertThat(read).isEqualTo(compiled);
    }
  }

  @Test
  void anEditedRuleFileIsCompiledNotServedFromTheCache() throws Exception {
    Path caseFile = CaseFiles.copyHanoi(dir);
    Path rules = dir.resolve("rules");
    List<String> original = reports(cached(caseFile));
    ageEntries();

    Path us = rules.resolve("us.drl");
    String text = Files.readString(us);
    String condition = "$d : Deal( hasKind(\"sanctions-relief\"), !has(\"give-up-all-facilities\")";
    assertThat(text).contains(condition);
    Files.writeString(us, text.replace(condition, condition + ", !has(\"testing-freeze\")"));

    List<String> afterEdit = reports(cached(caseFile));
    assertThat(afterEdit).isEqualTo(reports(plain(caseFile)));
    assertThat(afterEdit).as("the edit changes the reports").isNotEqualTo(original);
    assertThat(entries()).hasSize(2);
    assertThat(entries().stream().filter(this::readSinceAged)).as("only the new entry is recent; the old one was not served").hasSize(1);

    // Back to the original text: the first entry serves again.
    Files.writeString(us, text);
    ageEntries();
    assertThat(reports(cached(caseFile))).isEqualTo(original);
    assertThat(entries()).hasSize(2);
    assertThat(entries().stream().filter(this::readSinceAged)).as("only the original entry served").hasSize(1);
  }

  @Test
  void anEditToADslMappingOrADecisionTableIsANewKeyEvenWhenTheDrlStaysTheSame() throws Exception {
    Path caseFile = CaseFiles.copyHanoi(dir);
    Path rules = dir.resolve("rules");
    Path mapping = rules.resolve("seoul.dsl");
    Files.writeString(mapping, "# Sentences of the Seoul analysts.\n[when]Seoul is offered {move}=$d : Deal( has(\"{move}\") )\n");
    Path table = rules.resolve("seoul-likes.csv");
    Files.copy(Path.of("src/test/resources/dsl/table/seoul-likes.csv"), table);
    List<String> original = reports(cached(caseFile));
    assertThat(entries()).hasSize(1);

    // A comment in the mapping: the expanded DRL is the same, the files are not.
    Files.writeString(mapping, Files.readString(mapping).replace("Seoul analysts", "analysts in Seoul"));
    assertThat(reports(cached(caseFile))).isEqualTo(original);
    assertThat(entries()).hasSize(2);

    // A note in the table: Drools leaves notes out of the DRL it makes.
    Files.writeString(table, Files.readString(table).replace("\"Notes\",\"", "\"Notes\",\"Edited. "));
    assertThat(reports(cached(caseFile))).isEqualTo(original);
    assertThat(entries()).hasSize(3);

    // The sentences' own file: a comment in rok.dslr.
    Path rok = rules.resolve("rok.dslr");
    Files.writeString(rok, Files.readString(rok) + "\n// an edit\n");
    assertThat(reports(cached(caseFile))).isEqualTo(original);
    assertThat(entries()).hasSize(4);
  }

  @Test
  void aDamagedEntryIsDroppedAndTheRulesCompiled() throws Exception {
    Path example = Path.of("examples/hanoi-2019");
    cached(example);
    Path entry = entries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(reports(cached(example))).isEqualTo(reports(plain(example)));
    assertThat(entries()).containsExactly(entry);
    assertServedNext(example, entry);

    Files.writeString(entry, "not compiled rules");
    assertThat(reports(cached(example))).isEqualTo(reports(plain(example)));
    assertServedNext(example, entry);
  }

  @Test
  void anEntryWithIntactDigestButOtherContentIsDropped() throws Exception {
    Path example = Path.of("examples/hanoi-2019");
    cached(example);
    Path entry = entries().get(0);
    // The entry's own rule model, intact, then something else where the compiled rules were.
    byte[] kept = payload(Files.readAllBytes(entry));
    int modelLength = java.nio.ByteBuffer.wrap(kept).getInt();
    java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
    payload.write(kept, 0, Integer.BYTES + modelLength);
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(payload)) {
      java.util.HashMap<String, Object> classes = new java.util.HashMap<>();
      classes.put("x", new javax.naming.CompositeName("not/compiled/rules"));
      out.writeObject(classes);
    }
    Files.write(entry, RuleCache.seal(key(entry), payload.toByteArray()));

    ageEntries();
    assertThat(reports(cached(example))).isEqualTo(reports(plain(example)));
    assertServedNext(example, entry);
  }

  private static String key(Path entry) {
    String name = entry.getFileName().toString();
    return name.substring(0, name.length() - ".rules".length());
  }

  /** A copy of the small test case with its own rule folder; returns its case folder. */
  private Path tinyCase() throws IOException {
    Path to = dir.resolve("tiny");
    org.gordian.robust.BrokenInputsTest.copy(Path.of("src/test/resources/trust/tiny"), to);
    return to;
  }

  /** Loads the case, then again with a veto rule edited; returns the two entries (first, edited). */
  private List<Path> twoVersions(Path caseDir) throws Exception {
    List<String> before = reports(cached(caseDir));
    Path first = entries().get(0);
    Path rule = caseDir.resolve("rules/a.drl");
    Files.writeString(rule, Files.readString(rule).replace("has(\"a-gives\")", "has(\"a-pays\")"));
    assertThat(reports(cached(caseDir))).as("the edit changes the verdicts").isNotEqualTo(before);
    List<Path> all = new ArrayList<>(entries());
    all.remove(first);
    assertThat(all).hasSize(1);
    return List.of(first, all.get(0));
  }

  @Test
  void anEntryCopiedUnderAnotherKeyIsNotServed() throws Exception {
    Path caseFile = tinyCase();
    List<Path> both = twoVersions(caseFile);
    List<String> edited = reports(plain(caseFile));
    Files.copy(both.get(0), both.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThat(reports(cached(caseFile))).as("the edited rules' verdicts, not the first's")
        .isEqualTo(edited);
  }

  @Test
  void anEntryOthersMayWriteIsNotRead() throws Exception {
    Path caseFile = tinyCase();
    List<Path> both = twoVersions(caseFile);
    List<String> edited = reports(plain(caseFile));
    // Someone who may write the entry puts other rules in it, well formed for its key.
    byte[] first = Files.readAllBytes(both.get(0));
    Files.setPosixFilePermissions(cache(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(both.get(1), java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.write(both.get(1), RuleCache.seal(key(both.get(1)), payload(first)));
    assertThat(RuleCache.unsafeEntry(both.get(1))).contains("others may write to it (rw-rw-rw-)");

    assertThat(reports(cached(caseFile))).as("compiled afresh, not read")
        .isEqualTo(edited);
    assertThat(RuleCache.unsafeEntry(both.get(1))).as("replaced by the owner's own entry").isEmpty();
    assertThat(reports(cached(caseFile))).isEqualTo(edited);
  }

  @Test
  void anEntryOfSomeoneElseIsNotRead() throws Exception {
    Path caseFile = tinyCase();
    List<Path> both = twoVersions(caseFile);
    List<String> edited = reports(plain(caseFile));
    Files.write(both.get(1), RuleCache.seal(key(both.get(1)), payload(Files.readAllBytes(both.get(0)))));
    try {
      Files.setOwner(both.get(1), cache().getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("cannot give a file to another user here: " + e.getMessage());
    }
    assertThat(RuleCache.unsafeEntry(both.get(1))).contains("it belongs to nobody");

    assertThat(reports(cached(caseFile))).isEqualTo(edited);
  }

  @Test
  void anEntryThatIsALinkIsNotRead() throws Exception {
    Path caseFile = tinyCase();
    List<Path> both = twoVersions(caseFile);
    List<String> edited = reports(plain(caseFile));
    Path elsewhere = Files.write(dir.resolve("elsewhere.rules"),
        RuleCache.seal(key(both.get(1)), payload(Files.readAllBytes(both.get(0)))));
    Files.delete(both.get(1));
    Files.createSymbolicLink(both.get(1), elsewhere);
    assertThat(RuleCache.unsafeEntry(both.get(1))).contains("it is a link");

    assertThat(reports(cached(caseFile))).isEqualTo(edited);
  }

  /** The payload of an entry: what follows its header. */
  private static byte[] payload(byte[] entry) throws IOException {
    java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(entry));
    in.readUTF();
    in.readUTF();
    in.readNBytes(32);
    return in.readAllBytes();
  }

  @Test
  void theFolderIsMadeForItsOwnerAloneAndAFolderOthersMayWriteToIsNotUsed() throws Exception {
    Path example = Path.of("examples/hanoi-2019");
    cached(example);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache())))
        .isEqualTo("rwx------");
    assertThat(entries()).hasSize(1);
    Path entry = entries().get(0);
    ageEntries();
    Files.setPosixFilePermissions(cache(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxr-x"));
    assertThat(reports(cached(example))).isEqualTo(reports(plain(example)));
    assertThat(readSinceAged(entry)).as("not read from a folder others may write to").isFalse();
    assertThat(RuleCache.unsafe(cache())).contains("others may write to it (rwxrwxr-x)");
    Files.setPosixFilePermissions(cache(), java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    assertThat(RuleCache.unsafe(cache())).isEmpty();
  }

  @Test
  void aFolderOfSomeoneElseIsNotUsed() throws Exception {
    Files.createDirectories(cache());
    var lookup = cache().getFileSystem().getUserPrincipalLookupService();
    java.nio.file.attribute.UserPrincipal other;
    try {
      other = lookup.lookupPrincipalByName("nobody");
      Files.setOwner(cache(), other);
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("cannot give a folder to another user here: " + e.getMessage());
      return;
    }
    assertThat(RuleCache.unsafe(cache())).contains("it belongs to " + other.getName());
    cached(Path.of("examples/hanoi-2019"));
    assertThat(entries()).isEmpty();
  }

  @Test
  void rulesWithErrorsAreReportedAsWithoutTheCacheAndNotKept() throws Exception {
    Path caseFile = CaseFiles.copyHanoi(dir);
    Path rules = dir.resolve("rules");
    Path us = rules.resolve("us.drl");
    Files.writeString(us, Files.readString(us).replace("hasKind(\"verification\")", "hasKnd(\"verification\")"));

    GordianException plain = catchLoad(caseFile);
    assertThatThrownBy(() -> cached(caseFile)).isInstanceOf(GordianException.class)
        .satisfies(e -> assertThat(((GordianException) e).diagnostics()).isEqualTo(plain.diagnostics()));
    assertThat(plain.diagnostics()).isNotEmpty();
    assertThat(entries()).isEmpty();
  }

  private static GordianException catchLoad(Path caseFile) {
    try {
      Gordian.load(caseFile);
    } catch (GordianException e) {
      return e;
    }
    throw new AssertionError("the broken rules loaded");
  }

  @Test
  void rulesReadFromTheCacheCanBeUpdatedInPlace() throws Exception {
    Path caseFile = CaseFiles.copyHanoi(dir);
    Path rules = dir.resolve("rules");
    cached(caseFile);
    Gordian read = cached(caseFile);

    Path dprk = rules.resolve("dprk.drl");
    Files.writeString(dprk, Files.readString(dprk).replace("- ($d.has(\"added-sanctions\") ? 3 : 0)",
        "- ($d.has(\"added-sanctions\") ? 5 : 0)"));
    Object kieBase = read.rulebook().kieBase();
    Gordian updated = read.updateRules();
    assertThat(updated.rulebook().kieBase()).as("updated in place").isSameAs(kieBase);
    assertThat(reports(updated)).isEqualTo(reports(plain(caseFile)));
  }

  @Test
  void theNewestEntriesAreKept() throws Exception {
    Path caseFile = CaseFiles.copyHanoi(dir);
    Path rules = dir.resolve("rules");
    Path rok = CaseFiles.rokAsDrl(rules);
    String text = Files.readString(rok);
    for (int i = 0; i < RuleCache.KEPT + 2; i++) {
      Files.writeString(rok, text + "\n// edit " + i + "\n");
      cached(caseFile);
    }
    assertThat(entries()).hasSize(RuleCache.KEPT);
  }
}
