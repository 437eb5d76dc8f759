package io.mcpbench.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pre-resolved latency (or size) histogram: the handle a hot path keeps and records through.
 *
 * <p>Each recording thread gets its own {@link ThreadRecorder} on first use, so
 * {@link #record(long)} touches only memory that thread owns: a slot lookup by thread id checked
 * against the current thread (a {@link ThreadLocal} backs it when two live threads share a slot),
 * a branch-free bucket index, and a few ordered stores. There is no lock, no compare-and-set and no
 * allocation (other than a 1 KiB bucket row the first time a thread reaches a new power of two).
 * {@link #snapshot()} merges the recorders; recorders of threads that have terminated are folded
 * into a retired total, so a pool that replaces its threads does not grow the histogram without
 * bound. Recorders are meant for platform threads; one per virtual thread would be wasteful.
 *
 * <p>Values are integer ticks of the {@link HistogramSpec} (nanoseconds for durations). A negative
 * value is clamped to 0 and one above {@link HistogramSpec#highestTrackableTicks()} to that
 * maximum; both count in {@link HistogramSnapshot#clampedCount()}. Recording never throws for a
 * number, because a metric must not fail the operation it measures.
 */
public final class Histogram {

    /** Direct-mapped recorder slots, indexed by thread id; a power of two. */
    private static final int SLOTS = 64;

    private final String name;
    private final Attributes attributes;
    private final HistogramSpec spec;
    private final long highest;
    private final double ticksPerUnit;
    private final int rowCount;
    /**
     * Plain reads and writes are enough: a recorder is used only by its owner, and its final
     * fields make even a racy publication safe. A slot is claimed only while empty and emptied
     * when its owner's recorder retires.
     */
    private final ThreadRecorder[] slots = new ThreadRecorder[SLOTS];
    private final ThreadLocal<ThreadRecorder> local = ThreadLocal.withInitial(this::register);
    private final Object lock = new Object();
    private volatile State state;

    Histogram(String name, Attributes attributes, HistogramSpec spec) {
        this.name = Objects.requireNonNull(name, "name");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.highest = spec.highestTrackableTicks();
        this.ticksPerUnit = spec.ticksPerUnit();
        this.rowCount = (LogLinearBuckets.indexOf(highest) >>> LogLinearBuckets.SUB_BUCKET_BITS) + 1;
        this.state = new State(new ThreadRecorder[0], new Accumulator(rowCount));
    }

    /** Records a value in ticks of the spec (for example a duration in nanoseconds). */
    public void record(long ticks) {
        Thread thread = Thread.currentThread();
        ThreadRecorder recorder = slots[slot(thread)];
        if (recorder == null || recorder.owner != thread) {
            recorder = recorderOf(thread);
        }
        if ((ticks | (highest - ticks)) < 0) {
            recorder.recordClamped(ticks < 0 ? 0 : highest);
        } else {
            recorder.record(ticks);
        }
    }

    /**
     * Records a value given in the spec's unit (for example seconds), rounded to the nearest tick.
     *
     * @throws IllegalArgumentException if the value is NaN
     */
    public void recordDouble(double value) {
        if (value != value) {
            throw new IllegalArgumentException("histogram '" + name + "' cannot record NaN");
        }
        record(Math.round(value * ticksPerUnit));
    }

    /** A consistent merge of everything recorded so far; lock-free unless a thread has ended. */
    public HistogramSnapshot snapshot() {
        State s = state;
        if (s.hasTerminatedOwner()) {
            s = retireTerminated();
        }
        Accumulator merged = new Accumulator(rowCount);
        s.retired.addTo(merged);
        for (ThreadRecorder recorder : s.live) {
            recorder.addTo(merged);
        }
        return merged.toSnapshot(spec);
    }

    /** The family name. */
    public String name() {
        return name;
    }

    /** The attribute set this series is recorded under. */
    public Attributes attributes() {
        return attributes;
    }

    /** Units, range and export boundaries. */
    public HistogramSpec spec() {
        return spec;
    }

    /** Recorders of live threads currently attached; shrinks as terminated threads retire. */
    int liveRecorderCount() {
        return state.live.length;
    }

    private static int slot(Thread thread) {
        return (int) thread.getId() & (SLOTS - 1);
    }

    private ThreadRecorder recorderOf(Thread thread) {
        ThreadRecorder recorder = local.get();
        int slot = slot(thread);
        if (slots[slot] == null) {
            slots[slot] = recorder;
        }
        return recorder;
    }

    private ThreadRecorder register() {
        ThreadRecorder recorder = new ThreadRecorder(Thread.currentThread(), rowCount);
        synchronized (lock) {
            State s = retire(state);
            ThreadRecorder[] live = new ThreadRecorder[s.live.length + 1];
            System.arraycopy(s.live, 0, live, 0, s.live.length);
            live[s.live.length] = recorder;
            state = new State(live, s.retired);
        }
        return recorder;
    }

    private State retireTerminated() {
        synchronized (lock) {
            State s = retire(state);
            state = s;
            return s;
        }
    }

    /** Moves recorders of terminated threads into the retired total; caller holds the lock. */
    private State retire(State s) {
        if (!s.hasTerminatedOwner()) {
            return s;
        }
        Accumulator retired = new Accumulator(rowCount);
        s.retired.addTo(retired);
        List<ThreadRecorder> live = new ArrayList<>(s.live.length);
        for (ThreadRecorder recorder : s.live) {
            // isAlive() returning false orders every write of that thread before this read.
            if (recorder.ownerTerminated()) {
                recorder.addTo(retired);
                int slot = slot(recorder.owner);
                if (slots[slot] == recorder) {
                    slots[slot] = null;
                }
            } else {
                live.add(recorder);
            }
        }
        return new State(live.toArray(new ThreadRecorder[0]), retired);
    }

    /** Immutable pairing of the live recorders and the retired total, swapped as one. */
    private static final class State {
        final ThreadRecorder[] live;
        final Accumulator retired;

        State(ThreadRecorder[] live, Accumulator retired) {
            this.live = live;
            this.retired = retired;
        }

        boolean hasTerminatedOwner() {
            for (ThreadRecorder recorder : live) {
                if (recorder.ownerTerminated()) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public String toString() {
        return "Histogram[" + name + attributes + "]";
    }
}
