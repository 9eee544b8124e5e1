/**
 * Evaluating deals in Drools: a {@link org.gordian.engine.Rulebook} of compiled rules is bound
 * to a case as an {@link org.gordian.engine.Engine}; each thread evaluates deals through its own
 * {@link org.gordian.engine.Evaluator}, which reuses one session and remembers verdicts by what
 * the rules asked of a deal.
 */
package org.gordian.engine;
