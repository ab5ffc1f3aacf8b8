package io.paybridge.support.idempotency;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idempotency-Key semantics for mutating REST calls: the same key with the same request returns
 * the first response; with a different request, 422; while the first is still in flight, 409.
 *
 * <p>The key is claimed in its own short transaction; the action then runs in a transaction that
 * also stores its response, so the effect and the remembered answer commit together. A failed
 * action releases the key for a retry. A claim whose process died expires after the lease.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final String INSERT = "INSERT INTO idempotency_key"
            + " (scope, idempotency_key, request_hash, state, claim_token, locked_until)"
            + " VALUES ($1, $2, $3, 'IN_FLIGHT', $4, now() + make_interval(secs => $5))"
            + " ON CONFLICT (scope, idempotency_key) DO NOTHING";
    private static final String EXISTING = "SELECT request_hash, state, locked_until > now() AS locked,"
            + " response_status, response_type, response_location, response_body"
            + " FROM idempotency_key WHERE scope = $1 AND idempotency_key = $2 FOR UPDATE";
    private static final String TAKE_OVER = "UPDATE idempotency_key"
            + " SET claim_token = $3, locked_until = now() + make_interval(secs => $4)"
            + " WHERE scope = $1 AND idempotency_key = $2";
    private static final String COMPLETE = "UPDATE idempotency_key SET state = 'COMPLETED', response_status = ?1,"
            + " response_type = ?2, response_location = ?3, response_body = ?4, completed_at = now()"
            + " WHERE scope = ?5 AND idempotency_key = ?6 AND claim_token = ?7 AND state = 'IN_FLIGHT'";
    private static final String RELEASE = "DELETE FROM idempotency_key"
            + " WHERE scope = $1 AND idempotency_key = $2 AND claim_token = $3 AND state = 'IN_FLIGHT'";

    private final Pool pool;
    private final double leaseSeconds;

    public IdempotencyKeys(Pool pool, IdempotencyConfig config) {
        this.pool = pool;
        this.leaseSeconds = config.lease().toMillis() / 1000.0;
    }

    /**
     * Runs the action once per key, or replays its stored response.
     *
     * @param action the unit of work; it joins the transaction opened here (its own
     *     {@code @WithTransaction} methods do too) and must not commit on its own
     * @throws ProblemException (in the Uni) 422 for a reused key, 409 for a key in flight
     */
    public Uni<StoredResponse> execute(IdempotentRequest request, Supplier<Uni<StoredResponse>> action) {
        return execute(request, () -> Uni.createFrom().voidItem(), nothing -> action.get());
    }

    /**
     * Runs an action that calls another system once per key, or replays its stored response. {@code call}
     * runs after the key is claimed and outside any transaction (a PSP call must not hold a database
     * connection); {@code store} then runs in the transaction that also stores the response. A failure of
     * either releases the key. A call that may be repeated after a release must be idempotent at the other
     * system (for Trustly: the same request with the same UUID gets the first answer).
     */
    public <T> Uni<StoredResponse> execute(IdempotentRequest request, Supplier<Uni<T>> call,
            Function<T, Uni<StoredResponse>> store) {
        return claim(request, true).flatMap(claim -> claim.replay() != null
                ? Uni.createFrom().item(claim.replay())
                : Uni.createFrom().deferred(call::get)
                        .flatMap(result -> Panache.withTransaction(
                                () -> store.apply(result).call(response -> complete(request, claim.token(), response))))
                        .onFailure().call(failure -> release(request, claim.token())));
    }

    private Uni<Claim> claim(IdempotentRequest request, boolean retryIfReleased) {
        UUID token = UUID.randomUUID();
        return pool.withTransaction(connection -> connection.preparedQuery(INSERT)
                .execute(Tuple.of(request.scope(), request.key(), request.requestHash(), token, leaseSeconds))
                .flatMap(inserted -> inserted.rowCount() == 1
                        ? Uni.createFrom().item(Claim.claimed(token))
                        : existing(connection, request, token)))
                .flatMap(claim -> claim == null && retryIfReleased ? claim(request, false) : Uni.createFrom().item(claim))
                .onItem().ifNull().failWith(() -> inFlight(request));
    }

    /** Decides on a key that is already there; null when it vanished (released) in between. */
    private Uni<Claim> existing(SqlConnection connection, IdempotentRequest request, UUID token) {
        return connection.preparedQuery(EXISTING).execute(Tuple.of(request.scope(), request.key())).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row row = rows.iterator().next();
            if (!row.getString("request_hash").equals(request.requestHash())) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        IdempotentRequest.HEADER + " " + request.key()
                                + " was used before with a different request; use a new key for a new request"));
            }
            if ("COMPLETED".equals(row.getString("state"))) {
                return Uni.createFrom().item(Claim.replay(new StoredResponse(row.getInteger("response_status"),
                        row.getString("response_type"), row.getString("response_location"),
                        row.getString("response_body"))));
            }
            if (row.getBoolean("locked")) {
                return Uni.createFrom().failure(inFlight(request));
            }
            // The first attempt's process died without finishing or releasing: this request takes over.
            return connection.preparedQuery(TAKE_OVER)
                    .execute(Tuple.of(request.scope(), request.key(), token, leaseSeconds))
                    .map(updated -> Claim.claimed(token));
        });
    }

    private Uni<Void> complete(IdempotentRequest request, UUID token, StoredResponse response) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(COMPLETE)
                        .setParameter(1, response.status())
                        .setParameter(2, response.contentType())
                        .setParameter(3, response.location())
                        .setParameter(4, response.body())
                        .setParameter(5, request.scope())
                        .setParameter(6, request.key())
                        .setParameter(7, token)
                        .executeUpdate())
                .flatMap(updated -> updated == 1
                        ? Uni.createFrom().voidItem()
                        // The lease ran out and another request took the key over: this one must not commit.
                        : Uni.createFrom().failure(inFlight(request)));
    }

    private Uni<Void> release(IdempotentRequest request, UUID token) {
        return pool.preparedQuery(RELEASE).execute(Tuple.of(request.scope(), request.key(), token))
                .replaceWithVoid()
                // Releasing is a courtesy: if it fails, the lease expires and the key frees itself.
                .onFailure().recoverWithNull();
    }

    private static ProblemException inFlight(IdempotentRequest request) {
        return new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, "a request with "
                + IdempotentRequest.HEADER + " " + request.key() + " is still in progress; retry later");
    }

    /** The outcome of claiming a key: ours to run (token) or already answered (replay). */
    private record Claim(UUID token, StoredResponse replay) {
        static Claim claimed(UUID token) {
            return new Claim(token, null);
        }

        static Claim replay(StoredResponse response) {
            return new Claim(null, response);
        }
    }
}
