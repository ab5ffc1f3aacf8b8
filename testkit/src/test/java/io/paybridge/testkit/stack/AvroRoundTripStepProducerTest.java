package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.testkit.kafka.EmbeddedKafka;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvroRoundTripStepProducerTest {

    @TempDir
    Path state;

    @Test
    void anEventWrittenWithThePublishedSerdeReadsBackEqualWithItsCloudEventsHeaders() throws Exception {
        int port = Integer.parseInt(EmbeddedKafka.shared().bootstrapServers().replaceAll(".*:", ""));

        String shown = new AvroRoundTripStep().run(new StackSettings(state, 1, port, 1, 1, 1, 1, 1));

        assertThat(shown).contains("read it back equal")
                .contains("ce_type: io.paybridge.contracts.payments.v1.DepositInitiated")
                .contains("ce_source: /paybridge/local-stack-demo")
                .contains("ce_specversion: 1.0")
                .contains("content-type: application/avro")
                .doesNotContain("(missing)");
    }
}
