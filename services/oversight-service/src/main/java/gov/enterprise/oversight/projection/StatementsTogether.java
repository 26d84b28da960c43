package gov.enterprise.oversight.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several statements sent as one text: the driver sends them together and the server runs them in order, so a
 * store writes a transaction's changes to several tables in one round trip.
 */
final class StatementsTogether {

    /** One statement of the text, binding its parameters from {@code first} on and answering the next index. */
    interface Part {

        String sql();

        int bind(Connection connection, PreparedStatement statement, int first) throws SQLException;
    }

    private StatementsTogether() {
    }

    static void run(JdbcTemplate jdbc, List<? extends Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        String sql = parts.stream().map(Part::sql).collect(Collectors.joining(";\n"));
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Part part : parts) {
                    index = part.bind(connection, statement, index);
                }
                statement.execute();
                return null;
            }
        });
    }
}
