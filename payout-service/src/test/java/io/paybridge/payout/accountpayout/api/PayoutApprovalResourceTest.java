package io.paybridge.payout.accountpayout.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutFailureStage;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutRequests;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Four eyes: a payout above the approval threshold reaches the PSP only after a second principal approves it; the
 * requester cannot; racing approvals send it once; a rejected payout is never sent. The PSP is unreachable here, so
 * an approved payout ends UNKNOWN (202).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PayoutApprovalResourceTest {

    @Inject
    AccountPayoutDatabase database;

    private String awaitingApproval() {
        String endUser = "user-" + UUID.randomUUID();
        Response created = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(database.knownAccount(endUser), endUser, "1500.00"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getString("status")).isEqualTo("AWAITING_APPROVAL");
        return created.jsonPath().getString("payoutId");
    }

    @Test
    void theRequesterCannotApproveTheirOwnPayout() {
        String payoutId = awaitingApproval();

        Response own = decide(Principals.token(Principals.REQUESTER, "payments:payout", "payments:approve"), payoutId, "approve");

        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:approval-by-requester");
        Payout payout = database.payout(payoutId);
        assertThat(payout.status).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(payout.sendAttempts).isZero();
        assertThat(payout.decidedBy).isNull();
    }

    @Test
    void approvingTakesTheApproveRole() {
        String payoutId = awaitingApproval();

        Response withoutRole = decide(Principals.token("other-clerk", "payments:payout", "payments:read"), payoutId, "approve");
        Response anonymous = given().header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/payouts/" + payoutId + "/approve");

        assertThat(withoutRole.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(database.payout(payoutId).status).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
    }

    @Test
    void anotherPrincipalsApprovalSendsThePayoutOnce() {
        String payoutId = awaitingApproval();
        String key = UUID.randomUUID().toString();

        Response approved = decide(Principals.approver(), payoutId, "approve", key);
        Response replay = decide(Principals.approver(), payoutId, "approve", key);
        Response again = decide(Principals.approver(), payoutId, "approve");

        assertThat(approved.statusCode()).isEqualTo(202);
        assertThat(approved.jsonPath().getString("status")).isEqualTo("UNKNOWN");
        assertThat(approved.jsonPath().getString("decidedBy")).isEqualTo(Principals.APPROVER);
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.body().asString()).isEqualTo(approved.body().asString());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:payout-not-awaiting-approval");
        Payout payout = database.payout(payoutId);
        assertThat(payout.status).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(payout.sendAttempts).isEqualTo(1);
        assertThat(payout.decidedAt).isNotNull();
    }

    @Test
    void racingApprovalsOfDifferentPrincipalsSendThePayoutOnce() throws Exception {
        String payoutId = awaitingApproval();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String token = Principals.token("approver-" + i, "payments:approve");
                Callable<Response> approve = () -> decide(token, payoutId, "approve");
                answers.add(pool.submit(approve));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }

            assertThat(statuses.stream().filter(status -> status == 202)).hasSize(1);
            assertThat(statuses.stream().filter(status -> status == 409)).hasSize(racers - 1);
        } finally {
            pool.shutdownNow();
        }
        Payout payout = database.payout(payoutId);
        assertThat(payout.sendAttempts).isEqualTo(1);
        assertThat(payout.decidedBy).startsWith("approver-");
    }

    @Test
    void aRejectedPayoutIsNeverSentAndEndsWithPayoutFailed() {
        String payoutId = awaitingApproval();

        Response rejected = decide(Principals.approver(), payoutId, "reject");
        Response approveAfter = decide(Principals.token("late-approver", "payments:approve"), payoutId, "approve");

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.jsonPath().getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.jsonPath().getString("failureCode")).isEqualTo("APPROVAL_REJECTED");
        assertThat(approveAfter.statusCode()).isEqualTo(409);
        Payout payout = database.payout(payoutId);
        assertThat(payout.status).isEqualTo(PayoutStatus.REJECTED);
        assertThat(payout.sendAttempts).isZero();
        assertThat(database.allEvents(payoutId)).containsExactly("PayoutRequested", "PayoutFailed");
        PayoutFailed failed = (PayoutFailed) Events.of(payoutId, 2).get(1);
        assertThat(failed.getStage()).isEqualTo(PayoutFailureStage.REJECTED);
        assertThat(failed.getErrorCode()).isEqualTo("APPROVAL_REJECTED");
        assertThat(failed.getPspOrderId()).isNull();
    }

    @Test
    void aPayoutBelowTheThresholdWasNeverWaitingForApproval() {
        String endUser = "user-" + UUID.randomUUID();
        String payoutId = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(database.knownAccount(endUser), endUser, "10.00")).jsonPath().getString("payoutId");

        Response approve = decide(Principals.approver(), payoutId, "approve");
        Response unknown = decide(Principals.approver(), "pay_000000000000000000000000", "approve");

        assertThat(approve.statusCode()).isEqualTo(409);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(database.payout(payoutId).sendAttempts).isEqualTo(1);
    }

    private static Response decide(String token, String payoutId, String decision) {
        return decide(token, payoutId, decision, UUID.randomUUID().toString());
    }

    private static Response decide(String token, String payoutId, String decision, String key) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).post("/v1/payouts/" + payoutId + "/" + decision);
    }
}
