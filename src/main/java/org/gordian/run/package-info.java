/**
 * The evaluation core: binds a loaded case, a scenario, the compiled rules and the options into one
 * {@link org.gordian.run.CaseRun}, and walks its listed deals and its deal space with the space
 * limit, the time limit, interrupts, progress and rule-failure locations in one place, which every
 * command uses. {@link org.gordian.run.Guard} holds a whole piece of work to its time limit, even
 * when a rule will not stop.
 */
package org.gordian.run;
