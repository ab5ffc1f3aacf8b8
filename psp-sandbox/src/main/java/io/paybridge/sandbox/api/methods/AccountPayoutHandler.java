package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.account.BankAccounts;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.TrustlyError;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * AccountPayout: money from the merchant's Trustly balance to a known AccountID, booked and sent at once
 * (with a payoutconfirmation where the merchant has them on).
 * An unknown AccountID is ERROR_INVALID_BANK_ACCOUNT_NUMBER (as Trustly TEST answers). When the balance
 * cannot cover amount and fee the payout is not accepted: {@code result "0"} and no order (UNCONFIRMED:
 * Trustly documents "0" as "not accepted" and requires the funds to be there; a 620 was also seen for an
 * AccountPayout on TEST, but a 620 means "outcome unknown" and would send merchants into retries).
 */
@ApplicationScoped
public class AccountPayoutHandler implements MethodHandler {

    private static final Logger LOG = Logger.getLogger(AccountPayoutHandler.class);

    private final Orders orders;
    private final BankAccounts accounts;
    private final Ledger ledger;
    private final Bookings bookings;
    private final OrderNotices notices;

    public AccountPayoutHandler(Orders orders, BankAccounts accounts, Ledger ledger, Bookings bookings,
            OrderNotices notices) {
        this.orders = orders;
        this.accounts = accounts;
        this.ledger = ledger;
        this.bookings = bookings;
        this.notices = notices;
    }

    @Override
    public String method() {
        return "AccountPayout";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        AccountOrderRequest request = AccountOrderRequest.read(call);
        request.attributes().text("ShopperStatement");
        String currency = request.currency();
        return orders.requireUnusedMessageId(call, request.messageId())
                .flatMap(unused -> accounts.find(call.merchantUsername(), request.accountId()))
                .map(account -> account.orElseThrow(() -> new TrustlyException(TrustlyError.INVALID_BANK_ACCOUNT_NUMBER,
                        "AccountID is not an account of the merchant")))
                .flatMap(account -> ledger.lockedBalance(call.merchantUsername(), currency))
                .flatMap(balance -> {
                    if (balance < request.amount().minorUnits() + bookings.feeMinor(Bookings.Fee.ACCOUNT_PAYOUT, currency)) {
                        LOG.infof("%s: not accepted, the %s balance does not cover amount and fee", call, currency);
                        return Uni.createFrom().item(answer(null, "0"));
                    }
                    return orders.create(call, OrderKind.ACCOUNT_PAYOUT).flatMap(payout -> {
                        request.fill(payout);
                        payout.moveTo(OrderState.SENT);
                        return payout.<SandboxOrder>persist()
                                .call(bookings::accountPayoutSent)
                                .call(sent -> notices.payoutConfirmation(sent, sent))
                                .map(sent -> answer(Long.toString(sent.orderId), "1"));
                    });
                });
    }

    private static ObjectNode answer(String orderId, String result) {
        return JsonNodeFactory.instance.objectNode().put("orderid", orderId).put("result", result);
    }
}
