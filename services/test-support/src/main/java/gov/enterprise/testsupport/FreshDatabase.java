package gov.enterprise.testsupport;

/** A database created empty for one test class, and how to connect to it. */
public record FreshDatabase(String name, String jdbcUrl, String username, String password) {
}
