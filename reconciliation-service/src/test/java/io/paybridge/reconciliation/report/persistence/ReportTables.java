package io.paybridge.reconciliation.report.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the report tables as an operator would, for assertions: each row as its columns joined by {@code |}. */
@ApplicationScoped
public class ReportTables {

    private final AgroalDataSource dataSource;

    public ReportTables(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of a query, each as {@code value|value|...} ({@code null} for SQL null). */
    public List<String> rows(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.append(column > 1 ? "|" : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single number, e.g. {@code select count(*) from report_row}. */
    public long count(String sql) {
        return Long.parseLong(rows(sql).get(0));
    }
}
