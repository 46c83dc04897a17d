/**
 * The sweep engine: grids, parallel execution, results written row by row so that a killed sweep
 * can be resumed with no duplicate and no missing row, summaries and plots.
 */
package dev.steadfast.cli.sweep;
