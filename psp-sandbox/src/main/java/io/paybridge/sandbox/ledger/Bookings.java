package io.paybridge.sandbox.ledger;

import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each money movement books on the merchant account, in Trustly's words: the account names
 * (AccountLedger {@code accountname}), the settlement report's ordertypes and the fees. Every
 * movement of the sandbox goes through one of these methods; call inside the caller's transaction.
 */
@ApplicationScoped
public class Bookings {

    public static final String DEPOSIT = "Deposit";
    public static final String CHARGE = "Charge";
    public static final String REFUND = "Refund";
    public static final String ACCOUNT_PAYOUT = "AccountPayout";
    public static final String WITHDRAW = "Withdraw";
    /** The payout of a settlement to the merchant's bank; never a row of the settlement report itself. */
    public static final String SETTLEMENT = "Settlement";

    /** Where money leaves the merchant account towards a bank (Trustly's queue of outgoing bank transfers). */
    static final String BANK_WITHDRAWAL = "BANK_WITHDRAWAL_QUEUED";
    static final String SETTLEMENT_ACCOUNT = "SETTLEMENT_BANK_WITHDRAWAL";

    /** A fee: its ordertype in the settlement report, the account it is booked to, and its configured amount. */
    public enum Fee {
        DEPOSIT("Deposit Fee", "TRANSACTION_FEE_BANK_DEPOSIT"),
        REFUND("Refund Fee", "TRANSACTION_FEE_REFUND"),
        ACCOUNT_PAYOUT("AccountPayout Fee", "TRANSACTION_FEE_BANK_WITHDRAWAL"),
        SETTLEMENT("Settlement Fee", "TRANSACTION_FEE_BANK_WITHDRAWAL");

        private final String orderType;
        private final String accountName;

