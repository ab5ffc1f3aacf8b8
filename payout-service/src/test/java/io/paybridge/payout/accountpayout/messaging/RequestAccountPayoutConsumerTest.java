package io.paybridge.payout.accountpayout.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.RequestAccountPayout;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.payout.fixture.DeadLetters;
import io.paybridge.testkit.kafka.CatalogRecords;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * RequestAccountPayout on payments.commands.v1, once per commandId, through the same rules as the API (four eyes
 * included), on a real broker and database; a command that can never apply goes to the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RequestAccountPayoutConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AccountPayoutDatabase database;

    static RequestAccountPayout.Builder command(String commandId, String accountId, String endUserId, long amountMinor) {
        return RequestAccountPayout.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setPaymentReference("pay_cmd_" + commandId.substring(0, 8))
                .setCorrelationId(UUID.randomUUID().toString()).setCommandId(commandId).setAccountId(accountId)
                .setEndUserId(endUserId).setAmount(amountMinor).setCurrency("EUR").setShopperStatement("Winnings");
    }

    @Test
    void aCommandMakesOnePayoutPerCommandIdAndIsSentAtOnceUpToTheThreshold() {
        String endUser = "user-" + UUID.randomUUID();
        String account = database.knownAccount(endUser);
        String commandId = UUID.randomUUID().toString();
        RequestAccountPayout first = command(commandId, account, endUser, 100_000L).build();
        RequestAccountPayout resent = command(commandId, account, endUser, 100_000L).build();

        CatalogRecords.publish(Topics.COMMANDS, first.getPaymentReference(), first, resent);

        String payoutId = first.getPaymentReference();
        await().atMost(WAIT).until(() -> database.payout(payoutId) != null
                && database.payout(payoutId).status == PayoutStatus.UNKNOWN);
        // a later command proves both copies of the first were consumed before counting
        String later = UUID.randomUUID().toString();
        RequestAccountPayout next = command(later, account, endUser, 500L).build();
        CatalogRecords.publish(Topics.COMMANDS, next.getPaymentReference(), next);
        await().atMost(WAIT).until(() -> database.payoutsOfCommand(later) == 1);
        Payout payout = database.payout(payoutId);
        assertThat(database.payoutsOfCommand(commandId)).isEqualTo(1);
        assertThat(payout.sendAttempts).isEqualTo(1);
        assertThat(payout.requestedBy).isEqualTo("command:" + commandId);
        assertThat(payout.approvalRequired).isFalse();
        assertThat(payout.correlationId).isEqualTo(first.getCorrelationId());
        assertThat(database.allEvents(payoutId)).containsExactly("PayoutRequested");
    }

    @Test
    void aCommandAboveTheThresholdWaitsForAPersonsApproval() {
        String endUser = "user-" + UUID.randomUUID();
        String commandId = UUID.randomUUID().toString();
        RequestAccountPayout command = command(commandId, database.knownAccount(endUser), endUser, 100_001L).build();

        CatalogRecords.publish(Topics.COMMANDS, command.getPaymentReference(), command);

        String payoutId = command.getPaymentReference();
        await().atMost(WAIT).until(() -> database.payout(payoutId) != null);
        Payout waiting = database.payout(payoutId);
        assertThat(waiting.status).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(waiting.sendAttempts).isZero();
        Response approved = given().auth().oauth2(Principals.approver()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/payouts/" + payoutId + "/approve");
        assertThat(approved.statusCode()).isEqualTo(202);
        assertThat(database.payout(payoutId).sendAttempts).isEqualTo(1);
    }

    @Test
    void anInvalidCommandGoesToTheDeadLetterTopicWithItsReason() {
        String endUser = "user-" + UUID.randomUUID();
        String account = database.knownAccount(endUser);
        RequestAccountPayout zero = command(UUID.randomUUID().toString(), account, endUser, 0L).build();
        RequestAccountPayout unknownAccount = command(UUID.randomUUID().toString(), "9999999999", endUser, 500L).build();

        CatalogRecords.publish(Topics.COMMANDS, zero.getPaymentReference(), zero);
        CatalogRecords.publish(Topics.COMMANDS, unknownAccount.getPaymentReference(), unknownAccount);

        assertThat(reason(zero.getPaymentReference())).contains("amount");
        assertThat(reason(unknownAccount.getPaymentReference())).contains("accountId");
        assertThat(database.payoutsOfCommand(zero.getCommandId())).isZero();
        assertThat(database.payoutsOfCommand(unknownAccount.getCommandId())).isZero();
    }

    private static String reason(String key) {
        List<ConsumerRecord<String, byte[]>> deadLettered = DeadLetters.of(Topics.COMMANDS, key, WAIT);
        assertThat(deadLettered).hasSize(1);
        return new String(deadLettered.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
