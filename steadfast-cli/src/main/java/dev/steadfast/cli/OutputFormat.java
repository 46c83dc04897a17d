package dev.steadfast.cli;

/** The {@code --format} values of the commands that print a result: a table for people, JSON for programs. */
enum OutputFormat { table, json }
