package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.endtoend.Deposits.Deposit;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Refunds requested from payout-service, for tests that refund a credited deposit. */
final class Refunds {

    private final ServiceApi payout;
    private final Duration wait;

    Refunds(ServiceApi payout, Duration wait) {
        this.payout = payout;
        this.wait = wait;
    }

    /**
     * POSTs a EUR refund and returns it once payout-service has answered it with the refund itself (201 or 202). Until
     * payout-service has read the deposit's DepositCredited from Kafka it answers 422 deposit-not-refundable and keeps
     * nothing, so the same request is repeated under the same key until it is taken.
     */
    JsonNode request(Deposit deposit, String amount, String key) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        HttpResponse<String> response = payout.post("/v1/refunds", key, body(deposit, amount));
        while (response.statusCode() == 422 && response.body().contains("deposit-not-refundable") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = payout.post("/v1/refunds", key, body(deposit, amount));
        }
        assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
        return ServiceApi.JSON.readTree(response.body());
    }

    /** The JSON body of a EUR refund of {@code amount} of the deposit. */
    static String body(Deposit deposit, String amount) {
        return """
                {"orderRef":"%s","amount":"%s","currency":"EUR","reason":"e2e"}""".formatted(deposit.orderRef(), amount);
    }
}
