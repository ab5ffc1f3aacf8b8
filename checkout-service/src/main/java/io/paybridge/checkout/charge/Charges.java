package io.paybridge.checkout.charge;

import io.paybridge.checkout.CheckoutConfig;
import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.api.ResourceIds;
import io.paybridge.checkout.charge.api.ChargeView;
import io.paybridge.checkout.charge.domain.CancelWindow;
import io.paybridge.checkout.charge.domain.ChargeInput;
import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.paybridge.checkout.charge.messaging.ChargeEvents;
import io.paybridge.checkout.charge.messaging.ChargeNotificationApplier;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.deposit.OrderIdentity;
import io.paybridge.checkout.deposit.messaging.ParkedNotifications;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.checkout.psp.TrustlyGateway;
import io.paybridge.contracts.Topics;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.money.Money;
import io.paybridge.support.outbox.OutboxWriter;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.api.payin.CancelCharge;
import io.paybridge.trustly.api.payin.CancelChargeResult;
import io.paybridge.trustly.api.payin.ChargeResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Charges of direct-debit mandates, from the API and from the charge-a-mandate command: Charge at the PSP outside
 * any transaction under the intent's fixed MessageID and UUID, then the charge (REQUESTED, or REJECTED with the
 * PSP's code), its event and any parked notification in one transaction. CancelCharge is refused locally after
 * 18:00 the day before the PaymentDate ({@link CancelWindow}).
 */
@ApplicationScoped
public class Charges {


    private final IdempotencyKeys idempotency;
    private final TrustlyGateway gateway;
    private final OutboxWriter outbox;
    private final ParkedNotifications parked;
    private final ChargeNotificationApplier applier;
    private final ChargeSettings settings;
    private final CheckoutConfig config;
    private final CancelWindow window;
    private final JsonBodies json;

    public Charges(IdempotencyKeys idempotency, TrustlyGateway gateway, OutboxWriter outbox, ParkedNotifications parked,
            ChargeNotificationApplier applier, ChargeSettings settings, CheckoutConfig config, CancelWindow window,
            JsonBodies json) {
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.outbox = outbox;
        this.parked = parked;
        this.applier = applier;
        this.settings = settings;
        this.config = config;
        this.window = window;
        this.json = json;
    }

    /** What a charge is about before the PSP answers: the mandate, the money and the day. */
    public record Intent(String mandateId, String accountId, String endUserId, String email, Money amount,
            LocalDate paymentDate, OrderIdentity identity, String chargeId, String owner, String commandId, String correlationId) {

        /** The intent to charge {@code mandate}. */
        public static Intent of(Mandate mandate, Money amount, LocalDate paymentDate, OrderIdentity identity, String chargeId,
                String owner, String commandId, String correlationId) {
            return new Intent(mandate.mandateId, mandate.accountId, mandate.endUserId, mandate.endUserEmail, amount, paymentDate,
                    identity, chargeId, owner, commandId, correlationId);
        }

        @Override
        public String toString() {
            return "Intent[chargeId=" + chargeId + ", mandateId=" + mandateId + "]";
        }
    }

    /** The 201 response with the new charge (REQUESTED or REJECTED), or the stored response of an earlier identical request. */
    public Uni<StoredResponse> create(String owner, String mandateId, Money amount, LocalDate paymentDate,
            IdempotentRequest request, String correlationId) {
        OrderIdentity identity = OrderIdentity.of("chg", request);
        return idempotency.execute(request,
                () -> Panache.withSession(() -> Mandate.<Mandate>findById(mandateId))
                        .map(mandate -> chargeable(mandate, mandateId))
                        .map(mandate -> Intent.of(mandate, amount, paymentDate, identity, ResourceIds.random("chg"), owner, null, correlationId))
                        .chain(intent -> gateway.call(trustlyCharge(intent), identity.uuid()).map(result -> new Attempt(intent, result))),
                attempt -> store(attempt.intent(), attempt.result())
                        .map(charge -> new StoredResponse(201, MediaType.APPLICATION_JSON, "/v1/charges/" + charge.chargeId,
                                json.text(ChargeView.of(charge)))));
    }

    /** Sends the Charge of {@code intent} to the PSP (outside any transaction); the typed answer, a rejection included. */
    public Uni<ChargeResult> charge(Intent intent) {
        return gateway.call(trustlyCharge(intent), intent.identity().uuid());
    }

