package io.mcpbench.core.metrics;

/** Leading cache-line padding of a {@link ThreadRecorder}; the fields are never read. */
abstract class RecorderPadding {
    long p00;
    long p01;
    long p02;
    long p03;
    long p04;
    long p05;
    long p06;
    long p07;
}
