package io.paybridge.sandbox.merchant;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.signature.TrustlyKeyException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Registers merchants and authenticates API calls against them. */
@ApplicationScoped
public class Merchants {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    /** Verifiers by public key PEM: the key is the text, so a re-registered key is simply another entry. */
    private final Map<String, SignatureVerifier> verifiers = new ConcurrentHashMap<>();

    /** Creates the merchant or replaces its password, key, prefix and options (absent options are off); call inside a transaction. */
    public Uni<Merchant> register(MerchantRegistration registration) {
        validate(registration);
        return Merchant.<Merchant>findById(registration.username()).onItem().transformToUni(existing -> {
            Merchant merchant = existing == null ? new Merchant() : existing;
            Instant now = Instant.now();
            merchant.username = registration.username();
            merchant.passwordSalt = Passwords.newSalt();
            merchant.passwordHash = Passwords.hash(registration.password(), merchant.passwordSalt);
            merchant.publicKeyPem = registration.publicKeyPem();
            merchant.notificationUrlPrefix = registration.notificationUrlPrefix();
            merchant.payoutConfirmations = Boolean.TRUE.equals(registration.payoutConfirmations());
            merchant.manualWithdrawalApproval = Boolean.TRUE.equals(registration.manualWithdrawalApproval());
            merchant.createdAt = existing == null ? now : existing.createdAt;
            merchant.updatedAt = now;
            return merchant.<Merchant>persist();
        });
    }

    /** The merchant with this username, if any. */
    public Uni<Optional<Merchant>> find(String username) {
        if (username == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Merchant.<Merchant>findById(username).map(Optional::ofNullable);
    }

    /** True when the password is this merchant's. */
    public boolean passwordMatches(Merchant merchant, String password) {
        return Passwords.matches(password, merchant.passwordSalt, merchant.passwordHash);
    }

    /** The verifier of this merchant's request and reply signatures; a key's PEM is parsed once, not per call. */
    public SignatureVerifier verifierOf(Merchant merchant) {
        return verifiers.computeIfAbsent(merchant.publicKeyPem, SignatureVerifier::fromPem);
    }

    private static void validate(MerchantRegistration registration) {
        if (registration.username() == null || !USERNAME.matcher(registration.username()).matches()) {
            throw ProblemException.invalid("username", "must be 1 to 100 of A-Z a-z 0-9 _ . -");
        }
        if (registration.password() == null || registration.password().isEmpty()) {
            throw ProblemException.invalid("password", "must not be empty");
        }
        try {
            PemKeys.publicKey(registration.publicKeyPem());
        } catch (TrustlyKeyException e) {
            throw ProblemException.invalid("publicKeyPem", e.getMessage());
        }
        String prefix = registration.notificationUrlPrefix();
        if (prefix == null || !(prefix.startsWith("https://") || prefix.startsWith("http://"))) {
            throw ProblemException.invalid("notificationUrlPrefix", "must start with https:// (or http:// for a local merchant)");
        }
    }
}
