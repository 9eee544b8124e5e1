package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/first-case.md} works as written: its steps run in order in an empty folder. A
 * {@code sh} block's lines are {@code gordian} commands ({@link DocCommands}), run through {@link Main}, each
 * expected to exit 0 unless it ends with {@code # exit N}; a block whose info string says {@code file=PATH}
 * replaces that file and {@code append=PATH} adds to its end, as the reader is told to.
 */
@Tag("slow")
class FirstCaseDocTest {
  static final Path DOC = Path.of("docs/first-case.md");

  @TempDir
  Path tmp;

  @Test
  void everyCommandOfTheGuideRunsAsTheGuideSays() throws IOException {
    int commands = 0;
    for (DocCommands.Block block : DocCommands.blocks(Files.readString(DOC))) {
      String info = block.info();
      if (info.startsWith("file=") || info.startsWith("append=")) {
        Path target = tmp.resolve(info.substring(info.indexOf('=') + 1));
        assertThat(target).as("the guide edits a file that the steps before made").exists();
        if (info.startsWith("file=")) {
          Files.writeString(target, block.body());
        } else {
          Files.writeString(target, block.body(), StandardOpenOption.APPEND);
        }
        continue;
      }
      if (!block.lang().equals("sh")) {
        continue;
      }
      for (DocCommands.Command command : DocCommands.commands(block)) {
        String[] args = command.words();
        assertThat(args[0]).as(command.line()).isEqualTo("gordian");
        String[] rest = new String[args.length - 1];
        for (int i = 1; i < args.length; i++) {
          rest[i - 1] = inFolder(args[i]);
        }
        Cli.Result r = Cli.run(rest);
        assertThat(r.code()).as(command.line() + "\n" + r.out() + r.err()).isEqualTo(command.exit());
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
}
