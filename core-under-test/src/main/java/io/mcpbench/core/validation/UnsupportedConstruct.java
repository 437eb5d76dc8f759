package io.mcpbench.core.validation;

/**
 * A construct outside the subset {@link LinearTranslation} rewrites; ends the rewrite, and its
 * message ({@code "a back-reference"}) becomes the translation's {@link LinearTranslation#reason()}.
 * Checked, so that no reader of the pattern can forget that any step may refuse; without a stack
 * trace, because a refusal is an answer, not a fault.
 */
final class UnsupportedConstruct extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedConstruct(String construct) {
        super(construct, null, false, false);
    }
}
