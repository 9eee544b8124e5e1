/**
 * The facts rules see and make: the {@link org.gordian.facts.Deal} under evaluation and the
 * case's {@link org.gordian.facts.Move}s in; {@link org.gordian.facts.Veto},
 * {@link org.gordian.facts.Concern} and {@link org.gordian.facts.Consequence} out.
 */
package org.gordian.facts;
