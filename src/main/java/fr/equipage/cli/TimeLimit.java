package fr.equipage.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a --time-limit in seconds: a finite number above 0 and at most a day. Anything else (-5, 0,
 * NaN, 1e12) is refused before any work, rather than truncating the search or overflowing.
 */
public final class TimeLimit implements ITypeConverter<Double> {
    public static final double MAX_SECONDS = 86_400;

    @Override
    public Double convert(String value) {
        double s;
        try {
            s = Double.parseDouble(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new FrenchConversionException("'" + value + "' n'est pas un nombre de secondes.");
        }
        if (!(s > 0 && s <= MAX_SECONDS)) {
            throw new FrenchConversionException(String.format(Locale.FRANCE, "'%s' n'est pas accepté : indiquez un nombre "
                    + "de secondes supérieur à 0 et au plus %.0f (24 heures).", value, MAX_SECONDS));
        }
        return s;
    }

    /** A conversion error whose message is already French: shown as is. */
    static final class FrenchConversionException extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        FrenchConversionException(String message) {
            super(message);
        }
    }
}
