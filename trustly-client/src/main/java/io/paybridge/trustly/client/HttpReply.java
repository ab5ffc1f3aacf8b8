package io.paybridge.trustly.client;

/** An HTTP answer as the transport received it: status and raw body (empty when there was none). */
public record HttpReply(int status, byte[] body) {

    public HttpReply {
        body = body == null ? new byte[0] : body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "HttpReply[status=" + status + ", " + body.length + " bytes]";
    }
}
