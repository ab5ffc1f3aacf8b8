package io.paybridge.payout.accountpayout;

import io.paybridge.payout.accountpayout.api.PayoutView;
import io.paybridge.payout.accountpayout.domain.FailureStage;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.accountpayout.psp.AccountPayoutSender.Sent;
import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.problem.Problem;
import io.paybridge.trustly.api.OrderResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;

/**
 * The responses of the payout calls, stored with their Idempotency-Key: the payout (201 when created, 200 when
 * decided) once the PSP's answer is known or it awaits approval, 202 while the answer is unknown (it is resent until
 * there is one), and a problem naming the payout when the PSP refused it.
 */
@ApplicationScoped
public class PayoutResponses {

    private final JsonBodies json;

    public PayoutResponses(JsonBodies json) {
        this.json = json;
    }

    /** The response of POST /v1/payouts. */
    public StoredResponse created(Payout payout, Sent sent) {
        return respond(payout, sent, 201);
    }

    /** The response of POST /v1/payouts/{id}/approve or /reject. */
    public StoredResponse decided(Payout payout, Sent sent) {
        return respond(payout, sent, 200);
    }

    private StoredResponse respond(Payout payout, Sent sent, int known) {
        String location = location(payout);
        if (payout.status == PayoutStatus.FAILED && payout.failureStage == FailureStage.REJECTED && sent != null) {
            Problem problem = refusal(payout, sent.attempt());
            return new StoredResponse(problem.status(), Problem.MEDIA_TYPE, location, json.text(problem));
        }
        int status = payout.status.sendable() ? 202 : known;
        return new StoredResponse(status, MediaType.APPLICATION_JSON, location, json.text(PayoutView.of(payout)));
    }

    private static Problem refusal(Payout payout, PspAttempt<OrderResult> attempt) {
        URI instance = URI.create(location(payout));
        if (attempt instanceof PspAttempt.Refused<OrderResult> refused) {
            Problem psp = refused.problem().problem();
            return new Problem(psp.type(), psp.title(), psp.status(), "payout " + payout.payoutId + " FAILED: " + psp.detail(),
                    instance, psp.errors());
        }
        Problem notAccepted = Problem.of(PayoutProblems.NOT_ACCEPTED, "payout " + payout.payoutId
                + " FAILED: the PSP answered AccountPayout with result \"0\" (e.g. the merchant's PSP balance does not cover it)");
        return new Problem(notAccepted.type(), notAccepted.title(), notAccepted.status(), notAccepted.detail(), instance,
                notAccepted.errors());
    }

    private static String location(Payout payout) {
        return "/v1/payouts/" + payout.payoutId;
    }

}
