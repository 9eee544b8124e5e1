package org.gordian.robust;

/** A class a hostile case file names in YAML tags; creating it would be a breach of the trust model. */
public class Canary {
  /** Set by every constructor; must stay false. */
  public static volatile boolean made;

  public Canary() {
    made = true;
  }

  public Canary(String any) {
    made = true;
  }
}
