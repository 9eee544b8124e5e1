package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two independent runs of the same inputs give the same bytes in every format, apart from the one
 * generated-at line. The second run loads the case afresh and splits the deal space into other
 * chunks, so neither shared state nor the parallel merge order can hide a difference.
 */
class ReproducibilityTest {
  static final Instant LATER = ReportRuns.FIXED.plusSeconds(86_400 * 400 + 3_723);
  static RunResult first;
  static RunResult second;

  @BeforeAll
  static void runTwice() {
    first = ReportRuns.space();
    second = Gordian.load(TestCases.HANOI).run(ReportRuns.SPACE.withThreads(2, 777));
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"MARKDOWN", "JSON", "HTML", "CSV"})
  void sameInputsGiveSameBytesApartFromTheGeneratedAtLine(Format format) {
    String a = ReportRuns.render(format, first, ReportRuns.FIXED);
    String b = ReportRuns.render(format, second, LATER);
    assertThat(ReportRuns.normalise(b)).isEqualTo(ReportRuns.normalise(a));
    List<String> differing = differingLines(a, b);
    if (format == Format.CSV) {
      assertThat(differing).as("CSV carries no time stamp").isEmpty();
    } else {
      assertThat(differing).as("lines that differ between the runs").hasSize(1);
      assertThat(differing.get(0)).containsIgnoringCase("generated").contains(Text.timestamp(ReportRuns.FIXED));
    }
  }

  private static List<String> differingLines(String a, String b) {
    List<String> la = a.lines().toList();
    List<String> lb = b.lines().toList();
    assertThat(lb).hasSameSizeAs(la);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < la.size(); i++) {
      if (!la.get(i).equals(lb.get(i))) {
        out.add(la.get(i));
      }
    }
    return out;
  }
}
