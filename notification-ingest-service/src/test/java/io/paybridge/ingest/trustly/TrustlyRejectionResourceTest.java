package io.paybridge.ingest.trustly;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.support.digest.Sha256;
import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.ingest.fixture.TrustlyTestKeys;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything that must be refused: any changed byte, another key, a spliced signature, malformed
 * and oversize bodies. A refusal is a 4xx problem without a signed OK, nothing stored, one audit row.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class TrustlyRejectionResourceTest {

    private static final int LIMIT = 64 * 1024;

    @Inject
    IngestDatabase database;

    @Test
    void everySingleByteChangeAnywhereInTheBodyIsRefusedAndNothingIsStored() {
        TestNotifications credit = TestNotifications.credit("500.00", "EUR");
        byte[] body = credit.body();
        long inboxBefore = database.rows("inbox_notification");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> accepted = new ArrayList<>();

        for (int position = 0; position < body.length; position++) {
            byte[] mutated = body.clone();
            mutated[position] ^= 0x01;
            int status = post(mutated).statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status / 100 == 2) {
                accepted.add(position + ": " + new String(mutated, StandardCharsets.UTF_8));
            }
        }

        assertThat(accepted).as("mutations answered 2xx").isEmpty();
        assertThat(statuses.keySet()).as("statuses of %s mutations", body.length).containsOnly(400, 401);
        assertThat(database.rows("inbox_notification")).isEqualTo(inboxBefore);
        assertThat(database.inboxRows(credit.notificationId())).isZero();
        // and the unchanged body is accepted: the mutations, not the notification, were refused
        post(body).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"method", "uuid", "data-value", "data-key", "data-added", "signature", "spliced", "stranger"})
    void aChangeToWhatIsSignedIsRefusedAsABadSignature(String change) {
        TestNotifications credit = TestNotifications.credit("75.25", "EUR");
        ObjectNode tree = credit.tree();
        ObjectNode params = (ObjectNode) tree.get("params");
        ObjectNode data = (ObjectNode) params.get("data");
        switch (change) {
            case "method" -> tree.put("method", "debit");
            case "uuid" -> params.put("uuid", flipLast(params.get("uuid").asText()));
            case "data-value" -> data.put("amount", "75.26");
            case "data-key" -> data.set("amounts", data.remove("amount"));
            case "data-added" -> data.put("extra", "1");
            case "signature" -> params.put("signature", flipFirst(params.get("signature").asText()));
            case "spliced" -> params.put("signature", TestNotifications.credit("75.25", "EUR").tree()
                    .get("params").get("signature").asText());
            case "stranger" -> params.put("signature", TestNotifications.credit("75.25", "EUR")
                    .signedBy(TrustlyTestKeys.STRANGER).uuid(credit.uuid()).notificationId(credit.notificationId())
                    .orderId(credit.orderId()).tree().get("params").get("signature").asText());
            default -> throw new IllegalArgumentException(change);
        }
        byte[] body = JsonRpc.write(tree);

        post(body).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:notification-signature-invalid"));

        assertThat(database.inboxRows(credit.notificationId())).isZero();
        assertThat(database.rejection(Sha256.hex(body))).startsWith("BAD_SIGNATURE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<html>not json</html>",
        "[]",
        "{\"method\":\"credit\",\"version\":\"1.1\"}",
        "{\"method\":\"credit\",\"params\":{\"uuid\":\"u\",\"signature\":\"s\",\"data\":[]},\"version\":\"1.1\"}",
        "{\"method\":\"credit\",\"method\":\"debit\",\"params\":{},\"version\":\"1.1\"}",
        "{\"method\":\"credit\",\"params\":{},\"version\":\"1.1\"} trailing",
        "{\"method\":\"credit\",\"params\":{\"data\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":{\"j\":{\"k\":"
                + "{\"l\":{\"m\":{\"n\":{\"o\":{\"p\":{}}}}}}}}}}}}}}}}}},\"version\":\"1.1\"}"
    })
    void aMalformedBodyIsRefusedWith400AndAudited(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);

        post(body).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:malformed-notification"));

        assertThat(database.rejection(Sha256.hex(body))).startsWith("MALFORMED");
    }

    @Test
    void aRepeatedKeyIsRefusedEvenWhenTheSignatureCoversOneOfItsValues() {
        TestNotifications credit = TestNotifications.credit("10.00", "EUR");
        String signed = new String(credit.body(), StandardCharsets.UTF_8);
        // A second "amount" after the signed one: a lenient reader would keep the last value.
        byte[] body = signed.replace("\"amount\":\"10.00\"", "\"amount\":\"10.00\",\"amount\":\"9999.00\"")
                .getBytes(StandardCharsets.UTF_8);

        post(body).then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("the body repeats a key"));

        assertThat(database.inboxRows(credit.notificationId())).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndAuditedWithoutItsHash() {
        long before = database.rejectionsFor("OVERSIZE");
        byte[] body = new byte[LIMIT + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        post(body).then().statusCode(413);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> database.rejectionsFor("OVERSIZE") == before + 1);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() {
        long before = database.rejectionsFor("OVERSIZE");
        InputStream endless = new ByteArrayInputStream(new byte[LIMIT * 4]);

        given().contentType("application/json").body(endless).post("/notifications/trustly").then().statusCode(413);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> database.rejectionsFor("OVERSIZE") == before + 1);
    }

    @Test
    void aBodyAtTheLimitIsReadAndJudgedOnItsContent() {
        byte[] body = new byte[LIMIT];
        java.util.Arrays.fill(body, (byte) ' ');

        post(body).then().statusCode(400).body("type", equalTo("urn:paybridge:problem:malformed-notification"));
    }

    private static Response post(byte[] body) {
        return given().contentType("application/json; charset=utf-8").body(body).post("/notifications/trustly");
    }

    private static String flipLast(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'a' ? 'b' : 'a');
    }

    private static String flipFirst(String text) {
        char first = text.charAt(0);
        return (first == 'A' ? 'B' : 'A') + text.substring(1);
    }
}
