package gov.enterprise.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A validated bearer token together with the {@link Subject} parsed from it. Its only authority is the
 * subject kind's role ({@code ROLE_OFFICER}), derived here on the server, never taken from the request.
 */
public final class SubjectAuthentication extends JwtAuthenticationToken {

    private final Subject subject;

    SubjectAuthentication(Jwt jwt, Subject subject) {
        super(jwt, List.of(new SimpleGrantedAuthority(subject.kind().authority())), subject.toString());
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectAuthentication that && super.equals(that) && subject.equals(that.subject);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + subject.hashCode();
    }
}
