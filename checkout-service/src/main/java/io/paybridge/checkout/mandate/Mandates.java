package io.paybridge.checkout.mandate;

import io.paybridge.checkout.CheckoutConfig;
import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.api.ResourceIds;
import io.paybridge.checkout.deposit.OrderIdentity;
import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.checkout.deposit.messaging.ParkedNotifications;
import io.paybridge.checkout.mandate.api.MandateView;
import io.paybridge.checkout.mandate.domain.MandateStatus;
import io.paybridge.checkout.mandate.domain.NewMandate;
import io.paybridge.checkout.mandate.messaging.MandateEvents;
import io.paybridge.checkout.mandate.messaging.MandateNotificationApplier;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.checkout.psp.TrustlyGateway;
import io.paybridge.contracts.Topics;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.outbox.OutboxWriter;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.payin.SelectAccount;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Creates direct-debit mandates like {@code Deposits} creates deposits: claims the Idempotency-Key, calls
 * SelectAccount with {@code RequestDirectDebitMandate=1} outside any transaction under the intent's fixed
 * MessageID and UUID ({@link OrderIdentity}), then stores the mandate, its {@code MandateRequested} event and
 * the response in one transaction and applies any notification parked for its PSP order.
 */
@ApplicationScoped
public class Mandates {


    private final IdempotencyKeys idempotency;
    private final TrustlyGateway gateway;
    private final OutboxWriter outbox;
    private final ParkedNotifications parked;
    private final MandateNotificationApplier applier;
    private final CheckoutConfig config;
    private final JsonBodies json;

    public Mandates(IdempotencyKeys idempotency, TrustlyGateway gateway, OutboxWriter outbox, ParkedNotifications parked,
            MandateNotificationApplier applier, CheckoutConfig config, JsonBodies json) {
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.outbox = outbox;
        this.parked = parked;
        this.applier = applier;
        this.config = config;
        this.json = json;
    }

    /** The 201 response with the new mandate, or the stored response of an earlier identical request. */
    public Uni<StoredResponse> create(String owner, NewMandate mandate, IdempotentRequest request, String correlationId) {
        OrderIdentity identity = OrderIdentity.of("man", request);
        return idempotency.execute(request,
                () -> gateway.createOrder(selectAccount(mandate, identity), identity.uuid()),
                created -> store(owner, mandate, identity, created, correlationId)
                        .map(stored -> new StoredResponse(201, MediaType.APPLICATION_JSON, "/v1/mandates/" + stored.mandateId,
                                json.text(MandateView.of(stored)))));
    }

    private SelectAccount selectAccount(NewMandate mandate, OrderIdentity identity) {
        NewDepositEndUser user = mandate.endUser();
        EndUser.Builder endUser = EndUser.builder().firstname(user.firstName()).lastname(user.lastName())
                .email(user.email()).country(user.country()).locale(user.locale());
        user.phone().ifPresent(endUser::mobilePhone);
        user.nationalId().ifPresent(id -> endUser.nationalIdentificationNumber(id, false));
        return SelectAccount.builder()
                .order(config.notificationUrl().toString(), user.id(), identity.messageId())
                .endUser(endUser.build())
                .page(CheckoutPage.of(mandate.successUrl().toString(), mandate.failUrl().toString()))
                .requestDirectDebitMandate(true)
                .build();
    }

    private Uni<Mandate> store(String owner, NewMandate request, OrderIdentity identity, OrderWithUrl created,
            String correlationId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Mandate mandate = new Mandate();
        mandate.mandateId = ResourceIds.random("man");
        mandate.owner = owner;
        mandate.messageId = identity.messageId();
        mandate.pspOrderId = created.orderId();
        mandate.status = MandateStatus.REQUESTED;
        mandate.endUserId = request.endUser().id();
        mandate.endUserEmail = request.endUser().email();
        mandate.checkoutUrl = created.url();
        mandate.correlationId = correlationId;
        mandate.createdAt = now;
        mandate.updatedAt = now;
        return mandate.<Mandate>persist()
                .call(stored -> outbox.write(Topics.EVENTS, stored.mandateId, MandateEvents.requested(stored)))
                .call(stored -> parked.applyTo(stored.pspOrderId, notification -> applier.apply(stored, notification)));
    }
}
