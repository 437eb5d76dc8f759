package io.mcpbench.compare.normalize;

import io.mcpbench.compare.model.BadInputException;

/** Two sides of one row measured in units that no conversion relates (e.g. ops/s vs ns/op). */
public final class IncompatibleUnitsException extends BadInputException {

    private static final long serialVersionUID = 1L;

    public IncompatibleUnitsException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
