package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyOrMissingDirectoryIsInitialized() {
        assertThatCode(() -> LocalPostgres.checkDataDirectory(dataDir)).doesNotThrowAnyException();
        assertThatCode(() -> LocalPostgres.checkDataDirectory(dataDir.resolve("missing"))).doesNotThrowAnyException();
    }

    @Test
    void anExistingClusterOfTheSameVersionIsReused() throws Exception {
        Files.writeString(dataDir.resolve("postgresql.conf"), "");
        Files.writeString(dataDir.resolve("PG_VERSION"), "17\n");

        assertThatCode(() -> LocalPostgres.checkDataDirectory(dataDir)).doesNotThrowAnyException();
    }

    @Test
    void aClusterOfAnotherMajorVersionIsRefused() throws Exception {
        Files.writeString(dataDir.resolve("postgresql.conf"), "");
        Files.writeString(dataDir.resolve("PG_VERSION"), "16\n");

        assertThatThrownBy(() -> LocalPostgres.checkDataDirectory(dataDir))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("belongs to PostgreSQL 16, the local stack runs PostgreSQL 17");
    }

    @Test
    void aHalfInitializedDirectoryIsRefused() throws Exception {
        Files.writeString(dataDir.resolve("PG_VERSION"), "17\n");

        assertThatThrownBy(() -> LocalPostgres.checkDataDirectory(dataDir))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("is incomplete");
    }
}
