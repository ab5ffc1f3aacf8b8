package io.paybridge.testkit.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource giving an application a PostgreSQL server of its own ({@link RestartablePostgres}),
 * for both the reactive client and JDBC (Flyway), injected into the test's fields of that type so the
 * test can stop and restart it; closed with the application.
 */
public class RestartablePostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private RestartablePostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = RestartablePostgres.start();
        return PostgresTestResource.datasourceConfig(postgres.database());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(postgres, new TestInjector.MatchesType(RestartablePostgres.class));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
