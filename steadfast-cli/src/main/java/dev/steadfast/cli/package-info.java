/**
 * The {@code steadfast} command line: picocli subcommands that parse, call the library and print.
 * Exit codes: 0 success, 1 numerical failure, 2 bad input. No physics lives here.
 */
package dev.steadfast.cli;
