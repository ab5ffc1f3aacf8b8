package io.paybridge.reconciliation.report.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settlement reference (the report's {@code settlementbankwithdrawalid}) of an AccountLedger entry that is a
 * settlement's bank transfer: named in its transactiontype, "Automatic settlement 5000000001 to merchant bank account";
 * psp-sandbox also puts it in the entry's messageid. Any other entry has none.
 */
public final class BankTransferReference {

    /** The account a settlement's payout to the merchant's bank is booked on. */
    public static final String SETTLEMENT_ACCOUNT = "SETTLEMENT_BANK_WITHDRAWAL";

    private static final Pattern IN_TEXT = Pattern.compile("^Automatic settlement (\\S+) to merchant bank account$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private BankTransferReference() {
    }

    /** The reference, or null when the entry is not a settlement's bank transfer. */
    public static String of(String accountName, String transactionType, String messageId) {
        if (transactionType != null) {
            Matcher named = IN_TEXT.matcher(transactionType);
            if (named.matches()) {
                return named.group(1);
            }
        }
        if (SETTLEMENT_ACCOUNT.equals(accountName) && messageId != null && DIGITS.matcher(messageId).matches()) {
            return messageId;
        }
        return null;
    }
}
