package io.paybridge.testkit.bench;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a reconciliation found, per class (a match class, or a leg's order type) and currency: how many and their sum
 * in minor units. Two tallies agree when every class and currency has the same count and sum.
 */
final class ClassTally {

    /** A count and a sum. */
    record Line(long count, long sumMinor) {
    }

    private final SortedMap<String, SortedMap<String, Line>> lines = new TreeMap<>();

    void add(String kind, String currency, long count, long sumMinor) {
        lines.computeIfAbsent(kind, k -> new TreeMap<>()).merge(currency, new Line(count, sumMinor),
                (a, b) -> new Line(a.count() + b.count(), a.sumMinor() + b.sumMinor()));
    }

    /** The count of a class over every currency. */
    long count(String kind) {
        return lines.getOrDefault(kind, new TreeMap<>()).values().stream().mapToLong(Line::count).sum();
    }

    /** The classes, sorted. */
    Set<String> kinds() {
        return lines.keySet();
    }

    /** Every class and currency with its count and sum. */
    SortedMap<String, SortedMap<String, Line>> lines() {
        return lines;
    }

    /** The first class and currency where the two differ, described; null when they agree. */
    String firstDifference(ClassTally other) {
        Set<String> kinds = new TreeSet<>(lines.keySet());
        kinds.addAll(other.lines.keySet());
        for (String kind : kinds) {
            Map<String, Line> mine = lines.getOrDefault(kind, new TreeMap<>());
            Map<String, Line> theirs = other.lines.getOrDefault(kind, new TreeMap<>());
            Set<String> currencies = new TreeSet<>(mine.keySet());
            currencies.addAll(theirs.keySet());
            for (String currency : currencies) {
                if (!Objects.equals(mine.get(currency), theirs.get(currency))) {
                    return kind + " " + currency + ": " + describe(mine.get(currency)) + " vs " + describe(theirs.get(currency));
                }
            }
        }
        return null;
    }

    private static String describe(Line line) {
        return line == null ? "none" : line.count() + " (sum " + line.sumMinor() + ")";
    }
}
