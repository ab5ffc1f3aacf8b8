package io.paybridge.testkit.postgres;

/** Where one test database lives and how to log in to it. */
public record PostgresDatabase(String host, int port, String name, String user, String password) {

    /** The JDBC URL of this database (Flyway, plain JDBC tests). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** The Vert.x reactive client URL of this database (Hibernate Reactive, {@code quarkus.datasource.reactive.url}). */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + name;
    }

    @Override
    public String toString() {
        // The password never reaches a log line.
        return "PostgresDatabase[" + user + "@" + host + ":" + port + "/" + name + "]";
    }
}
