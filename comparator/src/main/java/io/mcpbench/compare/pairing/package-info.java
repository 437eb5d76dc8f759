/**
 * The first stage of a comparison: rows of two result files matched by key, both sides of each
 * converted to one unit, each given its direction; rows on one side only kept with the other
 * side empty.
 */
package io.mcpbench.compare.pairing;
