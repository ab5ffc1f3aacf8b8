package io.paybridge.payout.psp;

import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.error.TrustlyOutcomeUnknownException;
import io.paybridge.trustly.error.TrustlyUnknownErrorException;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Calls the PSP for money-out orders with a timeout, retries and a circuit breaker. A call whose outcome is unknown
 * is retried with the same request and the same UUID: Trustly answers an identical request with its first answer, so
 * a retry can never pay out twice. Unlike checkout, 620 ERROR_UNKNOWN counts as unknown too: psp-sandbox answers it
 * after executing, and nothing in Trustly's documentation says it is not so there.
 */
@ApplicationScoped
public class TrustlyGateway {

    private final TrustlyClient client;

    public TrustlyGateway(TrustlyClient client) {
        this.client = client;
    }

    /** Sends {@code request} under {@code uuid} and says what came of it; never fails for a PSP reason. */
    public <R> Uni<PspAttempt<R>> attempt(TrustlyRequest<R> request, String uuid) {
        return send(request, uuid).<PspAttempt<R>>map(PspAttempt.Answered::new)
                .onFailure(PspCallFailures::isPspFailure)
                .recoverWithItem(failure -> PspCallFailures.attempt(request.method(), failure));
    }

    /** Sends {@code request} under {@code uuid}; fails with a problem the API can return ({@link PspCallFailures}). */
    public <R> Uni<R> call(TrustlyRequest<R> request, String uuid) {
        return send(request, uuid).onFailure().transform(failure -> PspCallFailures.toProblem(request.method(), failure));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 250, jitter = 100,
            retryOn = {TrustlyOutcomeUnknownException.class, TrustlyUnknownErrorException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS,
            failOn = {TrustlyOutcomeUnknownException.class, TrustlyUnknownErrorException.class, TimeoutException.class})
    <R> Uni<R> send(TrustlyRequest<R> request, String uuid) {
        return client.send(request, uuid);
    }
}
