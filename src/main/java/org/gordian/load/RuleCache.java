package org.gordian.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.internal.builder.KnowledgeBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rules kept on disk between runs, so that running the same rule files again skips the
 * compiler (parsing, expression analysis and Java compilation are most of a short run's start).
 *
 * <p>An entry is Drools' own serialised form of the compiled packages, with the classes of the
 * types the rules declare. Its name is a digest of everything the compiled form depends on: each
 * rule file's path and text, the Java version, and the Gordian build (its jar's path, size and
 * time), so an edited file, another Java or a rebuilt jar simply misses. Only builds without any
 * error or warning are kept; an entry that cannot be read is deleted and the rules are compiled.
 * Entries are written to a temporary file and moved into place, and only the most recent
 * {@value #KEPT} are kept.
 *
 * <p>Off unless the system property {@code gordian.ruleCache} names a folder (the {@code gordian}
 * launcher points it into {@code target/}). With {@code gordian.ruleCache.verify=true} each new
 * entry is read back at once and dropped if it does not load.
 */
final class RuleCache {
  private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
  static final String FOLDER_PROPERTY = "gordian.ruleCache";
  static final String VERIFY_PROPERTY = "gordian.ruleCache.verify";
  /** Changes whenever what an entry holds changes. */
  private static final String FORMAT = "gordian-rules-1";
  static final int KEPT = 16;

  private final Path folder;
  private final String build;
  private final boolean verify;

  RuleCache(Path folder, String build, boolean verify) {
    this.folder = folder;
    this.build = build;
    this.verify = verify;
  }

  /** The cache the system properties ask for, or empty when there is none. */
  static Optional<RuleCache> configured() {
    String where = System.getProperty(FOLDER_PROPERTY);
    if (where == null || where.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new RuleCache(Path.of(where), buildIdentity(), Boolean.getBoolean(VERIFY_PROPERTY)));
  }

  /** What identifies the running Gordian and Drools code: where it was loaded from, its size and time. */
  private static String buildIdentity() {
    StringBuilder id = new StringBuilder(Runtime.version().toString());
    for (Class<?> c : List.of(RuleCache.class, KnowledgeBuilderImpl.class)) {
      try {
        Path source = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        id.append('|').append(source).append('|').append(Files.size(source)).append('|')
            .append(Files.getLastModifiedTime(source).toMillis());
      } catch (Exception | Error e) {   // no code source (or not a file): rely on the class name alone
        id.append('|').append(c.getName());
      }
    }
    return id.toString();
  }

  /** The entry name for these rule files (path to text, in compile order). */
  String key(Map<Path, String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, FORMAT);
      update(sha, build);
      texts.forEach((path, text) -> {
        update(sha, path.toString());
        update(sha, text);
      });
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private Path entry(String key) {
    return folder.resolve(key + ".rules");
  }

  /** The knowledge base kept under this key, or empty when there is none that loads. */
  Optional<KieBase> read(String key) {
    Path file = entry(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      KieBase kieBase = read(in);
      LOG.debug("Read compiled rules {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
      touch(file);   // entries in use are the last to be pruned
      return Optional.of(kieBase);
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      LOG.debug("Compiled rules {} could not be read; compiling instead", file, e);
      delete(file);
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static KieBase read(InputStream raw) throws IOException, ClassNotFoundException {
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
    ProjectClassLoader loader = (ProjectClassLoader) kieBase.getRootClassLoader();
    try (DroolsObjectInputStream in = new DroolsObjectInputStream(raw, loader)) {
      if (!FORMAT.equals(in.readUTF())) {
        throw new IOException("not a " + FORMAT + " file");
      }
      // The declared types' classes first: the packages refer to them.
      loader.storeClasses((Map<String, byte[]>) in.readObject());
      kieBase.addPackages((Collection<InternalKnowledgePackage>) in.readObject());
    }
    return kieBase;
  }

  /** Keeps what the builder compiled under this key; a failure to write costs only speed. */
  void write(String key, KnowledgeBuilder builder) {
    long start = System.nanoTime();
    Path file = entry(key);
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, key, ".tmp");
      ProjectClassLoader loader = (ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader();
      Map<String, byte[]> store = loader.getStore() == null ? Map.of() : loader.getStore();
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp));
          DroolsObjectOutputStream out = new DroolsObjectOutputStream(raw)) {
        out.writeUTF(FORMAT);
        out.writeObject(new HashMap<>(store));
        out.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
      }
      if (verify) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(temp))) {
          read(in);
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      LOG.debug("Kept compiled rules in {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
      prune();
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      LOG.debug("Could not keep compiled rules in {}", file, e);
    } finally {
      if (temp != null) {
        delete(temp);
      }
    }
  }

  /** Deletes all but the most recently written entries. */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> all = Files.list(folder)) {
      entries = all.filter(p -> p.getFileName().toString().endsWith(".rules"))
          .sorted(Comparator.comparing(RuleCache::modified).reversed()).toList();
    }
    entries.stream().skip(KEPT).forEach(RuleCache::delete);
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void touch(Path p) {
    try {
      Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      LOG.debug("Could not touch {}", p, e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.debug("Could not delete {}", p, e);
    }
  }
}
