/**
 * The deal space: every phased deal a case's bounds allow, counted exactly and enumerated in a
 * fixed order without holding it in memory.
 */
package org.gordian.space;
