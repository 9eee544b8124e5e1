/**
 * Reading DRL files into the model of {@link org.gordian.model.drl}: {@link
 * org.gordian.load.drl.DrlReader} hands each file to Drools' own parser, the one that compiles it,
 * and keeps what its descriptors say. Only {@link org.gordian.load.drl.UnparsedHints} reads lines,
 * for plain hints on a file the parser rejects.
 */
package org.gordian.load.drl;
