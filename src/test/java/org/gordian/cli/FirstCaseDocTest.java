package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/first-case.md} works as written: its steps run in order in an empty folder. A
 * {@code sh} block's lines are {@code gordian} commands, run through {@link Main}, each expected to
 * exit 0 unless it ends with {@code # exit N}; a block whose info string says {@code file=PATH}
 * replaces that file and {@code append=PATH} adds to its end, as the reader is told to.
 */
@Tag("slow")
class FirstCaseDocTest {
  static final Path DOC = Path.of("docs/first-case.md");
  static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)([^\\n]*)\\n(.*?)^```\\s*$");
  static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)\\s*$");

  @TempDir
  Path tmp;

  @Test
  void everyCommandOfTheGuideRunsAsTheGuideSays() throws IOException {
    String doc = Files.readString(DOC);
    Matcher m = FENCE.matcher(doc);
    int commands = 0;
    while (m.find()) {
      String lang = m.group(1);
      String info = m.group(2).trim();
      String body = m.group(3);
      if (info.startsWith("file=") || info.startsWith("append=")) {
        Path target = tmp.resolve(info.substring(info.indexOf('=') + 1));
        assertThat(target).as("the guide edits a file that the steps before made").exists();
        if (info.startsWith("file=")) {
          Files.writeString(target, body);
        } else {
          Files.writeString(target, body, StandardOpenOption.APPEND);
        }
        continue;
      }
      if (!lang.equals("sh")) {
        continue;
      }
      for (String line : body.split("\n")) {
        String command = line.strip();
        if (command.isEmpty() || command.startsWith("#")) {
          continue;
        }
        Matcher exit = EXIT.matcher(command);
        int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        String[] args = words(command.replaceAll("#.*$", "").strip());
        assertThat(args[0]).as(command).isEqualTo("gordian");
        String[] rest = new String[args.length - 1];
        for (int i = 1; i < args.length; i++) {
          rest[i - 1] = inFolder(args[i]);
        }
        Cli.Result r = Cli.run(rest);
        assertThat(r.code()).as(command + "\n" + r.out() + r.err()).isEqualTo(expected);
        commands++;
      }
    }
    assertThat(commands).isGreaterThanOrEqualTo(10);
    assertThat(tmp.resolve("report.html")).exists();
    assertThat(tmp.resolve("test-results.xml")).content().contains("<testcase");
  }

  /** A path the guide gives relative to its folder, made relative to the test's folder; other words as they are. */
  private String inFolder(String word) {
    if (word.startsWith("-") || !(word.startsWith("my-case") || word.matches("[\\w.-]+\\.(md|html|json|xml)"))) {
      return word;
    }
    return tmp.resolve(word).toString();
  }

  /** Splits a command line into words as a shell would, for quotes and spaces only. */
  static String[] words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean in = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        in = true;
      } else if (Character.isWhitespace(c)) {
        if (in) {
          words.add(w.toString());
          w.setLength(0);
          in = false;
        }
      } else {
        w.append(c);
        in = true;
      }
    }
    if (in) {
      words.add(w.toString());
    }
    return words.toArray(String[]::new);
  }
}
