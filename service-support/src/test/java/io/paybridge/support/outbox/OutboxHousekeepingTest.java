package io.paybridge.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxHousekeepingTest {

    private static final OutboxConfig CONFIG = (OutboxConfig) Proxy.newProxyInstance(OutboxConfig.class.getClassLoader(),
            new Class<?>[] {OutboxConfig.class}, (proxy, method, args) -> "retention".equals(method.getName()) ? Duration.ofDays(7) : null);

    @Test
    void aStoppingApplicationTakesItsGaugesOutOfTheRegistryItSharesWithTheNextOne() {
        CompositeMeterRegistry global = new CompositeMeterRegistry();
        OutboxHousekeeping first = new OutboxHousekeeping(null, CONFIG, global);
        assertThat(global.find("paybridge.outbox.pending").gauge()).isNotNull();
        assertThat(global.find("paybridge.outbox.lag.seconds").gauge()).isNotNull();

        first.removeGauges();

        assertThat(global.find("paybridge.outbox.pending").gauge()).isNull();
        assertThat(global.find("paybridge.outbox.lag.seconds").gauge()).isNull();
        new OutboxHousekeeping(null, CONFIG, global);
        assertThat(global.find("paybridge.outbox.pending").gauges()).hasSize(1);
    }
}
