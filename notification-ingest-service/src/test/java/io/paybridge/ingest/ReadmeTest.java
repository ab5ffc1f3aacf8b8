package io.paybridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.testkit.docs.ReadmeCanvas;
import org.junit.jupiter.api.Test;

/** The README's canvas stays true: every endpoint and table the code has is in it. */
class ReadmeTest {

    private final ReadmeCanvas canvas = ReadmeCanvas.ofCurrentModule();

    @Test
    void listsEveryEndpoint() {
        assertThat(canvas.endpoints()).isNotEmpty();
        for (String path : canvas.endpoints()) {
            assertThat(canvas.readme()).as("README lists %s", path).contains("`POST " + path + "`");
        }
    }

    @Test
    void listsEveryTable() {
        assertThat(canvas.tables("db/notification-ingest")).isNotEmpty();
        for (String table : canvas.tables("db/notification-ingest")) {
            assertThat(canvas.readme()).as("README lists table %s", table).contains("`" + table + "`");
        }
    }
}
