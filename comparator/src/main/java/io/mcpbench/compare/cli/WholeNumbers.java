package io.mcpbench.compare.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Whole-number options ({@code --resamples}, {@code --seed}, {@code --permutations}, ...) in ASCII
 * digits only: Java's own parsers, which picocli uses by default, take the digits of any script,
 * so {@code --resamples ٥٠٠} was 500. A value that is not such a number, or does not fit the
 * option's type, is a usage error.
 */
final class WholeNumbers {

    private static final Pattern ASCII = Pattern.compile("[+-]?[0-9]{1,19}");

    private WholeNumbers() {
    }

    /** Reads int and long options of {@code cl} and its subcommands with {@link #parse}. */
    static void register(CommandLine cl) {
        CommandLine.ITypeConverter<Integer> ints = s -> (int) parse(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
        CommandLine.ITypeConverter<Long> longs = s -> parse(s, Long.MIN_VALUE, Long.MAX_VALUE);
        cl.registerConverter(Integer.class, ints);
        cl.registerConverter(int.class, ints);
        cl.registerConverter(Long.class, longs);
        cl.registerConverter(long.class, longs);
    }

    /** The value of {@code text} in {@code [min, max]}; {@link TypeConversionException} if none. */
    static long parse(String text, long min, long max) {
        if (!ASCII.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a whole number in ASCII digits");
        }
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is out of range");
        }
        if (v < min || v > max) throw new TypeConversionException("'" + text + "' is out of range");
        return v;
    }
}
