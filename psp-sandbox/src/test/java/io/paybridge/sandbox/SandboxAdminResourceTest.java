package io.paybridge.sandbox;

import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.signature.PemKeys;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The sandbox's key and merchant administration over HTTP. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SandboxAdminResourceTest {

    @Test
    void servesThePublicHalfOfTheKeyItPersisted() throws Exception {
        String pem = given().get("/sandbox/public-key").then().statusCode(200).extract().asString();
        var persisted = PemKeys.privateKey(Files.readString(Path.of("target/test-state/signing-key.pem")));
        assertThat(PemKeys.publicKey(pem)).isEqualTo(PemKeys.publicKeyOf(persisted));
    }

    @Test
    void registersAMerchantAndNeverEchoesThePassword() {
        String publicKey = PemKeys.toPem(PemKeys.generate().getPublic());
        given().contentType("application/json")
                .body(Map.of("username", "shop-1", "password", "s3cret-pw", "publicKeyPem", publicKey,
                        "notificationUrlPrefix", "https://shop.example/notify/"))
                .post("/sandbox/merchants")
                .then().statusCode(201)
                .body("username", equalTo("shop-1"))
                .body(not(containsString("s3cret-pw")));
    }

    @Test
    void registersAMerchantsOptionsAndReRegisteringWithoutThemTurnsThemOff() {
        String publicKey = PemKeys.toPem(PemKeys.generate().getPublic());
        Map<String, Object> registration = Map.of("username", "shop-3", "password", "pw", "publicKeyPem", publicKey,
                "notificationUrlPrefix", "https://shop.example/notify/");
        Map<String, Object> withOptions = new HashMap<>(registration);
        withOptions.put("payoutConfirmations", true);
        withOptions.put("manualWithdrawalApproval", true);

        given().contentType("application/json").body(withOptions).post("/sandbox/merchants")
                .then().statusCode(201).body("payoutConfirmations", equalTo(true)).body("manualWithdrawalApproval", equalTo(true));
        assertThat(options("shop-3")).containsExactly(true, true);
        given().contentType("application/json").body(registration).post("/sandbox/merchants")
                .then().statusCode(201).body("payoutConfirmations", equalTo(false)).body("manualWithdrawalApproval", equalTo(false));
        assertThat(options("shop-3")).containsExactly(false, false);
    }

    @Test
    void aBadPublicKeyIsAProblemNamingTheField() {
        given().contentType("application/json")
                .body(Map.of("username", "shop-2", "password", "pw", "publicKeyPem", "not a key",
                        "notificationUrlPrefix", "https://shop.example/"))
                .post("/sandbox/merchants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", hasItem("publicKeyPem"));
    }

    /** The stored merchant's payoutConfirmations and manualWithdrawalApproval. */
    private static List<Boolean> options(String username) {
        Merchant merchant = Db.inTransaction(() -> Merchant.<Merchant>findById(username));
        return List.of(merchant.payoutConfirmations, merchant.manualWithdrawalApproval);
    }
}
