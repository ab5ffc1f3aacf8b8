package io.paybridge.checkout.psp;

import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.error.TrustlyOutcomeUnknownException;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Calls the PSP for checkout orders with a timeout, retries and a circuit breaker. A call whose outcome is
 * unknown is retried with the same request and the same UUID: Trustly answers an identical request with
 * its first answer, so a retry can never create a second order. An answer, even an error, is never retried.
 */
@ApplicationScoped
public class TrustlyGateway {

    private final TrustlyClient client;

    public TrustlyGateway(TrustlyClient client) {
        this.client = client;
    }

    /**
     * Sends an order-creating request (Deposit, SelectAccount) under {@code uuid}; fails with a problem the
     * API can return ({@link PspCallFailures}).
     */
    public Uni<OrderWithUrl> createOrder(TrustlyRequest<OrderWithUrl> request, String uuid) {
        return send(request, uuid).onFailure().transform(failure -> PspCallFailures.toProblem(request.method(), failure));
    }

    /**
     * Sends any other request (Charge, CancelCharge) under {@code uuid}, with the same retries and failure mapping;
     * a rejection ({@code result "0"}) is an answer and comes back as the typed result.
     */
    public <R> Uni<R> call(TrustlyRequest<R> request, String uuid) {
        return send(request, uuid).onFailure().transform(failure -> PspCallFailures.toProblem(request.method(), failure));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 250, jitter = 100, retryOn = {TrustlyOutcomeUnknownException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS,
            failOn = {TrustlyOutcomeUnknownException.class, TimeoutException.class})
    <R> Uni<R> send(TrustlyRequest<R> request, String uuid) {
        return client.send(request, uuid);
    }
}
