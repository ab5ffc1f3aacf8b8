package io.paybridge.support.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.paybridge.support.fixture.TestPaymentResource;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class IdempotencyResourceTest {

    @AfterEach
    void openTheGate() {
        TestPaymentResource.gate.complete(null);
        TestPaymentResource.failuresToInject.set(0);
    }

    @Test
    void theSameKeyAndBodyReturnTheFirstResponseAndActOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("idem-" + UUID.randomUUID(), "10.00");
        int before = TestPaymentResource.executions.get();

        Response first = post(key, body);
        Response second = post(key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body().asString()).isEqualTo(first.body().asString());
        assertThat(second.header("Location")).isEqualTo(first.header("Location")).endsWith("/test/payments/" + body.get("reference"));
        assertThat(TestPaymentResource.executions.get() - before).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String reference = "idem-" + UUID.randomUUID();
        post(key, body(reference, "10.00")).then().statusCode(201);

        post(key, body(reference, "11.00")).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:idempotency-key-reused"))
                .body("status", equalTo(422));
    }

    @Test
    void aSecondRequestWhileTheFirstIsInFlightIs409() throws Exception {
        TestPaymentResource.gate = new CompletableFuture<>();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("idem-" + UUID.randomUUID(), "10.00");
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, body));
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                    post(key, body).then()
                            .statusCode(409)
                            .contentType("application/problem+json")
                            .body("type", equalTo("urn:paybridge:problem:idempotency-key-in-flight")));
        } finally {
            TestPaymentResource.gate.complete(null);
        }
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        post(key, body).then().statusCode(201);
    }

    @Test
    void aFailedAttemptReleasesTheKeySoARetrySucceeds() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("idem-" + UUID.randomUUID(), "10.00");
        TestPaymentResource.failuresToInject.set(1);

        post(key, body).then().statusCode(503).contentType("application/problem+json");
        post(key, body).then().statusCode(201);
    }

    @Test
    void aMissingOrUnusableKeyIs400NamingTheHeaderAndChangesNothing() {
        int before = TestPaymentResource.executions.get();
        given().contentType("application/json").body(body("idem-" + UUID.randomUUID(), "1.00"))
                .post("/test/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:idempotency-key-missing"))
                .body("errors.name", hasItem("Idempotency-Key"));
        post("has spaces", body("idem-" + UUID.randomUUID(), "1.00")).then()
                .statusCode(400)
                .body("errors.name", hasItem("Idempotency-Key"));
        assertThat(TestPaymentResource.executions.get()).isEqualTo(before);
    }

    private static Map<String, Object> body(String reference, String amount) {
        return Map.of("reference", reference, "amount", amount, "currency", "EUR",
                "payer", Map.of("id", "payer-1", "verified", true));
    }

    private static Response post(String key, Map<String, Object> body) {
        return given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/test/payments");
    }
}
