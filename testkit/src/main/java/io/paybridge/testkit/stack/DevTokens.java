package io.paybridge.testkit.stack;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mints development JWTs (RS256) for the local stack: the given roles in {@code groups}, signed
 * with the development key; its main prints one token for {@code ./paybridge token ROLE...}.
 */
public final class DevTokens {

    /** The issuer the services accept for development tokens. */
    public static final String ISSUER = "https://paybridge.local/dev";

    /** The roles the platform knows. */
    public static final List<String> KNOWN_ROLES = List.of(
            "payments:checkout", "payments:read", "payments:refund",
            "payments:payout", "payments:approve", "reconciliation:read", "reconciliation:run");

    static final String DEFAULT_SUBJECT = "dev-user";
    static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private final DevKeys keys;
    private final String subject;
    private final Duration ttl;

    public DevTokens(DevKeys keys, String subject, Duration ttl) {
        if (subject == null || subject.isBlank()) {
            throw new UsageException("the token subject must not be blank");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new UsageException("the token lifetime must be positive, not " + ttl.toSeconds() + " s");
        }
        this.keys = keys;
        this.subject = subject;
        this.ttl = ttl;
    }

    /** The development tokens of the given environment ({@code PAYBRIDGE_TOKEN_SUBJECT}, {@code PAYBRIDGE_TOKEN_TTL_SECONDS}). */
    public static DevTokens fromEnvironment(StackSettings settings, Map<String, String> env) {
        return new DevTokens(
                DevKeys.loadOrCreate(settings.jwtDir()),
                env.getOrDefault("PAYBRIDGE_TOKEN_SUBJECT", DEFAULT_SUBJECT),
                ttl(env.get("PAYBRIDGE_TOKEN_TTL_SECONDS")));
    }

    /** The public key that verifies the tokens this minter signs. */
    public RSAPublicKey publicKey() {
        return keys.publicKey();
    }

    /** A signed token carrying the roles; refuses no roles and unknown roles. */
    public String mint(List<String> roles) {
        Set<String> groups = new LinkedHashSet<>(roles);
        if (groups.isEmpty()) {
            throw new UsageException("name at least one role: " + String.join(" ", KNOWN_ROLES));
        }
        List<String> unknown = groups.stream().filter(role -> !KNOWN_ROLES.contains(role)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown role" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; the known roles are " + String.join(" ", KNOWN_ROLES));
        }
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(ttl)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
    }

    public static void main(String[] args) {
        MainRunner.run("token", () -> {
            DevTokens tokens = fromEnvironment(StackSettings.fromEnvironment(), System.getenv());
            System.out.println(tokens.mint(Arrays.asList(args)));
        });
    }

    private static Duration ttl(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_TTL;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException e) {
            throw new UsageException("PAYBRIDGE_TOKEN_TTL_SECONDS must be a number of seconds, not '" + seconds + "'");
        }
    }
}
