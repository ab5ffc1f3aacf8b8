package io.paybridge.sandbox;

import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.signature.PemKeys;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aBadPublicKeyIsAProblemNamingTheField() {
        given().contentType("application/json")
                .body(Map.of("username", "shop-2", "password", "pw", "publicKeyPem", "not a key",
                        "notificationUrlPrefix", "https://shop.example/"))
                .post("/sandbox/merchants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", hasItem("publicKeyPem"));
    }
}
