package org.gordian.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps every message Gordian says to its users in {@link Message}: no diagnostic, failure or argument
 * check in the main sources words its own text, every message of the catalogue is said somewhere, and
 * each place says it with as many values as it has placeholders.
 *
 * <p>The command line ({@code org.gordian.cli}) is left out: its messages about how it is used are its
 * own. A failure that only a bug in Gordian can cause, never a user's input, says so with a trailing
 * {@code // internal} comment on the line that throws it.
 */
class MessageCatalogueTest {
  private static final Path CATALOGUE = JavaCalls.MAIN.resolve("org/gordian/diag/Message.java");
  private static final Path CLI = JavaCalls.MAIN.resolve("org/gordian/cli");

  /** Where diagnostics, failures and argument checks are made; the group names the receiver, if any. */
  private static final Pattern MADE = Pattern.compile("Diagnostic\\.(?:error|warning)\\("
      + "|new (?:GordianException|RunFailure|IllegalArgumentException|IllegalStateException|Diagnostic|Slip)\\("
      + "|(?<![\\w.])(\\w+(?:\\(\\))?)\\.(?:error|warning)\\("
      + "|(?<![\\w.])(?:error|warning|failed|refuse)\\(");
  /** What stands before a method's name where it is declared, not called. */
  private static final Pattern DECLARED = Pattern.compile("(?:[A-Z]\\w*(?:<[^>]*>)?|void|boolean|int)\\s+$");
  private static final Set<String> LOGGERS = Set.of("LOG", "log", "LOGGER");
  private static final Pattern SAID = Pattern.compile("Message\\.([A-Z0-9_]+)\\.say\\(");
  private static final Pattern NAMED = Pattern.compile("\\bMessage\\.([A-Z][A-Z0-9_]*)\\b");

  @Test
  void noMessageIsWordedOutsideTheCatalogue() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : sources()) {
      List<String> lines = Files.readAllLines(file);
      for (JavaCalls.Call call : JavaCalls.calls(file, JavaCalls.code(file), MADE)) {
        if (isLogger(call) || call.arguments().isEmpty() || marksInternal(lines, call) || isDeclaration(lines, call)) {
          continue;
        }
        String message = message(call);
        if (call.callee().matches("new (GordianException|RunFailure)\\(")) {
          if (MADE.matcher(message).lookingAt()) {
            continue; // checked where the diagnostic is made
          }
          message = lastArgument(message); // a helper that makes the diagnostic, such as ruleDiagnostic(rule, words)
        }
        if (wordedByHand(message)) {
          found.add(call.where() + ": " + message.replaceAll("\\s+", " "));
        }
      }
    }
    assertThat(found).as("messages worded by hand; give each a constant in org.gordian.diag.Message and say it"
        + " from there (or mark a failure only a bug can cause with '// internal')").isEmpty();
  }

  @Test
  void everyMessageIsSaidSomewhere() {
    Set<Message> unsaid = EnumSet.allOf(Message.class);
    for (Path file : sources()) {
      Matcher m = NAMED.matcher(JavaCalls.code(file));
      while (m.find()) {
        unsaid.remove(Message.valueOf(m.group(1)));
      }
    }
    assertThat(unsaid).as("messages of the catalogue that no place says; remove them").isEmpty();
  }

  @Test
  void everyPlaceGivesAsManyValuesAsTheMessageHasPlaceholders() {
    List<String> wrong = new ArrayList<>();
    int places = 0;
    for (Path file : sources()) {
      for (JavaCalls.Call call : JavaCalls.calls(file, JavaCalls.code(file), SAID)) {
        Matcher m = SAID.matcher(call.callee());
        m.lookingAt();
        Message message = Message.valueOf(m.group(1));
        places++;
        if (call.arguments().size() != message.placeholders().size()) {
          wrong.add(call.where() + ": " + message + " has placeholders " + message.placeholders() + ", given "
              + call.arguments());
        }
      }
    }
    assertThat(places).as("places that say a message").isGreaterThan(Message.values().length / 2);
    assertThat(wrong).isEmpty();
  }

  @Test
  void keysAreUniqueAndPlaceholdersNamed() {
    assertThat(Arrays.stream(Message.values()).map(Message::key).distinct().count())
        .isEqualTo(Message.values().length);
    for (Message m : Message.values()) {
      assertThat(m.template()).as(m.key()).doesNotContain("{}").doesNotEndWith(" ");
      assertThat(m.advice()).as(m.key()).doesNotStartWith(";").doesNotEndWith(".");
    }
  }

  @Test
  void saysTheValuesInOrderAndKeepsOtherBraces() {
    assertThat(Message.UNKNOWN_MOVE.say("move-a", "deal 'first-offer'", "; did you mean 'x'?"))
        .isEqualTo("unknown move 'move-a' in deal 'first-offer'; did you mean 'x'?");
    assertThat(Message.OUTCOME_FIELDS_EMPTY.say("fact 'pressure'"))
        .isEqualTo("an outcome of fact 'pressure' sets no field; give the fields it changes, such as '{level: low}'");
    assertThat(Message.UNKNOWN_MOVE.say("$1 \\ {x}", "w", "")).isEqualTo("unknown move '$1 \\ {x}' in w");
    assertThatThrownBy(() -> Message.UNKNOWN_MOVE.say("one")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN_MOVE");
  }

  @Test
  void theScanSeesWhatItLooksFor() {
    String code = """
        class X {
          void f(Loc loc, Path p, String w) {
            problems.add(loc.error("unknown move '" + w + "'"));
            problems.add(loc.error(Message.UNKNOWN_MOVE.say(w, "deal", "")));
            LOG.error("not a message " + w);
            throw new IllegalArgumentException(Diagnostic.error(p, 1, 0, w).toString());
          }
          void error(Node n, String message) {
            error(n, "found " + w);
          }
        }
        """;
    List<JavaCalls.Call> calls = JavaCalls.calls(Path.of("X.java"), code, MADE);
    assertThat(calls).extracting(JavaCalls.Call::line).containsExactly(3, 4, 5, 6, 6, 8, 9);
    assertThat(message(calls.get(0))).isEqualTo("\"unknown move '\" + w + \"'\"");
    assertThat(isLogger(calls.get(2))).isTrue();
    assertThat(message(calls.get(4))).isEqualTo("w");
    assertThat(isDeclaration(code.lines().toList(), calls.get(5))).isTrue();
    assertThat(wordedByHand(message(calls.get(6)))).isTrue();
  }

  private static List<Path> sources() {
    return JavaCalls.javaFiles(JavaCalls.MAIN).stream().filter(p -> !p.equals(CATALOGUE) && !p.startsWith(CLI))
        .toList();
  }

  private static boolean isLogger(JavaCalls.Call call) {
    Matcher m = MADE.matcher(call.callee());
    return m.lookingAt() && m.group(1) != null && LOGGERS.contains(m.group(1));
  }

  /** The argument that holds the words: the first of a throwable's, else the last. */
  private static String message(JavaCalls.Call call) {
    List<String> args = call.arguments();
    boolean throwable = call.callee().startsWith("new ") && !call.callee().matches("new (Diagnostic|Slip)\\(");
    return throwable ? args.get(0) : args.get(args.size() - 1);
  }

  private static boolean isDeclaration(List<String> lines, JavaCalls.Call call) {
    String line = lines.get(call.line() - 1);
    int at = line.indexOf(call.callee());
    return at >= 0 && DECLARED.matcher(line.substring(0, at)).find();
  }

  /** Whether the expression builds words of its own rather than saying a message of the catalogue. */
  static boolean wordedByHand(String expression) {
    String e = unwrap(expression);
    List<String> choice = JavaCalls.splitTop(e, '?');
    if (choice.size() == 2) {
      List<String> branches = JavaCalls.splitTop(choice.get(1), ':');
      return branches.stream().anyMatch(MessageCatalogueTest::wordedByHand);
    }
    if (SAID.matcher(e).lookingAt() || e.matches("(?s)\\(.*Message\\.[A-Z0-9_]+\\)\\.say\\(.*")) {
      return false;
    }
    return JavaCalls.hasStringLiteral(e) || JavaCalls.splitTop(e, '+').size() > 1;
  }

  private static String unwrap(String e) {
    String t = e.trim();
    while (t.startsWith("(") && JavaCalls.close(t, 1) == t.length() - 1) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t;
  }

  private static String lastArgument(String call) {
    int open = call.indexOf('(');
    if (open < 0 || !call.substring(0, open).matches("[\\w.]+") || JavaCalls.close(call, open + 1) != call.length() - 1) {
      return call;
    }
    List<String> args = JavaCalls.splitTop(call.substring(open + 1, call.length() - 1), ',');
    return args.isEmpty() ? call : args.get(args.size() - 1);
  }

  private static boolean marksInternal(List<String> lines, JavaCalls.Call call) {
    int last = call.line() + (int) call.text().chars().filter(c -> c == '\n').count();
    for (int i = call.line(); i <= last && i <= lines.size(); i++) {
      if (lines.get(i - 1).contains("// internal")) {
        return true;
      }
    }
    return false;
  }
}
