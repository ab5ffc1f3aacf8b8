package io.paybridge.sandbox.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bank account as Trustly identifies it: clearinghouse (SWEDEN, ...), bank number (the Swedish clearing
 * number; empty for IBAN countries) and account number. Never logged: account numbers are personal data.
 */
public record BankAccountNumber(String clearinghouse, String bankNumber, String accountNumber) {

    private static final Pattern CLEARINGHOUSE = Pattern.compile("[A-Z][A-Z_]{1,29}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final Pattern SWEDISH_CLEARING = Pattern.compile("\\d{4,5}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");

    /** True when the clearinghouse is a name Trustly could use ({@code SWEDEN}, {@code GERMANY}, ...). */
    public static boolean isClearinghouse(String value) {
        return value != null && CLEARINGHOUSE.matcher(value).matches();
    }

    /** The account, if bank and account number have the clearinghouse's format: Swedish clearing and account digits, or an IBAN. */
    public static Optional<BankAccountNumber> parse(String clearinghouse, String bankNumber, String accountNumber) {
        String bank = bankNumber == null ? "" : bankNumber.replace(" ", "");
        String account = accountNumber == null ? "" : accountNumber.replace(" ", "").replace("-", "");
        boolean valid = "SWEDEN".equals(clearinghouse)
                ? SWEDISH_CLEARING.matcher(bank).matches() && DIGITS.matcher(account).matches()
                : bank.isEmpty() ? IBAN.matcher(account).matches() : DIGITS.matcher(bank).matches() && DIGITS.matcher(account).matches();
        return valid ? Optional.of(new BankAccountNumber(clearinghouse, bank, account)) : Optional.empty();
    }

    /** Bank number and account number together: what makes the account unique within its clearinghouse. */
    public String full() {
        return bankNumber + accountNumber;
    }

    /** The masked number Trustly shows, e.g. {@code **** *084057}. */
    public String descriptor() {
        String full = full();
        return "**** *" + full.substring(Math.max(0, full.length() - 6));
    }

    /** A bank name for the account; Swedish clearing-number ranges give the big banks, anything else is the sandbox's bank. */
    public String bankName() {
        if (!"SWEDEN".equals(clearinghouse)) {
            return "Sandbox Bank";
        }
        int clearing = Integer.parseInt(bankNumber.substring(0, 4));
        if (clearing >= 6000 && clearing <= 6999) {
            return "Handelsbanken";
        }
        if (clearing >= 5000 && clearing <= 5999) {
            return "SEB";
        }
        if (clearing >= 7000 && clearing <= 8999) {
            return "Swedbank";
        }
        if (clearing >= 1100 && clearing <= 1199 || clearing >= 1400 && clearing <= 2099 || clearing >= 3000 && clearing <= 3399) {
            return "Nordea";
        }
        return "Sandbox Bank";
    }

    @Override
    public String toString() {
        return "BankAccountNumber[" + clearinghouse + ", " + descriptor() + "]";
    }
}