    /** Stores a charge with the PSP's answer, its first event, and applies what was parked for its order (inside a transaction). */
    public Uni<Charge> store(Intent intent, ChargeResult result) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Charge charge = new Charge();
        charge.chargeId = intent.chargeId();
        charge.owner = intent.owner();
        charge.mandateId = intent.mandateId();
        charge.commandId = intent.commandId();
        charge.messageId = intent.identity().messageId();
        charge.accountId = intent.accountId();
        charge.endUserId = intent.endUserId();
        charge.amountMinor = intent.amount().minorUnits();
        charge.currency = intent.amount().currencyCode();
        charge.paymentDate = intent.paymentDate();
        charge.correlationId = intent.correlationId();
        charge.createdAt = now;
        charge.updatedAt = now;
        if (result instanceof ChargeResult.Accepted accepted) {
            charge.status = ChargeStatus.REQUESTED;
            charge.pspOrderId = accepted.orderId();
        } else {
            charge.status = ChargeStatus.REJECTED;
            String reason = ((ChargeResult.Rejected) result).reason();
            charge.rejectionReason = reason == null ? "REJECTED" : reason;
        }
        return charge.<Charge>persist()
                .call(stored -> outbox.write(Topics.EVENTS, stored.chargeId, ChargeEvents.created(stored)))
                .call(stored -> stored.pspOrderId == null ? Uni.createFrom().voidItem()
                        : parked.applyTo(stored.pspOrderId, notification -> applier.apply(stored, notification)));
    }

    /**
     * Cancels a charge: refused locally (422) unless it is REQUESTED or PENDING with a PaymentDate whose cancel deadline
     * (18:00 the day before) has not passed; otherwise CancelCharge at the PSP, whose rejection is a 422 with its reason.
     */
    public Uni<StoredResponse> cancel(String chargeId, IdempotentRequest request) {
        OrderIdentity identity = OrderIdentity.of("cch", request);
        return idempotency.execute(request,
                () -> Panache.withTransaction(() -> Charge.<Charge>findById(chargeId).map(charge -> {
                            requireCancellable(charge, chargeId);
                            charge.cancelRequested = true;
                            return charge.pspOrderId;
                        }))
                        .chain(orderId -> gateway.call(new CancelCharge(orderId), identity.uuid()))
                        .chain(result -> result instanceof CancelChargeResult.Rejected rejected
                                ? Panache.withTransaction(() -> Charge.<Charge>findById(chargeId).invoke(charge -> charge.cancelRequested = false))
                                        .chain(() -> Uni.createFrom().failure(new ProblemException(ChargeProblems.CANCEL_REJECTED,
                                                "the PSP refused to cancel: " + rejected.reason())))
                                : Uni.createFrom().item(result)),
                result -> Charge.<Charge>findById(chargeId)
                        .call(charge -> applier.enter(charge, ChargeInput.MERCHANT_CANCEL, null))
                        .map(charge -> new StoredResponse(200, MediaType.APPLICATION_JSON, null, json.text(ChargeView.of(charge)))));
    }

    /** The 422 (or 404) that refuses to cancel {@code charge} now, if one does. */
    void requireCancellable(Charge charge, String chargeId) {
        if (charge == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no charge " + chargeId);
        }
        if (!charge.status.cancellable()) {
            throw new ProblemException(ChargeProblems.NOT_CANCELLABLE, "the charge is " + charge.status);
        }
        if (charge.paymentDate == null) {
            throw new ProblemException(ChargeProblems.NOT_CANCELLABLE,
                    "a charge without paymentDate is collected as soon as possible and cannot be cancelled");
        }
        if (!window.open(charge.paymentDate)) {
            throw new ProblemException(ChargeProblems.NOT_CANCELLABLE, "a charge can be cancelled until 18:00 " + window.zone()
                    + " the day before its paymentDate; the deadline was " + window.deadline(charge.paymentDate));
        }
    }

    private static Mandate chargeable(Mandate mandate, String mandateId) {
        if (mandate == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no mandate " + mandateId);
        }
        if (!mandate.status.chargeable()) {
            throw new ProblemException(ChargeProblems.MANDATE_NOT_ACTIVE, "mandate " + mandateId + " is " + mandate.status
                    + "; only an ACTIVE mandate can be charged");
        }
        return mandate;
    }

    private io.paybridge.trustly.api.payin.Charge trustlyCharge(Intent intent) {
        io.paybridge.trustly.api.payin.Charge.Builder builder = io.paybridge.trustly.api.payin.Charge.builder()
                .order(config.notificationUrl().toString(), intent.endUserId(), intent.identity().messageId())
                .accountId(intent.accountId())
                .amount(intent.amount().currencyCode(), new BigDecimal(intent.amount().toDecimalString()))
                .shopperStatement(settings.shopperStatement())
                .email(intent.email());
        if (intent.paymentDate() != null) {
            builder.paymentDate(intent.paymentDate());
        }
        return builder.build();
    }

    private record Attempt(Intent intent, ChargeResult result) {
    }
}
