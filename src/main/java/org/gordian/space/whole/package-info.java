/**
 * Exact answers over a whole deal space, far beyond what enumeration reaches: a sweep over the moves
 * counts the deals by the answers they give to the rules' questions, and the rules run in Drools once
 * per distinct path they take ({@link org.gordian.space.whole.WholeSpace}).
 */
package org.gordian.space.whole;
