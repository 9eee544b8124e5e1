/**
 * The one model of the DRL rule files as written: a {@link org.gordian.model.drl.RuleFile}
 * (package, imports, globals, functions, declared types, rules and queries) whose
 * {@link org.gordian.model.drl.RuleInfo}s give each rule's line and column, metadata, attributes,
 * patterns, the code of its conditions and its consequence with the line it starts on. Code is
 * split into tokens by {@link org.gordian.model.drl.JavaTokens}, so that comments and literals are
 * never taken for code. {@code org.gordian.engine.drools.DrlReader} makes it with Drools' own parser;
 * loading, checking, provenance, diagnostics and the splitting of rules into groups all read it.
 */
package org.gordian.model.drl;
