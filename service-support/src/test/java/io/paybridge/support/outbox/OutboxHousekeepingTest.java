package io.paybridge.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.junit.jupiter.api.Test;

class OutboxHousekeepingTest {

    @Test
    void aStoppingApplicationTakesItsGaugesOutOfTheRegistryItSharesWithTheNextOne() {
        CompositeMeterRegistry global = new CompositeMeterRegistry();
        OutboxHousekeeping first = new OutboxHousekeeping(null, global);
        assertThat(global.find("paybridge.outbox.pending").gauge()).isNotNull();
        assertThat(global.find("paybridge.outbox.lag.seconds").gauge()).isNotNull();

        first.removeGauges();

        assertThat(global.find("paybridge.outbox.pending").gauge()).isNull();
        assertThat(global.find("paybridge.outbox.lag.seconds").gauge()).isNull();
        new OutboxHousekeeping(null, global);
        assertThat(global.find("paybridge.outbox.pending").gauges()).hasSize(1);
    }
}
