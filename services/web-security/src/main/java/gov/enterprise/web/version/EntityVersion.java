package gov.enterprise.web.version;

import gov.enterprise.version.VersionCondition;
import gov.enterprise.web.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's version as an HTTP entity tag ({@code "7"}) and back from an {@code If-Match} header, for the services'
 * optimistic concurrency: one spelling of the tag and one reading of the header across the API.
 *
 * <p>The reading is RFC 9110's (§13.1.1): a list of entity tags compared strongly, so a weak tag ({@code W/"7"})
 * never matches, and a well-formed tag this system never issued ({@code "abc"}) matches nothing: both end in a
 * {@code 412} that carries the current tag. A bare number ({@code 7}) is read as {@code "7"}, for hand-written
 * requests. What is not an entity tag at all is a {@code 400} naming the header.
 */
public final class EntityVersion {

    private static final Pattern TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"|([0-9]+)");
    /** The tags this system issues: a version as Java writes it; {@code "02"} is not version 2 (compared strongly). */
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private EntityVersion() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The condition an optional {@code If-Match} sets: {@link VersionCondition#ANY} when it is absent or {@code *}. */
    public static VersionCondition optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return VersionCondition.ANY;
        }
        var versions = new ArrayList<Long>();
        int tags = 0;
        for (String part : listElements(ifMatch)) {
            if (part.isBlank()) {
                continue;   // RFC 9110 §5.6.1: empty list elements are ignored
            }
            tags++;
            Matcher tag = TAG.matcher(part.strip());
            if (!tag.matches()) {
                throw Problems.invalid("If-Match", "'" + ifMatch + "' is not a list of entity tags such as \"3\"");
            }
            String named = tag.group(3) != null ? tag.group(3) : tag.group(1) == null ? tag.group(2) : "";
            if (VERSION.matcher(named).matches()) {
                versions.add(Long.parseLong(named));
            }
        }
        if (tags == 0) {
            throw Problems.invalid("If-Match", "'" + ifMatch + "' is not a list of entity tags such as \"3\"");
        }
        return VersionCondition.oneOf(versions);
    }

    /** The header's list elements: split at commas outside quotes, since an entity tag may hold one ({@code "a,b"}). */
    private static List<String> listElements(String header) {
        var elements = new ArrayList<String>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                elements.add(header.substring(start, i));
                start = i + 1;
            }
        }
        elements.add(header.substring(start));
        return elements;
    }

    /**
     * The condition a required {@code If-Match} sets; absent or {@code *} is a {@code 428}, because acting on
     * "whatever the record is now" is what the guard exists to prevent.
     *
     * @param howTo what to send, for the 428's detail
     */
    public static VersionCondition required(String ifMatch, String howTo) {
        VersionCondition condition = optional(ifMatch);
        if (condition.any()) {
            throw Problems.preconditionRequired(howTo);
        }
        return condition;
    }
}
