package io.paybridge.sandbox.api;

/** What the HTTP layer does with a call: write {@code body}, or close the connection without a word (an injected fault). */
public record ApiAnswer(byte[] body, boolean dropConnection) {

    public static ApiAnswer of(byte[] body) {
        return new ApiAnswer(body, false);
    }

    public static ApiAnswer dropped() {
        return new ApiAnswer(new byte[0], true);
    }
}
