package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMerchantTest {

    @TempDir
    Path state;

    @Test
    void credentialsAreGeneratedOnceWithPrivateFilesAndReusedAfterwards() throws Exception {
        Path dir = state.resolve("merchant");

        SandboxMerchant first = SandboxMerchant.loadOrCreate(dir);
        SandboxMerchant again = SandboxMerchant.loadOrCreate(dir);

        assertThat(first.username()).isEqualTo("paybridge");
        assertThat(first.password()).matches("[A-Za-z0-9_-]{32}");
        assertThat(again.password()).isEqualTo(first.password());
        assertThat(again.privateKey()).isEqualTo(first.privateKey());
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(Files.readString(first.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKeyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("password")))).isEqualTo("rw-------");
        assertThat(first.pspPublicKeyFile()).isEqualTo(dir.resolve("psp-public-key.pem"));
    }

    @Test
    void theTextOfTheCredentialsNeverShowsThePassword() {
        SandboxMerchant merchant = SandboxMerchant.loadOrCreate(state.resolve("merchant"));

        assertThat(merchant.toString()).doesNotContain(merchant.password()).contains("<redacted>");
    }

    @Test
    void loadingCredentialsThatDoNotExistSaysWhatCreatesThem() {
        assertThatThrownBy(() -> SandboxMerchant.load(state.resolve("nothing")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("credentials are missing in " + state.resolve("nothing"))
                .hasMessageEndingWith("./paybridge up creates them");
    }
}
