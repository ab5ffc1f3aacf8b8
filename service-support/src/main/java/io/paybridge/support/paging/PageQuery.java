package io.paybridge.support.paging;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link ListQuery} as a Panache query of one entity: the where clause and its parameters (statuses, the list's
 * exact-match filters, time ranges), the sort with ties broken by the entity's id, and the page's range. Every list
 * endpoint reads its page the same way: {@code Entity.find(q.where(), q.sort(), q.parameters()).range(q.first(), q.last())}.
 */
public record PageQuery(String where, Parameters parameters, Sort sort, int first, int last) {

    /**
     * @param idField the entity's id field, which breaks ties of the sort
     * @param status turns a {@code status} value into what the entity's status field holds
     * @param filterFields the list's filters by parameter name, each to the entity field it matches
     */
    public static PageQuery of(ListQuery query, String idField, Function<String, ?> status, Map<String, String> filterFields) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!query.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", query.statuses().stream().map(status).toList());
        }
        filterFields.forEach((filter, field) -> query.filter(filter).ifPresent(value -> {
            where.add(field + " = :" + field);
            parameters.and(field, value);
        }));
        query.createdFrom().ifPresent(at -> { where.add("createdAt >= :createdFrom"); parameters.and("createdFrom", at); });
        query.createdUntil().ifPresent(at -> { where.add("createdAt < :createdUntil"); parameters.and("createdUntil", at); });
        query.updatedFrom().ifPresent(at -> { where.add("updatedAt >= :updatedFrom"); parameters.and("updatedFrom", at); });
        query.updatedUntil().ifPresent(at -> { where.add("updatedAt < :updatedUntil"); parameters.and("updatedUntil", at); });
        Sort.Direction direction = query.sortOrder() == SortOrder.ASC ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.orderBy() == OrderBy.UPDATED_AT ? "updatedAt" : "createdAt", direction).and(idField, direction);
        return new PageQuery(String.join(" and ", where), parameters, sort, query.startIndex(),
                query.startIndex() + query.count() - 1);
    }
}
