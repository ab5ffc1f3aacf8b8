package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A Paybridge service as the demo calls it: a development token of one subject with some roles, POSTs under a
 * fresh Idempotency-Key, GETs, and polling a resource until its status is the wanted one. Failures are
 * {@link StackException}s that say which log to read.
 */
final class DemoApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI service;
    private final String name;
    private final String token;

    DemoApi(StackSettings settings, URI service, String name, String subject, List<String> roles) {
        this.service = service;
        this.name = name;
        this.token = new DevTokens(DevKeys.loadOrCreate(settings.jwtDir()), subject, Duration.ofMinutes(10)).mint(roles);
    }

    /** One POST of a JSON body under a fresh Idempotency-Key; its answer, which must have one of the given statuses. */
    JsonNode post(String path, String body, int... expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", DemoTrace.traceparent())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return JSON.readTree(response.body());
            }
        }
        throw new StackException("POST " + path + " answered " + response.statusCode() + ": " + response.body()
                + " (./paybridge logs " + name + ")");
    }

    /** The resource at {@code path}, which must answer 200. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        if (response.statusCode() != 200) {
            throw new StackException("GET " + path + " answered " + response.statusCode() + ": " + response.body()
                    + " (./paybridge logs " + name + ")");
        }
        return JSON.readTree(response.body());
    }

    /** The resource's {@code status} once it is {@code wanted}; fails after {@code wait} with the last one seen. */
    String awaitStatus(String path, String wanted, Duration wait, String hint) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = send(path);
            if (response.statusCode() == 200) {
                status = JSON.readTree(response.body()).path("status").asText();
                if (wanted.equals(status)) {
                    return status;
                }
            }
            Thread.sleep(250);
        }
        throw new StackException(path + " is " + (status.isEmpty() ? "not found" : status) + ", not " + wanted + ", after "
                + wait.toSeconds() + " s (" + hint + ")");
    }

    /** One GET of {@code path} with the token and the demo's trace. */
    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(service.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("traceparent", DemoTrace.traceparent()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
