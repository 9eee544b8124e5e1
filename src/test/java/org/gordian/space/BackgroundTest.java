package org.gordian.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.junit.jupiter.api.Test;

class BackgroundTest {
  @Test
  void givesTheResultOfTheWorkDoneOnItsOwnThread() {
    Background<String> b = Background.start("test-work", () -> Thread.currentThread().getName());
    assertThat(b.join()).isEqualTo("test-work");
  }

  @Test
  void throwsTheWorksFailureUnchanged() {
    GordianException failure = new GordianException(Diagnostic.error(null, 0, 0, "bad case"));
    Background<String> b = Background.start("test-work", () -> {
      throw failure;
    });
    assertThatThrownBy(b::join).isSameAs(failure);
    Background<String> e = Background.start("test-work", () -> {
      throw new StackOverflowError("deep");
    });
    assertThatThrownBy(e::join).isInstanceOf(StackOverflowError.class).hasMessage("deep");
  }
}
