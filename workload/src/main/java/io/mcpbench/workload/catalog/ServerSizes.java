package io.mcpbench.workload.catalog;

import java.util.SplittableRandom;

/**
 * Tools per server as measured on public MCP servers: 17% expose one tool, 48% two to five, 25%
 * six to twenty, 10% more than twenty with a tail to about 120; the mean is about 8-9.
 */
final class ServerSizes {

    static final int MAX = 120;

    private ServerSizes() {
    }

    static int sample(SplittableRandom rng) {
        double u = rng.nextDouble();
        if (u < 0.17) {
            return 1;
        }
        if (u < 0.65) {
            double v = rng.nextDouble();
            return v < 0.30 ? 2 : v < 0.57 ? 3 : v < 0.80 ? 4 : 5;
        }
        if (u < 0.90) {
            while (true) {
                int n = 6 + (int) (-5.0 * StrictMath.log(1.0 - rng.nextDouble()));
                if (n <= 20) {
                    return n;
                }
            }
        }
        while (true) {
            int n = 21 + (int) (-21.0 * StrictMath.log(1.0 - rng.nextDouble()));
            if (n <= MAX) {
                return n;
            }
        }
    }
}
