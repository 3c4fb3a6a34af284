/**
 * The headless command line (picocli): one thin command per job that parses, calls the core and
 * prints a summary, JSON for machines, and progress on a terminal.
 */
package xspace.cli;
