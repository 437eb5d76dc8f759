package io.mcpbench.compare.export;

import io.mcpbench.compare.model.BadInputException;

/** A result that cannot be exported as asked (e.g. two entries that would be the same series); one line. */
public final class ExportException extends BadInputException {

    private static final long serialVersionUID = 1L;

    public ExportException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
