/**
 * What runs find: deal outcomes, counts over the deal space (tallied as deals stream by), the
 * blocking map and the result object that reporters read.
 */
package org.gordian.analysis;
