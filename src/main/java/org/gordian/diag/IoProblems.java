package org.gordian.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Words for a failed read or write that always name both the path and the reason: Java's file
 * exceptions often carry only the path ({@code NoSuchFileException}, {@code AccessDeniedException})
 * and plain {@code IOException}s often only the reason.
 */
public final class IoProblems {
  private IoProblems() {}

  /** Why the operation failed, in words, without the path. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return Message.PERMISSION_DENIED.say();
    }
    if (e instanceof NoSuchFileException) {
      return Message.NO_SUCH_FILE_OR_FOLDER.say();
    }
    if (e instanceof NotDirectoryException) {
      return Message.NOT_A_FOLDER.say();
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Message.FOLDER_NOT_EMPTY.say();
    }
    if (e instanceof FileAlreadyExistsException f) {
      Path p = f.getFile() == null ? null : Path.of(f.getFile());
      return p != null && Files.exists(p) && !Files.isDirectory(p) ? Message.FILE_IN_THE_WAY.say()
          : Message.ALREADY_EXISTS.say();
    }
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null) {
        return f.getReason();
      }
      return words(e);
    }
    return e.getMessage() == null ? words(e) : e.getMessage();
  }

  /** {@code what path: reason}, naming the path the exception names when it is not the one given. */
  public static String describe(String what, Path path, IOException e) {
    String said = reason(e);
    if (e instanceof FileSystemException f && f.getFile() != null) {
      Path named = Path.of(f.getFile());
      if (path == null || !named.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
        said = Paths2.display(named) + ": " + said;
      }
    }
    return (what.isEmpty() ? "" : what + " ") + (path == null ? "" : Paths2.display(path) + ": ") + said;
  }

  /** The message of an I/O failure that reached the command line: path and reason, whatever the exception held. */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return describe("", null, e);
    }
    return e.getMessage() == null ? words(e) : e.getMessage();
  }

  private static String words(IOException e) {
    return e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
