/**
 * Problems in user input as diagnostics: one {@code path:line:col: message} format for rule files,
 * case files and run-time failures, gathered so that every problem is reported at once.
 */
package org.gordian.diag;
