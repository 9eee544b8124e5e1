package org.gordian.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
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
import java.util.Set;
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
 * rule file's path and text, the Java version, the Drools settings given as system properties, and
 * the Gordian and Drools code (their jars' paths, sizes and times), so an edited file, another
 * Java or a rebuilt jar simply misses. Only builds of which the compiler reports nothing (no error, no
 * warning) are kept. Entries carry a digest of their content; an entry that is damaged or cannot
 * be read is deleted and the rules are compiled. Entries are written to a temporary file and moved
 * into place, and only the most recent {@value #KEPT} are kept.
 *
 * <p>An entry holds compiled code (the rules' consequences, the declared types) that runs when it
 * is read, so the folder must be the user's own: it is made readable and writable by its owner
 * alone, and a folder that belongs to someone else, or that others may write to, is not used.
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
  private static final String FORMAT = "gordian-rules-2";
  static final int KEPT = 16;

  private final Path folder;
  private final String build;
  private final boolean verify;

  RuleCache(Path folder, String build, boolean verify) {
    this.folder = folder;
    this.build = build;
    this.verify = verify;
  }

  /**
   * The cache the system properties ask for, or empty when there is none, or when its folder is
   * not the user's own (see the class comment).
   */
  static Optional<RuleCache> configured() {
    String where = System.getProperty(FOLDER_PROPERTY);
    if (where == null || where.isBlank()) {
      return Optional.empty();
    }
    Path folder = Path.of(where).toAbsolutePath();
    Optional<String> unsafe = unsafe(folder);
    if (unsafe.isPresent()) {
      LOG.debug("Not using the rule cache {}: {}", folder, unsafe.get());
      return Optional.empty();
    }
    return Optional.of(new RuleCache(folder, buildIdentity(), Boolean.getBoolean(VERIFY_PROPERTY)));
  }

  /** Why the folder is not safe to keep compiled code in, if it is not. */
  static Optional<String> unsafe(Path folder) {
    if (!Files.exists(folder)) {
      return Optional.empty();   // made for the owner alone when the first entry is written
    }
    try {
      if (!Files.isDirectory(folder)) {
        return Optional.of("not a folder");
      }
      UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
      if (!Files.getOwner(folder).equals(me)) {
        return Optional.of("it belongs to " + Files.getOwner(folder).getName());
      }
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(folder);
      if (p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
        return Optional.of("others may write to it");
      }
      return Optional.empty();
    } catch (UnsupportedOperationException e) {
      return Optional.of("its file system has no owners and permissions to check");
    } catch (IOException e) {
      return Optional.of("its owner and permissions cannot be read: " + e.getMessage());
    }
  }

  /** Makes the folder, readable and writable by its owner alone. */
  private void makeFolder() throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Files.createDirectories(folder.getParent());
    try {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Files.createDirectory(folder);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // made meanwhile by another run
    }
  }

  /**
   * What the compiled form depends on besides the rule files: the Java version, the Drools
   * settings given as system properties, and the Gordian and Drools code (each jar's path,
   * size and time; for a folder of classes, its files' count, total size and latest time).
   */
  private static String buildIdentity() {
    StringBuilder id = new StringBuilder(Runtime.version().toString()).append(SETTINGS);
    for (Class<?> c : List.of(RuleCache.class, KnowledgeBuilderImpl.class)) {
      try {
        Path source = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        id.append('|').append(source).append('|').append(identity(source));
      } catch (Exception | Error e) {   // no code source (or not a file): rely on the class name alone
        id.append('|').append(c.getName());
      }
    }
    return id.toString();
  }

  /**
   * The Drools settings given as system properties, as they were when this class was first used
   * (before any compile; the engine sets some of its own later, which must not change the key).
   */
  private static final String SETTINGS = settings();

  private static String settings() {
    StringBuilder out = new StringBuilder();
    new java.util.TreeSet<>(System.getProperties().stringPropertyNames()).forEach(name -> {
      if (name.startsWith("drools.") || name.startsWith("kie.")) {
        out.append('|').append(name).append('=').append(System.getProperty(name));
      }
    });
    return out.toString();
  }

  private static String identity(Path source) throws IOException {
    if (!Files.isDirectory(source)) {
      return Files.size(source) + "|" + Files.getLastModifiedTime(source).toMillis();
    }
    long[] sum = new long[3];
    try (Stream<Path> all = Files.walk(source)) {
      all.filter(Files::isRegularFile).forEach(f -> {
        try {
          sum[0]++;
          sum[1] += Files.size(f);
          sum[2] = Math.max(sum[2], Files.getLastModifiedTime(f).toMillis());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    return sum[0] + "|" + sum[1] + "|" + sum[2];
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
    try {
      KieBase kieBase = read(Files.readAllBytes(file));
      LOG.debug("Read compiled rules {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
      touch(file);   // entries in use are the last to be pruned
      return Optional.of(kieBase);
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError | StackOverflowError e) {
      LOG.debug("Compiled rules {} could not be read; compiling instead", file, e);
      delete(file);
      return Optional.empty();
    }
  }

  /**
   * An entry: the format's name, the SHA-256 digest of the rest, then Drools' serialised form of
   * the declared types' class bytes and of the packages.
   */
  @SuppressWarnings("unchecked")
  private static KieBase read(byte[] entry) throws IOException, ClassNotFoundException {
    java.io.DataInputStream header = new java.io.DataInputStream(new java.io.ByteArrayInputStream(entry));
    if (!FORMAT.equals(header.readUTF())) {
      throw new IOException("not a " + FORMAT + " file");
    }
    byte[] digest = header.readNBytes(32);
    int offset = entry.length - header.available();
    if (!MessageDigest.isEqual(digest, sha256(entry, offset))) {
      throw new IOException("damaged: its digest does not match");
    }
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
    ProjectClassLoader loader = (ProjectClassLoader) kieBase.getRootClassLoader();
    Map<String, byte[]> classes;
    try (DroolsObjectInputStream in = new DroolsObjectInputStream(
        new java.io.ByteArrayInputStream(entry, offset, entry.length - offset), loader)) {
      classes = (Map<String, byte[]>) in.readObject();
      // The declared types' classes first: the packages refer to them.
      loader.storeClasses(classes);
      kieBase.addPackages((Collection<InternalKnowledgePackage>) in.readObject());
    }
    for (String name : classes.keySet()) {
      if (name.endsWith(".class")) {   // defined now, so that bad bytes fail here and not in a session
        loader.loadClass(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
      }
    }
    return kieBase;
  }

  private static byte[] sha256(byte[] bytes, int offset) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes, offset, bytes.length - offset);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An entry holding this payload: the format's name, the payload's digest, the payload. */
  static byte[] seal(byte[] payload) throws IOException {
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream(payload.length + 64);
    java.io.DataOutputStream header = new java.io.DataOutputStream(whole);
    header.writeUTF(FORMAT);
    header.write(sha256(payload, 0));
    header.write(payload);
    return whole.toByteArray();
  }

  /** Keeps what the builder compiled under this key; a failure to write costs only speed. */
  void write(String key, KnowledgeBuilder builder) {
    long start = System.nanoTime();
    Path file = entry(key);
    Path temp = null;
    try {
      ProjectClassLoader loader = (ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader();
      Map<String, byte[]> store = loader.getStore() == null ? Map.of() : loader.getStore();
      java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
      try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
        out.writeObject(new HashMap<>(store));
        out.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
      }
      byte[] entry = seal(payload.toByteArray());
      if (verify) {
        read(entry);
      }
      makeFolder();
      temp = Files.createTempFile(folder, key, ".tmp");
      Files.write(temp, entry);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      LOG.debug("Kept compiled rules in {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
      prune();
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError | StackOverflowError e) {
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
    // Left by writers that were stopped midway.
    long hourAgo = System.currentTimeMillis() - 3_600_000;
    try (Stream<Path> all = Files.list(folder)) {
      all.filter(p -> p.getFileName().toString().endsWith(".tmp") && modified(p) < hourAgo).forEach(RuleCache::delete);
    }
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
