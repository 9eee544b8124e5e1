/**
 * Gordian, a rule-engine policy advisor: {@link org.gordian.Gordian} loads a case and its DRL
 * position rules, evaluates listed and generated deals in Drools, and returns a
 * {@link org.gordian.analysis.RunResult} for reporters.
 */
package org.gordian;
