package io.paybridge.sandbox.ledger;

import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Money that moves back after {@link Bookings} moved it: a credited deposit taken back (debit, test
 * case D1), and withdrawals, refunds and payouts returned by the end user's bank. Fees stay booked.
 * Call inside the caller's transaction.
 */
@ApplicationScoped
public class Reversals {

    private final Ledger ledger;

    public Reversals(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The deposit did not settle after its credit: the amount leaves the client funds account again. */
    public Uni<Void> depositDebited(SandboxOrder deposit) {
        String account = Bookings.clientFundsOf(deposit);
        return ledger.book(deposit, -deposit.amountMinor, "SUSPENSE_ACCOUNT_" + account, Bookings.DEPOSIT,
                "User deposit of client funds reversed by the bank").replaceWithVoid();
    }

    /** The end user's bank sent a withdrawal back. */
    public Uni<Void> withdrawalReturned(SandboxOrder withdraw) {
        return ledger.book(withdraw, withdraw.amountMinor, Bookings.BANK_WITHDRAWAL, Bookings.WITHDRAW,
                "Withdrawal returned by end user bank").replaceWithVoid();
    }

    /** A sent refund came back; like its sending, booked on the deposit's orderid and messageid. */
    public Uni<Void> refundReturned(SandboxOrder refund, SandboxOrder deposit) {
        return ledger.book(LedgerEntry.of(refund.merchantUsername, refund.currency, refund.amountMinor, Bookings.BANK_WITHDRAWAL,
                        Bookings.REFUND, "Refund returned by end user bank")
                .forOrder(deposit.orderId, deposit.messageId, refund.externalReference)).replaceWithVoid();
    }

    /** A sent account payout came back. */
    public Uni<Void> payoutReturned(SandboxOrder payout) {
        return ledger.book(payout, payout.amountMinor, Bookings.BANK_WITHDRAWAL, Bookings.ACCOUNT_PAYOUT,
                "Account payout returned by end user bank").replaceWithVoid();
    }
}
