/**
 * The adapter to Drools' internals: everything Gordian reads or does through Drools classes outside
 * the public KIE API lives here and speaks Gordian's terms to the rest — the DRL parser's
 * descriptors read into the rule model ({@link org.gordian.engine.drools.DrlReader}), the compiler and
 * the compiled form kept by the rule cache ({@link org.gordian.engine.drools.DrlCompiler}), compiled rules
 * seen through the questions the engine asks ({@link org.gordian.engine.drools.CompiledRules}), the
 * truth-maintenance lookup ({@link org.gordian.engine.drools.TmsFactory}) and run-time errors
 * ({@link org.gordian.engine.drools.RuntimeErrors}). Its contract tests are pinned to the Drools
 * version in {@code pom.xml}.
 */
package org.gordian.engine.drools;
