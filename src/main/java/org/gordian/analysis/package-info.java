/**
 * What runs find: deal outcomes, counts over the deal space (tallied as deals stream by), the
 * blocking map, the analyses that say what would have to change (minimal relaxations, nearest
 * feasible deals in each deal's neighbourhood and the space, knots, Pareto and Nash ranking),
 * sensitivity analysis's single changes of a model and its robust and fragile conclusions, and the
 * result object that reporters read.
 */
package org.gordian.analysis;
