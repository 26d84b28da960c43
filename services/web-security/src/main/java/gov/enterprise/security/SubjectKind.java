package gov.enterprise.security;

import java.util.regex.Pattern;

/**
 * Who a caller is, as far as authorization goes. The kind is the prefix of the token's subject
 * ({@code officer:NRP}); the part after the colon is the kind's scope: what the caller may act on.
 */
public enum SubjectKind {

    /** A field official acting on the enterprises paired with it; scope = cadre id. */
    CADRE("cadre", Scope.IDENTIFIER),
    /** A department officer working the department's queue; scope = department code. */
    OFFICER("officer", Scope.DEPARTMENT),
    /** A department head (approves extensions, receives escalations); scope = department code. */
    HEAD("head", Scope.DEPARTMENT),
    /** A leader reading the figures of a region (the city code means all of it); scope = region code. */
    LEADER("leader", Scope.REGION),
    /** An enterprise contact acting on its own issues; scope = the enterprise's USCC. */
    ENTERPRISE("enterprise", Scope.USCC),
    /** A hotline or service-centre operator who may report for any enterprise; scope = operator id. */
    OPERATOR("operator", Scope.IDENTIFIER),
    /** A person routing issues no rule matched (case-by-case triage); scope = triage id. */
    TRIAGE("triage", Scope.IDENTIFIER),
    /** An administrator of reference data; no scope. */
    ADMIN("admin", Scope.NONE);

    private final String prefix;
    private final Scope scope;

    SubjectKind(String prefix, Scope scope) {
        this.prefix = prefix;
        this.scope = scope;
    }

    /** The prefix used in the subject string, e.g. {@code officer}. */
    public String prefix() {
        return prefix;
    }

    /** The role name for authorization rules, e.g. {@code OFFICER} for {@code hasRole("OFFICER")}. */
    public String role() {
        return name();
    }

    /** The granted authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether subjects of this kind carry a scope value after the colon. */
    public boolean scoped() {
        return scope != Scope.NONE;
    }

    /** Why {@code value} is not a valid scope for this kind, or {@code null} if it is. */
    String rejectScope(String value) {
        return scope.reject(value);
    }

    static SubjectKind fromPrefix(String prefix) {
        for (SubjectKind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return kind;
            }
        }
        return null;
    }

    /** The grammar of each kind of scope value. */
    private enum Scope {
        // ids chosen by other systems (HR numbers, operator logins): letters, digits, '.', '_', '-'
        IDENTIFIER(Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"), "an id of letters, digits, '.', '_' or '-' (at most 64)"),
        // department codes as in the reference data: DRC, NRP, SAMR
        DEPARTMENT(Pattern.compile("[A-Z][A-Z0-9_]{1,15}"), "a department code of 2 to 16 upper-case letters or digits"),
        // GB/T 2260 administrative division codes: 331000 (city), 331002 (district)
        REGION(Pattern.compile("[0-9]{6}"), "a 6-digit region code"),
        USCC(null, "a valid unified social credit code"),
        NONE(null, "no scope");

        private final Pattern pattern;
        private final String description;

        Scope(Pattern pattern, String description) {
            this.pattern = pattern;
            this.description = description;
        }

        String reject(String value) {
            return switch (this) {
                case NONE -> value == null ? null : "takes no scope";
                case USCC -> {
                    String why = UnifiedSocialCreditCode.reject(value);
                    yield why == null ? null : "needs " + description + " (" + why + ")";
                }
                default -> value != null && pattern.matcher(value).matches() ? null : "needs " + description;
            };
        }
    }
}
