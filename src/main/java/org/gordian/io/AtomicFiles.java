package org.gordian.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target (same
 * folder, so on the same disk), is forced to the disk, and is renamed over the target; the folder
 * is then forced too. A failure (a full disk, an error in the writer, an interrupt) leaves the
 * previous file as it was and removes the temporary file.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/report.md"), AtomicFiles.Access.SHARED, out -> out.write(bytes));
 * AtomicFiles.copy(Path.of("shard-1/a/baseline.md"), Path.of("merged/a/baseline.md"));
 * }</pre>
 *
 * <p>Temporary files are named {@code .gordian-NAME.PID.HOST.RANDOM.tmp}. A process killed
 * mid-write (SIGKILL, power loss) cannot remove its own; the next write into the same folder does,
 * but only where that is safe: the writer was on this host and its process is gone, or the file
 * has not changed for {@value #STALE_MINUTES} minutes. A concurrent writer's file is left alone.
 *
 * <p>A target that exists and is a named pipe or a character device ({@code /dev/null},
 * {@code /dev/stdout}) is written into, as a shell's {@code >} would, and never replaced by a
 * file. A folder, a block device or a socket is refused.
 */
public final class AtomicFiles {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  /** How long a temporary file must lie unchanged before any writer may remove it. */
  static final long STALE_MINUTES = 60;

  private static final String PREFIX = ".gordian-";
  private static final String SUFFIX = ".tmp";
  private static final Pattern TEMP = Pattern.compile(Pattern.quote(PREFIX) + ".*\\.(\\d{1,10})\\.([0-9a-f]{8})"
      + "\\.[0-9a-f]{8,32}" + Pattern.quote(SUFFIX));
  private static final long PID = ProcessHandle.current().pid();
  private static final String HOST = hostTag();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  /** Wraps the stream each write goes through: the identity, but tests play a full disk here. */
  @FunctionalInterface
  interface Faults {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  static final Faults NO_FAULTS = out -> out;

  /** Where tests inject failures into writes; {@link #NO_FAULTS} otherwise. */
  static volatile Faults faults = NO_FAULTS;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(p -> {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // nothing more can be done while the JVM stops
      }
    }), "gordian-cleanup"));
  }

  /** Who may read a file written anew (a replaced file keeps the permissions it had). */
  public enum Access {
    /** Readable by all ({@code rw-r--r--}): reports and indexes, made to be shared. */
    SHARED("rw-r--r--"),
    /**
     * Readable and writable by the owner alone ({@code rw-------}), even when replacing a file that
     * others could write: compiled code in the rule cache.
     */
    PRIVATE("rw-------");

    private final Set<PosixFilePermission> permissions;

    Access(String permissions) {
      this.permissions = PosixFilePermissions.fromString(permissions);
    }
  }

  /** Something that writes a file's bytes. */
  @FunctionalInterface
  public interface Content {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Why {@code target} cannot take a file, if it cannot: it is a folder, a block device, a socket
   * or another special file. A missing path, a regular file, a named pipe and a character device
   * can (the last two are written into).
   */
  public static java.util.Optional<String> refusal(Path target) throws IOException {
    Kind kind = Kind.of(target.toAbsolutePath());
    return switch (kind) {
      case MISSING, REGULAR, PIPE, CHARACTER_DEVICE -> java.util.Optional.empty();
      case FOLDER -> java.util.Optional.of("it is a folder; give a file name");
      default -> java.util.Optional.of("it is a " + kind.words + ", not a regular file; give the path of a file");
    };
  }

  /**
   * Writes {@code target} with the given content, whole or not at all.
   *
   * @throws IOException saying why, when the target cannot take a file or a write fails; the
   *     previous file is then as it was
   */
  public static void write(Path target, Access access, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    java.util.Optional<String> refused = refusal(abs);
    if (refused.isPresent()) {
      throw new IOException(refused.get());
    }
    Kind kind = Kind.of(abs);
    if (kind == Kind.PIPE || kind == Kind.CHARACTER_DEVICE) {
      writeInto(abs, content);
      return;
    }
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException("folder " + dir + " does not exist");
    }
    sweep(dir);
    Path tmp = dir.resolve(tempName(abs.getFileName().toString()));
    PENDING.add(tmp);
    try {
      try (FileChannel channel = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          privateFile(dir))) {
        OutputStream out = new BufferedOutputStream(faults.wrap(Channels.newOutputStream(channel)), 1 << 16);
        content.write(out);
        out.flush();
        channel.force(true);
      }
      setPermissions(tmp, abs, access);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      forceFolder(dir);
    } finally {
      Files.deleteIfExists(tmp);
      PENDING.remove(tmp);
    }
  }

  /**
   * Copies a regular file to {@code target} whole or not at all. The source is opened without
   * following a symbolic link: a link is refused, never read through.
   *
   * @throws IOException when the source is not a regular file or the copy fails
   */
  public static void copy(Path source, Path target) throws IOException {
    BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!a.isRegularFile()) {
      throw new IOException(source + " is " + (a.isSymbolicLink() ? "a symbolic link" : "not a regular file"));
    }
    write(target, Access.SHARED, out -> {
      try (InputStream in = Files.newInputStream(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        in.transferTo(out);
      }
    });
  }

  /**
   * Removes temporary files that killed writers left in a folder (see the class comment); done once
   * per folder per process, before the first write into it.
   */
  public static void sweep(Path dir) {
    if (dir == null || !SWEPT.add(dir.toAbsolutePath().normalize())) {
      return;
    }
    try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
      for (Path p : all) {
        if (abandoned(p)) {
          try {
            Files.deleteIfExists(p);
            LOG.debug("Removed {}, left by a writer that was stopped midway", p);
          } catch (IOException e) {
            LOG.debug("Could not remove {}", p, e);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not look for stale temporary files in {}", dir, e);
    }
  }

  /** Whether a file is one of Gordian's temporary files that no live writer is using. */
  static boolean abandoned(Path p) {
    Matcher m = TEMP.matcher(p.getFileName().toString());
    if (!m.matches() || PENDING.contains(p)) {
      return false;
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
    if (!a.isRegularFile()) {
      return false;
    }
    long pid = Long.parseLong(m.group(1));
    if (m.group(2).equals(HOST) && pid != PID && ProcessHandle.of(pid).isEmpty()) {
      return true;   // its writer, on this host, has ended without removing it
    }
    return a.lastModifiedTime().toMillis() < System.currentTimeMillis() - STALE_MINUTES * 60_000;
  }

  /** A fresh temporary file's name for a target: recognisable, and naming its writer. */
  static String tempName(String target) {
    String name = target.length() > 80 ? target.substring(0, 80) : target;
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return PREFIX + name + "." + PID + "." + HOST + "." + HexFormat.of().formatHex(random) + SUFFIX;
  }

  /** Eight hex digits naming this host, so that a process id is compared only with processes it could be. */
  private static String hostTag() {
    String host = null;
    try {
      host = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).trim();
    } catch (IOException | RuntimeException e) {
      host = System.getenv("HOSTNAME");
    }
    if (host == null || host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (IOException | RuntimeException e) {
        host = "localhost";
      }
    }
    return String.format("%08x", host.hashCode());
  }

  private static FileAttribute<?>[] privateFile(Path dir) throws IOException {
    if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(Access.PRIVATE.permissions)};
    }
    return new FileAttribute<?>[0];
  }

  /**
   * A shared file replacing another keeps the permissions of the one it replaces; a new one, and
   * every private one, gets those of its access.
   */
  private static void setPermissions(Path tmp, Path target, Access access) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = access.permissions;
    if (access == Access.SHARED && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      permissions = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
    }
    Files.setPosixFilePermissions(tmp, permissions);
  }

  /** Makes the rename itself durable; file systems that cannot force a folder are left as they are. */
  private static void forceFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not force folder {} to disk", dir, e);
    }
  }

  /** Writes straight into a named pipe or device, as a shell's {@code >} would. */
  private static void writeInto(Path target, Content content) throws IOException {
    try (OutputStream out = new BufferedOutputStream(faults.wrap(
        Files.newOutputStream(target, StandardOpenOption.WRITE)), 1 << 16)) {
      content.write(out);
    }
  }

  /** What kind of thing a path names, following symbolic links as a write would. */
  enum Kind {
    MISSING("missing path"),
    REGULAR("regular file"),
    FOLDER("folder"),
    PIPE("named pipe"),
    CHARACTER_DEVICE("character device"),
    BLOCK_DEVICE("block device"),
    SOCKET("socket"),
    OTHER("special file");

    final String words;

    Kind(String words) {
      this.words = words;
    }

    static Kind of(Path p) throws IOException {
      if (!Files.exists(p)) {
        return MISSING;
      }
      if (Files.isDirectory(p)) {
        return FOLDER;
      }
      if (Files.isRegularFile(p)) {
        return REGULAR;
      }
      try {
        int mode = (Integer) Files.getAttribute(p, "unix:mode");
        return switch (mode & 0170000) {
          case 0010000 -> PIPE;
          case 0020000 -> CHARACTER_DEVICE;
          case 0060000 -> BLOCK_DEVICE;
          case 0140000 -> SOCKET;
          default -> OTHER;
        };
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return OTHER;
      }
    }
  }
}
