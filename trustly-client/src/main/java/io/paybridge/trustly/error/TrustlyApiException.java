package io.paybridge.trustly.error;

import java.util.Optional;

/** A verified JSON-RPC error from Trustly: a definite outcome, nothing was done; subclasses name the families. */
public class TrustlyApiException extends TrustlyException {

    private final String method;
    private final String uuid;
    private final int code;
    private final String name;

    public TrustlyApiException(String method, String uuid, int code, String name) {
        super(method + " " + uuid + " failed with " + code + " " + name);
        this.method = method;
        this.uuid = uuid;
        this.code = code;
        this.name = name;
    }

    public String method() {
        return method;
    }

    public String uuid() {
        return uuid;
    }

    /** The numeric code as Trustly sent it, e.g. 616. */
    public int code() {
        return code;
    }

    /** The error name as Trustly sent it, e.g. {@code ERROR_INVALID_CREDENTIALS}. */
    public String name() {
        return name;
    }

    /** The known error, empty for a code and name this client has never seen. */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.of(code, name);
    }

    /** The family a caller reacts to; {@link ErrorFamily#OTHER} for unknown errors. */
    public ErrorFamily family() {
        return ErrorFamily.of(code, name);
    }
}
