package gov.enterprise.web.request;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a write whose {@code Accept} admits no JSON (406) before it runs. Every write of this API answers JSON
 * (or nothing), and Spring MVC negotiates the answer's format only after the handler has returned: without this a
 * ticket accepted, a rebuild started or a note written was answered 406, and the client's retry found the change
 * made.
 */
public final class WriteNegotiation implements HandlerInterceptor {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return true;
        }
        String header = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        if (header.isBlank()) {
            return true;
        }
        try {
            for (MediaType acceptable : MediaType.parseMediaTypes(header)) {
                if (acceptable.isCompatibleWith(MediaType.APPLICATION_JSON) && acceptable.getQualityValue() > 0) {
                    return true;
                }
            }
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Accept is not a list of media types: " + e.getMessage());
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }
}
