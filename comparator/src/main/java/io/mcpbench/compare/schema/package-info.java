/**
 * The JSON documents the comparator writes or reads for other programs, each with a published,
 * versioned JSON Schema (draft 2020-12) shipped beside this package in the jar and in the
 * repository's {@code schema/} folder. Every document names its version under one key,
 * {@code schema}, so a reader can refuse a shape it does not know instead of misreading it.
 * Depends on {@code model} alone.
 */
package io.mcpbench.compare.schema;
