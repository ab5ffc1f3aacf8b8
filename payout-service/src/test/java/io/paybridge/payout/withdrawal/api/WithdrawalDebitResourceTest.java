package io.paybridge.payout.withdrawal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.paybridge.contracts.payments.v1.WithdrawalDebited;
import io.paybridge.payout.fixture.CallbackTokens;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.payout.fixture.TestWithdrawals;
import io.paybridge.payout.fixture.WithdrawalDatabase;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /internal/v1/withdrawal-debits: OK only for a withdrawal waiting for its debit with an amount and currency that
 * fit, FAILED otherwise, the same answer for every copy of one notification id, and only for the ingest's role.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class WithdrawalDebitResourceTest {

    private static final String PATH = "/internal/v1/withdrawal-debits";

    @Inject
    WithdrawalDatabase database;

    @Test
    void aDebitThatFitsIsOkAndDebitsTheWithdrawalWithItsAmountOnce() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        Map<String, Object> debit = debit(withdrawal, "250.5", "EUR");

        ask(debit).then().statusCode(200).contentType("application/json").body("status", equalTo("OK"));

        Withdrawal debited = database.withdrawal(withdrawal.withdrawalId);
        assertThat(debited.status).isEqualTo(WithdrawalStatus.DEBITED);
        assertThat(debited.amountMinor).isEqualTo(25050L);
        assertThat(debited.debitNotificationId).isEqualTo(debit.get("notificationId"));
        assertThat(database.debitAnswers((String) debit.get("notificationId"))).containsExactly("OK fits");
        List<SpecificRecord> events = Events.of(withdrawal.withdrawalId, 1);
        assertThat(events).hasSize(1);
        WithdrawalDebited event = (WithdrawalDebited) events.get(0);
        assertThat(event.getPspOrderId()).isEqualTo(withdrawal.pspOrderId);
        assertThat(event.getNotificationId()).isEqualTo(debit.get("notificationId"));
        assertThat(event.getAmount()).isEqualTo(25050L);
        assertThat(event.getCurrency()).isEqualTo("EUR");
        assertThat(event.getPaymentReference()).isEqualTo(withdrawal.withdrawalId);
    }

    @Test
    void theSameNotificationGetsTheSameAnswerAfterwardsWhileAnotherDebitOfTheWithdrawalIsFailed() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        Map<String, Object> first = debit(withdrawal, "100.00", "EUR");
        Map<String, Object> second = debit(withdrawal, "100.00", "EUR");

        ask(first).then().statusCode(200).body("status", equalTo("OK"));
        ask(first).then().statusCode(200).body("status", equalTo("OK"));
        ask(second).then().statusCode(200).body("status", equalTo("FAILED"));
        ask(first).then().statusCode(200).body("status", equalTo("OK"));

        assertThat(database.debitAnswers((String) first.get("notificationId"))).containsExactly("OK fits");
        assertThat(database.debitAnswers((String) second.get("notificationId"))).containsExactly("FAILED not-awaiting-debit");
        assertThat(database.withdrawal(withdrawal.withdrawalId).amountMinor).isEqualTo(10000L);
        assertThat(Events.names(withdrawal.withdrawalId, 1)).containsExactly("WithdrawalDebited");
    }

    @Test
    void aFailedAnswerStaysFailedForItsNotificationEvenWhenItWouldFitNow() {
        Withdrawal withdrawal = TestWithdrawals.created();
        withdrawal.status = WithdrawalStatus.CANCELLED;
        database.insert(withdrawal);
        Map<String, Object> debit = debit(withdrawal, "100.00", "EUR");

        ask(debit).then().statusCode(200).body("status", equalTo("FAILED"));
        Withdrawal reopened = database.withdrawal(withdrawal.withdrawalId);
        assertThat(reopened.status).isEqualTo(WithdrawalStatus.CANCELLED);
        ask(debit).then().statusCode(200).body("status", equalTo("FAILED"));

        assertThat(database.debitAnswers((String) debit.get("notificationId"))).containsExactly("FAILED not-awaiting-debit");
    }

    @Test
    void sixteenConcurrentCopiesOfOneDebitGetOneAnswerAndDebitOnce() throws Exception {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        Map<String, Object> debit = debit(withdrawal, "42.00", "EUR");
        String token = CallbackTokens.ingest();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Response>> copies = IntStream.range(0, 16)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> ask(debit, token), pool)).toList();
            for (CompletableFuture<Response> copy : copies) {
                copy.get().then().statusCode(200).body("status", equalTo("OK"));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(database.debitAnswers((String) debit.get("notificationId"))).containsExactly("OK fits");
        assertThat(database.withdrawal(withdrawal.withdrawalId).status).isEqualTo(WithdrawalStatus.DEBITED);
        assertThat(Events.names(withdrawal.withdrawalId, 1)).containsExactly("WithdrawalDebited");
    }

    static Stream<Arguments> misfits() {
        return Stream.of(
                Arguments.of("below the minimum", "9.99", "EUR", "FAILED below-minimum"),
                Arguments.of("above the maximum", "500.01", "EUR", "FAILED above-maximum"),
                Arguments.of("another currency", "100.00", "SEK", "FAILED currency-mismatch"),
                Arguments.of("no currency", "100.00", null, "FAILED currency-mismatch"),
                Arguments.of("too many decimals", "100.001", "EUR", "FAILED amount-invalid"),
                Arguments.of("no amount", null, "EUR", "FAILED amount-invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void aDebitThatDoesNotFitIsFailedAndChangesNothing(String name, String amount, String currency, String answer) {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        Map<String, Object> debit = debit(withdrawal, amount, currency);

        ask(debit).then().statusCode(200).body("status", equalTo("FAILED"));

        assertThat(database.debitAnswers((String) debit.get("notificationId"))).containsExactly(answer);
        Withdrawal unchanged = database.withdrawal(withdrawal.withdrawalId);
        assertThat(unchanged.status).isEqualTo(WithdrawalStatus.CREATED);
        assertThat(unchanged.amountMinor).isNull();
    }

    @Test
    void aDebitForNoWithdrawalOrOnAnotherPspOrderIsFailed() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        Map<String, Object> unknown = debit(TestWithdrawals.created(), "100.00", "EUR");
        Map<String, Object> otherOrder = debit(withdrawal, "100.00", "EUR");
        otherOrder.put("pspOrderId", "1");

        ask(unknown).then().statusCode(200).body("status", equalTo("FAILED"));
        ask(otherOrder).then().statusCode(200).body("status", equalTo("FAILED"));

        assertThat(database.debitAnswers((String) unknown.get("notificationId"))).containsExactly("FAILED unknown-withdrawal");
        assertThat(database.debitAnswers((String) otherOrder.get("notificationId"))).containsExactly("FAILED other-order");
        assertThat(database.withdrawal(withdrawal.withdrawalId).status).isEqualTo(WithdrawalStatus.CREATED);
    }

    @Test
    void onlyTheIngestsRoleMayAskAndAnIncompleteQuestionIs400() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.created());
        Map<String, Object> debit = debit(withdrawal, "100.00", "EUR");

        given().contentType("application/json").body(debit).post(PATH).then().statusCode(401);
        given().auth().oauth2(TestTokens.withRoles("payments:payout", "payments:approve", "payments:read"))
                .contentType("application/json").body(debit).post(PATH).then().statusCode(403);
        Map<String, Object> incomplete = new HashMap<>(debit);
        incomplete.remove("notificationId");
        ask(incomplete).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("notificationId"));

        assertThat(database.debitAnswers((String) debit.get("notificationId"))).isEmpty();
        assertThat(database.withdrawal(withdrawal.withdrawalId).status).isEqualTo(WithdrawalStatus.CREATED);
    }

    private static Map<String, Object> debit(Withdrawal withdrawal, String amount, String currency) {
        Map<String, Object> debit = new HashMap<>();
        debit.put("notificationId", Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits())));
        debit.put("pspOrderId", withdrawal.pspOrderId);
        debit.put("messageId", withdrawal.messageId);
        debit.put("amount", amount);
        debit.put("currency", currency);
        return debit;
    }

    private static Response ask(Map<String, Object> debit) {
        return ask(debit, CallbackTokens.ingest());
    }

    private static Response ask(Map<String, Object> debit, String token) {
        return given().auth().oauth2(token).contentType("application/json").body(debit).post(PATH);
    }
}
