/**
 * The vocabulary every stage shares and nothing else: a result file's rows and their keys, a
 * row's comparison and verdict, the run a file came from, and the one-line, bad-input error.
 * Depends on no other package of the comparator.
 */
package io.mcpbench.compare.model;
