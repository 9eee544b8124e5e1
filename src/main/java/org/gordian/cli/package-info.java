/**
 * The {@code gordian} command line: one class per subcommand, each parsing options and calling
 * the {@link org.gordian.Gordian} façade; failures become diagnostics and {@link
 * org.gordian.cli.ExitCode}s.
 *
 * <p>What the library says about a case, its rules or a run comes worded from its catalogue,
 * {@link org.gordian.diag.Message}, and names no flag; where a failure carries a {@link org.gordian.diag.Hint},
 * {@code Shell.hint} adds the line that names the flag to change. Messages about how the command line
 * itself is used (flags, arguments, the files a command writes) are this package's own and stay here,
 * beside the options they speak of.
 */
package org.gordian.cli;
