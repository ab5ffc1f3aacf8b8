package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void defaultsMatchTheScript() {
        StackSettings settings = StackSettings.from(Map.of());

        assertThat(settings).isEqualTo(new StackSettings(Path.of(".paybridge").toAbsolutePath(), 15432, 19092, 8090, 8082, 8081, 8083, 8084));
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:19092");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:15432/paybridge");
    }

    @Test
    void environmentOverridesPortsAndStateDirectory() {
        StackSettings settings = StackSettings.from(Map.of(
                "PAYBRIDGE_STATE_DIR", "/tmp/pb", "PAYBRIDGE_POSTGRES_PORT", "25432", "PAYBRIDGE_KAFKA_PORT", "29092",
                "PAYBRIDGE_PSP_SANDBOX_PORT", "28090", "PAYBRIDGE_NOTIFICATION_INGEST_SERVICE_PORT", "28082",
                "PAYBRIDGE_CHECKOUT_SERVICE_PORT", "28081", "PAYBRIDGE_PAYOUT_SERVICE_PORT", "28083",
                "PAYBRIDGE_RECONCILIATION_SERVICE_PORT", "28084"));

        assertThat(settings).isEqualTo(new StackSettings(Path.of("/tmp/pb"), 25432, 29092, 28090, 28082, 28081, 28083, 28084));
        assertThat(settings.sandboxUrl()).hasToString("http://localhost:28090");
        assertThat(settings.ingestUrl()).hasToString("http://localhost:28082");
        assertThat(settings.payoutUrl()).hasToString("http://localhost:28083");
        assertThat(settings.checkoutUrl()).hasToString("http://localhost:28081");
        assertThat(settings.reconciliationUrl()).hasToString("http://localhost:28084");
        assertThat(settings.merchantDir()).isEqualTo(Path.of("/tmp/pb/merchant"));
        assertThat(settings.postgresDataDir()).isEqualTo(Path.of("/tmp/pb/postgres"));
        assertThat(settings.jwtDir()).isEqualTo(Path.of("/tmp/pb/jwt"));
    }

    @Test
    void aPortThatIsNotANumberIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("PAYBRIDGE_KAFKA_PORT", "90000")))
                .isInstanceOf(StackException.class)
                .hasMessage("PAYBRIDGE_KAFKA_PORT must be a port number between 1 and 65535, not '90000'");
    }
}
