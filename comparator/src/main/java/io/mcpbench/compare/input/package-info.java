/**
 * Reading what the comparator is given and must not trust: files (regular files only, with a
 * size bound, read once), JSON (duplicate keys refused) and numbers written by people (ASCII
 * digits only, bounded exponents). Every other package reads its input through here, so a
 * hostile file fails the same way everywhere: one line and exit 3.
 */
package io.mcpbench.compare.input;
