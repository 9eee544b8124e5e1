/**
 * A case as written: parties, moves, context facts, listed deals, bounds and scenarios, each
 * entry keeping the file position it came from so that later checks can point at it.
 */
package org.gordian.model;
