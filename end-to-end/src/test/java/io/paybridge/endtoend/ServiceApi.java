package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.stack.DevKeys;
import io.paybridge.testkit.stack.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A Paybridge service of a {@link LocalStack} as a merchant's service calls it: a development token of one
 * subject with the given roles, POSTs with an Idempotency-Key, GETs that must answer 200, polling a resource's
 * status, and the events a payment published on {@code payments.events.v1}.
 */
final class ServiceApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final URI service;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServiceApi(LocalStack stack, String portVariable, String subject, List<String> roles) {
        this.stack = stack;
        this.service = URI.create("http://localhost:" + stack.env(portVariable));
        this.token = new DevTokens(DevKeys.loadOrCreate(stack.settings().jwtDir()), subject, Duration.ofHours(1)).mint(roles);
    }

    /** checkout-service as the shop {@code e2e-shop} with {@code payments:checkout} and {@code payments:read}. */
    static ServiceApi checkout(LocalStack stack) {
        return new ServiceApi(stack, "PAYBRIDGE_CHECKOUT_SERVICE_PORT", "e2e-shop", List.of("payments:checkout", "payments:read"));
    }

    /** payout-service as {@code subject} with {@code roles} (four eyes needs two subjects). */
    static ServiceApi payout(LocalStack stack, String subject, String... roles) {
        return new ServiceApi(stack, "PAYBRIDGE_PAYOUT_SERVICE_PORT", subject, List.of(roles));
    }

    /** reconciliation-service as {@code subject} with {@code roles}. */
    static ServiceApi reconciliation(LocalStack stack, String subject, String... roles) {
        return new ServiceApi(stack, "PAYBRIDGE_RECONCILIATION_SERVICE_PORT", subject, List.of(roles));
    }

    /** The service's base URL. */
    URI url() {
        return service;
    }

    /** POSTs {@code body} (JSON, or none when null) under the Idempotency-Key {@code key}. */
    HttpResponse<String> post(String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The resource at {@code path}, which must answer 200. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * Polls {@code path} (404 counts as not there yet, anything else must be 200) until its {@code status} is
     * {@code wanted} or {@code timeout} has passed; returns the last answer.
     */
    JsonNode awaitStatus(String path, String wanted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = JSON.createObjectNode();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send(path);
            if (response.statusCode() != 404) {
                assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
                last = JSON.readTree(response.body());
                if (wanted.equals(last.path("status").asText())) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        return last;
    }

    /** The first {@code count} events keyed {@code paymentReference} on payments.events.v1 (fewer if they do not come). */
    List<SpecificRecord> events(String paymentReference, int count) {
        try (TopicReader reader = new TopicReader(Topics.EVENTS, stack.settings().kafkaBootstrapServers())) {
            return reader.await(record -> paymentReference.equals(record.key()), count, Duration.ofSeconds(30)).stream()
                    .map(ConsumerRecord::value).toList();
        }
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(service.resolve(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
