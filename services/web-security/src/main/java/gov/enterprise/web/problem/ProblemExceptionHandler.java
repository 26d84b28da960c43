package gov.enterprise.web.problem;

import gov.enterprise.page.InvalidCursorException;
import gov.enterprise.version.StaleVersionException;
import gov.enterprise.web.version.EntityVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.WebUtils;

/**
 * Renders every error a controller raises as one RFC 9457 format: Spring MVC's own errors (404, 405, 415, ...),
 * validation errors with the fields at fault, unreadable bodies, {@link ProblemException}s, and anything
 * unexpected as a 500 that tells the client nothing about the internals. Security exceptions are left to the
 * security layer, which answers 401/403 the same way.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
        return createResponseEntity(ex.getBody(), ex.getHeaders(), ex.getStatusCode(), request);
    }

    /** One answer to a stale version in every service: 412, the current entity tag and {@code currentVersion}. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> handleStaleVersion(StaleVersionException ex, WebRequest request) {
        return handleProblem(Problems.preconditionFailed(ex.getMessage())
                .with("currentVersion", ex.currentVersion())
                .withHeader(HttpHeaders.ETAG, EntityVersion.etag(ex.currentVersion())), request);
    }

    /** Wherever a cursor is read (a controller or a repository), one answer. */
    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<Object> handleInvalidCursor(InvalidCursorException ex, WebRequest request) {
        return handleProblem(Problems.invalid("cursor", ex.getMessage()), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(leafName(violation), violation.getMessage()))
                .toList();
        return handleProblem(Problems.invalid(errors), request);
    }

    /** Let the security filters answer these (401 with {@code WWW-Authenticate}, or 403). */
    @ExceptionHandler({AuthenticationException.class, AccessDeniedException.class})
    void rethrowSecurity(RuntimeException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (LostDatabase.causes(ex)) {
            return handleProblem(LostDatabase.problem(path(request), ex), request);
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {}", errorId, path(request), ex);
        request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, ex, WebRequest.SCOPE_REQUEST);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request; quote error " + errorId + " when reporting it");
        body.setProperty("errorId", errorId);
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleProblem(Problems.invalid(fieldProblems("", ex.getBindingResult())), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = parameterName(result);
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(fieldProblems(name, parameterErrors));
            } else {
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldProblem(name, error.getDefaultMessage()));
                }
            }
        }
        for (MessageSourceResolvable error : ex.getCrossParameterValidationResults()) {
            errors.add(new FieldProblem("", error.getDefaultMessage()));
        }
        return handleProblem(Problems.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return handleProblem(Problems.invalid(String.valueOf(ex.getPropertyName()), mismatch(ex)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleProblem(Problems.invalid(ex.getParameterName(), "is required"), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return handleProblem(Problems.notFound("Nothing is found at " + path(request)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleProblem(RequestBodyProblems.explain(ex), request);
    }

    /** Every answer passes here: fill in the type, title and instance the same way for all of them. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatus(statusCode);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemTypes.forStatus(statusCode));
        }
        if (problem.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setTitle(known == null ? "Error " + statusCode.value() : known.getReasonPhrase());
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(path(request)));
        }
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, statusCode);
    }

    private static List<FieldProblem> fieldProblems(String prefix, Errors errors) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            // a query string bound to a record: a value that does not convert is explained like any other
            String reason = error.isBindingFailure() && error.contains(TypeMismatchException.class)
                    ? mismatch(error.unwrap(TypeMismatchException.class)) : error.getDefaultMessage();
            problems.add(new FieldProblem(join(prefix, error.getField()), reason));
        }
        for (ObjectError error : errors.getGlobalErrors()) {
            problems.add(new FieldProblem(prefix, error.getDefaultMessage()));
        }
        return problems;
    }

    /** In the client's terms ("must be a date (YYYY-MM-DD)"), never a Java class name. */
    private static String mismatch(TypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "a value of another type"
                : RequestBodyProblems.describe(ex.getRequiredType(), ex.getValue());
        return "'" + ex.getValue() + "' is not valid: must be " + expected;
    }

    private static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    /** Request body fields are named by their JSON path alone; other parameters by their HTTP name. */
    private static String parameterName(ParameterValidationResult result) {
        MethodParameter parameter = result.getMethodParameter();
        String name;
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            name = "";
        } else if (parameter.getParameterAnnotation(RequestParam.class) instanceof RequestParam param
                && !param.name().isEmpty()) {
            name = param.name();
        } else if (parameter.getParameterAnnotation(PathVariable.class) instanceof PathVariable variable
                && !variable.name().isEmpty()) {
            name = variable.name();
        } else if (parameter.getParameterAnnotation(RequestHeader.class) instanceof RequestHeader header
                && !header.name().isEmpty()) {
            name = header.name();
        } else {
            name = String.valueOf(parameter.getParameterName());
        }
        if (result.getContainerIndex() != null) {
            name = name + "[" + result.getContainerIndex() + "]";
        } else if (result.getContainerKey() != null) {
            name = name + "[" + result.getContainerKey() + "]";
        }
        return name;
    }

    private static String leafName(ConstraintViolation<?> violation) {
        // method.param.field -> param.field: the method name means nothing to the client
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.toString();
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI();
        }
        return request.getDescription(false).replaceFirst("^uri=", "");
    }
}
