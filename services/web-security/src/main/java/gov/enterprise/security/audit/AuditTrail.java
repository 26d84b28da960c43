package gov.enterprise.security.audit;

/**
 * Where audited acts go. Every non-GET {@code /api} request is recorded by the web layer; services may record
 * domain acts too (e.g. an escalation a timer triggered). The default writes to the {@code audit} logger; a service
 * that must keep the trail in its database declares its own {@code AuditTrail} bean.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
