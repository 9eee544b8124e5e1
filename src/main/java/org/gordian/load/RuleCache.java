package org.gordian.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gordian.diag.Message;
import org.gordian.engine.drools.DrlCompiler;
import org.gordian.model.drl.RuleFile;
import org.kie.api.KieBase;
import org.gordian.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rules kept on disk between runs, so that running the same rule files again skips the
 * compiler (parsing, expression analysis and Java compilation are most of a short run's start).
 *
 * <p>An entry is Drools' own serialised form of the compiled packages, with the classes of the
 * types the rules declare, and the rule model of the files ({@link RuleModelCodec}), so that a run
 * reading the entry needs neither the compiler nor the parser. Its name is a digest of everything
 * the compiled form depends on: each
 * rule file's path and text, the Java version, the Drools settings given as system properties, and
 * the Gordian and Drools code (their jars' paths, sizes and times), so an edited file, another
 * Java or a rebuilt jar simply misses. Only builds of which the compiler reports nothing (no error, no
 * warning) are kept. An entry holds its own key and a digest of the key and its content, so an
 * entry is served only under the key it was written for: an entry copied or moved under another
 * name is not read. An entry that is damaged or cannot be read is deleted and the rules are
 * compiled. Entries are written whole ({@link AtomicFiles}), and only the most recent {@value #KEPT}
 * are kept.
 *
 * <p>An entry holds compiled code (the rules' consequences, the declared types) that runs when it
 * is read, so the folder and every entry must be the user's own: the folder is made readable and
 * writable by its owner alone, entries readable by the owner alone; a folder or an entry that
 * belongs to someone else, that others may write to, or that is a link, is not read. The digest
 * guards against accidents, not against someone who may write the file; the ownership checks do
 * that. Each refusal is noted once, in one line, and the rules are compiled instead.
 *
 * <p>Off unless {@link LoadOptions#ruleCache()} names a folder (the {@code gordian} launcher points
 * it into {@code target/}). With {@link LoadOptions#verifyCache()} each new entry is read back at
 * once and dropped if it does not load.
 */
final class RuleCache {
  private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
  /** Changes whenever what an entry holds changes. */
  private static final String FORMAT = "gordian-rules-4";
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
   * The cache the options ask for, or empty when there is none, or when its folder is not the
   * user's own (see the class comment).
   */
  static Optional<RuleCache> of(LoadOptions options) {
    if (options.ruleCache() == null) {
      return Optional.empty();
    }
    Path folder = options.ruleCache();
    Optional<String> unsafe = unsafe(folder);
    if (unsafe.isPresent()) {
      note(folder, Message.CACHE_FOLDER_UNSAFE.say(folder, unsafe.get()));
      return Optional.empty();
    }
    return Optional.of(new RuleCache(folder, buildIdentity(), options.verifyCache()));
  }

  /** Why the folder is not safe to keep compiled code in, if it is not. */
  static Optional<String> unsafe(Path folder) {
    if (!Files.exists(folder)) {
      return Optional.empty();   // made for the owner alone when the first entry is written
    }
    if (!Files.isDirectory(folder)) {
      return Optional.of(Message.NOT_A_FOLDER.say());
    }
    return notOwn(folder, LinkOption.values());
  }

  /** Why an entry is not safe to read, if it is not: it must be a regular file of the user's, others not writing it. */
  static Optional<String> unsafeEntry(Path entry) {
    try {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) {
        return Optional.of(a.isSymbolicLink() ? Message.CACHE_LINK.say() : Message.CACHE_NOT_REGULAR.say());
      }
    } catch (IOException e) {
      return Optional.of(Message.CACHE_UNEXAMINED.say(e.getMessage()));
    }
    return notOwn(entry, new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
  }

  /** Why a file or folder is not the user's own alone, if it is not. */
  private static Optional<String> notOwn(Path p, LinkOption[] links) {
    try {
      UserPrincipal me = p.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
      UserPrincipal owner = Files.getOwner(p, links);
      if (!owner.equals(me)) {
        return Optional.of(Message.CACHE_NOT_OWN.say(owner.getName()));
      }
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, links);
      if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
        return Optional.of(Message.CACHE_WRITABLE_BY_OTHERS.say(PosixFilePermissions.toString(perms)));
      }
      return Optional.empty();
    } catch (UnsupportedOperationException e) {
      return Optional.of(Message.CACHE_NO_OWNERS.say());
    } catch (IOException e) {
      return Optional.of(Message.CACHE_OWNER_UNREADABLE.say(e.getMessage()));
    }
  }

  /** Says once per path and process, in one line, why cached rules are not used. */
  private static void note(Path about, String message) {
    if (NOTED.add(about)) {
      LOG.warn(message);
    } else {
      LOG.debug(message);
    }
  }

  private static final Set<Path> NOTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
    for (Class<?> c : List.of(RuleCache.class, DrlCompiler.compilerClass())) {
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

  /** What an entry holds: the compiled rules and the rule model of the files they were compiled from. */
  record Kept(KieBase kieBase, Map<Path, RuleFile> model) {}

  /** The compiled rules and rule model kept under this key, or empty when there is none that loads. */
  Optional<Kept> read(String key) {
    Path file = entry(key);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Optional<String> unsafe = unsafeEntry(file);
    if (unsafe.isPresent()) {
      note(file, Message.CACHE_ENTRY_UNSAFE.say(file, unsafe.get()));
      return Optional.empty();
    }
    long start = System.nanoTime();
    try {
      Kept kept = read(key, Files.readAllBytes(file));
      LOG.debug("Read compiled rules {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
      touch(file);   // entries in use are the last to be pruned
      return Optional.of(kept);
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError | StackOverflowError e) {
      LOG.debug("Compiled rules {} could not be read; compiling instead", file, e);
      delete(file);
      return Optional.empty();
    }
  }

  /**
   * An entry: the format's name, the key it was written under, the SHA-256 digest of the format,
   * the key and the payload, then the payload: the length of the rule model and the model, then
   * Drools' serialised form of the declared types' class bytes and of the packages.
   */
  private static Kept read(String key, byte[] entry) throws IOException, ClassNotFoundException {
    java.io.DataInputStream header = new java.io.DataInputStream(new java.io.ByteArrayInputStream(entry));
    if (!FORMAT.equals(header.readUTF())) {
      throw new IOException("not a " + FORMAT + " file");
    }
    String written = header.readUTF();
    if (!key.equals(written)) {
      throw new IOException("written for key " + written + ", not " + key);
    }
    byte[] digest = header.readNBytes(32);
    int offset = entry.length - header.available();
    if (!MessageDigest.isEqual(digest, digest(key, entry, offset))) {
      throw new IOException("damaged: its digest does not match");
    }
    java.nio.ByteBuffer payload = java.nio.ByteBuffer.wrap(entry, offset, entry.length - offset);
    int modelLength = payload.getInt();
    if (modelLength < 0 || modelLength > payload.remaining()) {
      throw new IOException("damaged: a rule model of " + modelLength + " bytes");
    }
    int modelAt = offset + Integer.BYTES;
    Map<Path, RuleFile> model =
        RuleModelCodec.read(java.util.Arrays.copyOfRange(entry, modelAt, modelAt + modelLength));
    int imageAt = modelAt + modelLength;
    return new Kept(DrlCompiler.readImage(entry, imageAt, entry.length - imageAt), model);
  }

  /** The digest binding a payload (from {@code offset} on) to the format and the key. */
  private static byte[] digest(String key, byte[] bytes, int offset) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, FORMAT);
      update(sha, key);
      sha.update(bytes, offset, bytes.length - offset);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An entry holding this payload for this key: the format's name, the key, the digest, the payload. */
  static byte[] seal(String key, byte[] payload) throws IOException {
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream(payload.length + 128);
    java.io.DataOutputStream header = new java.io.DataOutputStream(whole);
    header.writeUTF(FORMAT);
    header.writeUTF(key);
    header.write(digest(key, payload, 0));
    header.write(payload);
    return whole.toByteArray();
  }

  /**
   * Keeps what the builder compiled under this key, with the rule model of the files it compiled;
   * a failure to write costs only speed.
   */
  void write(String key, DrlCompiler.Build builder, List<RuleFile> model) {
    long start = System.nanoTime();
    Path file = entry(key);
    try {
      byte[] modelBytes = RuleModelCodec.write(model);
      byte[] image = builder.image();
      byte[] payload = java.nio.ByteBuffer.allocate(Integer.BYTES + modelBytes.length + image.length)
          .putInt(modelBytes.length).put(modelBytes).put(image).array();
      byte[] entry = seal(key, payload);
      if (verify) {
        read(key, entry);
      }
      makeFolder();
      AtomicFiles.write(file, AtomicFiles.Access.PRIVATE, out -> out.write(entry));
      LOG.debug("Kept compiled rules in {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
      prune();
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError | StackOverflowError e) {
      LOG.debug("Could not keep compiled rules in {}", file, e);
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
