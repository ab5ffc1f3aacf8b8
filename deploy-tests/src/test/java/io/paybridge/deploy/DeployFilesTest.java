package io.paybridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/ as files, without kubectl: every YAML parses, every kustomization names what exists, no secret is committed. */
class DeployFilesTest {

    private static final Path DEPLOY = Repository.path("deploy");

    @Test
    void everyYamlFileUnderDeployParses() {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(30);
        for (Path file : files) {
            assertThatCode(() -> Yamls.documents(Repository.read(file)))
                    .as("%s parses", DEPLOY.relativize(file))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void everyKustomizationListsFilesThatExistAndEveryManifestIsListed() {
        Set<Path> listed = new TreeSet<>();
        List<Path> kustomizations = yamlFiles().stream().filter(file -> file.getFileName().toString().equals("kustomization.yaml")).toList();
        assertThat(kustomizations).extracting(file -> DEPLOY.relativize(file.getParent()).toString())
                .contains("base", "overlays/sandbox", "overlays/production");
        for (Path kustomization : kustomizations) {
            Map<String, Object> content = Yamls.documents(Repository.read(kustomization)).get(0);
            List<String> references = new ArrayList<>();
            Yamls.list(content.get("resources")).forEach(resource -> references.add(String.valueOf(resource)));
            Yamls.maps(content.get("patches")).forEach(patch -> references.add(Yamls.string(patch, "path")));
            for (String reference : references) {
                Path target = kustomization.getParent().resolve(reference).normalize();
                assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as("%s lists %s, which is a file or a directory with a kustomization.yaml", DEPLOY.relativize(kustomization), reference)
                        .isTrue();
                listed.add(target);
            }
        }
        for (Path file : yamlFiles()) {
            if (!file.getFileName().toString().equals("kustomization.yaml") && !file.startsWith(DEPLOY.resolve("compose"))) {
                assertThat(listed).as("%s is listed by a kustomization.yaml", DEPLOY.relativize(file)).contains(file);
            }
        }
    }

    @Test
    void noSecretOrPrivateKeyIsCommitted() {
        List<Path> files = new ArrayList<>(yamlFiles());
        files.add(Repository.path("docker-compose.yml"));
        for (Path file : files) {
            String text = Repository.read(file);
            assertThat(text).as("%s holds no private key", file).doesNotContainPattern("BEGIN [A-Z ]*PRIVATE KEY");
            for (Map<String, Object> document : Yamls.documents(text)) {
                assertThat(Yamls.kind(document)).as("%s defines no Secret (create them as deploy/README.md says)", file).isNotEqualTo("Secret");
            }
        }
    }

    private static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
