package io.paybridge.sandbox.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * Trustly's idempotent replay (reference §1.2): the answer to each (merchant, UUID) is kept with the hash
 * of what was signed. An identical request gets the stored bytes; the same UUID with other content is
 * ERROR_DUPLICATE_UUID. Call inside the transaction of the call's effects.
 */
@ApplicationScoped
public class ReplayStore {

    private final Clock clock;

    public ReplayStore(Clock clock) {
        this.clock = clock;
    }

    /** The stored answer for an identical earlier request, empty if there was none; 688 if the UUID was used for other content. */
    public Uni<Optional<byte[]>> previousAnswer(ApiCall call) {
        return ApiReply.<ApiReply>findById(new ApiReply.Key(call.merchantUsername(), call.uuid())).map(reply -> {
            if (reply == null) {
                return Optional.empty();
            }
            if (!MessageDigest.isEqual(reply.requestHash, call.contentHash())) {
                throw new TrustlyException(TrustlyError.DUPLICATE_UUID, "the UUID was used before for a different request");
            }
            return Optional.of(reply.response);
        });
    }

    /** Keeps {@code response} as the answer to this call; a concurrent identical call makes the commit fail on the primary key. */
    public Uni<Void> remember(ApiCall call, byte[] response) {
        ApiReply reply = new ApiReply();
        reply.merchantUsername = call.merchantUsername();
        reply.uuid = call.uuid();
        reply.method = call.method();
        reply.requestHash = call.contentHash();
        reply.response = response;
        reply.createdAt = clock.instant();
        return reply.persist().replaceWithVoid();
    }
}
