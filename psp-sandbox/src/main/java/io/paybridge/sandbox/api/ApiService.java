package io.paybridge.sandbox.api;

import io.paybridge.sandbox.faults.SandboxFaults;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Answers one {@code POST /api/1} body the way Trustly does, checking in Trustly's order: readable
 * JSON-RPC, known method, credentials (616), signature (636), replay of the UUID (same answer or 688),
 * then the method itself. From authentication on, every answer is stored with the call's effects in one
 * transaction, so a retry with the same UUID gets the same bytes. API faults apply after that commit.
 */
@ApplicationScoped
public class ApiService {

    private static final Logger LOG = Logger.getLogger(ApiService.class);
    private static final Pattern UUID_FORMAT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final MethodHandlers handlers;
    private final Authenticator authenticator;
    private final ReplayStore replays;
    private final SignedAnswers answers;
    private final ApiConfig config;
    private final SandboxFaults faults;
    private final Vertx vertx;

    public ApiService(MethodHandlers handlers, Authenticator authenticator, ReplayStore replays, SignedAnswers answers,
                      ApiConfig config, SandboxFaults faults, Vertx vertx) {
        this.handlers = handlers;
        this.authenticator = authenticator;
        this.replays = replays;
        this.answers = answers;
        this.config = config;
        this.faults = faults;
        this.vertx = vertx;
    }

    /** The answer to a request body, after the configured latency. */
    public Uni<ApiAnswer> answer(byte[] body) {
        return answerNow(body).flatMap(this::afterLatency);
    }

    private Uni<ApiAnswer> answerNow(byte[] body) {
        SignedPart request;
        try {
            request = JsonRpc.readRequest(JsonRpc.parse(body));
            if (request.uuid() == null || !UUID_FORMAT.matcher(request.uuid()).matches()) {
                throw new MalformedMessageException("params.UUID must be a UUID");
            }
        } catch (MalformedMessageException e) {
            LOG.infof("rejected a request that is not Trustly JSON-RPC: %s", e.getMessage());
            return Uni.createFrom().item(ApiAnswer.of(answers.error(null, null, TrustlyError.INVALID_PARAMETERS)));
        }
        MethodHandler handler = handlers.find(request.method()).orElse(null);
        if (handler == null) {
            LOG.infof("%s %s: unknown method", request.method(), request.uuid());
            return Uni.createFrom().item(ApiAnswer.of(answers.error(request.method(), request.uuid(), TrustlyError.INVALID_FUNCTION)));
        }
        return authenticator.authenticate(request)
                .flatMap(merchant -> {
                    ApiCall call = ApiCall.of(merchant, request, RequestFields.of(request.data(), config.currencies()));
                    return execute(handler, call)
                            .onFailure(UniqueViolations::isUniqueViolation).recoverWithUni(() -> execute(handler, call))
                            .map(response -> afterExecuting(call, response));
                })
                .onFailure(TrustlyException.class).recoverWithItem(failure -> {
                    // only authentication failures arrive here: they are answered but never stored
                    TrustlyException e = (TrustlyException) failure;
                    LOG.infof("%s %s: %s (%s)", request.method(), request.uuid(), e.error().message(), e.getMessage());
                    return ApiAnswer.of(answers.error(request.method(), request.uuid(), e.error()));
                })
                .onFailure().recoverWithItem(failure -> {
                    String errorId = UUID.randomUUID().toString();
                    LOG.errorf(failure, "%s %s: unexpected failure, error id %s", request.method(), request.uuid(), errorId);
                    return ApiAnswer.of(answers.error(request.method(), request.uuid(), TrustlyError.UNKNOWN));
                });
    }

    /**
     * Runs the method and stores its answer in one transaction. A {@link TrustlyException} rolls the effects
     * back and its error is stored on its own; a unique violation (a concurrent call with the same UUID,
     * MessageID or account) fails the whole attempt so the caller can run it once more against the winner.
     */
    private Uni<byte[]> execute(MethodHandler handler, ApiCall call) {
        return Panache.withTransaction(() -> replays.previousAnswer(call).flatMap(previous -> {
                    if (previous.isPresent()) {
                        LOG.debugf("%s: replayed the stored answer", call);
                        return Uni.createFrom().item(previous.get());
                    }
                    return handler.handle(call)
                            .map(data -> answers.result(call.method(), call.uuid(), data))
                            .call(response -> replays.remember(call, response));
                }))
                .onFailure(TrustlyException.class).recoverWithUni(failure -> {
                    TrustlyException e = (TrustlyException) failure;
                    LOG.infof("%s: %s (%s)", call, e.error().message(), e.getMessage());
                    byte[] error = answers.error(call.method(), call.uuid(), e.error());
                    if (e.error() == TrustlyError.DUPLICATE_UUID) {
                        // the UUID already holds another request's answer
                        return Uni.createFrom().item(error);
                    }
                    return Panache.withTransaction(() -> replays.remember(call, error)).replaceWith(error);
                });
    }

    /** Applies an injected fault: the call was executed and committed, but the merchant sees a 620 or no answer at all. */
    private ApiAnswer afterExecuting(ApiCall call, byte[] response) {
        return switch (faults.takeAfterExecuting(call.method())) {
            case ANSWER -> ApiAnswer.of(response);
            case ERROR -> {
                LOG.infof("%s: executed, answering ERROR_UNKNOWN as the faults ask", call);
                yield ApiAnswer.of(answers.error(call.method(), call.uuid(), TrustlyError.UNKNOWN));
            }
            case DROP -> {
                LOG.infof("%s: executed, dropping the connection as the faults ask", call);
                yield ApiAnswer.dropped();
            }
        };
    }

    /** Waits the configured latency on a Vert.x timer: the event loop is never blocked. */
    private Uni<ApiAnswer> afterLatency(ApiAnswer answer) {
        long latencyMs = faults.current().api().latencyMs();
        if (latencyMs <= 0) {
            return Uni.createFrom().item(answer);
        }
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(latencyMs, timer -> emitter.complete(answer)));
    }
}
