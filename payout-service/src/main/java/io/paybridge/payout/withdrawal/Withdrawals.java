package io.paybridge.payout.withdrawal;

import io.paybridge.contracts.Topics;
import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.api.ResourceIds;
import io.paybridge.payout.psp.OrderIdentity;
import io.paybridge.payout.psp.TrustlyGateway;
import io.paybridge.payout.withdrawal.api.WithdrawalView;
import io.paybridge.payout.withdrawal.domain.NewWithdrawal;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.messaging.WithdrawalEvents;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.money.Money;
import io.paybridge.support.outbox.OutboxWriter;
import io.paybridge.support.validation.EndUserChecks;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.payout.Withdraw;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Creates withdrawals: claims the Idempotency-Key, calls Withdraw at the PSP outside any transaction (with the
 * request's fixed MessageID {@code wdr-…} and UUID, {@link WithdrawalIdentity}), then stores the withdrawal, its
 * {@code WithdrawalRequested} event and the 201 response in one transaction. An unknown outcome is answered 504:
 * a retry with the same key resends the identical Withdraw, which the PSP answers as the first time.
 */
@ApplicationScoped
public class Withdrawals {

    private final IdempotencyKeys idempotency;
    private final TrustlyGateway gateway;
    private final OutboxWriter outbox;
    private final WithdrawalConfig config;
    private final JsonBodies json;

    public Withdrawals(IdempotencyKeys idempotency, TrustlyGateway gateway, OutboxWriter outbox, WithdrawalConfig config,
            JsonBodies json) {
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.outbox = outbox;
        this.config = config;
        this.json = json;
    }

    /** The 201 response with the new withdrawal and its checkout URL, or the stored response of an earlier identical request. */
    public Uni<StoredResponse> create(String owner, NewWithdrawal withdrawal, IdempotentRequest request, String correlationId) {
        OrderIdentity identity = WithdrawalIdentity.of(request);
        return idempotency.execute(request,
                () -> gateway.call(trustlyWithdraw(withdrawal, identity), identity.uuid()),
                created -> store(owner, withdrawal, identity, created, correlationId)
                        .map(stored -> new StoredResponse(201, MediaType.APPLICATION_JSON,
                                "/v1/withdrawals/" + stored.withdrawalId, json.text(WithdrawalView.of(stored)))));
    }

    private Withdraw trustlyWithdraw(NewWithdrawal withdrawal, OrderIdentity identity) {
        EndUserChecks.EndUser user = withdrawal.endUser();
        EndUser.Builder endUser = EndUser.builder().firstname(user.firstName()).lastname(user.lastName())
                .email(user.email()).country(user.country()).locale(user.locale());
        user.phone().ifPresent(endUser::mobilePhone);
        user.nationalId().ifPresent(id -> endUser.nationalIdentificationNumber(id, false));
        Withdraw.Builder builder = Withdraw.builder()
                .order(config.notificationUrl().toString(), user.id(), identity.messageId())
                .currency(withdrawal.currency())
                .endUser(endUser.build())
                .page(CheckoutPage.of(withdrawal.successUrl().toString(), withdrawal.failUrl().toString()));
        if (withdrawal.minAmount().isPresent() || withdrawal.maxAmount().isPresent()) {
            builder.suggestedAmounts(withdrawal.minAmount().map(Withdrawals::trustlyAmount).orElse(null),
                    withdrawal.maxAmount().map(Withdrawals::trustlyAmount).orElse(null));
        }
        return builder.build();
    }

    /** Trustly takes amounts with exactly two decimals. */
    private static BigDecimal trustlyAmount(Money amount) {
        return new BigDecimal(amount.toDecimalString(2));
    }

    private Uni<Withdrawal> store(String owner, NewWithdrawal request, OrderIdentity identity, OrderWithUrl created,
            String correlationId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.withdrawalId = ResourceIds.random("wdl");
        withdrawal.owner = owner;
        withdrawal.messageId = identity.messageId();
        withdrawal.pspOrderId = created.orderId();
        withdrawal.status = WithdrawalStatus.CREATED;
        withdrawal.currency = request.currency();
        withdrawal.minAmountMinor = request.minAmount().map(Money::minorUnits).orElse(null);
        withdrawal.maxAmountMinor = request.maxAmount().map(Money::minorUnits).orElse(null);
        withdrawal.endUserId = request.endUser().id();
        withdrawal.checkoutUrl = created.url();
        withdrawal.correlationId = correlationId;
        withdrawal.createdAt = now;
        withdrawal.updatedAt = now;
        return withdrawal.<Withdrawal>persist()
                .call(stored -> outbox.write(Topics.EVENTS, stored.withdrawalId, WithdrawalEvents.requested(stored)));
    }
}
