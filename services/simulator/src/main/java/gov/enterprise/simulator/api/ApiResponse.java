package gov.enterprise.simulator.api;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of the API: status, headers and body, with the JSON and problem views the simulator needs. */
public final class ApiResponse {

    private final String method;
    private final String path;
    private final HttpTransport.Answer answer;
    private final JsonMapper mapper;
    private JsonNode json;

    public ApiResponse(String method, String path, HttpTransport.Answer answer, JsonMapper mapper) {
        this.method = method;
        this.path = path;
        this.answer = answer;
        this.mapper = mapper;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public int status() {
        return answer.status();
    }

    /** A header's first value, or null; the name in any case. */
    public String header(String name) {
        return answer.header(name);
    }

    public boolean ok() {
        return status() >= 200 && status() < 300;
    }

    /** The body as JSON (a missing node if empty or not JSON); parsed once. */
    public JsonNode json() {
        if (json == null) {
            JsonNode parsed;
            try {
                parsed = answer.body().length == 0 ? mapper.missingNode() : mapper.readTree(answer.body());
            } catch (RuntimeException e) {
                parsed = mapper.missingNode();
            }
            json = parsed;
        }
        return json;
    }

    public String text() {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    /** The entity tag without quotes or weak prefix ({@code "7"} becomes {@code 7}), or null. */
    public String etag() {
        return answer.etag();
    }

    /** The problem's {@code type} slug (last path segment), or "" if the answer is not a problem. */
    public String problemSlug() {
        String type = json().path("type").asString("");
        int slash = type.lastIndexOf('/');
        return slash < 0 ? type : type.substring(slash + 1);
    }

    public String problemDetail() {
        JsonNode problem = json();
        String detail = problem.path("detail").asString("");
        return detail.isEmpty() ? problem.path("title").asString(text()) : detail;
    }

    /** {@code POST /api/v1/visits -> 422 unknown-enterprise: No enterprise ...} */
    public String describe() {
        String slug = problemSlug();
        return method + " " + path + " -> " + status() + (slug.isEmpty() ? "" : " " + slug) + ": " + abbreviate(
                problemDetail(), 300);
    }

    /** Fails unless the answer is a success. */
    public ApiResponse expectOk() {
        if (!ok()) {
            throw new UnexpectedAnswerException(this);
        }
        return this;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
