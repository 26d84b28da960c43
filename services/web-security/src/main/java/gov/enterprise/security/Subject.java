package gov.enterprise.security;

import java.util.Objects;

/**
 * The authenticated caller: its kind and the scope it acts on, parsed from the token's signed subject
 * ({@code officer:NRP}, {@code enterprise:91331002MA2AXXXXXX}, {@code admin}). Controllers receive it as a
 * method parameter; domain code decides with it, never with security framework types.
 *
 * @param kind  what the caller is
 * @param scope cadre id, department code, region code, USCC, operator or triage id; {@code null} for admin
 */
public record Subject(SubjectKind kind, String scope) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        String reason = kind.rejectScope(scope);
        if (reason != null) {
            throw new InvalidSubjectException("subject kind '" + kind.prefix() + "' " + reason);
        }
    }

    public static Subject cadre(String cadreId) {
        return new Subject(SubjectKind.CADRE, cadreId);
    }

    public static Subject officer(String department) {
        return new Subject(SubjectKind.OFFICER, department);
    }

    public static Subject head(String department) {
        return new Subject(SubjectKind.HEAD, department);
    }

    public static Subject leader(String regionCode) {
        return new Subject(SubjectKind.LEADER, regionCode);
    }

    public static Subject enterprise(String uscc) {
        return new Subject(SubjectKind.ENTERPRISE, uscc);
    }

    public static Subject operator(String operatorId) {
        return new Subject(SubjectKind.OPERATOR, operatorId);
    }

    public static Subject triage(String triageId) {
        return new Subject(SubjectKind.TRIAGE, triageId);
    }

    public static Subject admin() {
        return new Subject(SubjectKind.ADMIN, null);
    }

    /**
     * Parses a subject string strictly: {@code <kind>:<scope>} with a lower-case kind, or exactly {@code admin}.
     *
     * @throws InvalidSubjectException naming what is wrong
     */
    public static Subject parse(String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidSubjectException("subject is missing");
        }
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? value : value.substring(0, colon);
        String scope = colon < 0 ? null : value.substring(colon + 1);
        SubjectKind kind = SubjectKind.fromPrefix(prefix);
        if (kind == null) {
            throw new InvalidSubjectException("unknown subject kind '" + abbreviate(prefix)
                    + "' (expected cadre, officer, head, leader, enterprise, operator, triage or admin)");
        }
        return new Subject(kind, scope);
    }

    public boolean is(SubjectKind other) {
        return kind == other;
    }

    /** The subject string, as in the token: {@code officer:NRP}, {@code admin}. */
    @Override
    public String toString() {
        return scope == null ? kind.prefix() : kind.prefix() + ":" + scope;
    }

    private static String abbreviate(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "...";
    }
}
