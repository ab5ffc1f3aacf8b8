package io.paybridge.sandbox.settlement;

import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.sandbox.ledger.TrustlyTimestamps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes Trustly's ViewAutomaticSettlementDetailsCSV, API version 1.2: a header line, then one row per
 * settled entry, {@code \n} line ends, RFC 4180 quoting, amounts with two decimals and {@code total} the
 * sum of the rows of that row's settlement batch and currency.
 */
public final class SettlementReport {

    /** The v1.2 columns in Trustly's order (the last one is {@code extraref} in some samples; reference §3 keeps {@code externalreference}). */
    public static final String HEADER = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
            + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,externalreference";

    private SettlementReport() {
    }

    /** The report of {@code entries}, oldest first; {@code bankWithdrawalId} gives each entry's settlement reference. */
    public static String csv(List<LedgerEntry> entries, Function<LedgerEntry, String> bankWithdrawalId) {
        // Trustly settles a date once per currency, so a report's total is its batch's. The sandbox can settle a date
        // again (every ./paybridge demo settles today); its report of the date then holds several batches, and each
        // row's total is that of its own batch (settlementbankwithdrawalid) and currency.
        Map<String, Long> totals = entries.stream()
                .collect(Collectors.groupingBy(entry -> batch(entry, bankWithdrawalId), Collectors.summingLong(entry -> entry.amountMinor)));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        entries.stream().sorted(Comparator.comparing((LedgerEntry entry) -> entry.bookedAt).thenComparing(entry -> entry.id))
                .forEach(entry -> csv.append(String.join(",",
                        TrustlyTimestamps.format(entry.bookedAt),
                        quote(entry.accountName),
                        entry.currency,
                        TrustlyAmounts.decimal(entry.amountMinor, entry.currency),
                        TrustlyAmounts.decimal(totals.get(batch(entry, bankWithdrawalId)), entry.currency),
                        entry.orderId == null ? "" : Long.toString(entry.orderId),
                        quote(entry.orderType),
                        quote(entry.messageId),
                        quote(entry.merchantUsername),
                        "",
                        "",
                        quote(bankWithdrawalId.apply(entry)),
                        quote(entry.externalReference))).append('\n'));
        return csv.toString();
    }

    private static String batch(LedgerEntry entry, Function<LedgerEntry, String> bankWithdrawalId) {
        return bankWithdrawalId.apply(entry) + " " + entry.currency;
    }

    /** RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled; null is empty. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
