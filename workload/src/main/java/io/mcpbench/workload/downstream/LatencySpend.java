package io.mcpbench.workload.downstream;

import java.util.concurrent.locks.LockSupport;

/**
 * How a simulated downstream spends its latency on the calling thread. The choice changes what a
 * benchmark measures: spinning keeps the core busy (a CPU-bound server, exact short waits), parking
 * frees it (an I/O-bound server, but timer slack of tens of microseconds on most kernels).
 */
public enum LatencySpend {

    /** Spins on {@link System#nanoTime()} with {@link Thread#onSpinWait()} until the latency has passed. */
    BUSY_SPIN {
        @Override
        void spend(long nanos) {
            if (nanos <= 0) {
                return;
            }
            long deadline = System.nanoTime() + nanos;
            while (System.nanoTime() - deadline < 0) {
                Thread.onSpinWait();
            }
        }
    },

    /** Parks with {@link LockSupport#parkNanos(long)} until the latency has passed (re-parking on early wake-ups). */
    PARK {
        @Override
        void spend(long nanos) {
            if (nanos <= 0) {
                return;
            }
            long deadline = System.nanoTime() + nanos;
            long left = nanos;
            while (left > 0) {
                LockSupport.parkNanos(left);
                left = deadline - System.nanoTime();
            }
        }
    };

    /** Waits for {@code nanos} on the calling thread. */
    abstract void spend(long nanos);
}
