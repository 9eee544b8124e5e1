package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {
  private static Ranking ranking() {
    return AnalysisCases.run("deadlock").analyses().ranking();
  }

  @Test
  void noDealIsTheDisagreementPointAndAFeasibleDealNeedNotBeAcceptable() {
    Ranking rk = ranking();
    assertThat(rk.parties()).containsExactly("BUYER", "SELLER");
    assertThat(rk.bargaining().noDeal()).containsEntry("BUYER", 0.0).containsEntry("SELLER", 0.0);
    // The buyer scores only when paid goods arrive, which no feasible deal holds: nothing is acceptable.
    assertThat(rk.feasible()).isEqualTo(6);
    assertThat(rk.acceptable()).isZero();
    assertThat(rk.nash()).isNull();
    assertThat(rk.pareto()).isEmpty();
  }

  @Test
  void anOutsidePartyNeitherBargainsNorBlocksAcceptance() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ranking");
    try {
      java.nio.file.Path src = java.nio.file.Path.of("src/test/resources/analysis/deadlock");
      java.nio.file.Files.createDirectories(dir.resolve("rules"));
      try (var files = java.nio.file.Files.list(src.resolve("rules"))) {
        for (java.nio.file.Path f : files.toList()) {
          java.nio.file.Files.copy(f, dir.resolve("rules").resolve(f.getFileName()));
        }
      }
      String text = java.nio.file.Files.readString(src.resolve("case.yaml"))
          .replace("  - id: BUYER\n    name: Buyer\n", "  - id: BUYER\n    name: Buyer\n    bargainer: false\n")
          .replace("  - id: SELLER\n    name: Seller\n", "  - id: SELLER\n    name: Seller\n    no-deal: 1\n");
      java.nio.file.Files.writeString(dir.resolve("case.yaml"), text);
      Ranking rk = org.gordian.Gordian.load(dir.resolve("case.yaml"))
          .run(org.gordian.RunOptions.defaults().withThreads(1, 64)).analyses().ranking();
      assertThat(rk.parties()).containsExactly("SELLER");
      // The seller scores 2 on the four warranty deals; with no deal worth 1, each gains 1.
      assertThat(rk.acceptable()).isEqualTo(4);
      assertThat(rk.nash().deal().id()).isEqualTo("warranty");
      assertThat(rk.nashProduct()).isEqualTo(1.0);
    } finally {
      try (var all = java.nio.file.Files.walk(dir)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
