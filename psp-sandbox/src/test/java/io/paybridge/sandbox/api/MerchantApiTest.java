package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.SandboxFixtures;
import io.paybridge.trustly.signature.SignatureVerifier;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** Base of the API's HTTP tests: a merchant of its own for every test, the key the sandbox signs with, fixtures. */
public abstract class MerchantApiTest {

    @Inject
    protected SandboxFixtures fixtures;

    /** Verifies what the sandbox signs, with the key from {@code GET /sandbox/public-key}. */
    protected SignatureVerifier sandbox;
    protected TestMerchant merchant;

    @BeforeEach
    void registerMerchant() {
        sandbox = TestMerchant.sandboxKey();
        merchant = TestMerchant.register();
    }

    /** A new deposit's orderid. */
    protected long deposit(ObjectNode request) {
        return merchant.call("Deposit", request).data(sandbox).get("orderid").asLong();
    }

    /** A deposit of {@code amount} that the end user completed: CREDITED, its amount and fee booked. */
    protected long creditedDeposit(String currency, String amount) {
        ObjectNode request = TrustlyRequests.deposit();
        ((ObjectNode) request.get("Attributes")).put("Currency", currency).put("Amount", amount);
        long deposit = deposit(request);
        fixtures.creditDeposit(deposit);
        return deposit;
    }
}
