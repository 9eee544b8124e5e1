/**
 * Reading what users write: case files (YAML) into {@link org.gordian.model.CaseDef}s and DRL rule
 * folders into compiled {@link org.gordian.engine.Rulebook}s, every problem reported with file,
 * line and column.
 */
package org.gordian.load;
