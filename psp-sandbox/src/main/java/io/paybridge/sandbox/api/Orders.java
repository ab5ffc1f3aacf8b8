package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.Sequences;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates and finds a merchant's orders for the API methods; call inside the call's transaction. */
@ApplicationScoped
public class Orders {

    private final Clock clock;

    public Orders(Clock clock) {
        this.clock = clock;
    }

    /** A new order of {@code kind} for the caller, with its 10-digit orderid, in the kind's first state; not yet persisted. */
    public Uni<SandboxOrder> create(ApiCall call, OrderKind kind) {
        return Sequences.next("order_id_seq")
                .map(id -> {
                    SandboxOrder order = new SandboxOrder();
                    order.orderId = id;
                    order.merchantUsername = call.merchantUsername();
                    order.kind = kind;
                    order.state = OrderState.initial(kind);
                    order.attributes = JsonNodeFactory.instance.objectNode();
                    order.createdAt = clock.instant();
                    order.updatedAt = order.createdAt;
                    return order;
                });
    }

    /** 637 when the merchant already has an order with this MessageID. */
    public Uni<Void> requireUnusedMessageId(ApiCall call, String messageId) {
        return SandboxOrder.count("merchantUsername = ?1 and messageId = ?2 and kind in ?3", call.merchantUsername(), messageId,
                        List.of(OrderKind.DEPOSIT, OrderKind.WITHDRAW, OrderKind.SELECT_ACCOUNT, OrderKind.ACCOUNT_PAYOUT, OrderKind.CHARGE))
                .map(count -> {
                    if (count > 0) {
                        throw new TrustlyException(TrustlyError.DUPLICATE_MESSAGE_ID, "MessageID was used before");
                    }
                    return null;
                });
    }

    /**
     * The caller's order with this id and one of these kinds, locked for the rest of the transaction so
     * that concurrent calls on one order (two refunds of one deposit) run one after the other; else {@code notFound}.
     */
    public Uni<SandboxOrder> require(ApiCall call, long orderId, TrustlyError notFound, OrderKind... kinds) {
        return get(call, orderId, LockModeType.PESSIMISTIC_WRITE, notFound, kinds);
    }

    /** The caller's order with this id and one of these kinds, for reading; else {@code notFound}. */
    public Uni<SandboxOrder> read(ApiCall call, long orderId, TrustlyError notFound, OrderKind... kinds) {
        return get(call, orderId, LockModeType.NONE, notFound, kinds);
    }

    private Uni<SandboxOrder> get(ApiCall call, long orderId, LockModeType lock, TrustlyError notFound, OrderKind... kinds) {
        return SandboxOrder.<SandboxOrder>findById(orderId, lock)
                .map(order -> Optional.ofNullable(order)
                        .filter(found -> found.merchantUsername.equals(call.merchantUsername()) && List.of(kinds).contains(found.kind))
                        .orElseThrow(() -> new TrustlyException(notFound, "OrderID is not a " + List.of(kinds) + " order of the merchant")));
    }

    public Clock clock() {
        return clock;
    }
}
