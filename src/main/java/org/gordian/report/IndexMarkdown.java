package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchIndex;

/** A batch index as Markdown: one table row per run with links to its reports. */
public final class IndexMarkdown implements Reporter<BatchIndex> {
  private final Instant generatedAt;

  /** A writer stamping indexes with this time. */
  public IndexMarkdown(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** Writes the index. */
  @Override
  public void write(BatchIndex index, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Batch index").append(index.shard() == null ? "" : " (shard " + index.shard() + ")").append("\n\n");
    out.append("- Runs: ").append(index.entries().size());
    if (index.shard() != null) {
      out.append(" of ").append(index.runs());
    }
    out.append(", ").append(index.failed()).append(" failed\n");
    out.append("- Generated at ").append(Text.timestamp(generatedAt)).append(" by Gordian ").append(Text.VERSION)
        .append("\n\n");
    out.append("| # | case | scenario | listed feasible | generated feasible | report |\n");
    out.append("|---:|---|---|---:|---:|---|\n");
    for (BatchEntry e : index.entries()) {
      out.append("| ").append(e.ordinal() + 1).append(" | `").append(Text.cell(e.caseId())).append("` | `")
          .append(Text.cell(e.scenario())).append("` | ");
      if (!e.ok()) {
        out.append("failed | | ").append(Text.cell(e.message())).append(" |\n");
        continue;
      }
      out.append(e.listedFeasible()).append(" of ").append(e.listed()).append(" | ")
          .append(e.generated() < 0 ? "not evaluated" : Text.count(e.generatedFeasible()) + " of "
              + Text.count(e.generated()))
          .append(" | [md](").append(e.report()).append(".md) [json](").append(e.report()).append(".json) |\n");
    }
    w.write(out.toString());
  }
}
