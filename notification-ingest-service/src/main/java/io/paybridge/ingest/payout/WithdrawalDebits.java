package io.paybridge.ingest.payout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.ingest.payout.WithdrawalDebitUndecidedException.Reason;
import io.paybridge.trustly.notification.NotificationMethod;
import io.paybridge.trustly.notification.ReplyStatus;
import io.paybridge.trustly.notification.TrustlyNotification;
import io.paybridge.trustly.signature.PemKeys;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Asks payout-service how to answer a withdrawal's debit (a Trustly {@code debit} whose messageid is one of
 * payout-service's Withdraw MessageIDs, {@code wdr-…}): {@code POST /internal/v1/withdrawal-debits} with the
 * ingest's bearer token, answered {@code {"status":"OK"|"FAILED"}}. Anything else — not configured, unreachable,
 * an error status, another body, no answer in time — fails with {@link WithdrawalDebitUndecidedException}.
 */
@ApplicationScoped
public class WithdrawalDebits {

    /** The MessageID prefix of payout-service's withdrawals. */
    public static final String MESSAGE_ID_PREFIX = "wdr-";
    static final String PATH = "/internal/v1/withdrawal-debits";

    private static final Logger LOG = Logger.getLogger(WithdrawalDebits.class);

    private final Optional<String> endpoint;
    private final Optional<ServiceTokens> tokens;
    private final Duration timeout;
    private final WebClient client;
    private final WorkerExecutor signing;
    private final Map<ReplyStatus, Counter> decisions = new EnumMap<>(ReplyStatus.class);
    private final Map<Reason, Counter> failures = new EnumMap<>(Reason.class);

    public WithdrawalDebits(PayoutConfig config, Vertx vertx, MeterRegistry registry) {
        this.endpoint = config.url().map(WithdrawalDebits::endpoint);
        if (endpoint.isPresent() && config.tokenKeyFile().isEmpty()) {
            throw new IllegalStateException("PAYBRIDGE_INGEST_PAYOUT_URL is set: set PAYBRIDGE_INGEST_PAYOUT_TOKEN_KEY_FILE"
                    + " (paybridge.ingest.payout.token-key-file) to the PEM private key that signs this service's tokens"
                    + " for payout-service too");
        }
        this.tokens = endpoint.flatMap(ignored -> config.tokenKeyFile())
                .map(file -> new ServiceTokens(PemKeys.privateKey(file), config.tokenIssuer(), Clock.systemUTC()));
        this.timeout = config.timeout();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setUserAgent("paybridge-notification-ingest")
                // a redirect would send the bearer token somewhere else
                .setFollowRedirects(false));
        // a token is minted every four minutes: one thread is plenty, and it keeps the RSA signature off the event loop
        this.signing = vertx.createSharedWorkerExecutor("payout-tokens", 1);
        for (ReplyStatus status : ReplyStatus.values()) {
            decisions.put(status, Counter.builder("paybridge.ingest.withdrawal.debit.decisions")
                    .description("Withdrawal debits payout-service decided, by the status they are answered with")
                    .tag("status", status.name()).register(registry));
        }
        for (Reason reason : Reason.values()) {
            failures.put(reason, Counter.builder("paybridge.ingest.withdrawal.debit.failures")
                    .description("Withdrawal debits answered 503 because payout-service did not decide them, by reason")
                    .tag("reason", reason.tag()).register(registry));
        }
    }

    /** Says at start where withdrawal debits are decided, or that they are answered 503. */
    void logAtStart(@Observes StartupEvent start) {
        if (endpoint.isEmpty()) {
            LOG.info("payout-service is not configured: withdrawal debits (messageid " + MESSAGE_ID_PREFIX + "…) are"
                    + " answered 503, never acknowledged, until PAYBRIDGE_INGEST_PAYOUT_URL is set");
        } else {
            LOG.infof("withdrawal debits (messageid %s…) are answered as payout-service decides (%s)",
                    MESSAGE_ID_PREFIX, endpoint.get());
        }
    }

    /** Whether {@code notification} is a withdrawal's debit, whose answer payout-service decides. */
    public static boolean concerns(TrustlyNotification notification) {
        return notification.kind() == NotificationMethod.DEBIT && notification.messageId() != null
                && notification.messageId().startsWith(MESSAGE_ID_PREFIX);
    }

    /** The status payout-service decides for the debit; fails with {@link WithdrawalDebitUndecidedException}. */
    public Uni<ReplyStatus> decide(TrustlyNotification debit) {
        if (endpoint.isEmpty() || tokens.isEmpty()) {
            return undecided(debit, Reason.NOT_CONFIGURED, "no payout-service URL is configured");
        }
        ServiceTokens minter = tokens.get();
        Uni<String> token = minter.fresh() ? Uni.createFrom().item(minter.current())
                : signing.executeBlocking(minter::current, false);
        return token
                .flatMap(bearer -> client.postAbs(endpoint.get())
                        .putHeader("Authorization", "Bearer " + bearer)
                        .putHeader("Accept", "application/json")
                        // the overall deadline below answers first; this only frees a connection that stays silent
                        .idleTimeout(timeout.toMillis() + 1000)
                        .sendJsonObject(request(debit)))
                .ifNoItem().after(timeout).failWith(TimeoutException::new)
                .onItemOrFailure().transformToUni((response, failure) -> {
                    if (failure != null) {
                        return failure instanceof TimeoutException
                                ? undecided(debit, Reason.TIMEOUT, "no answer within " + timeout.toMillis() + " ms")
                                : undecided(debit, Reason.UNREACHABLE, failure.getClass().getSimpleName());
                    }
                    return answer(debit, response);
                });
    }

    private Uni<ReplyStatus> answer(TrustlyNotification debit, HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            return undecided(debit, Reason.ERROR_STATUS, "HTTP " + response.statusCode());
        }
        Object status;
        try {
            JsonObject body = response.bodyAsJsonObject();
            status = body == null ? null : body.getValue("status");
        } catch (RuntimeException notAnObject) {
            status = null;
        }
        if ("OK".equals(status) || "FAILED".equals(status)) {
            ReplyStatus decided = ReplyStatus.valueOf((String) status);
            decisions.get(decided).increment();
            return Uni.createFrom().item(decided);
        }
        return undecided(debit, Reason.BAD_ANSWER, "a 200 without status OK or FAILED");
    }

    private Uni<ReplyStatus> undecided(TrustlyNotification debit, Reason reason, String detail) {
        failures.get(reason).increment();
        // ids only: the debit's amount and end user stay out of the log
        LOG.warnf("withdrawal debit %s of order %s not decided by payout-service (%s: %s): answered 503, Trustly sends it again",
                debit.notificationId(), debit.orderId(), reason.tag(), detail);
        return Uni.createFrom().failure(new WithdrawalDebitUndecidedException(reason));
    }

    /** The decision request: ids, and the amount exactly as Trustly sent it. */
    private static JsonObject request(TrustlyNotification debit) {
        var amount = debit.data().path("amount");
        return new JsonObject()
                .put("notificationId", debit.notificationId())
                .put("pspOrderId", debit.orderId())
                .put("messageId", debit.messageId())
                .put("amount", amount.isValueNode() ? amount.asText() : null)
                .put("currency", debit.currency());
    }

    private static String endpoint(URI base) {
        String text = base.toString();
        return (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + PATH;
    }
}
