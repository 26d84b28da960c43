package gov.enterprise.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.enterprise.infra.PostgresServer;

/**
 * Creates one empty database per test class in a PostgreSQL server, either the embedded one or an existing one
 * given as {@code TEST_PG_URL} ({@code jdbc:postgresql://host:port/database?user=...&password=...}; the database
 * named there is only used to connect, the test databases are created next to it).
 */
public final class TestDatabases {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");

    private final String serverUrl;
    private final String adminDatabase;
    private final String query;
    private final String username;
    private final String password;
    /** Dropped at JVM exit only on a server this JVM does not own; the embedded one is deleted as a whole. */
    private final boolean dropOnExit;
    private final List<String> created = new ArrayList<>();

    private TestDatabases(String serverUrl, String adminDatabase, String query, String username, String password,
            boolean dropOnExit) {
        this.serverUrl = serverUrl;
        this.adminDatabase = adminDatabase;
        this.query = query;
        this.username = username;
        this.password = password;
        this.dropOnExit = dropOnExit;
    }

    static TestDatabases in(PostgresServer server) {
        String url = server.jdbcUrl(PostgresServer.MAINTENANCE_DATABASE);
        Matcher parts = parse(url);
        return new TestDatabases(parts.group(1), PostgresServer.MAINTENANCE_DATABASE, "", server.username(), "", false);
    }

    static TestDatabases at(String jdbcUrl) {
        Matcher parts = parse(jdbcUrl);
        String query = Objects.requireNonNullElse(parts.group(3), "");
        Map<String, String> parameters = parameters(query);
        String adminDatabase = parts.group(2).isEmpty() ? PostgresServer.MAINTENANCE_DATABASE : parts.group(2);
        return new TestDatabases(parts.group(1), adminDatabase, query, parameters.get("user"),
                parameters.get("password"), true);
    }

    private static Matcher parse(String jdbcUrl) {
        Matcher parts = JDBC_URL.matcher(jdbcUrl);
        if (!parts.matches()) {
            throw new IllegalArgumentException(
                    "Expected jdbc:postgresql://host:port/database[?user=..&password=..], got " + jdbcUrl);
        }
        return parts;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.replaceFirst("^\\?", "").split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return parameters;
    }

    /** A new, empty database with a unique name ({@code it_<random>}). */
    public FreshDatabase create() {
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = connect(adminDatabase); var statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " at " + serverUrl, e);
        }
        synchronized (created) {
            created.add(name);
        }
        return new FreshDatabase(name, serverUrl + name + query, username, Objects.requireNonNullElse(password, ""));
    }

    void dropCreated() {
        if (!dropOnExit) {
            return;
        }
        List<String> names;
        synchronized (created) {
            names = List.copyOf(created);
        }
        try (Connection admin = connect(adminDatabase); var statement = admin.createStatement()) {
            for (String name : names) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases " + names + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return serverUrl + adminDatabase + (dropOnExit ? " (TEST_PG_URL)" : " (embedded)");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(serverUrl + database + query, username, password);
    }
}
