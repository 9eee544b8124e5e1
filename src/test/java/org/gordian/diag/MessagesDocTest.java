package org.gordian.diag;

import java.nio.file.Path;
import org.gordian.Golden;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/messages.md, the list of every message, in step with {@link Message}: the file is made from
 * the catalogue; after a change to it, rerun with {@code -Dgolden.update=true} and review the diff.
 */
class MessagesDocTest {
  @Test
  void docsListEveryMessageOfTheCatalogue() {
    Golden.assertMatches(Path.of("docs/messages.md"), markdown());
  }

  static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Messages\n\n")
        .append("Every message Gordian says about a case, its rules, its expectations or a run comes from one\n")
        .append("catalogue, `org.gordian.diag.Message`; this list is made from it. Each message has a key that\n")
        .append("stays the same when its wording is improved, the text with its placeholders in braces, and what\n")
        .append("to do when the text does not already say it. Messages are printed as `path:line:col: message`\n")
        .append("(see [trust.md](trust.md#when-something-is-wrong)).\n\n")
        .append("Messages speak of settings, never of command-line flags: where a setting gets past a failure\n")
        .append("(the space limit, the time limit, the firing limit, rules outside the project), the command line\n")
        .append("adds a line naming its flag, and a Java caller reads the setting from the exception's hint.\n")
        .append("Messages about how the command line itself is used (an unknown flag, a missing argument) are\n")
        .append("the command line's own and are not listed here.\n\n")
        .append("Placeholders that end a message, such as `{suggestion}`, are filled with a tail that may be\n")
        .append("empty, such as \"; did you mean 'x'?\".\n");
    for (Message.Topic topic : Message.Topic.values()) {
      var messages = java.util.Arrays.stream(Message.values()).filter(m -> m.topic() == topic).toList();
      if (messages.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(topic.title()).append("\n\n| key | message | what to do |\n|---|---|---|\n");
      for (Message m : messages) {
        out.append("| `").append(m.key()).append("` | ").append(cell(m.text())).append(" | ")
            .append(m.advice().isEmpty() ? "" : cell(m.advice())).append(" |\n");
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }
}
