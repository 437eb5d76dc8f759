package io.mcpbench.core.validation;

import java.util.List;

/**
 * The outcome of validating one call's arguments. Valid calls, the common case, all share one
 * instance, so the valid path allocates no result; an invalid result lists every error and
 * summarises them in one line that names the first failing field (control characters from the
 * arguments shown escaped).
 */
public final class ValidationResult {

    private static final ValidationResult VALID = new ValidationResult(List.of(), "valid");

    private final List<ValidationError> errors;
    private final String message;

    private ValidationResult(List<ValidationError> errors, String message) {
        this.errors = errors;
        this.message = message;
    }

    /** The shared valid result. */
    public static ValidationResult valid() {
        return VALID;
    }

    /** An invalid result; {@code errors} must not be empty. */
    public static ValidationResult invalid(List<ValidationError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one error");
        }
        List<ValidationError> copy = List.copyOf(errors);
        String first = EscapedText.of(copy.get(0).toString());
        String message = copy.size() == 1 ? first : first + " (and " + (copy.size() - 1) + " more)";
        return new ValidationResult(copy, message);
    }

    /** An invalid result with one error. */
    public static ValidationResult invalid(String path, String message) {
        return invalid(List.of(new ValidationError(path, message)));
    }

    /** Whether the arguments satisfy the schema and the limits. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Every error found; empty when valid. */
    public List<ValidationError> errors() {
        return errors;
    }

    /** One line: {@code "valid"}, or the first error ({@code "/repo: integer found, string expected"}). */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
