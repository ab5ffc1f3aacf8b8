package io.paybridge.payout.accountpayout.psp;

import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.TrustlyGateway;
import io.paybridge.support.money.Money;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.payout.AccountPayout;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Sends a stored account payout to the PSP as AccountPayout, always built from the stored row (MessageID, UUID,
 * NotificationURL, account, money, statement), so every send of one payout is the identical request. Runs outside
 * any transaction and never fails for a PSP reason: it says what the call came to.
 */
@ApplicationScoped
public class AccountPayoutSender {

    private static final String DUPLICATE_MESSAGE_ID = "637";

    private final TrustlyGateway gateway;

    public AccountPayoutSender(TrustlyGateway gateway) {
        this.gateway = gateway;
    }

    /** What one send of {@code payout} came to, and the state-machine input that is. */
    public record Sent(PayoutInput input, PspAttempt<OrderResult> attempt) {

        /** The PSP's order id when it accepted the payout. */
        public String pspOrderId() {
            return attempt instanceof PspAttempt.Answered<OrderResult> answered ? answered.result().orderId() : null;
        }
    }

    /** Sends {@code payout} once (with the gateway's retries of unknown outcomes, under the same UUID). */
    public Uni<Sent> send(Payout payout) {
        return gateway.attempt(request(payout), payout.pspUuid).map(attempt -> new Sent(input(attempt), attempt));
    }

    /**
     * The input an attempt is. Only a verified answer is definite; 637 ERROR_DUPLICATE_MESSAGE_ID means an order with
     * this payout's MessageID exists at the PSP, so it is an unknown outcome too (resolved by a replay or a
     * notification), never a failure that would invite a second payout.
     */
    public static PayoutInput input(PspAttempt<OrderResult> attempt) {
        if (attempt instanceof PspAttempt.Answered<OrderResult> answered) {
            return answered.result().accepted() ? PayoutInput.ACCEPTED : PayoutInput.NOT_ACCEPTED;
        }
        if (attempt instanceof PspAttempt.Refused<OrderResult> refused && !DUPLICATE_MESSAGE_ID.equals(refused.errorCode())) {
            return PayoutInput.REFUSED;
        }
        return PayoutInput.OUTCOME_UNKNOWN;
    }

    static AccountPayout request(Payout payout) {
        Money amount = payout.amount();
        return AccountPayout.builder()
                .order(payout.notificationUrl, payout.endUserId, payout.messageId)
                .accountId(payout.accountId)
                .amount(payout.currency, new BigDecimal(amount.toDecimalString(2)))
                .shopperStatement(payout.shopperStatement)
                .externalReference(payout.payoutId)
                .build();
    }
}
