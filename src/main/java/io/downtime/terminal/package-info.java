/**
 * Text from outside the tool as a terminal, a text file or a CSV file may show it: control and
 * bidi characters escaped ({@link io.downtime.terminal.TerminalText}), and the writer every text
 * output and standard error go through ({@link io.downtime.terminal.TerminalWriter}).
 */
package io.downtime.terminal;
