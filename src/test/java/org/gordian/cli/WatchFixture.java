package org.gordian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.gordian.CaseFiles;
import org.gordian.RunOptions;

/** A watcher over a private copy of the Hanoi case and rules, running on its own thread, with its output captured. */
final class WatchFixture implements AutoCloseable {
  final Path caseFile;
  final Path us;
  final String original;
  private final StringBuffer output = new StringBuffer();
  private final Thread thread;
  private final Object monitor = new Object();

  WatchFixture(Path dir, RunOptions options) throws IOException {
    Path rules = CaseFiles.copyRules(dir);
    us = rules.resolve("us.drl");
    original = Files.readString(us);
    Path caseDir = Files.createDirectories(dir.resolve("case"));
    caseFile = CaseFiles.write(caseDir, CaseFiles.hanoiText()
        .replace(Path.of("rules/hanoi-2019").toAbsolutePath().toString(), rules.toString()));
    Writer sink = new Writer() {
      @Override
      public void write(char[] c, int off, int len) {
        synchronized (monitor) {
          output.append(c, off, len);
          monitor.notifyAll();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Watcher watcher = new Watcher(caseFile, options, 3, new PrintWriter(sink, true));
    thread = new Thread(() -> {
      try {
        watcher.watch();
      } catch (IOException e) {
        output.append("watch failed: ").append(e);
      }
    }, "watch-test");
    thread.setDaemon(true);
    thread.start();
  }

  /** The us.drl text with the all-or-nothing veto unable to fire. */
  String withoutAllOrNothing() {
    String rule = original.substring(original.indexOf("rule \"Washington grants no sanctions relief"));
    String when = rule.substring(0, rule.indexOf("then"));
    return original.replace(when, when.replaceFirst("when", "when\n    eval(false)"));
  }

  /** The output from character {@code from} on, once it satisfies {@code test} (waits up to a minute). */
  String await(int from, Predicate<String> test) throws InterruptedException {
    long end = System.currentTimeMillis() + 60_000;
    synchronized (monitor) {
      while (true) {
        String tail = output.substring(Math.min(from, output.length()));
        if (test.test(tail)) {
          return tail;
        }
        long left = end - System.currentTimeMillis();
        if (left <= 0) {
          throw new AssertionError("watch output did not show what was awaited; output so far:\n" + output);
        }
        monitor.wait(left);
      }
    }
  }

  /** The output's length so far. */
  int mark() {
    return output.length();
  }

  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join(10_000);
  }
}
