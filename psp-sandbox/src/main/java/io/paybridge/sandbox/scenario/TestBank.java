package io.paybridge.sandbox.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bank the sandbox checkout offers: its id in forms, its name and clearinghouse as account
 * notifications carry them, its country and the 4-letter code its suspense account is named after.
 */
public record TestBank(String id, String name, String clearinghouse, String country, String code) {

    /** The banks, Swedish first (the default). */
    public static final List<TestBank> ALL = List.of(
            new TestBank("seb", "SEB", "SWEDEN", "SE", "ESSE"),
            new TestBank("swedbank", "Swedbank", "SWEDEN", "SE", "SWED"),
            new TestBank("handelsbanken", "Handelsbanken", "SWEDEN", "SE", "HAND"),
            new TestBank("nordea-fi", "Nordea", "FINLAND", "FI", "NDEA"),
            new TestBank("op", "OP", "FINLAND", "FI", "OKOY"),
            new TestBank("deutsche-bank", "Deutsche Bank", "GERMANY", "DE", "DEUT"),
            new TestBank("sparkasse", "Sparkasse", "GERMANY", "DE", "SPKA"));

    /** The bank with this id. */
    public static Optional<TestBank> byId(String id) {
        return ALL.stream().filter(bank -> bank.id.equals(id)).findFirst();
    }

    /** The bank an account of this clearinghouse and bank name was opened at. */
    public static Optional<TestBank> of(String clearinghouse, String name) {
        return ALL.stream().filter(bank -> bank.clearinghouse.equals(clearinghouse) && bank.name.equals(name)).findFirst();
    }

    /** The first bank of {@code country} (ISO 3166 alpha-2), else the first bank. */
    public static TestBank defaultFor(String country) {
        String wanted = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return ALL.stream().filter(bank -> bank.country.equals(wanted)).findFirst().orElse(ALL.get(0));
    }

    /** The merchant-side ledger account money from this bank's end users moves through. */
    public String suspenseAccount() {
        return "SUSPENSE_ACCOUNT_CLIENT_FUNDS_" + clearinghouse + "_" + code;
    }
}
