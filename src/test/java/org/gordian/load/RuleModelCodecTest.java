package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gordian.engine.drools.DrlReader;
import org.gordian.model.drl.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule model kept in a rule-cache entry comes back equal to the model the parser gives, for
 * every DRL file of the project (shipped rules and test inputs, defective ones included), and a
 * model a run loads from the cache equals the one it would parse.
 */
class RuleModelCodecTest {
  @TempDir
  Path dir;

  private static List<Path> everyDrlFile() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(Path.of("rules"), Path.of("examples"), Path.of("src/test/resources"))) {
      try (Stream<Path> all = Files.walk(root)) {
        all.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void everyDrlFileOfTheProjectComesBackEqual() throws IOException {
    List<Path> files = everyDrlFile();
    assertThat(files).hasSizeGreaterThan(100);
    List<RuleFile> models = new ArrayList<>();
    int rules = 0;
    int errors = 0;
    for (Path f : files) {
      // Some test inputs are deliberately not UTF-8: read them as a lenient reader would.
      RuleFile m = DrlReader.read(f, new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
      models.add(m);
      rules += m.rules().size();
      errors += m.errors().size();
    }
    assertThat(rules).as("rules read").isGreaterThan(200);
    assertThat(errors).as("defective files are among them").isPositive();

    Map<Path, RuleFile> back = RuleModelCodec.read(RuleModelCodec.write(models));
    assertThat(List.copyOf(back.keySet())).isEqualTo(files);
    for (RuleFile m : models) {
      assertThat(back.get(m.path())).as("%s", m.path()).isEqualTo(m);
    }
  }

  @Test
  void damagedBytesAreRefusedNotTrusted() throws IOException {
    Path f = Path.of("rules/hanoi-2019/us.drl");
    byte[] bytes = RuleModelCodec.write(List.of(DrlReader.read(f, Files.readString(f))));
    assertThatThrownBy(() -> RuleModelCodec.read(java.util.Arrays.copyOf(bytes, bytes.length / 2)))
        .isInstanceOf(IOException.class);
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> RuleModelCodec.read(longer)).isInstanceOf(IOException.class)
        .hasMessageContaining("3 bytes more");
    byte[] huge = bytes.clone();
    huge[0] = 0x7f;   // a count of files no entry could hold
    assertThatThrownBy(() -> RuleModelCodec.read(huge)).isInstanceOf(IOException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void rulesReadBackFromTheCacheCarryTheModelTheParserGives() throws IOException {
    List<Path> files = Stream.of("context", "derived", "dprk", "us")
        .map(n -> Path.of("rules/hanoi-2019/" + n + ".drl")).toList();
    LoadOptions cached = LoadOptions.DEFAULT.withRuleCache(dir.resolve("cache"), true);
    var parsed = RuleLoader.compile(files, LoadOptions.DEFAULT);
    var compiled = RuleLoader.compile(files, cached);
    var read = RuleLoader.compile(files, cached);
    assertThat(compiled.sources()).isEqualTo(parsed.sources());
    assertThat(read.sources()).as("read back from the entry").isEqualTo(parsed.sources());
    assertThat(read.rules()).isEqualTo(parsed.rules());
    assertThat(read.warnings()).isEqualTo(parsed.warnings());

    // The entry itself holds the model, for exactly these texts.
    Map<Path, String> texts = new java.util.LinkedHashMap<>();
    for (Path f : files) {
      texts.put(f, CaseLoader.readText(f));
    }
    RuleCache cache = RuleCache.of(cached).orElseThrow();
    RuleCache.Kept kept = cache.read(cache.key(texts)).orElseThrow();
    assertThat(List.copyOf(kept.model().values())).isEqualTo(parsed.sources());

    // The loader takes the model from the entry rather than parsing: an entry whose model is
    // marked (a package line moved, the texts the same) gives the marked model back.
    Path entry = dir.resolve("cache").resolve(cache.key(texts) + ".rules");
    java.io.DataInputStream in =
        new java.io.DataInputStream(new java.io.ByteArrayInputStream(Files.readAllBytes(entry)));
    in.readUTF();
    in.readUTF();
    in.readNBytes(32);
    byte[] payload = in.readAllBytes();
    int modelLength = java.nio.ByteBuffer.wrap(payload).getInt();
    byte[] image = java.util.Arrays.copyOfRange(payload, Integer.BYTES + modelLength, payload.length);
    List<RuleFile> marked = new ArrayList<>(kept.model().values());
    RuleFile f = marked.get(0);
    marked.set(0, new RuleFile(f.path(), f.text(), f.packageName(), f.packageLine() + 1000, f.imports(), f.globals(),
        f.functions(), f.declaredTypes(), f.attributes(), f.rules(), f.queries(), f.errors()));
    byte[] model = RuleModelCodec.write(marked);
    byte[] changed = java.nio.ByteBuffer.allocate(Integer.BYTES + model.length + image.length).putInt(model.length)
        .put(model).put(image).array();
    Files.write(entry, RuleCache.seal(cache.key(texts), changed));
    assertThat(RuleLoader.compile(files, cached).sources().get(0).packageLine())
        .as("the package line of the model kept in the entry").isEqualTo(f.packageLine() + 1000);
  }
}
