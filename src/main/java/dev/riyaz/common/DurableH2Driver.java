package dev.riyaz.common;

import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * H2's JDBC driver, loaded with Riyaz's {@code dsync:} file prefix already known to H2 ({@link SyncedFilePath}): the
 * connection pool, Flyway and Quartz all connect through it, so the prefix is registered before the database file is
 * first opened, whoever opens it.
 */
public final class DurableH2Driver implements java.sql.Driver {

    static {
        SyncedFilePath.register();
    }

    private final org.h2.Driver h2 = new org.h2.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        return h2.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return h2.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return h2.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return h2.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return h2.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return h2.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return h2.getParentLogger();
    }
}
