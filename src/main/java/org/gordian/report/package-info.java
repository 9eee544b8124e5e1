/**
 * Reporters: one class per format (Markdown, JSON …) turning a
 * {@link org.gordian.analysis.RunResult} into text, and {@link org.gordian.report.ReportFiles}
 * writing report files atomically.
 */
package org.gordian.report;
