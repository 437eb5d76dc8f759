package io.mcpbench.compare.history;

import java.util.SplittableRandom;

/** Seeded synthetic run values: a level per run times log-normal noise. */
public final class Synthetic {

    private Synthetic() {
    }

    /** Level 1 everywhere, times {@code 1 + step} from index {@code at} on. */
    public static double[] step(long seed, int n, int at, double step, double noise) {
        double[] level = new double[n];
        for (int i = 0; i < n; i++) {
            level[i] = i < at ? 1.0 : 1.0 + step;
        }
        return noisy(seed, level, noise);
    }

    /** Each level times {@code exp(noise * N(0,1))}, values scaled by 1000 (a time in ns). */
    static double[] noisy(long seed, double[] level, double noise) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            out[i] = 1000.0 * level[i] * Math.exp(noise * gaussian(r));
        }
        return out;
    }

    /** Natural logs of the values. */
    static double[] log(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(values[i]);
        }
        return out;
    }

    static double gaussian(SplittableRandom r) {
        double u;
        double v;
        double s;
        do {
            u = 2 * r.nextDouble() - 1;
            v = 2 * r.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
