package gov.enterprise.visit.pairing.store;

import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.pairing.Pairings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pairings in table {@code pairing}. */
public class JdbcPairings implements Pairings {

    private final JdbcClient jdbc;

    public JdbcPairings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Pairing> of(String cadreId) {
        return jdbc.sql("SELECT cadre_id, uscc, paired_at FROM pairing WHERE cadre_id = ? ORDER BY uscc")
                .param(cadreId).query(JdbcPairings::pairing).list();
    }

    @Override
    public void lockPortfolio(String cadreId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('cadre_portfolio:' || ?, 0))").param(cadreId)
                .query((rs, n) -> 1).list();
    }

    @Override
    public List<String> cadresOf(Uscc uscc) {
        return jdbc.sql("SELECT cadre_id FROM pairing WHERE uscc = ? ORDER BY cadre_id")
                .param(uscc.value()).query(String.class).list();
    }

    @Override
    public Optional<Pairing> find(String cadreId, Uscc uscc) {
        return jdbc.sql("SELECT cadre_id, uscc, paired_at FROM pairing WHERE cadre_id = ? AND uscc = ?")
                .param(cadreId).param(uscc.value()).query(JdbcPairings::pairing).optional();
    }

    @Override
    public void add(String cadreId, Collection<Uscc> usccs, Instant at) {
        if (usccs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO pairing (cadre_id, uscc, paired_at)
                        SELECT ?, uscc, ? FROM unnest(?) AS uscc
                        ON CONFLICT DO NOTHING""")
                .param(cadreId).param(Timestamp.from(at)).param(usccs.stream().map(Uscc::value).toArray(String[]::new))
                .update();
    }

    @Override
    public void remove(String cadreId, Collection<Uscc> usccs) {
        if (usccs.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM pairing WHERE cadre_id = ? AND uscc = ANY (?)")
                .param(cadreId).param(usccs.stream().map(Uscc::value).toArray(String[]::new))
                .update();
    }

    private static Pairing pairing(ResultSet rs, int row) throws SQLException {
        return new Pairing(rs.getString("cadre_id"), new Uscc(rs.getString("uscc")),
                rs.getTimestamp("paired_at").toInstant());
    }
}
