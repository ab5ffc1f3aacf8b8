package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    @TempDir
    Path jwtDir;

    @Test
    void tokenVerifiesWithTheGeneratedPublicKeyAndCarriesTheRoles() {
        DevTokens tokens = new DevTokens(DevKeys.loadOrCreate(jwtDir), "dev-user", Duration.ofHours(1));

        String token = tokens.mint(List.of("payments:read", "payments:refund"));

        DevKeys reloaded = DevKeys.loadOrCreate(jwtDir);
        DevTokenVerifier.Claims claims = new DevTokenVerifier(reloaded.publicKey()).verify(token);
        long inAnHour = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        assertThat(claims.subject()).isEqualTo("dev-user");
        assertThat(claims.upn()).isEqualTo("dev-user");
        assertThat(claims.groups()).containsExactlyInAnyOrder("payments:read", "payments:refund");
        assertThat(claims.expiresAtEpochSecond()).isBetween(inAnHour - 60, inAnHour + 1);
    }

    @Test
    void keysAreWrittenAsPemWithAPrivateKeyOnlyTheOwnerReads() throws Exception {
        DevKeys.loadOrCreate(jwtDir);

        assertThat(Files.readString(jwtDir.resolve("private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(jwtDir.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(Files.getPosixFilePermissions(jwtDir.resolve("private.pem")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void theKeyPairIsReusedAcrossLoads() {
        DevKeys first = DevKeys.loadOrCreate(jwtDir);
        DevKeys second = DevKeys.loadOrCreate(jwtDir);

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void aTokenSignedWithAnotherKeyDoesNotVerify(@TempDir Path otherDir) {
        String token = new DevTokens(DevKeys.loadOrCreate(otherDir), "dev-user", Duration.ofHours(1))
                .mint(List.of("payments:read"));

        DevTokenVerifier verifier = new DevTokenVerifier(DevKeys.loadOrCreate(jwtDir).publicKey());

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("the token does not verify");
    }

    @Test
    void anUnknownRoleIsRefused() {
        DevTokens tokens = new DevTokens(DevKeys.loadOrCreate(jwtDir), "dev-user", Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.mint(List.of("payments:read", "payments:admin")))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown role payments:admin; the known roles are payments:checkout payments:read"
                        + " payments:refund payments:payout payments:approve reconciliation:read reconciliation:run");
    }

    @Test
    void noRoleIsAUsageError() {
        DevTokens tokens = new DevTokens(DevKeys.loadOrCreate(jwtDir), "dev-user", Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.mint(List.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("name at least one role");
    }

    @Test
    void subjectAndLifetimeComeFromTheEnvironment() {
        StackSettings settings = new StackSettings(jwtDir.getParent(), 15432, 19092, 8090, 8082, 8081, 8083);
        DevTokens tokens = DevTokens.fromEnvironment(settings,
                Map.of("PAYBRIDGE_TOKEN_SUBJECT", "alice-test", "PAYBRIDGE_TOKEN_TTL_SECONDS", "120"));

        String token = tokens.mint(List.of("reconciliation:read"));

        DevTokenVerifier.Claims claims =
                new DevTokenVerifier(DevKeys.loadOrCreate(settings.jwtDir()).publicKey()).verify(token);
        long inTwoMinutes = Instant.now().plusSeconds(120).getEpochSecond();
        assertThat(claims.subject()).isEqualTo("alice-test");
        assertThat(claims.expiresAtEpochSecond()).isBetween(inTwoMinutes - 60, inTwoMinutes + 1);
    }
}
