package xspace.cli;

import java.util.function.DoublePredicate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters that refuse an option's value outside its range while the command line is
 * parsed, before any data is read or anything written. Picocli reports the refusal as
 * {@code Invalid value for option '--batch' (<batch>): expected ...} with exit code 2, the way it
 * reports a value that is not a number at all; without them a 0 or a negative count reached ND4J
 * or Java as "/ by zero" or an empty array. Use them with {@code @Option(converter = ...)}.
 */
final class Ranges {

    private Ranges() {
    }

    /** An integer of at least {@code min}. */
    abstract static class IntAtLeast implements ITypeConverter<Integer> {
        private final int min;

        IntAtLeast(int min) {
            this.min = min;
        }

        @Override
        public Integer convert(String value) {
            int parsed = parseInt(value);
            if (parsed < min) {
                throw new TypeConversionException("expected " + (min == 0 ? "0 or more" : min == 1 ? "a positive"
                        + " whole number" : "at least " + min) + ", found " + value);
            }
            return parsed;
        }
    }

    /** Counts of things there must be at least one of: epochs, batch size, x-features, classes. */
    static final class Positive extends IntAtLeast {
        Positive() {
            super(1);
        }
    }

    /** Counts that may be zero: epochs of an optional step, problems to list. */
    static final class NonNegative extends IntAtLeast {
        NonNegative() {
            super(0);
        }
    }

    /** Folds of k-fold cross-validation: one fold leaves nothing to train on. */
    static final class Folds extends IntAtLeast {
        Folds() {
            super(2);
        }
    }

    /**
     * Side of the network's input in pixels: below 16 the demo network's four pooling blocks leave
     * nothing; above 512 (CUB images are about 500 px) a batch of activations no longer fits in memory.
     */
    static final class ImageSide implements ITypeConverter<Integer> {
        static final int MIN = 16;
        static final int MAX = 512;

        @Override
        public Integer convert(String value) {
            int parsed = parseInt(value);
            if (parsed < MIN || parsed > MAX) {
                throw new TypeConversionException("expected a side between " + MIN + " and " + MAX + " pixels, found "
                        + value);
            }
            return parsed;
        }
    }

    /** A finite number that the option accepts, as its message says. */
    abstract static class NumberWhere implements ITypeConverter<Double> {
        private final DoublePredicate accepted;
        private final String expected;

        NumberWhere(DoublePredicate accepted, String expected) {
            this.accepted = accepted;
            this.expected = expected;
        }

        @Override
        public Double convert(String value) {
            double parsed = parseFinite(value);
            if (!accepted.test(parsed)) {
                throw new TypeConversionException("expected " + expected + ", found " + value);
            }
            return parsed;
        }
    }

    /** A finite number above 0: learning rates, weights that must count. */
    static final class PositiveNumber extends NumberWhere {
        PositiveNumber() {
            super(x -> x > 0, "a number above 0");
        }
    }

    /** A finite number of 0 or more: weights of optional terms (0: off), margins. */
    static final class NonNegativeNumber extends NumberWhere {
        NonNegativeNumber() {
            super(x -> x >= 0, "a number of 0 or more");
        }
    }

    /** A dropout rate: the share of units dropped, where 1 would drop them all. */
    static final class DropoutRate extends NumberWhere {
        DropoutRate() {
            super(x -> x >= 0 && x < 1, "a rate from 0 up to (not including) 1");
        }
    }

    /** A correlation coefficient, -1 to 1. */
    static final class Correlation extends NumberWhere {
        Correlation() {
            super(x -> x >= -1 && x <= 1, "a correlation between -1 and 1");
        }
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a whole number, found '" + value + "'");
        }
    }

    private static double parseFinite(String value) {
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a number, found '" + value + "'");
        }
        if (!Double.isFinite(parsed)) {
            throw new TypeConversionException("expected a finite number, found " + value);
        }
        return parsed;
    }
}
