package gov.enterprise.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;

/** The first answer to a request, kept to be replayed to its retries. */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    /** The headers a replay must carry to mean the same as the first answer. */
    static final String[] REPLAYED_HEADERS = {"Content-Type", "Location", "ETag"};

    StoredResponse {
        headers = Map.copyOf(headers);
    }

    String encodedHeaders() {
        var text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> decodeHeaders(String encoded) {
        var headers = new LinkedHashMap<String, String>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
