/**
 * Reading JMH JSON result files as JMH 1.19 to 1.37 writes them, tolerantly: every mode, ragged
 * secondary metrics, legacy {@code ·} metric names, string NaN/infinities, missing keys. Broken
 * input is refused with one line naming the file and the place.
 */
package io.mcpbench.compare.jmh;
