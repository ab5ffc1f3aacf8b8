package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/** The merchant's API Username and Password, sent inside every request's Data; never printed. */
public record Credentials(String username, String password) {

    public Credentials {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("the Trustly username is blank");
        }
        Objects.requireNonNull(password, "password");
    }

    /** Username, Password and the request's validated members: the complete {@code params.Data}. */
    public ObjectNode dataFor(TrustlyRequest<?> request) {
        ObjectNode fields = request.data();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("Username", username);
        data.put("Password", password);
        data.setAll(fields);
        return data;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=<redacted>]";
    }
}
