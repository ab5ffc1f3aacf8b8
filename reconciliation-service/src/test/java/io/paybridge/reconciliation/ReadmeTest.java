package io.paybridge.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.testkit.docs.ReadmeCanvas;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's canvas stays true: every resource path and table the code has is in it. */
class ReadmeTest {

    private final ReadmeCanvas canvas = ReadmeCanvas.ofCurrentModule();

    @Test
    void listsEveryEndpoint() {
        for (String path : canvas.endpoints()) {
            assertThat(canvas.readme()).as("README lists %s", path).containsPattern("`(GET|POST) " + Pattern.quote(path) + "[`/]");
        }
    }

    @Test
    void listsEveryTable() {
        assertThat(canvas.tables("db/reconciliation")).isNotEmpty();
        for (String table : canvas.tables("db/reconciliation")) {
            assertThat(canvas.readme()).as("README lists table %s", table).contains("`" + table + "`");
        }
    }
}
