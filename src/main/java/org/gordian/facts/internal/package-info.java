/**
 * The engine's side of the rule-facing facts: the move table that answers a deal's queries, the
 * observer that sees them, the record of the rule now firing, and the makers of deals and of
 * results with given provenance. Not for rules: what a rule may use is {@code org.gordian.facts}.
 */
package org.gordian.facts.internal;
