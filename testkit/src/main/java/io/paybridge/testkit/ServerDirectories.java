package io.paybridge.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The temporary directory of a server a test starts and stops: created with a clear error, its log read from the end, deleted with everything in it. */
public final class ServerDirectories {

    private static final Logger LOG = Logger.getLogger(ServerDirectories.class.getName());
    private static final int TAIL_BYTES = 6_000;

    private ServerDirectories() {}

    /** A new directory under {@code java.io.tmpdir} whose name starts with the prefix, for the named server. */
    public static Path create(String prefix, String server) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException("could not create a directory for the " + server + ": " + e
                    + ". Fix: check free disk space in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    /** The last few kilobytes of a log file, for an error message; a note instead if there is none. */
    public static String tail(Path log) {
        if (!Files.exists(log)) {
            return "(no log yet)";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Deletes the directory and everything in it; a failure is logged, not thrown, since callers are cleaning up. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not delete " + directory, e);
        }
    }
}
