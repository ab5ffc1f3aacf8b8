package io.paybridge.sandbox;

import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.notification.Notification;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Supplier;

/**
 * Test-only shortcuts for what the checkout page, scenarios and notification replies will do (a deposit
 * credited, a withdrawal debited, a mandate approved), through the same Ledger API, each in a transaction;
 * and reads of the sandbox's tables.
 */
@ApplicationScoped
public class SandboxFixtures {

    private final Bookings bookings;

    public SandboxFixtures(Bookings bookings) {
        this.bookings = bookings;
    }

    /** The deposit is CREDITED: its amount in, the Deposit Fee out. */
    public void creditDeposit(long orderId) {
        await(() -> Panache.withTransaction(() -> SandboxOrder.<SandboxOrder>findById(orderId).flatMap(deposit -> {
            deposit.moveTo(OrderState.CREDITED);
            return bookings.depositCredited(deposit);
        })));
    }

    /** The end user finished the withdrawal in the checkout choosing {@code amountMinor}; it waits for approval. */
    public void debitWithdrawal(long orderId, long amountMinor) {
        await(() -> Panache.withTransaction(() -> SandboxOrder.<SandboxOrder>findById(orderId).map(withdraw -> {
            withdraw.amountMinor = amountMinor;
            withdraw.moveTo(OrderState.DEBITED);
            return withdraw;
        })));
    }

    /** The end user approved a direct-debit mandate on the account. */
    public void activateMandate(String accountId) {
        await(() -> Panache.withTransaction(() -> BankAccount.<BankAccount>findById(accountId).map(account -> {
            account.mandateActive = true;
            return account;
        })));
    }

    public SandboxOrder order(long orderId) {
        return await(() -> Panache.withSession(() -> SandboxOrder.<SandboxOrder>findById(orderId)));
    }

    public List<SandboxOrder> ordersWithMessageId(String merchant, String messageId) {
        return await(() -> Panache.withSession(() -> SandboxOrder.<SandboxOrder>list("merchantUsername = ?1 and messageId = ?2",
                merchant, messageId)));
    }

    public List<SandboxOrder> refundsOf(long depositOrderId) {
        return await(() -> Panache.withSession(() -> SandboxOrder.<SandboxOrder>list("parentOrderId = ?1 order by orderId",
                depositOrderId)));
    }

    public List<Notification> notifications(long orderId) {
        return await(() -> Panache.withSession(() -> Notification.<Notification>list("orderId = ?1 order by notificationId", orderId)));
    }

    public List<LedgerEntry> entries(String merchant) {
        return await(() -> Panache.withSession(() -> LedgerEntry.<LedgerEntry>list("merchantUsername = ?1 order by id", merchant)));
    }

    /** Runs reactive work from a test thread on a Vert.x context and waits for it. */
    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
