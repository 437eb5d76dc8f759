package io.mcpbench.compare.steady;

import java.util.ArrayList;
import java.util.List;

/**
 * The forks of one side of a row, summarised. Forks that never settled are reported and left
 * out of the comparison, unless they are most of the side or leave fewer than two settled forks:
 * then every fork is used and the row says so (it cannot be shown EQUIVALENT from iterations that
 * are still moving).
 *
 * @param forks every fork, in file order
 */
public record SideSummary(List<ForkSummary> forks) {

    public SideSummary {
        forks = List.copyOf(forks);
    }

    /** Forks flagged {@link Steadiness#UNSTEADY}. */
    public int unsteady() {
        int n = 0;
        for (ForkSummary f : forks) {
            if (f.steadiness() == Steadiness.UNSTEADY) n++;
        }
        return n;
    }

    /** True when more than half of the forks never settled, or fewer than two settled ones remain. */
    public boolean mostlyUnsteady() {
        int u = unsteady();
        return u > 0 && (2 * u > forks.size() || forks.size() - u < 2);
    }

    /**
     * What a reader should know about the forks of {@code side} that never settled ({@code "2 of 5
     * candidate fork(s) never settled (left out)"}), or the empty string when all settled.
     */
    public String unsteadyNote(String side) {
        int u = unsteady();
        if (u == 0) {
            return "";
        }
        return u + " of " + forks.size() + " " + side + " fork(s) never settled"
                + (mostlyUnsteady() ? " (most: all used)" : " (left out)");
    }

    /** Iterations dropped as warm-up over all forks. */
    public int dropped() {
        int n = 0;
        for (ForkSummary f : forks) n += f.dropped();
        return n;
    }

    /** Iterations measured over all forks. */
    public int iterations() {
        int n = 0;
        for (ForkSummary f : forks) n += f.iterations();
        return n;
    }

    /** The forks the comparison uses: the settled ones, or all when most never settled. */
    public List<ForkSummary> usable() {
        if (mostlyUnsteady()) {
            return forks;
        }
        List<ForkSummary> out = new ArrayList<>(forks.size());
        for (ForkSummary f : forks) {
            if (f.steadiness() != Steadiness.UNSTEADY) out.add(f);
        }
        return out;
    }

    /** The robust centres of the usable forks. */
    public double[] centres() {
        List<ForkSummary> u = usable();
        double[] out = new double[u.size()];
        for (int i = 0; i < out.length; i++) out[i] = u.get(i).centre();
        return out;
    }

    /** Each fork's plain mean, every fork, in file order (for display). */
    public double[] means() {
        double[] out = new double[forks.size()];
        for (int i = 0; i < out.length; i++) out[i] = forks.get(i).mean();
        return out;
    }
}
