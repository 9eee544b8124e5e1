package org.gordian.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
import org.gordian.diag.RunFailure;
import org.gordian.engine.drools.DrlReader;
import org.gordian.model.drl.RuleFile;

/**
 * Places a run-time rule failure that Drools reported without a rule (a condition the MVEL
 * compiler could only check on the first deal, such as {@code size == "late"} on a number, or a
 * condition that throws while it is evaluated) on the line of the rule file that holds the
 * failing expression, and names the rule around it.
 *
 * <p>The failing expression is read from MVEL's message ({@code [Near : {... expr ....}]}), the
 * only place it is given for such failures; where it is written is found in the code of the rules'
 * conditions and consequences as Drools' parser read them ({@link RuleFile#find}).
 */
public final class RuleFailures {
  private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.?\\}\\]");
  private static final Pattern ON_DEAL = Pattern.compile("on deal '([^']*)'");

  private RuleFailures() {}

  /** The failure itself when it already names a file, else one placed at the failing condition when found. */
  public static RunFailure locate(RunFailure e, List<Path> ruleFiles) {
    if (e.diagnostics().isEmpty() || e.diagnostics().get(0).file() != null) {
      return e;
    }
    String expression = null;
    String cause = null;
    boolean evaluating = false;
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      String msg = t.getMessage() == null ? "" : t.getMessage();
      evaluating |= msg.startsWith("Error evaluating constraint");
      Matcher m = NEAR.matcher(msg);
      if (expression == null && m.find()) {
        expression = m.group(1).trim();
      }
      cause = t.getClass().getSimpleName() + (msg.isBlank() ? "" : ": " + msg.lines().findFirst().orElse(""));
    }
    if (expression == null || expression.isEmpty()) {
      return e;
    }
    for (Path file : ruleFiles) {
      String text;
      try {
        text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException io) {
        continue;
      }
      java.util.Optional<RuleFile.Spot> spot = DrlReader.read(file, text).find(expression);
      if (spot.isPresent()) {
        RuleFile.Spot at = spot.get();
        Matcher deal = ON_DEAL.matcher(e.diagnostics().get(0).message());
        String message = Message.RULE_CANNOT_EVALUATE_AT.say(at.rule().name(), expression,
            deal.find() ? Message.ON_DEAL.say(deal.group(1)) : "", cause, evaluating ? "" : Message.SAME_TYPE.say());
        return new RunFailure(Diagnostic.error(file, at.line(), at.column(), message), e);
      }
    }
    return e;
  }
}
