package io.paybridge.trustly.api.report;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Exact minor units of a currency from a decimal string, without BigDecimal or double on the way: the
 * currency's ISO 4217 exponent decides the unit, digits beyond it are accepted only when they are zeros
 * ({@code 10.500} EUR is 1050), anything else is refused rather than rounded.
 */
final class MinorUnits {

    private MinorUnits() {
    }

    /** A refused amount or currency; the message says why, without naming the field. */
    static final class InvalidException extends RuntimeException {
        InvalidException(String message) {
            super(message, null, false, false);
        }
    }

    /** The exponent of an ISO 4217 code of three upper-case letters that has a minor unit (2 for EUR, 0 for JPY). */
    static int exponent(String currency) {
        if (currency.length() != 3 || !isUpper(currency.charAt(0)) || !isUpper(currency.charAt(1)) || !isUpper(currency.charAt(2))) {
            throw new InvalidException("is not three upper-case letters");
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (digits < 0 || digits > 4) {
                throw new InvalidException("has no minor unit");
            }
            return digits;
        } catch (IllegalArgumentException e) {
            throw new InvalidException("is not an ISO 4217 currency");
        }
    }

    /** {@code decimal} ({@code [+-]digits[.digits]}) in minor units of a currency with {@code exponent} decimals. */
    static long parse(String decimal, int exponent) {
        int length = decimal.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (decimal.charAt(0) == '-' || decimal.charAt(0) == '+')) {
            negative = decimal.charAt(0) == '-';
            i++;
        }
        long value = 0;
        int wholeDigits = 0;
        for (; i < length && decimal.charAt(i) != '.'; i++) {
            value = times10Plus(value, digit(decimal.charAt(i)));
            wholeDigits++;
        }
        if (wholeDigits == 0) {
            throw new InvalidException("is not an amount");
        }
        int fractionDigits = 0;
        if (i < length) {
            i++;
            if (i == length) {
                throw new InvalidException("is not an amount");
            }
            for (; i < length; i++) {
                int digit = digit(decimal.charAt(i));
                if (++fractionDigits <= exponent) {
                    value = times10Plus(value, digit);
                } else if (digit != 0) {
                    throw new InvalidException("has more decimals than its currency's " + exponent);
                }
            }
        }
        for (; fractionDigits < exponent; fractionDigits++) {
            value = times10Plus(value, 0);
        }
        return negative ? -value : value;
    }

    /** {@code minorUnits} as a decimal with the exponent's scale, and at least two decimals as Trustly writes them. */
    static BigDecimal toDecimal(long minorUnits, int exponent) {
        BigDecimal decimal = BigDecimal.valueOf(minorUnits, exponent);
        return decimal.scale() < 2 ? decimal.setScale(2) : decimal;
    }

    private static int digit(char c) {
        if (c < '0' || c > '9') {
            throw new InvalidException("is not an amount");
        }
        return c - '0';
    }

    private static long times10Plus(long value, int digit) {
        if (value > (Long.MAX_VALUE - digit) / 10) {
            throw new InvalidException("is too large");
        }
        return value * 10 + digit;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
