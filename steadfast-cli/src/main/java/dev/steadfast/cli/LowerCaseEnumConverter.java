package dev.steadfast.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value as an enum constant, ignoring case, and names the valid values in lower
 * case (as the help and docs/cli.md write them) when the value is not one of them. The constants
 * themselves are upper case, as Java enums are.
 */
abstract class LowerCaseEnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    LowerCaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> valid = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        throw new TypeConversionException("expected one of " + valid + " (case-insensitive) but was '" + value + "'");
    }
}
