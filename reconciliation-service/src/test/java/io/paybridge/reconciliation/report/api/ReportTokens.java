package io.paybridge.reconciliation.report.api;

import io.paybridge.testkit.stack.DevKeys;
import io.paybridge.testkit.stack.DevTokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Bearer tokens for the report endpoints' tests, signed with the test key pair under src/test/resources/keys/jwt. */
final class ReportTokens {

    private static final DevKeys KEYS = DevKeys.loadOrCreate(Path.of("src/test/resources/keys/jwt"));

    private ReportTokens() {
    }

    /** A token that may upload reports and trigger pulls. */
    static String runner() {
        return withRoles("reconciliation:run");
    }

    static String withRoles(String... roles) {
        return new DevTokens(KEYS, "recon-operator", Duration.ofMinutes(15)).mint(List.of(roles));
    }
}
