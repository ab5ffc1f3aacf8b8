package io.paybridge.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Kustomize directory with {@code kubectl kustomize}. Where kubectl is missing, or embeds a Kustomize
 * too old for these overlays (kubectl before 1.21 embeds v2.0.3, which cannot take a directory in
 * {@code resources} or {@code patches} with targets), the calling test is skipped with that reason.
 */
final class Kustomize {

    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version: v(\\d+)\\.");
    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {}

    /** The objects the directory (relative to the repository root) renders to; skips the test without a usable kubectl. */
    static List<Map<String, Object>> render(String directory) {
        String kubectl = usableKubectl();
        return RENDERED.computeIfAbsent(directory, dir -> Yamls.documents(run(kubectl, "kustomize", Repository.path(dir).toString())));
    }

    private static String usableKubectl() {
        Optional<Path> kubectl = onPath("kubectl");
        skipUnless(kubectl.isPresent(),
                "kubectl is not on PATH, so the overlays are not rendered (.ci/run installs Debian's kubernetes-client)");
        String version = run(kubectl.get().toString(), "version", "--client");
        Matcher kustomize = KUSTOMIZE_VERSION.matcher(version);
        skipUnless(kustomize.find() && Integer.parseInt(kustomize.group(1)) >= 4,
                "kubectl at " + kubectl.get() + " embeds a Kustomize older than v4 (" + version.strip().replace('\n', ' ')
                        + "), which cannot render these overlays; install kubectl 1.21 or newer");
        return kubectl.get().toString();
    }

    private static final java.util.Set<String> TOLD = ConcurrentHashMap.newKeySet();

    /** Skips the calling test with the reason, printed once to the build log. */
    private static void skipUnless(boolean usable, String reason) {
        if (!usable && TOLD.add(reason)) {
            System.err.println("deploy-tests: the Kubernetes overlay tests are skipped: " + reason);
        }
        assumeTrue(usable, reason);
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String run(String... command) {
        try {
            Path errors = Files.createTempFile("kubectl", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                process.getOutputStream().close();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                            + Files.readString(errors));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
