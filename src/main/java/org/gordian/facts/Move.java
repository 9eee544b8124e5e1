package org.gordian.facts;

import java.util.List;

/**
 * One move of the case, as a fact in working memory for every deal: rules can join it with the
 * deal ({@code $m : Move(kind == "dismantlement")  Deal(has($m.id))}).
 */
public final class Move {
  private final String id;
  private final String party;
  private final String kind;
  private final String scope;
  private final List<String> tags;
  private final String description;

  /** A move fact. */
  public Move(String id, String party, String kind, String scope, List<String> tags, String description) {
    this.id = id;
    this.party = party;
    this.kind = kind;
    this.scope = scope;
    this.tags = List.copyOf(tags);
    this.description = description;
  }

  public String getId() {
    return id;
  }

  public String getParty() {
    return party;
  }

  public String getKind() {
    return kind;
  }

  public String getScope() {
    return scope;
  }

  public List<String> getTags() {
    return tags;
  }

  /** Whether the move carries this tag. */
  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  public String getDescription() {
    return description;
  }

  @Override
  public String toString() {
    return "Move[" + id + "]";
  }
}
