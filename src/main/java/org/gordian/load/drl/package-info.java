/**
 * The one model of the DRL rule files: {@link org.gordian.load.drl.DrlReader} reads each file with
 * Drools' own parser into a {@link org.gordian.load.drl.RuleFile} (package, imports, globals,
 * functions, declared types, rules and queries) whose {@link org.gordian.load.drl.RuleInfo}s give
 * each rule's line and column, metadata, attributes, patterns, the code of its conditions and its
 * consequence with the line it starts on. Code is split into tokens by
 * {@link org.gordian.load.drl.JavaTokens}, so that comments and literals are never taken for code.
 * Loading, checking, provenance, diagnostics and the splitting of rules into groups all read this
 * model; only {@link org.gordian.load.drl.UnparsedHints} reads lines, for hints on a file the
 * parser rejects.
 */
package org.gordian.load.drl;
