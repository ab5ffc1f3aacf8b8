package io.paybridge.payout.api;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link ListQuery} asks of an entity as Panache takes it: the where clause and parameters of its statuses and
 * time ranges (plus the list's own exact-match filters), a stable sort (ties broken by the id) and the page's range.
 */
public final class ListConditions {

    private final List<String> where = new ArrayList<>();
    private final Parameters parameters = new Parameters();
    private final Sort sort;
    private final ListQuery query;

    private ListConditions(ListQuery query, String idProperty) {
        this.query = query;
        Sort.Direction direction = query.sortOrder() == SortOrder.ASC ? Sort.Direction.Ascending : Sort.Direction.Descending;
        this.sort = Sort.by(query.orderBy() == OrderBy.UPDATED_AT ? "updatedAt" : "createdAt", direction)
                .and(idProperty, direction);
    }

    /**
     * The conditions of {@code query}; {@code status} turns a status name into the entity's status value, and
     * {@code idProperty} orders rows with the same time.
     */
    public static ListConditions of(ListQuery query, Function<String, ?> status, String idProperty) {
        ListConditions conditions = new ListConditions(query, idProperty);
        if (!query.statuses().isEmpty()) {
            conditions.add("status in :statuses", "statuses", query.statuses().stream().map(status).toList());
        }
        query.createdFrom().ifPresent(at -> conditions.add("createdAt >= :createdFrom", "createdFrom", at));
        query.createdUntil().ifPresent(at -> conditions.add("createdAt < :createdUntil", "createdUntil", at));
        query.updatedFrom().ifPresent(at -> conditions.add("updatedAt >= :updatedFrom", "updatedFrom", at));
        query.updatedUntil().ifPresent(at -> conditions.add("updatedAt < :updatedUntil", "updatedUntil", at));
        return conditions;
    }

    /** Adds the list's exact-match filter {@code name} on the entity property of the same name, when the query gives one. */
    public ListConditions filter(String name) {
        Optional<String> value = query.filter(name);
        value.ifPresent(given -> add(name + " = :" + name, name, given));
        return this;
    }

    /** The where clause (empty for every row). */
    public String where() {
        return String.join(" and ", where);
    }

    public Parameters parameters() {
        return parameters;
    }

    public Sort sort() {
        return sort;
    }

    /** The index of the page's first row. */
    public int firstRow() {
        return query.startIndex();
    }

    /** The index of the page's last row. */
    public int lastRow() {
        return query.startIndex() + query.count() - 1;
    }

    private void add(String condition, String name, Object value) {
        where.add(condition);
        parameters.and(name, value);
    }
}
