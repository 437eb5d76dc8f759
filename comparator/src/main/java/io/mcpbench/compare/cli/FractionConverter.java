package io.mcpbench.compare.cli;

import io.mcpbench.compare.policy.Fractions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 0.05} or {@code 5%} as the fraction 0.05 for options such as {@code --band}. */
public final class FractionConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        try {
            return Fractions.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