        Fee(String orderType, String accountName) {
            this.orderType = orderType;
            this.accountName = accountName;
        }
    }

    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("SE", "SWEDEN"), Map.entry("FI", "FINLAND"), Map.entry("NO", "NORWAY"), Map.entry("DK", "DENMARK"),
            Map.entry("DE", "GERMANY"), Map.entry("NL", "NETHERLANDS"), Map.entry("AT", "AUSTRIA"), Map.entry("ES", "SPAIN"),
            Map.entry("PL", "POLAND"), Map.entry("EE", "ESTONIA"), Map.entry("LV", "LATVIA"), Map.entry("LT", "LITHUANIA"),
            Map.entry("GB", "UNITED_KINGDOM"), Map.entry("CZ", "CZECH_REPUBLIC"), Map.entry("SK", "SLOVAKIA"));

    private final Ledger ledger;
    private final FeeConfig fees;

    public Bookings(Ledger ledger, FeeConfig fees) {
        this.ledger = ledger;
        this.fees = fees;
    }

    /** The end user's deposit reached the merchant account: the amount in, the Deposit Fee out. */
    public Uni<Void> depositCredited(SandboxOrder deposit) {
        String account = clientFundsOf(deposit);
        return ledger.book(deposit, deposit.amountMinor, "SUSPENSE_ACCOUNT_" + account, DEPOSIT,
                        "User deposit of client funds to " + account)
                .flatMap(entry -> fee(deposit, Fee.DEPOSIT));
    }

    /** A direct-debit charge was collected from the end user's account. */
    public Uni<Void> chargeCredited(SandboxOrder charge, String clearinghouse) {
        String account = "CLIENT_FUNDS_" + (clearinghouse == null ? "SWEDEN" : clearinghouse) + "_ESSE";
        return ledger.book(charge, charge.amountMinor, "SUSPENSE_ACCOUNT_" + account, CHARGE,
                "Direct debit of client funds to " + account).replaceWithVoid();
    }

    /**
     * A refund was sent to the end user's bank. The entries carry the deposit's orderid and messageid
     * (the Refund call answers with the deposit's orderid, so that is the id the merchant reconciles by)
     * and the refund's own ExternalReference.
     */
    public Uni<List<LedgerEntry>> refundSent(SandboxOrder refund, SandboxOrder deposit) {
        LedgerEntry amount = LedgerEntry.of(refund.merchantUsername, refund.currency, -refund.amountMinor, BANK_WITHDRAWAL, REFUND,
                        "Refund to end user bank account")
                .forOrder(deposit.orderId, deposit.messageId, refund.externalReference);
        LedgerEntry fee = feeEntry(refund, Fee.REFUND).forOrder(deposit.orderId, deposit.messageId, refund.externalReference);
        if (fee.amountMinor == 0) {
            return ledger.book(amount).map(List::of);
        }
        return ledger.book(amount).flatMap(booked -> ledger.book(fee).map(bookedFee -> List.of(booked, bookedFee)));
    }

    /** An AccountPayout left the merchant account: the amount and the AccountPayout Fee. */
    public Uni<Void> accountPayoutSent(SandboxOrder payout) {
        return ledger.book(payout, -payout.amountMinor, BANK_WITHDRAWAL, ACCOUNT_PAYOUT, "Account payout to end user bank account")
                .flatMap(entry -> fee(payout, Fee.ACCOUNT_PAYOUT));
    }

    /** A manually approved withdrawal is sent to the end user's bank. */
    public Uni<Void> withdrawalApproved(SandboxOrder withdraw) {
        return ledger.book(withdraw, -withdraw.amountMinor, BANK_WITHDRAWAL, WITHDRAW, "Withdrawal to end user bank account")
                .replaceWithVoid();
    }

    /**
     * The payout of a settlement's total to the merchant's bank, itself part of that settlement. Its messageid is the
     * transfer's 10-digit reference (the report's settlementbankwithdrawalid), so a merchant finds the transfer of a
     * report in AccountLedger by that reference; the transactiontype text names it too.
     */
    public Uni<LedgerEntry> settlementPaidOut(String merchantUsername, String currency, long totalMinor, long settlementId,
                                              String bankWithdrawalId) {
        LedgerEntry entry = LedgerEntry.of(merchantUsername, currency, -totalMinor, SETTLEMENT_ACCOUNT, SETTLEMENT,
                "Automatic settlement " + bankWithdrawalId + " to merchant bank account");
        entry.messageId = bankWithdrawalId;
        entry.settlementId = settlementId;
        return ledger.book(entry);
    }

    /**
     * The Settlement Fee of one currency of a settlement: a report row of its own, without orderid, whose messageid
     * names the settlement as Trustly's does ("Automatic EUR settlement 83942"). Only when the fee is not zero.
     */
    public Uni<LedgerEntry> settlementFee(String merchantUsername, String currency, long settlementId) {
        LedgerEntry entry = LedgerEntry.of(merchantUsername, currency, -feeMinor(Fee.SETTLEMENT, currency), Fee.SETTLEMENT.accountName,
                Fee.SETTLEMENT.orderType, Fee.SETTLEMENT.orderType);
        entry.messageId = "Automatic " + currency + " settlement " + settlementId;
        entry.settlementId = settlementId;
        return ledger.book(entry);
    }

    /** The configured fee in {@code currency}, minor units (positive). */
    public long feeMinor(Fee fee, String currency) {
        String amount = switch (fee) {
            case DEPOSIT -> fees.deposit();
            case REFUND -> fees.refund();
            case ACCOUNT_PAYOUT -> fees.accountPayout();
            case SETTLEMENT -> fees.settlement();
        };
        return Money.parse(amount, currency).minorUnits();
    }

    /** The client funds account a deposit's money arrives in, by the country of its Attributes. */
    static String clientFundsOf(SandboxOrder deposit) {
        return clientFunds(deposit.attributes == null ? null : deposit.attributes.path("Country").asText(null));
    }

    /** Trustly's client funds account for a country, e.g. CLIENT_FUNDS_SWEDEN_ESSE. */
    static String clientFunds(String countryCode) {
        String country = countryCode == null ? "SWEDEN" : COUNTRY_NAMES.getOrDefault(countryCode.toUpperCase(Locale.ROOT), countryCode);
        return "CLIENT_FUNDS_" + country + "_ESSE";
    }

    private Uni<Void> fee(SandboxOrder order, Fee fee) {
        LedgerEntry entry = feeEntry(order, fee).forOrder(order.orderId, order.messageId, order.externalReference);
        return entry.amountMinor == 0 ? Uni.createFrom().voidItem() : ledger.book(entry).replaceWithVoid();
    }

    private LedgerEntry feeEntry(SandboxOrder order, Fee fee) {
        return LedgerEntry.of(order.merchantUsername, order.currency, -feeMinor(fee, order.currency), fee.accountName, fee.orderType,
                fee.orderType);
    }
}
