/**
 * Reporters: one class per format (Markdown, JSON, HTML, CSV) turning a
 * {@link org.gordian.analysis.RunResult} into text, and {@link org.gordian.report.ReportFiles}
 * writing report files atomically.
 */
package org.gordian.report;
