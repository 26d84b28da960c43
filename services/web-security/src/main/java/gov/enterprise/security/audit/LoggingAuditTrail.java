package gov.enterprise.security.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each entry to the dedicated {@code audit} logger, with the fields as key-value pairs so structured
 * (JSON) logs carry them as fields. Route or retain that logger separately in the logging configuration.
 */
public final class LoggingAuditTrail implements AuditTrail {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    @Override
    public void record(AuditEntry entry) {
        AUDIT.atInfo()
                .addKeyValue("audit.at", entry.at())
                .addKeyValue("audit.who", entry.who())
                .addKeyValue("audit.action", entry.action())
                .addKeyValue("audit.target", entry.target())
                .addKeyValue("audit.outcome", entry.outcome())
                .addKeyValue("audit.from", entry.from())
                .log("{} {} {} -> {} from {}", entry.who(), entry.action(), entry.target(), entry.outcome(), entry.from());
    }
}
