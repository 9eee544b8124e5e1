/**
 * The {@code gordian} command line: one class per subcommand, each parsing options and calling
 * the {@link org.gordian.Gordian} façade; failures become diagnostics and {@link
 * org.gordian.cli.ExitCode}s.
 */
package org.gordian.cli;
