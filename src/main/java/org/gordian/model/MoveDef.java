package org.gordian.model;

import java.util.List;

/** One thing one party can give, as written in the case file. */
public record MoveDef(
    String id,
    String party,
    String kind,
    String scope,
    List<String> tags,
    String description,
    String source,
    Loc loc) {
  public MoveDef {
    tags = List.copyOf(tags);
  }
}
