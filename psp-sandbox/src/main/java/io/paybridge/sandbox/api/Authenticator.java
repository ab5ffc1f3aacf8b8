package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.sandbox.merchant.Merchants;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a request's Username and Password (616), then its signature with the merchant's public key over Data as received (636). */
@ApplicationScoped
public class Authenticator {

    private final Merchants merchants;

    public Authenticator(Merchants merchants) {
        this.merchants = merchants;
    }

    /** The merchant the request authenticates as, or a failed Uni with a {@link TrustlyException}. */
    public Uni<Merchant> authenticate(SignedPart request) {
        String username = text(request.data(), "Username");
        String password = text(request.data(), "Password");
        return Panache.withSession(() -> merchants.find(username)).map(found -> {
            Merchant merchant = found.filter(candidate -> merchants.passwordMatches(candidate, password))
                    .orElseThrow(() -> new TrustlyException(TrustlyError.INVALID_CREDENTIALS, "unknown username or wrong password"));
            if (!request.verifiedBy(merchants.verifierOf(merchant))) {
                throw new TrustlyException(TrustlyError.UNABLE_TO_VERIFY_RSA_SIGNATURE, "the signature does not verify with the merchant's key");
            }
            return merchant;
        });
    }

    private static String text(JsonNode data, String name) {
        JsonNode value = data.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
