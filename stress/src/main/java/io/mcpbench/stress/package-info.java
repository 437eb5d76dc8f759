/**
 * jcstress tests of the core's concurrent paths, one package per core package. Each test states the
 * outcomes the code guarantees; jcstress fails the run on any other outcome.
 */
package io.mcpbench.stress;
