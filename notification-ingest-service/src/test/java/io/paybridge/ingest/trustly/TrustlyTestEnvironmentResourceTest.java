package io.paybridge.ingest.trustly;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.TrustlyTestKeys;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With PAYBRIDGE_TRUSTLY_ENVIRONMENT=test and no key file, a notification really signed by Trustly's test environment is accepted. */
@QuarkusTest
@TestProfile(TrustlyTestEnvironmentResourceTest.TestEnvironment.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class TrustlyTestEnvironmentResourceTest {

    /** Trustly's published test key, not the tests' own key. */
    public static class TestEnvironment implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.trustly.environment", "test", "paybridge.trustly.public-key-file", "");
        }
    }

    @Inject
    IngestDatabase database;

    @Test
    void aCreditSignedByTrustlysTestEnvironmentIsStoredAndAcknowledged() throws IOException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/trustly-test-signed-credit.json")) {
            body = in.readAllBytes();
        }

        byte[] reply = given().contentType("application/json; charset=utf-8").body(body).post("/notifications/trustly")
                .then().statusCode(200).extract().asByteArray();

        SignedPart part = JsonRpc.readResponse(JsonRpc.parse(reply));
        assertThat(part.uuid()).isEqualTo("f1b77aac-516d-4b89-a125-c005f4c020f0");
        assertThat(part.method()).isEqualTo("credit");
        assertThat(part.verifiedBy(TrustlyTestKeys.MERCHANT)).isTrue();
        JsonNode data = part.data();
        assertThat(data.path("status").asText()).isEqualTo("OK");
        assertThat(database.inboxRows("3653956920")).isOne();
    }
}
