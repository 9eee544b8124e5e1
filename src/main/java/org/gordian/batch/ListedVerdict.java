package org.gordian.batch;

import java.util.List;

/**
 * One listed deal's verdict in one run of a batch, kept in the index so that the runs of a case
 * can be compared with its baseline after the runs are done (and after shards are merged).
 *
 * @param deal the deal's id
 * @param feasible whether no position vetoed it
 * @param vetoes the positions that vetoed it ({@code party/position}), in the order the report lists them
 */
public record ListedVerdict(String deal, boolean feasible, List<String> vetoes) {
  public ListedVerdict {
    vetoes = List.copyOf(vetoes);
  }
}
