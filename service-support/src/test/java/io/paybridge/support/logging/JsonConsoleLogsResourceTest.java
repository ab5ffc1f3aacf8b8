package io.paybridge.support.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;

import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/** With paybridge.log.json on (the default outside dev and test), the console writes JSON lines with the trace ids. */
@QuarkusTest
@TestProfile(JsonConsoleLogsResourceTest.JsonLogs.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class JsonConsoleLogsResourceTest {

    /** The production setting. */
    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.log.json", "true");
        }
    }

    @Test
    void theConsoleWritesOneJsonObjectPerLineWithTheTraceIds() throws Exception {
        List<ConsoleHandler> consoles = JsonConsoleLogs.consoleHandlers();
        assertThat(consoles).isNotEmpty();
        assertThat(consoles).allSatisfy(console -> assertThat(console.getFormatter()).isInstanceOf(JsonLineFormatter.class));

        ExtLogRecord record = new ExtLogRecord(Level.INFO, "notification %s stored", ExtLogRecord.FormatStyle.PRINTF,
                JsonConsoleLogsResourceTest.class.getName());
        record.setParameters(new Object[] {"n-1"});
        record.setLoggerName("io.paybridge.test");
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        try {
            record.copyMdc();
        } finally {
            MDC.remove("traceId");
        }
        String line = consoles.get(0).getFormatter().format(record);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("message").asText()).isEqualTo("notification n-1 stored");
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("io.paybridge.test");
        assertThat(json.path("mdc").path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }
}
