/**
 * Testing hypotheses: expectations an analyst writes beside a case, judged against the verdicts of
 * its scenarios, with coverage of the positions and rules that produced results.
 */
package org.gordian.tester;
