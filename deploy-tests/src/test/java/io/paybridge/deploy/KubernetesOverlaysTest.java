package io.paybridge.deploy;

import static io.paybridge.deploy.Yamls.at;
import static io.paybridge.deploy.Yamls.list;
import static io.paybridge.deploy.Yamls.map;
import static io.paybridge.deploy.Yamls.maps;
import static io.paybridge.deploy.Yamls.name;
import static io.paybridge.deploy.Yamls.named;
import static io.paybridge.deploy.Yamls.ofKind;
import static io.paybridge.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Both overlays as kubectl kustomize renders them, checked object by object. */
class KubernetesOverlaysTest {

    private static final String SANDBOX = "deploy/overlays/sandbox";
    private static final String PRODUCTION = "deploy/overlays/production";
    private static final String INGEST = "notification-ingest-service";
    private static final Set<String> CALLBACK_PATHS = Set.of("/notifications/trustly", "/notifications/trustly-na", "/webhooks/paymentsai");

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void everyDeploymentHasProbesResourcesAndALockedDownSecurityContext(String overlay) {
        List<Map<String, Object>> deployments = ofKind(Kustomize.render(overlay), "Deployment");
        assertThat(deployments).isNotEmpty();
        for (Map<String, Object> deployment : deployments) {
            String name = name(deployment);
            Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
            assertThat(at(pod, "securityContext", "runAsNonRoot")).as("%s runAsNonRoot", name).isEqualTo(true);
            assertThat(string(pod, "securityContext", "seccompProfile", "type")).as("%s seccomp", name).isEqualTo("RuntimeDefault");
            Set<String> emptyDirs = maps(pod.get("volumes")).stream()
                    .filter(volume -> volume.containsKey("emptyDir")).map(volume -> string(volume, "name")).collect(Collectors.toSet());
            for (Map<String, Object> container : maps(pod.get("containers"))) {
                String what = name + "/" + string(container, "name");
                assertThat(string(container, "livenessProbe", "httpGet", "path")).as("%s liveness", what).isEqualTo("/q/health/live");
                assertThat(string(container, "readinessProbe", "httpGet", "path")).as("%s readiness", what).isEqualTo("/q/health/ready");
                assertThat(string(container, "startupProbe", "httpGet", "path")).as("%s startup probe", what).isNotNull();
                for (String bound : List.of("requests", "limits")) {
                    assertThat(map(at(container, "resources", bound))).as("%s %s", what, bound).containsKeys("cpu", "memory");
                }
                Map<String, Object> security = map(container.get("securityContext"));
                assertThat(security.get("runAsNonRoot")).as("%s runAsNonRoot", what).isEqualTo(true);
                assertThat(security.get("allowPrivilegeEscalation")).as("%s allowPrivilegeEscalation", what).isEqualTo(false);
                assertThat(security.get("readOnlyRootFilesystem")).as("%s readOnlyRootFilesystem", what).isEqualTo(true);
                assertThat(list(at(security, "capabilities", "drop"))).as("%s drops capabilities", what).containsExactly("ALL");
                assertThat(string(security, "seccompProfile", "type")).as("%s seccomp", what).isEqualTo("RuntimeDefault");
                assertThat(maps(container.get("volumeMounts")))
                        .as("%s has a writable /tmp on an emptyDir", what)
                        .anySatisfy(mount -> {
                            assertThat(string(mount, "mountPath")).isEqualTo("/tmp");
                            assertThat(emptyDirs).contains(string(mount, "name"));
                        });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void everyServiceHasItsDeploymentServiceConfigMapAutoscalerAndDisruptionBudget(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(overlay);
        Map<String, Repository.StackService> stack = Repository.localStack().services();
        for (String service : Repository.SERVICES) {
            int port = stack.get(service).port();
            Map<String, Object> deployment = named(objects, "Deployment", service);
            Map<String, Object> container = map(at(deployment, "spec", "template", "spec", "containers", 0));
            assertThat(at(container, "ports", 0, "containerPort")).as("%s container port", service).isEqualTo(port);
            assertThat(string(container, "envFrom", 0, "configMapRef", "name")).isEqualTo(service + "-config");
            Map<String, Object> config = named(objects, "ConfigMap", service + "-config");
            assertThat(string(config, "data", "QUARKUS_HTTP_PORT")).as("%s QUARKUS_HTTP_PORT", service).isEqualTo(String.valueOf(port));
            Set<String> known = new TreeSet<>(Repository.configurationNames(service));
            known.addAll(stack.get(service).environment());
            assertThat(known)
                    .as("%s's ConfigMap sets only names the service reads or ./paybridge sets for it", service)
                    .containsAll(map(config.get("data")).keySet());

            Map<String, Object> kubeService = named(objects, "Service", service);
            assertThat(at(kubeService, "spec", "ports", 0, "port")).isEqualTo(port);
            assertThat(string(kubeService, "spec", "type")).as("%s is not exposed by its Service", service).isEqualTo("ClusterIP");
            assertThat(map(at(kubeService, "spec", "selector"))).isEqualTo(map(at(deployment, "spec", "selector", "matchLabels")));

            Map<String, Object> autoscaler = named(objects, "HorizontalPodAutoscaler", service);
            assertThat(string(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(service);
            assertThat((Integer) at(autoscaler, "spec", "maxReplicas")).isGreaterThan((Integer) at(autoscaler, "spec", "minReplicas"));
            Map<String, Object> budget = named(objects, "PodDisruptionBudget", service);
            assertThat(map(at(budget, "spec", "selector", "matchLabels"))).isEqualTo(map(at(deployment, "spec", "selector", "matchLabels")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void secretsAreOnlyReferencedNeverCommitted(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(overlay);
        assertThat(ofKind(objects, "Secret")).as("Secrets are created in the cluster, never rendered from the repository").isEmpty();
        for (Map<String, Object> config : ofKind(objects, "ConfigMap")) {
            for (String key : map(config.get("data")).keySet()) {
                if (!key.endsWith("_FILE")) {
                    assertThat(key).as("%s holds no credential", name(config)).doesNotContain("PASSWORD", "SECRET", "ACCESS_KEY");
                }
            }
        }
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            Map<String, Object> container = map(at(deployment, "spec", "template", "spec", "containers", 0));
            for (Map<String, Object> env : maps(container.get("env"))) {
                String variable = string(env, "name");
                if (variable.contains("PASSWORD") || variable.contains("SECRET") || variable.contains("ACCESS_KEY")) {
                    assertThat(string(env, "valueFrom", "secretKeyRef", "name")).as("%s of %s comes from a Secret", variable, name(deployment)).isNotNull();
                }
            }
            assertThat(maps(container.get("env")).stream().map(env -> string(env, "name")))
                    .as("%s's database password comes from a Secret", name(deployment))
                    .contains("QUARKUS_DATASOURCE_PASSWORD");
        }
        for (String service : List.of("checkout-service", "payout-service", "reconciliation-service")) {
            Map<String, Object> pod = map(at(named(objects, "Deployment", service), "spec", "template", "spec"));
            assertThat(maps(pod.get("volumes")).stream().map(volume -> string(volume, "secret", "secretName")))
                    .as("%s mounts the Trustly key and the JWT verification key from Secrets", service)
                    .contains("paybridge-trustly", "paybridge-jwt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void everyCatalogTopicIsAKafkaTopicWithItsPartitionsThreeReplicasAndMinInsyncTwo(String overlay) {
        List<Map<String, Object>> topics = ofKind(Kustomize.render(overlay), "KafkaTopic");
        Set<String> expected = new TreeSet<>();
        for (TopicSpec spec : Topics.all()) {
            expected.add(spec.name());
            expected.add(spec.deadLetterTopic());
            assertTopic(topics, spec.name(), spec.partitions());
            assertTopic(topics, spec.deadLetterTopic(), 1);
        }
        assertThat(topics.stream().map(topic -> string(topic, "spec", "topicName"))).as("no topic outside the catalog").containsExactlyInAnyOrderElementsOf(expected);
        Map<String, Object> kafka = ofKind(Kustomize.render(overlay), "Kafka").get(0);
        assertThat(string(kafka, "spec", "kafka", "config", "auto.create.topics.enable")).isEqualTo("false");
        Map<String, Object> pool = ofKind(Kustomize.render(overlay), "KafkaNodePool").get(0);
        assertThat((Integer) at(pool, "spec", "replicas")).isGreaterThanOrEqualTo(3);
        assertThat(list(at(pool, "spec", "roles"))).containsExactlyInAnyOrder("controller", "broker");
        assertThat(string(pool, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(name(kafka));
    }

    private static void assertTopic(List<Map<String, Object>> topics, String name, int partitions) {
        Map<String, Object> topic = topics.stream().filter(candidate -> name.equals(string(candidate, "spec", "topicName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic for " + name));
        assertThat(at(topic, "spec", "partitions")).as("%s partitions", name).isEqualTo(partitions);
        assertThat(at(topic, "spec", "replicas")).as("%s replicas", name).isEqualTo(3);
        assertThat(string(topic, "spec", "config", "min.insync.replicas")).as("%s min.insync.replicas", name).isEqualTo("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void postgresIsACloudNativePgClusterAndPrometheusScrapesTheServices(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(overlay);
        Map<String, Object> cluster = named(objects, "Cluster", "paybridge-postgres");
        assertThat(string(cluster, "apiVersion")).startsWith("postgresql.cnpg.io/");
        assertThat((Integer) at(cluster, "spec", "instances")).isGreaterThanOrEqualTo(2);
        for (String service : Repository.SERVICES) {
            assertThat(string(named(objects, "ConfigMap", service + "-config"), "data", "QUARKUS_DATASOURCE_REACTIVE_URL"))
                    .startsWith("postgresql://paybridge-postgres-rw:5432/");
        }
        Map<String, Object> monitor = ofKind(objects, "ServiceMonitor").get(0);
        assertThat(string(monitor, "spec", "endpoints", 0, "path")).isEqualTo("/q/metrics");
        Map<String, Object> selector = map(at(monitor, "spec", "selector", "matchLabels"));
        for (String service : Repository.SERVICES) {
            assertThat(map(at(named(objects, "Service", service), "metadata", "labels"))).as("%s is scraped", service).containsAllEntriesOf(selector);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void onlyTheIngestsCallbackPathsAreReachableFromOutside(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(overlay);
        List<Map<String, Object>> ingresses = ofKind(objects, "Ingress");
        assertThat(ingresses).hasSize(1);
        Set<String> paths = new TreeSet<>();
        for (Map<String, Object> rule : maps(at(ingresses.get(0), "spec", "rules"))) {
            for (Map<String, Object> path : maps(at(rule, "http", "paths"))) {
                assertThat(string(path, "backend", "service", "name")).isEqualTo(INGEST);
                assertThat(string(path, "pathType")).as("%s matches exactly", string(path, "path")).isEqualTo("Exact");
                paths.add(string(path, "path"));
            }
        }
        assertThat(paths).isEqualTo(CALLBACK_PATHS);
        assertThat(ofKind(objects, "Service")).allSatisfy(service -> assertThat(string(service, "spec", "type")).isIn(null, "ClusterIP"));

        List<Map<String, Object>> policies = ofKind(objects, "NetworkPolicy");
        assertThat(policies).as("a default deny of ingress").anySatisfy(policy -> {
            assertThat(map(at(policy, "spec", "podSelector"))).isEmpty();
            assertThat(list(at(policy, "spec", "policyTypes"))).contains("Ingress");
            assertThat(at(policy, "spec", "ingress")).isNull();
        });
        for (Map<String, Object> policy : policies) {
            String selected = string(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name");
            for (Map<String, Object> rule : maps(at(policy, "spec", "ingress"))) {
                for (Map<String, Object> peer : maps(rule.get("from"))) {
                    assertThat(peer).as("%s admits no address block", name(policy)).doesNotContainKey("ipBlock");
                    String namespace = string(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
                    if (peer.containsKey("namespaceSelector") && !"monitoring".equals(namespace) && !"cnpg-system".equals(namespace)) {
                        assertThat(selected).as("%s lets another namespace (%s) in: only the ingest may be", name(policy), namespace).isEqualTo(INGEST);
                    }
                }
            }
        }
        Map<String, Object> ingestPolicy = named(objects, "NetworkPolicy", INGEST + "-ingress");
        assertThat(maps(at(ingestPolicy, "spec", "ingress", 0, "from")).stream()
                        .map(peer -> string(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")))
                .as("the ingress controller reaches the ingest").contains("ingress-nginx");
        assertThat(ofKind(objects, "NetworkPolicy"))
                .as("the ingest may call payout-service for withdrawal debits")
                .anySatisfy(policy -> {
                    assertThat(string(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name")).isEqualTo(INGEST);
                    assertThat(string(policy, "spec", "egress", 0, "to", 0, "podSelector", "matchLabels", "app.kubernetes.io/name")).isEqualTo("payout-service");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX, PRODUCTION})
    void everySecretTheOverlayReferencesIsDocumentedWithItsKeys(String overlay) {
        Map<String, Set<String>> references = new java.util.TreeMap<>();
        for (Map<String, Object> object : Kustomize.render(overlay)) {
            collectSecretReferences(object, references);
        }
        assertThat(references).containsKeys("paybridge-trustly", "paybridge-jwt", "paybridge-postgres-app");
        String readme = Repository.read(Repository.path("deploy/README.md"));
        references.forEach((secret, keys) -> {
            String row = readme.lines().filter(line -> line.startsWith("| `" + secret + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("deploy/README.md has no row for the Secret " + secret));
            for (String key : keys) {
                assertThat(row).as("deploy/README.md names the key %s of %s", key, secret).contains("`" + key + "`");
            }
        });
    }

    private static void collectSecretReferences(Object node, Map<String, Set<String>> references) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("secretKeyRef") instanceof Map<?, ?> ref) {
                references.computeIfAbsent(String.valueOf(ref.get("name")), secret -> new TreeSet<>()).add(String.valueOf(ref.get("key")));
            }
            if (map.get("secretName") instanceof String secret) {
                Set<String> keys = references.computeIfAbsent(secret, name -> new TreeSet<>());
                maps(map.get("items")).forEach(item -> keys.add(string(item, "key")));
            }
            map.values().forEach(value -> collectSecretReferences(value, references));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectSecretReferences(value, references));
        }
    }

    @Test
    void theSandboxOverlayRunsPspSandboxAndPointsEveryServiceAtIt() {
        List<Map<String, Object>> objects = Kustomize.render(SANDBOX);
        named(objects, "Deployment", "psp-sandbox");
        assertThat(at(named(objects, "Service", "psp-sandbox"), "spec", "ports", 0, "port")).isEqualTo(8090);
        for (String service : Repository.SERVICES) {
            Map<String, Object> data = map(at(named(objects, "ConfigMap", service + "-config"), "data"));
            assertThat(data).as(service)
                    .containsEntry("PAYBRIDGE_TRUSTLY_ENVIRONMENT", "sandbox")
                    .containsEntry("PAYBRIDGE_TRUSTLY_API_URL", "http://psp-sandbox:8090/api/1")
                    .containsKey("PAYBRIDGE_TRUSTLY_PUBLIC_KEY_FILE");
        }
    }

    @Test
    void theProductionOverlayUsesLiveTrustlyMoreReplicasAndBiggerLimitsAndNoSandbox() {
        List<Map<String, Object>> production = Kustomize.render(PRODUCTION);
        List<Map<String, Object>> sandbox = Kustomize.render(SANDBOX);
        assertThat(production).noneSatisfy(object -> assertThat(name(object)).contains("psp-sandbox"));
        for (String service : Repository.SERVICES) {
            Map<String, Object> data = map(at(named(production, "ConfigMap", service + "-config"), "data"));
            assertThat(data).as(service).containsEntry("PAYBRIDGE_TRUSTLY_ENVIRONMENT", "live").doesNotContainKey("PAYBRIDGE_TRUSTLY_API_URL");
            assertThat(data.values()).as(service).noneSatisfy(value -> assertThat(String.valueOf(value)).contains("psp-sandbox"));
            Map<String, Object> big = named(production, "Deployment", service);
            Map<String, Object> small = named(sandbox, "Deployment", service);
            assertThat((Integer) at(big, "spec", "replicas")).isGreaterThan((Integer) at(small, "spec", "replicas"));
            assertThat((Integer) at(named(production, "HorizontalPodAutoscaler", service), "spec", "minReplicas"))
                    .isGreaterThan((Integer) at(named(sandbox, "HorizontalPodAutoscaler", service), "spec", "minReplicas"));
            assertThat(mebibytes(string(big, "spec", "template", "spec", "containers", 0, "resources", "limits", "memory")))
                    .isGreaterThan(mebibytes(string(small, "spec", "template", "spec", "containers", 0, "resources", "limits", "memory")));
        }
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertThat(quantity).endsWith("Mi");
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }
}
