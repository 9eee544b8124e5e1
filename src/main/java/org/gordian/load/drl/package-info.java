/**
 * Hints for DRL files that Drools' parser rejects: {@link org.gordian.load.drl.UnparsedHints} reads
 * their lines for plain messages (a missing {@code end}, an unquoted name), since no model of such a
 * file exists. Files that parse are read into {@link org.gordian.model.drl} by
 * {@link org.gordian.engine.drools.DrlReader}.
 */
package org.gordian.load.drl;
