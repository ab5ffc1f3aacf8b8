package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.account.BankAccountNumber;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bank the sandbox checkout offers: its id in forms, its name, clearinghouse and country, and the
 * Swedish clearing number of its accounts (null: an IBAN country). The end user's account there is
 * made up from merchant and EndUserID, so the same end user at the same bank always has the same account.
 */
public record TestBank(String id, String name, String clearinghouse, String country, String clearingNumber) {

    /** The banks, Swedish first (the default); Swedish clearing numbers in each bank's range, so the account's bank name matches. */
    public static final List<TestBank> ALL = List.of(
            new TestBank("seb", "SEB", "SWEDEN", "SE", "5000"),
            new TestBank("swedbank", "Swedbank", "SWEDEN", "SE", "8000"),
            new TestBank("handelsbanken", "Handelsbanken", "SWEDEN", "SE", "6000"),
            new TestBank("nordea", "Nordea", "SWEDEN", "SE", "3300"),
            new TestBank("sandbox-fi", "Sandbox Bank", "FINLAND", "FI", null),
            new TestBank("sandbox-de", "Sandbox Bank", "GERMANY", "DE", null));

    /** The bank with this id. */
    public static Optional<TestBank> byId(String id) {
        return ALL.stream().filter(bank -> bank.id.equals(id)).findFirst();
    }

    /** The first bank of {@code country} (ISO 3166 alpha-2), else the first bank. */
    public static TestBank defaultFor(String country) {
        String wanted = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return ALL.stream().filter(bank -> bank.country.equals(wanted)).findFirst().orElse(ALL.get(0));
    }

    /** The account {@code endUserId} of {@code merchant} has at this bank: clearing and ten digits, or an IBAN. */
    public BankAccountNumber accountOf(String merchant, String endUserId) {
        String digits = digits(merchant + '\n' + endUserId + '\n' + id, clearingNumber != null ? 10 : 18);
        if (clearingNumber != null) {
            return new BankAccountNumber(clearinghouse, clearingNumber, digits);
        }
        String bban = digits.substring(0, "FI".equals(country) ? 14 : 18);
        return new BankAccountNumber(clearinghouse, "", country + ibanCheckDigits(country, bban) + bban);
    }

    /** ISO 13616 check digits: 98 minus the remainder mod 97 of BBAN + country (letters as numbers) + "00". */
    static String ibanCheckDigits(String country, String bban) {
        String letters = Integer.toString(country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10);
        int remainder = new BigInteger(bban + letters + "00").mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", 98 - remainder);
    }

    private static String digits(String seed, int count) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            String decimal = new BigInteger(1, hash).toString();
            return decimal.substring(decimal.length() - count);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
