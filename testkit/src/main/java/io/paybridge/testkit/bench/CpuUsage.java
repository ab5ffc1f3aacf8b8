package io.paybridge.testkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a pass, from {@code /proc} (Linux): the ingest, PostgreSQL (the
 * server and its backends), Kafka, this client and everything else (the sandbox, other work on the
 * machine), so a result can be read against what each part used. Elsewhere there is nothing to show.
 */
final class CpuUsage {

    /**
     * Clock ticks so far of all CPUs together, of idle time, of time the hypervisor ran something else on this
     * machine's virtual CPUs (steal), of each part, and when they were read.
     */
    record Sample(long total, long idle, long steal, Map<String, Long> parts, long nanos) {
    }

    private final Map<String, Long> pids;
    private final long postmaster;
    private final int cpus;

    private CpuUsage(Map<String, Long> pids, long postmaster, int cpus) {
        this.pids = pids;
        this.postmaster = postmaster;
        this.cpus = cpus;
    }

    /** The parts of the stack {@code ./paybridge} started under {@code stateDir}, if their pids can be read. */
    static Optional<CpuUsage> of(Path stateDir, int cpus) {
        try {
            Map<String, Long> pids = new LinkedHashMap<>();
            pids.put("ingest", firstNumber(stateDir.resolve("run/notification-ingest-service.pid")));
            pids.put("Kafka", firstNumber(stateDir.resolve("run/kafka.pid")));
            pids.put("this client", ProcessHandle.current().pid());
            return Optional.of(new CpuUsage(pids, firstNumber(stateDir.resolve("postgres/postmaster.pid")), cpus));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<Sample> sample() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            long steal = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
            Map<String, Long> parts = new LinkedHashMap<>();
            parts.put("ingest", ticks(pids.get("ingest")));
            parts.put("PostgreSQL", postgresTicks());
            parts.put("Kafka", ticks(pids.get("Kafka")));
            parts.put("this client", ticks(pids.get("this client")));
            return Optional.of(new Sample(total, idle, steal, parts, System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code ingest 1.30 cores (1.57 ms CPU per ack), PostgreSQL 0.25, Kafka 0.08, this client 0.29, everything else 0.05,
     * idle 0.03, stolen 0.00}.
     */
    String between(Sample before, Sample after, int acks) {
        double total = after.total() - before.total();
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        StringBuilder shown = new StringBuilder();
        double accounted = 0;
        for (String part : after.parts().keySet()) {
            double cores = cpus * (after.parts().get(part) - before.parts().get(part)) / total;
            accounted += cores;
            shown.append(shown.isEmpty() ? "" : ", ").append(part).append(String.format(Locale.ROOT, " %.2f", cores));
            if (part.equals("ingest")) {
                shown.append(String.format(Locale.ROOT, " cores (%.2f ms CPU per ack)", 1000 * cores * seconds / acks));
            }
        }
        double idle = cpus * (after.idle() - before.idle()) / total;
        double stolen = cpus * (after.steal() - before.steal()) / total;
        // ticks are counted per process and per CPU apart, so the rest may round below zero
        return shown + String.format(Locale.ROOT, ", everything else %.2f, idle %.2f, stolen %.2f",
                Math.max(0, cpus - accounted - idle - stolen), idle, stolen);
    }

    /** The cores this process used between two samples. */
    double selfCores(Sample before, Sample after) {
        return cpus * (after.parts().get("this client") - before.parts().get("this client")) / (double) (after.total() - before.total());
    }

    /**
     * The postmaster, its live children, and the children it has reaped (its cutime and cstime): autovacuum
     * workers and backends that ended during a pass would otherwise count as "everything else".
     */
    private long postgresTicks() throws IOException {
        String[] server = fields(Files.readString(Path.of("/proc/" + postmaster + "/stat")));
        long sum = Long.parseLong(server[11]) + Long.parseLong(server[12]) + Long.parseLong(server[13]) + Long.parseLong(server[14]);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .collect(Collectors.toList())) {
                try {
                    String[] fields = fields(Files.readString(process.resolve("stat")));
                    if (Long.parseLong(fields[1]) == postmaster) {
                        sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException e) {
                    // the process ended while being read
                }
            }
        }
        return sum;
    }

    private static long ticks(long pid) throws IOException {
        String[] fields = fields(Files.readString(Path.of("/proc/" + pid + "/stat")));
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * The fields of {@code /proc/PID/stat} after the command name (which may hold spaces): state, ppid, ... utime at 11,
     * stime at 12, the reaped children's cutime at 13 and cstime at 14.
     */
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static long firstNumber(Path file) throws IOException {
        return Long.parseLong(Files.readAllLines(file).get(0).trim());
    }
}
