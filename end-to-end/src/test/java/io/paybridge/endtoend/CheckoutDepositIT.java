package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.stack.SandboxAdmin;
import io.paybridge.testkit.stack.StackSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deposits end to end on the local stack: checkout-service calls Deposit at psp-sandbox, the end user
 * approves in a scenario, the sandbox's notifications go through notification-ingest-service and Kafka to
 * checkout's state machine, and the deposit's events reach {@code payments.events.v1}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutDepositIT {

    private static final Duration SETTLING = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = ServiceApi.JSON;

    private LocalStack stack;
    private StackSettings settings;
    private SandboxAdmin sandbox;
    private ServiceApi api;

    @BeforeAll
    void up(@TempDir Path state) throws Exception {
        stack = new LocalStack(state);
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        settings = stack.settings();
        sandbox = new SandboxAdmin(settings.sandboxUrl());
        api = ServiceApi.checkout(stack);
    }

    @AfterAll
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void anApprovedDepositBecomesCreditedAndItsEventsArePublishedInOrder() throws Exception {
        JsonNode created = create(UUID.randomUUID().toString(), deposit("12.50", "EUR"));
        String orderRef = created.path("orderRef").asText();
        assertThat(created.path("status").asText()).isEqualTo("CREATED");
        assertThat(created.path("amount").asText()).isEqualTo("12.50");
        assertThat(created.path("checkoutUrl").asText()).startsWith(settings.sandboxUrl().toString());

        sandbox.approve(created.path("pspOrderId").asText(), "normal");

        assertThat(awaitStatus(orderRef, "CREDITED")).isEqualTo("CREDITED");
        List<SpecificRecord> events = events(orderRef, 3);
        assertThat(events).extracting(event -> event.getSchema().getName())
                .containsExactly("DepositInitiated", "DepositPending", "DepositCredited");
        DepositInitiated initiated = (DepositInitiated) events.get(0);
        assertThat(initiated.getAmount()).isEqualTo(1250);
        assertThat(initiated.getPspOrderId()).isEqualTo(created.path("pspOrderId").asText());
        DepositCredited credited = (DepositCredited) events.get(2);
        assertThat(credited.getAmount()).isEqualTo(1250);
        assertThat(credited.getCorrelationId()).isEqualTo(created.path("correlationId").asText());
    }

    @Test
    void aDebitAfterTheCreditReversesTheDeposit() throws Exception {
        JsonNode created = create(UUID.randomUUID().toString(), deposit("7.00", "EUR"));
        sandbox.approve(created.path("pspOrderId").asText(), "D1");

        String orderRef = created.path("orderRef").asText();
        assertThat(awaitStatus(orderRef, "DEBITED")).isEqualTo("DEBITED");
        assertThat(events(orderRef, 3)).extracting(event -> event.getSchema().getName())
                .containsSubsequence("DepositInitiated", "DepositCredited", "DepositDebited");
    }

    @Test
    void aPendingDepositWhoseMoneyNeverArrivesIsCancelled() throws Exception {
        JsonNode created = create(UUID.randomUUID().toString(), deposit("3.00", "EUR"));
        sandbox.approve(created.path("pspOrderId").asText(), "pending-cancel");

        assertThat(awaitStatus(created.path("orderRef").asText(), "CANCELLED")).isEqualTo("CANCELLED");
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndADifferentBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = deposit("5.00", "EUR");
        HttpResponse<String> first = post(key, body);
        HttpResponse<String> replay = post(key, body);
        HttpResponse<String> other = post(key, deposit("6.00", "EUR"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).path("type").asText()).endsWith("idempotency-key-reused");
    }

    @Test
    void aDepositWhoseAnswerIsLostIsRetriedWithTheSameUuidAndCreatesOneOrder() throws Exception {
        sandbox.faults(JSON.createObjectNode().set("api", JSON.createObjectNode()
                .put("dropsAfterExecuting", 1).set("methods", JSON.createArrayNode().add("Deposit"))));
        try {
            JsonNode created = create(UUID.randomUUID().toString(), deposit("9.99", "EUR"));
            String pspOrderId = created.path("pspOrderId").asText();
            try (Connection database = DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DATABASE_USER, "");
                    PreparedStatement orders = database.prepareStatement("SELECT count(*) FROM psp_sandbox.sandbox_order"
                            + " WHERE message_id = (SELECT message_id FROM psp_sandbox.sandbox_order WHERE order_id = ?)")) {
                orders.setLong(1, Long.parseLong(pspOrderId));
                try (ResultSet count = orders.executeQuery()) {
                    assertThat(count.next()).isTrue();
                    assertThat(count.getLong(1)).as("orders the sandbox created for the deposit's MessageID").isEqualTo(1);
                }
            }
        } finally {
            sandbox.faults(JSON.createObjectNode());
        }
    }

    private String deposit(String amount, String currency) {
        return """
                {"amount":"%s","currency":"%s",
                 "endUser":{"id":"e2e-user-1","firstName":"Åsa","lastName":"Testsson","email":"asa@example.com",
                            "country":"SE","locale":"sv_SE"},
                 "successUrl":"https://merchant.example/ok","failUrl":"https://merchant.example/fail",
                 "shopperStatement":"Paybridge e2e"}""".formatted(amount, currency);
    }

    private JsonNode create(String key, String body) throws Exception {
        HttpResponse<String> response = post(key, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String key, String body) throws Exception {
        return api.post("/v1/deposits", key, body);
    }

    /** Polls the order until it has {@code wanted} or the time is up; returns the last status seen. */
    private String awaitStatus(String orderRef, String wanted) throws Exception {
        return api.awaitStatus("/v1/orders/" + orderRef, wanted, SETTLING).path("status").asText();
    }

    private List<SpecificRecord> events(String orderRef, int count) {
        return api.events(orderRef, count);
    }
}
