package gov.enterprise.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the caller as a {@link Subject} parameter. On a request without an authenticated
 * subject (an endpoint a service opened to everyone), asking for one answers 401.
 */
public final class SubjectArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Subject.class;
    }

    @Override
    public Subject resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                   NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SubjectAuthentication subjectAuthentication) {
            return subjectAuthentication.subject();
        }
        throw new AuthenticationCredentialsNotFoundException("This request needs a bearer token");
    }
}
