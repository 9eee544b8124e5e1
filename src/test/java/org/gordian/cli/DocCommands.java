package org.gordian.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the commands a documentation page shows: its fenced blocks, and in them command lines as a
 * shell would split them, each with the exit code the page promises ({@code # exit N} at the end of
 * the line, else 0).
 */
final class DocCommands {
  static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)([^\\n]*)\\n(.*?)^```\\s*$");
  static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)\\s*$");

  /** One fenced block: its language, the rest of its info string, its text. */
  record Block(String lang, String info, String body) {}

  /** One command line of a block: its words (comment removed) and the exit code it promises. */
  record Command(String line, String[] words, int exit) {}

  private DocCommands() {}

  /** The fenced blocks of a page, in order. */
  static List<Block> blocks(String doc) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(doc);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2).trim(), m.group(3)));
    }
    return blocks;
  }

  /** The command lines of a block, blank lines and comment lines left out. */
  static List<Command> commands(Block block) {
    List<Command> commands = new ArrayList<>();
    for (String line : block.body().split("\n")) {
      String command = line.strip();
      if (command.isEmpty() || command.startsWith("#")) {
        continue;
      }
      Matcher exit = EXIT.matcher(command);
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      commands.add(new Command(command, words(command.replaceAll("\\s#.*$", "").strip()), expected));
    }
    return commands;
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
