package io.paybridge.sandbox.api;

import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.signature.Plaintext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An authenticated API call: the merchant, the signed request as received, typed access to its Data and
 * the SHA-256 of what the merchant signed (method + uuid + serialized Data): equal hashes mean an identical request.
 */
public record ApiCall(Merchant merchant, SignedPart request, RequestFields data, byte[] contentHash) {

    /** The call, with its content hash computed once. */
    public static ApiCall of(Merchant merchant, SignedPart request, RequestFields data) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Plaintext.bytes(request.method(), request.uuid(), request.data()));
            return new ApiCall(merchant, request, data, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String method() {
        return request.method();
    }

    public String uuid() {
        return request.uuid();
    }

    public String merchantUsername() {
        return merchant.username;
    }

    @Override
    public String toString() {
        return "ApiCall[" + method() + ", " + uuid() + ", merchant " + merchantUsername() + "]";
    }
}
