package io.paybridge.reconciliation.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The text of one settlement report as it arrives, read once, and its identity: the SHA-256 of its settlement date
 * and its bytes, computed while it is read (so known only after the last row). The date is part of it because a
 * report without rows is the same header on every date, and each date's report is a report of its own.
 * Uploaded bytes are decoded strictly as UTF-8 and refused beyond a size limit.
 */
public final class ReportContent {

    private final Reader reader;
    private final MessageDigest digest;

    private ReportContent(Reader reader, MessageDigest digest) {
        this.reader = reader;
        this.digest = digest;
    }

    /** An uploaded body of at most {@code maxBytes} UTF-8 bytes; more is a {@link TooLargeException} while reading. */
    public static ReportContent ofStream(LocalDate settlementDate, InputStream body, long maxBytes) {
        MessageDigest digest = startDigest(settlementDate);
        InputStream limited = new LimitedInputStream(body, maxBytes);
        return new ReportContent(new InputStreamReader(new DigestInputStream(limited, digest), StandardCharsets.UTF_8.newDecoder()),
                digest);
    }

    /** A report received as text (the PSP's answer), identified by its UTF-8 bytes like an upload of the same text. */
    public static ReportContent ofText(LocalDate settlementDate, String csv) {
        MessageDigest digest = startDigest(settlementDate);
        digest.update(csv.getBytes(StandardCharsets.UTF_8));
        return new ReportContent(new StringReader(csv), digest);
    }

    /** The text; read it once, to the end. */
    public Reader reader() {
        return reader;
    }

    /** The identity in lower-case hex; only meaningful once {@link #reader()} has been read to the end. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest startDigest(LocalDate settlementDate) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((settlementDate + "\n").getBytes(StandardCharsets.US_ASCII));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The upload went past the size limit. */
    public static final class TooLargeException extends IOException {

        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("the report is larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    /** Counts the bytes read and fails once there are more than allowed. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long maxBytes;
        private long count;

        LimitedInputStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int read = super.read(target, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int read) throws TooLargeException {
            count += read;
            if (count > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
        }
    }
}
