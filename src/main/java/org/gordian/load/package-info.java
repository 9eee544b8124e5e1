/**
 * Reading what users write: case files (YAML) into {@link org.gordian.model.CaseDef}s and DRL rule
 * folders into compiled {@link org.gordian.engine.Rulebook}s, every problem reported with file,
 * line and column. What a DRL file says is read once, into the model of
 * {@link org.gordian.model.drl} by {@link org.gordian.load.drl}.
 */
package org.gordian.load;
