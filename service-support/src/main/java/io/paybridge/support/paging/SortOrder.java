package io.paybridge.support.paging;

/** The direction of a list, as named in the {@code sortOrder} query parameter. */
public enum SortOrder {
    ASC("asc"),
    DESC("desc");

    private final String queryValue;

    SortOrder(String queryValue) {
        this.queryValue = queryValue;
    }

    /** The spelling a client uses in the query string. */
    public String queryValue() {
        return queryValue;
    }
}
