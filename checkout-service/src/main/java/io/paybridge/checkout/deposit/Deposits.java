package io.paybridge.checkout.deposit;

import io.paybridge.checkout.CheckoutConfig;
import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.api.ResourceIds;
import io.paybridge.checkout.deposit.api.DepositView;
import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.domain.NewDeposit;
import io.paybridge.checkout.deposit.messaging.DepositEvents;
import io.paybridge.checkout.deposit.messaging.ParkedNotifications;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.psp.TrustlyGateway;
import io.paybridge.contracts.Topics;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.outbox.OutboxWriter;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.payin.Deposit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Creates deposits: claims the Idempotency-Key, calls Deposit at the PSP outside any transaction (with the
 * intent's fixed MessageID and UUID, {@link OrderIdentity}), then stores the order, its
 * {@code DepositInitiated} event and the response in one transaction, and applies any notification that
 * arrived for the order before it was stored.
 */
@ApplicationScoped
public class Deposits {


    private final IdempotencyKeys idempotency;
    private final TrustlyGateway gateway;
    private final OutboxWriter outbox;
    private final ParkedNotifications parked;
    private final CheckoutConfig config;
    private final JsonBodies json;

    public Deposits(IdempotencyKeys idempotency, TrustlyGateway gateway, OutboxWriter outbox, ParkedNotifications parked,
            CheckoutConfig config, JsonBodies json) {
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.outbox = outbox;
        this.parked = parked;
        this.config = config;
        this.json = json;
    }

    /** The 201 response with the new deposit, or the stored response of an earlier identical request. */
    public Uni<StoredResponse> create(String owner, NewDeposit deposit, IdempotentRequest request, String correlationId,
            String traceparent) {
        return create(owner, deposit, request, correlationId, traceparent, order -> Uni.createFrom().voidItem());
    }

    /**
     * As {@link #create(String, NewDeposit, IdempotentRequest, String, String)}, and runs {@code alsoStore} with
     * the new order in the transaction that stores it (a payment link records its attempt there).
     */
    public Uni<StoredResponse> create(String owner, NewDeposit deposit, IdempotentRequest request, String correlationId,
            String traceparent, Function<DepositOrder, Uni<Void>> alsoStore) {
        OrderIdentity identity = OrderIdentity.of("dep", request);
        return idempotency.execute(request,
                () -> gateway.createOrder(trustlyDeposit(deposit, identity), identity.uuid()),
                created -> store(owner, deposit, identity, created, correlationId, traceparent)
                        .call(order -> alsoStore.apply(order))
                        .map(order -> new StoredResponse(201, MediaType.APPLICATION_JSON, "/v1/orders/" + order.orderRef,
                                json.text(DepositView.of(order)))));
    }

    private Deposit trustlyDeposit(NewDeposit deposit, OrderIdentity identity) {
        NewDeposit.NewDepositEndUser user = deposit.endUser();
        EndUser.Builder endUser = EndUser.builder().firstname(user.firstName()).lastname(user.lastName())
                .email(user.email()).country(user.country()).locale(user.locale());
        user.phone().ifPresent(endUser::mobilePhone);
        user.nationalId().ifPresent(id -> endUser.nationalIdentificationNumber(id, false));
        Deposit.Builder builder = Deposit.builder()
                .order(config.notificationUrl().toString(), user.id(), identity.messageId())
                .amount(deposit.amount().currencyCode(), new BigDecimal(deposit.amount().toDecimalString()))
                .endUser(endUser.build())
                .page(CheckoutPage.of(deposit.successUrl().toString(), deposit.failUrl().toString()))
                .shopperStatement(deposit.shopperStatement().orElse(config.shopperStatement()));
        deposit.invoiceId().ifPresent(builder::externalReference);
        deposit.method().ifPresent(method -> builder.paymentMethod(method.trustlyMethod()));
        return builder.build();
    }

    private Uni<DepositOrder> store(String owner, NewDeposit deposit, OrderIdentity identity, OrderWithUrl created,
            String correlationId, String traceparent) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DepositOrder order = new DepositOrder();
        order.orderRef = ResourceIds.random("dep");
        order.owner = owner;
        order.messageId = identity.messageId();
        order.pspOrderId = created.orderId();
        order.status = DepositStatus.CREATED;
        order.amountMinor = deposit.amount().minorUnits();
        order.currency = deposit.amount().currencyCode();
        order.endUserId = deposit.endUser().id();
        order.invoiceId = deposit.invoiceId().orElse(null);
        order.checkoutUrl = created.url();
        order.checkoutExpiresAt = now.plus(config.checkoutLifetime());
        order.correlationId = correlationId;
        order.traceparent = traceparent;
        order.createdAt = now;
        order.updatedAt = now;
        return order.<DepositOrder>persist()
                .call(stored -> outbox.write(Topics.EVENTS, stored.orderRef, DepositEvents.initiated(stored)))
                .call(stored -> parked.applyTo(stored));
    }
}
