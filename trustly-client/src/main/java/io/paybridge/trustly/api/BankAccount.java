package io.paybridge.trustly.api;

/** A bank account as Trustly names it: ClearingHouse, BankNumber ({@code ""} for IBAN), AccountNumber; never printed. */
public record BankAccount(String clearingHouse, String bankNumber, String accountNumber) {

    /** Writes the three members, if any. */
    public static void write(DataWriter data, BankAccount account) {
        if (account != null) {
            data.text("ClearingHouse", account.clearingHouse)
                    .text("BankNumber", account.bankNumber)
                    .text("AccountNumber", account.accountNumber);
        }
    }

    /** All three present; BankNumber may be empty (IBAN). */
    public static void validate(String prefix, BankAccount account) {
        Check.required(prefix + "ClearingHouse", account == null ? null : account.clearingHouse);
        Check.present(prefix + "BankNumber", account.bankNumber);
        Check.required(prefix + "AccountNumber", account.accountNumber);
    }

    @Override
    public String toString() {
        return "BankAccount[clearingHouse=" + clearingHouse + ", <redacted>]";
    }
}
