package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.signature.Signer;

import java.security.KeyPair;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A merchant registered through {@code POST /sandbox/merchants} with a key pair made for the test, calling
 * {@code POST /api/1} with signed requests; each test makes its own so scenarios never share money or ids.
 */
public final class TestMerchant {

    public static final String NOTIFICATION_PREFIX = "https://merchant.example/notify/";

    private final String username;
    private final String password;
    private final Signer signer;

    private TestMerchant(String username, String password, Signer signer) {
        this.username = username;
        this.password = password;
        this.signer = signer;
    }

    /** Registers a fresh merchant. */
    public static TestMerchant register() {
        KeyPair keys = PemKeys.generate();
        String username = "m-" + UUID.randomUUID().toString().substring(0, 13);
        String password = "pw-" + UUID.randomUUID();
        given().contentType("application/json")
                .body(Map.of("username", username, "password", password, "publicKeyPem", PemKeys.toPem(keys.getPublic()),
                        "notificationUrlPrefix", NOTIFICATION_PREFIX))
                .post("/sandbox/merchants").then().statusCode(201);
        return new TestMerchant(username, password, new RsaSha1Signer(keys.getPrivate()));
    }

    /** A merchant registered otherwise (a {@code FakeMerchant}), calling the API with its credentials and key. */
    public static TestMerchant of(String username, String password, Signer signer) {
        return new TestMerchant(username, password, signer);
    }

    /** The key the sandbox signs with, from {@code GET /sandbox/public-key}. */
    public static SignatureVerifier sandboxKey() {
        return SignatureVerifier.fromPem(given().get("/sandbox/public-key").then().statusCode(200).extract().asString());
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Signer signer() {
        return signer;
    }

    /** Calls {@code method} with a fresh UUID; {@code data} gets this merchant's Username and Password. */
    public Reply call(String method, ObjectNode data) {
        return call(method, UUID.randomUUID().toString(), data);
    }

    /** Calls {@code method} with the given UUID. */
    public Reply call(String method, String uuid, ObjectNode data) {
        return post(JsonRpc.write(request(method, uuid, data)));
    }

    /** The signed request envelope, credentials included. */
    public ObjectNode request(String method, String uuid, ObjectNode data) {
        ObjectNode withCredentials = data.deepCopy();
        withCredentials.put("Username", username).put("Password", password);
        return JsonRpc.request(method, uuid, withCredentials, signer);
    }

    /** Posts raw bytes to the API and checks the HTTP side: 200 and JSON in UTF-8. */
    public static Reply post(byte[] body) {
        byte[] answer = given().contentType("application/json").body(body)
                .post("/api/1")
                .then().statusCode(200).contentType("application/json; charset=UTF-8")
                .extract().asByteArray();
        return Reply.of(answer);
    }
}
