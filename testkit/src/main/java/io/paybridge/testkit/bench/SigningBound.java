package io.paybridge.testkit.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signing bound: how many SHA1withRSA signatures per second a key allows with one thread per core.
 * Every acknowledgement carries one such signature, so no ingest on this machine answers faster.
 */
final class SigningBound {

    /** What a reply's signature covers: method, uuid and the serialized data ({@code statusOK}). */
    private static final byte[] PLAINTEXT = "credit8a8c4e56-4b1f-4c36-8b8f-7f6f5a0d2a10statusOK".getBytes(StandardCharsets.UTF_8);

    private SigningBound() {
    }

    /** Signatures per second over {@code duration} with {@code threads} threads signing as fast as they can. */
    static double measure(PrivateKey key, int threads, Duration duration) throws InterruptedException {
        AtomicLong signatures = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] elapsed = new long[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                try {
                    Signature signer = Signature.getInstance("SHA1withRSA");
                    signer.initSign(key);
                    start.await();
                    long began = System.nanoTime();
                    long end = began + duration.toNanos();
                    long count = 0;
                    while (System.nanoTime() < end) {
                        signer.update(PLAINTEXT);
                        signer.sign();
                        count++;
                    }
                    elapsed[index] = System.nanoTime() - began;
                    signatures.addAndGet(count);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the key cannot sign with SHA1withRSA", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "signing-bound-" + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long longest = 0;
        for (long nanos : elapsed) {
            longest = Math.max(longest, nanos);
        }
        return signatures.get() * 1e9 / longest;
    }
}
