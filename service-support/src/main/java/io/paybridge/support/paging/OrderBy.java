package io.paybridge.support.paging;

/** The timestamp a list is sorted by, as named in the {@code orderBy} query parameter. */
public enum OrderBy {
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt");

    private final String queryValue;

    OrderBy(String queryValue) {
        this.queryValue = queryValue;
    }

    /** The spelling a client uses in the query string. */
    public String queryValue() {
        return queryValue;
    }
}
