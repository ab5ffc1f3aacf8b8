package io.paybridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.sandbox.scenario.Scenario;
import io.paybridge.testkit.docs.ReadmeCanvas;
import org.junit.jupiter.api.Test;

/** The README's canvas stays true: every endpoint, scenario and table the code has is in it. */
class ReadmeTest {

    private final ReadmeCanvas canvas = ReadmeCanvas.ofCurrentModule();

    @Test
    void listsEveryEndpoint() {
        String readme = canvas.readme();
        assertThat(canvas.endpoints()).isNotEmpty();
        for (String path : canvas.endpoints()) {
            assertThat(readme).as("README mentions %s", path).contains(path);
        }
    }

    @Test
    void listsEveryScenario() {
        String readme = canvas.readme();
        for (Scenario scenario : Scenario.values()) {
            assertThat(readme).as("README lists scenario %s", scenario.label()).contains("`" + scenario.label() + "`");
        }
    }

    @Test
    void listsEveryTable() {
        String readme = canvas.readme();
        assertThat(canvas.tables("db/psp-sandbox")).isNotEmpty();
        for (String table : canvas.tables("db/psp-sandbox")) {
            assertThat(readme).as("README lists table %s", table).contains("`" + table + "`");
        }
    }
}
