package io.paybridge.payout.accountpayout;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutFailureStage;
import io.paybridge.payout.accountpayout.domain.FailureStage;
import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.accountpayout.psp.AccountPayoutSender.Sent;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutRequests;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.PspCallFailures;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.api.OrderResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a send came to, recorded on a real database with its events on a real broker, and the resolver: a payout
 * without a definite answer stays UNKNOWN and is resent with the same MessageID and UUID when due, never failed
 * for the PSP's silence.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PayoutResolverProducerTest {

    @Inject
    AccountPayoutDatabase payouts;

    @Inject
    PayoutDatabase database;

    @Inject
    PayoutBook book;

    @Inject
    PayoutResolver resolver;

    private Payout unknownPayout() {
        String endUser = "user-" + UUID.randomUUID();
        String payoutId = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(payouts.knownAccount(endUser), endUser, "12.34")).jsonPath().getString("payoutId");
        return payouts.payout(payoutId);
    }

    private Payout record(Payout payout, Sent sent) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> book.record(payout.payoutId, sent)));
        return payouts.payout(payout.payoutId);
    }

    @Test
    void anUnknownPayoutIsResentWhenDueWithItsIdentityAndStaysUnknownWhileThePspIsSilent() throws Throwable {
        Payout payout = unknownPayout();
        assertThat(payout.status).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(payout.nextSendAt).isAfter(Instant.now());

        List<String> notDue = VertxContextSupport.subscribeAndAwait(() -> resolver.resendDue(Instant.now()));
        assertThat(notDue).doesNotContain(payout.payoutId);
        payouts.dueFirst(payout.payoutId);
        List<String> resent = VertxContextSupport.subscribeAndAwait(() -> resolver.resendDue(Instant.now()));

        assertThat(resent).contains(payout.payoutId);
        Payout after = payouts.payout(payout.payoutId);
        assertThat(after.status).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(after.sendAttempts).isEqualTo(2);
        assertThat(after.messageId).isEqualTo(payout.messageId);
        assertThat(after.pspUuid).isEqualTo(payout.pspUuid);
        assertThat(after.nextSendAt).isAfter(Instant.now());
        assertThat(after.lastSendError).contains("no verified answer");
        assertThat(payouts.allEvents(payout.payoutId)).containsExactly("PayoutRequested");
    }

    @Test
    void aRequestedPayoutWhoseSendNeverRecordedAnAnswerIsResentToo() throws Throwable {
        Payout payout = unknownPayout();
        database.execute("UPDATE account_payout SET status = 'REQUESTED', last_send_error = NULL WHERE payout_id = $1",
                payout.payoutId);
        payouts.dueFirst(payout.payoutId);

        List<String> resent = VertxContextSupport.subscribeAndAwait(() -> resolver.resendDue(Instant.now()));

        assertThat(resent).contains(payout.payoutId);
        Payout after = payouts.payout(payout.payoutId);
        assertThat(after.status).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(after.sendAttempts).isEqualTo(2);
        assertThat(after.lastSendError).contains("no verified answer");
    }

    @Test
    void anAcceptedAnswerRecordsThePspsOrderAndEndsTheResends() throws Throwable {
        Payout payout = unknownPayout();

        Payout accepted = record(payout, new Sent(PayoutInput.ACCEPTED, new PspAttempt.Answered<>(new OrderResult("7001", true))));
        Payout late = record(accepted, new Sent(PayoutInput.OUTCOME_UNKNOWN, new PspAttempt.Unanswered<>("timeout")));

        assertThat(accepted.status).isEqualTo(PayoutStatus.ACCEPTED);
        assertThat(accepted.pspOrderId).isEqualTo("7001");
        assertThat(late.status).isEqualTo(PayoutStatus.ACCEPTED);
        assertThat(payouts.allEvents(payout.payoutId)).containsExactly("PayoutRequested", "PayoutAccepted");
    }

    @Test
    void aDuplicateMessageIdLeavesThePayoutUnknownNeverFailed() throws Throwable {
        Payout payout = unknownPayout();
        database.execute("UPDATE account_payout SET status = 'REQUESTED' WHERE payout_id = $1", payout.payoutId);

        Payout after = record(payout, new Sent(PayoutInput.OUTCOME_UNKNOWN, new PspAttempt.Refused<>("637",
                "ERROR_DUPLICATE_MESSAGE_ID", new ProblemException(PspCallFailures.PSP_FAILED, "duplicate"))));

        assertThat(after.status).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(after.failureStage).isNull();
        assertThat(after.failureCode).isNull();
        assertThat(after.lastSendError).contains("637 ERROR_DUPLICATE_MESSAGE_ID");
        assertThat(payouts.allEvents(payout.payoutId)).containsExactly("PayoutRequested");
    }

    @Test
    void resultZeroAndADefiniteErrorFailThePayoutAsRejected() throws Throwable {
        Payout notAccepted = record(unknownPayout(),
                new Sent(PayoutInput.NOT_ACCEPTED, new PspAttempt.Answered<>(new OrderResult(null, false))));
        Payout refused = record(unknownPayout(), new Sent(PayoutInput.REFUSED, new PspAttempt.Refused<>("616",
                "ERROR_INVALID_CREDENTIALS", new ProblemException(PspCallFailures.PSP_FAILED, "credentials"))));

        assertThat(notAccepted.status).isEqualTo(PayoutStatus.FAILED);
        assertThat(notAccepted.failureStage).isEqualTo(FailureStage.REJECTED);
        assertThat(notAccepted.failureCode).isEqualTo("NOT_ACCEPTED");
        assertThat(refused.failureStage).isEqualTo(FailureStage.REJECTED);
        assertThat(refused.failureCode).isEqualTo("616");
        PayoutFailed event = (PayoutFailed) Events.of(refused.payoutId, 2).get(1);
        assertThat(event.getStage()).isEqualTo(PayoutFailureStage.REJECTED);
        assertThat(event.getErrorCode()).isEqualTo("616");
        assertThat(event.getErrorMessage()).isEqualTo("ERROR_INVALID_CREDENTIALS");
    }
}
