package dev.riyaz.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads rows straight from the database, to check what the API really stored. Column names are lower case. */
@ApplicationScoped
public class Rows {

    private final DataSource dataSource;

    Rows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Map<String, Object>> list(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The only row the query finds; fails when there are none or several. */
    public Map<String, Object> one(String sql, Object... params) {
        List<Map<String, Object>> rows = list(sql, params);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row but found " + rows.size() + ": " + sql);
        }
        return rows.get(0);
    }

    /** Runs an insert, update or delete; answers the rows it touched. */
    public int execute(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String table, String where, Object... params) {
        Object n = one("select count(*) as n from " + table + " where " + where, params)
                .get("n");
        return ((Number) n).longValue();
    }

    /** The database product as the JDBC driver names it, e.g. {@code PostgreSQL} or {@code H2}. */
    public String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getObject(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
