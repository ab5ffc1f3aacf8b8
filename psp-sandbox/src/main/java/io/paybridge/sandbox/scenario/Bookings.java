package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The money a scenario moves on the merchant's Trustly account (reference §3 AccountLedger /
 * settlement ordertypes), in the caller's transaction: positive in, negative out.
 */
@ApplicationScoped
public class Bookings {

    static final String DEPOSIT_FEE_ACCOUNT = "TRANSACTION_FEE_BANK_DEPOSIT";
    /** Where money goes when the end user's bank is not one the sandbox knows (e.g. a payout to a registered account). */
    static final String UNKNOWN_BANK_ACCOUNT = "SUSPENSE_ACCOUNT_CLIENT_FUNDS";

    private final Ledger ledger;
    private final ScenarioConfig config;

    public Bookings(Ledger ledger, ScenarioConfig config) {
        this.ledger = ledger;
        this.config = config;
    }

    /** A credited deposit: its amount in, the deposit fee out. */
    public Uni<Void> depositCredited(SandboxOrder deposit) {
        long fee = Money.parse(config.depositFee(), deposit.currency).minorUnits();
        return suspenseAccount(deposit.accountId)
                .call(account -> ledger.book(deposit, deposit.amountMinor, account, "Deposit", "Deposit"))
                .call(account -> ledger.book(deposit, -fee, DEPOSIT_FEE_ACCOUNT, "Deposit Fee", "Deposit fee"))
                .replaceWithVoid();
    }

    /** A deposit reversed after its credit (debit, D1): its amount out again; the fee stays. */
    public Uni<Void> depositDebited(SandboxOrder deposit) {
        return book(deposit, deposit.accountId, -deposit.amountMinor, "Deposit", "Deposit reversed");
    }

    /** A withdrawal paid out to the end user's bank. */
    public Uni<Void> withdrawalSent(SandboxOrder withdrawal) {
        return book(withdrawal, withdrawal.accountId, -withdrawal.amountMinor, "Withdraw", "Withdrawal sent");
    }

    /** A withdrawal that came back from the end user's bank. */
    public Uni<Void> withdrawalReturned(SandboxOrder withdrawal) {
        return book(withdrawal, withdrawal.accountId, withdrawal.amountMinor, "Withdraw", "Withdrawal returned");
    }

    /** A failed refund's amount back on the merchant's account; it went to the deposit's account. */
    public Uni<Void> refundReturned(SandboxOrder refund, SandboxOrder deposit) {
        return book(refund, deposit.accountId, refund.amountMinor, "Refund", "Refund failed, returned");
    }

    /** A returned payout's amount back on the merchant's account. */
    public Uni<Void> payoutReturned(SandboxOrder payout) {
        return book(payout, payout.accountId, payout.amountMinor, "AccountPayout", "Payout returned");
    }

    private Uni<Void> book(SandboxOrder order, String accountId, long amountMinor, String orderType, String transactionType) {
        return suspenseAccount(accountId)
                .flatMap(account -> ledger.book(order, amountMinor, account, orderType, transactionType))
                .replaceWithVoid();
    }

    private static Uni<String> suspenseAccount(String accountId) {
        if (accountId == null) {
            return Uni.createFrom().item(UNKNOWN_BANK_ACCOUNT);
        }
        return BankAccount.<BankAccount>findById(accountId).map(account -> account == null ? UNKNOWN_BANK_ACCOUNT
                : TestBank.of(account.clearinghouse, account.bank).map(TestBank::suspenseAccount).orElse(UNKNOWN_BANK_ACCOUNT));
    }
}
