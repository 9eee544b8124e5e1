package org.gordian.batch;

/**
 * One run's line in a batch index.
 *
 * @param caseFile the case as given (path shown relative to the working folder)
 * @param ok whether the run wrote its reports
 * @param message the errors when not ok, else empty
 * @param generated generated deals evaluated, or -1 when the space was not evaluated
 * @param report the Markdown report's path relative to the output folder (the JSON one differs only
 *     in extension), or empty
 */
public record BatchEntry(int ordinal, String caseFile, String caseId, String scenario, String description, boolean ok,
    String message, int listed, int listedFeasible, long generated, long generatedFeasible, String report) {}
