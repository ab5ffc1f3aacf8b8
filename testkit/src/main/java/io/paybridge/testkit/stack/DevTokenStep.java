package io.paybridge.testkit.stack;

import java.util.List;

/** Demo step: a development token can be minted and verifies with the development public key. */
final class DevTokenStep implements DemoStep {

    private static final List<String> ROLES = List.of("payments:read", "payments:checkout");

    @Override
    public String name() {
        return "a development token verifies";
    }

    @Override
    public String run(StackSettings settings) {
        DevTokens tokens = DevTokens.fromEnvironment(settings, System.getenv());
        String token = tokens.mint(ROLES);
        DevTokenVerifier.Claims claims = new DevTokenVerifier(tokens.publicKey()).verify(token);
        if (!claims.groups().containsAll(ROLES)) {
            throw new StackException("the token carries groups " + claims.groups() + ", expected " + ROLES);
        }
        return "RS256 token for " + claims.subject() + " with groups " + String.join(", ", claims.groups())
                + ", verified with " + settings.jwtDir().resolve(DevKeys.PUBLIC_KEY_FILE);
    }
}
