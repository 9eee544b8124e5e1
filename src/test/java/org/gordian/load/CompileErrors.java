package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;

/** The errors compiling one broken rule file gives; fails when it compiles. */
public final class CompileErrors {
  private CompileErrors() {}

  /** The errors (not the warnings) of compiling the file alone. */
  public static List<Diagnostic> of(Path file) {
    GordianException e = catchThrowableOfType(GordianException.class, () -> RuleLoader.compile(List.of(file)));
    assertThat(e).as("compiling %s should fail", file).isNotNull();
    return e.diagnostics().stream().filter(Diagnostic::isError).toList();
  }
}
