/**
 * Writing files safely: every file Gordian writes (reports, indexes, merged batches, compiled-rule
 * cache entries) goes through {@link org.gordian.io.AtomicFiles}, which replaces a file whole or not
 * at all and clears away what an earlier, killed writer left behind.
 */
package org.gordian.io;
