package io.mcpbench.compare.pairing;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.normalize.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first stage of a comparison: matches the rows of two result files by key (benchmark,
 * mode, params, threads, metric), converts both sides of each to one unit when they differ, and
 * gives each its direction. Rows present on one side only are kept, with the other side null.
 */
public final class RowPairer {

    private RowPairer() {
    }

    /**
     * Every row of either file, sorted by key.
     *
     * @throws io.mcpbench.compare.normalize.IncompatibleUnitsException when a row's sides have
     *         units no conversion relates
     */
    public static List<RowPair> pair(ResultFile base, ResultFile cand) {
        Map<RowKey, Row[]> byKey = new TreeMap<>();
        for (Row r : base.rows()) byKey.computeIfAbsent(r.key(), k -> new Row[2])[0] = r;
        for (Row r : cand.rows()) byKey.computeIfAbsent(r.key(), k -> new Row[2])[1] = r;
        List<RowPair> out = new ArrayList<>(byKey.size());
        for (Map.Entry<RowKey, Row[]> e : byKey.entrySet()) {
            RowKey key = e.getKey();
            Row b = e.getValue()[0];
            Row c = e.getValue()[1];
            if (b == null || c == null) {
                Row present = b == null ? c : b;
                out.add(new RowPair(key, present.unit(), Directions.of(key, present.unit()), b, c));
                continue;
            }
            // the same unit on both sides is kept as it is: no conversion can overflow a value near the largest double
            String unit = b.unit().equals(c.unit()) ? b.unit() : Units.commonUnit(key, b.unit(), c.unit());
            out.add(new RowPair(key, unit, Directions.of(key, unit), Units.convert(b, unit), Units.convert(c, unit)));
        }
        return out;
    }
}
