package io.mcpbench.compare.model;

/**
 * Input the comparator cannot use: a result file that is not JMH JSON, has the wrong shape, or
 * two sides that cannot be compared. The message is one line naming the file (or row) and the
 * place, so a command line can print it as is and exit with the bad-input code.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String oneLineMessage) {
        super(oneLineMessage, null, false, false);
    }
}
