package io.paybridge.testkit.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource pointing an application at a broker of its own ({@link RestartableKafka}),
 * injected into the test's fields of that type so the test can stop and restart it; closed with the
 * application.
 */
public class RestartableKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private RestartableKafka kafka;

    @Override
    public Map<String, String> start() {
        kafka = RestartableKafka.start();
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(kafka, new TestInjector.MatchesType(RestartableKafka.class));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
