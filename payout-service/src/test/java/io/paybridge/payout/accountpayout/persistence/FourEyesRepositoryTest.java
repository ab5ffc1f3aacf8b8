package io.paybridge.payout.accountpayout.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.PayoutRequests;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database backs four eyes on its own: whatever the code does, a payout that needs approval is never sent without a second principal's. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class FourEyesRepositoryTest {

    private static final String SEND = "UPDATE account_payout SET status = 'REQUESTED', send_attempts = 1,"
            + " decided_by = $2::varchar, decided_at = CASE WHEN $2::varchar IS NULL THEN NULL ELSE now() END WHERE payout_id = $1";

    @Inject
    AccountPayoutDatabase payouts;

    @Inject
    PayoutDatabase database;

    private String awaitingApproval() {
        String endUser = "user-" + UUID.randomUUID();
        String payoutId = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(),
                PayoutRequests.body(payouts.knownAccount(endUser), endUser, "7500.00")).jsonPath().getString("payoutId");
        assertThat(payouts.payout(payoutId).status).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        return payoutId;
    }

    @Test
    void aPayoutThatNeedsApprovalCannotBeSentWithoutOne() {
        String payoutId = awaitingApproval();

        assertThatThrownBy(() -> database.execute(SEND, payoutId, null)).hasMessageContaining("check constraint");
        assertThat(payouts.payout(payoutId).sendAttempts).isZero();
    }

    @Test
    void itsRequesterCannotBeItsApprover() {
        String payoutId = awaitingApproval();

        assertThatThrownBy(() -> database.execute(SEND, payoutId, Principals.REQUESTER)).hasMessageContaining("check constraint");
        database.execute(SEND, payoutId, Principals.APPROVER);
        assertThat(payouts.payout(payoutId).decidedBy).isEqualTo(Principals.APPROVER);
    }
}
