package io.paybridge.testkit.bench;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading one HTTP/1.1 response off a connection: sized, chunked or to the end, and exactly its own bytes. */
class HttpAnswerTest {

    @Test
    void aSizedAnswerEndsWhereItsLengthSaysSoTheNextOneCanBeRead() throws IOException {
        InputStream connection = stream("HTTP/1.1 422 Unprocessable Entity\r\nContent-Length: 7\r\n\r\n{\"a\":1}"
                + "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 4\r\nConnection: close\r\n\r\n\"é\"");

        HttpAnswer first = HttpAnswer.read(connection);
        HttpAnswer second = HttpAnswer.read(connection);

        assertThat(first.status()).isEqualTo(422);
        assertThat(first.text()).isEqualTo("{\"a\":1}");
        assertThat(first.closes()).isFalse();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo("\"é\"");
        assertThat(second.closes()).isTrue();
    }

    @Test
    void aChunkedAnswerIsReassembledAndAnUnsizedOneReadToTheEnd() throws IOException {
        InputStream connection = stream("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n"
                + "HTTP/1.1 200 OK\r\n\r\nuntil the end");

        assertThat(HttpAnswer.read(connection).text()).isEqualTo("hello, world");
        HttpAnswer unsized = HttpAnswer.read(connection);
        assertThat(unsized.text()).isEqualTo("until the end");
        assertThat(unsized.closes()).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> HttpAnswer.read(stream("garbage\r\n\r\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not an HTTP/1.1 response");
        assertThatThrownBy(() -> HttpAnswer.read(stream(""))).isInstanceOf(EOFException.class)
                .hasMessageContaining("before a response");
        assertThatThrownBy(() -> HttpAnswer.read(stream("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort")))
                .isInstanceOf(EOFException.class).hasMessageContaining("4 bytes before the body's end");
        assertThatThrownBy(() -> HttpAnswer.read(stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")))
                .isInstanceOf(EOFException.class).hasMessageContaining("last chunk");
        assertThatThrownBy(() -> HttpAnswer.read(stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("not hexadecimal");
    }

    private static InputStream stream(String bytes) {
        return new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8));
    }
}
