package io.paybridge.support.money;

import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money: minor units of an ISO 4217 currency (cents of EUR, yen of JPY, fils of
 * BHD). PSP decimal strings are parsed and written exactly per the currency's exponent; there is no
 * floating point anywhere.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    private static final Pattern DECIMAL = Pattern.compile("(-?)(\\d+)(?:\\.(\\d+))?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L};

    public Money {
        Objects.requireNonNull(currency, "currency");
        exponent(currency);
    }

    /** Money from minor units and an ISO 4217 code. */
    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    /** Zero in the given currency. */
    public static Money zero(String currencyCode) {
        return ofMinor(0, currencyCode);
    }

    /**
     * Parses a decimal string such as {@code "100.00"}, {@code "-0.5"} or {@code "1500"} exactly.
     * Digits beyond the currency's exponent are accepted only when they are zeros ({@code "100.00"}
     * is 100 JPY; {@code "100.50"} JPY is refused), since they carry no value.
     *
     * @throws InvalidAmountException if the string is not a plain decimal, has non-zero digits
     *     beyond the exponent, or does not fit in a {@code long} of minor units
     */
    public static Money parse(String decimal, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (decimal == null) {
            throw new InvalidAmountException("amount is missing");
        }
        Matcher matcher = DECIMAL.matcher(decimal);
        if (!matcher.matches()) {
            throw new InvalidAmountException("amount '" + decimal + "' is not a plain decimal number like 100.00");
        }
        int exponent = exponent(currency);
        String fraction = matcher.group(3) == null ? "" : matcher.group(3);
        if (fraction.length() > exponent) {
            if (!fraction.substring(exponent).chars().allMatch(digit -> digit == '0')) {
                throw new InvalidAmountException("amount '" + decimal + "' has more than " + exponent
                        + " decimal places, the exponent of " + currency.getCurrencyCode());
            }
            fraction = fraction.substring(0, exponent);
        }
        String digits = matcher.group(2) + fraction + "0".repeat(exponent - fraction.length());
        try {
            long magnitude = Long.parseLong(digits);
            return new Money(matcher.group(1).isEmpty() ? magnitude : -magnitude, currency);
        } catch (NumberFormatException e) {
            throw new InvalidAmountException("amount '" + decimal + "' is too large");
        }
    }

    /** The ISO 4217 currency for a code, refusing lower case, unknown codes and currencies without minor units (XAU, XXX). */
    public static Currency currency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            throw new InvalidCurrencyException("currency '" + code + "' is not an ISO 4217 code of three upper-case letters");
        }
        try {
            Currency currency = Currency.getInstance(code);
            exponent(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidCurrencyException("currency '" + code + "' is not an ISO 4217 currency");
        }
    }

    private static int exponent(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0 || digits >= POWERS_OF_TEN.length) {
            throw new InvalidCurrencyException("currency '" + currency.getCurrencyCode() + "' has no minor unit for payments");
        }
        return digits;
    }

    /** The number of decimal places of this money's currency (2 for EUR, 0 for JPY, 3 for BHD). */
    public int exponent() {
        return exponent(currency);
    }

    /** The ISO 4217 code. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The exact decimal string with the currency's exponent: {@code "100.00"} EUR, {@code "100"} JPY, {@code "1.005"} BHD. */
    public String toDecimalString() {
        return toDecimalString(exponent());
    }

    /**
     * The exact decimal string with the given number of decimal places, padding with zeros
     * ({@code "100.00"} for 100 JPY with 2 places, as some PSPs require).
     *
     * @throws InvalidAmountException if fewer places than the exponent would drop a non-zero digit
     */
    public String toDecimalString(int decimalPlaces) {
        if (decimalPlaces < 0) {
            throw new IllegalArgumentException("decimal places must not be negative: " + decimalPlaces);
        }
        int exponent = exponent();
        String magnitude = Long.toString(minorUnits).replace("-", "");
        if (magnitude.length() <= exponent) {
            magnitude = "0".repeat(exponent - magnitude.length() + 1) + magnitude;
        }
        String whole = magnitude.substring(0, magnitude.length() - exponent);
        String fraction = magnitude.substring(magnitude.length() - exponent);
        if (decimalPlaces < exponent) {
            if (!fraction.substring(decimalPlaces).chars().allMatch(digit -> digit == '0')) {
                throw new InvalidAmountException(this + " cannot be written with " + decimalPlaces + " decimal places");
            }
            fraction = fraction.substring(0, decimalPlaces);
        } else {
            fraction = fraction + "0".repeat(decimalPlaces - exponent);
        }
        String sign = minorUnits < 0 ? "-" : "";
        return fraction.isEmpty() ? sign + whole : sign + whole + "." + fraction;
    }

    /** This plus other, same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** This minus other, same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /** The same amount with the opposite sign. */
    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    /** Orders amounts of one currency; comparing two currencies is a programming error. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currencyCode(), other.currencyCode());
        }
    }

    @Override
    public String toString() {
        return toDecimalString() + " " + currencyCode();
    }
}
