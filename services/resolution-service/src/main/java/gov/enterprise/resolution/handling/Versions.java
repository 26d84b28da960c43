package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.ticket.TicketAction;
import gov.enterprise.web.problem.Problems;
import gov.enterprise.web.version.EntityVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's version as an HTTP entity tag ({@code "7"}) and the {@code If-Match} conditions that name it. Only a
 * strong tag naming the current version lets an action through; {@code *} is refused like a missing header, because
 * it would act without knowing what the ticket is now.
 */
final class Versions {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*|\\s*([0-9]+)\\s*");

    private Versions() {
    }

    /** What {@code If-Match} asks for. */
    record Condition(List<Long> versions) {

        boolean matches(long version) {
            return versions.contains(version);
        }
    }

    static String etag(long version) {
        return EntityVersion.etag(version);
    }

    static Condition parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw Problems.preconditionRequired("Send the ticket version you act on in If-Match, e.g. If-Match: \"3\""
                    + " (the ETag of GET /api/v1/tickets/{issueId})");
        }
        var versions = new ArrayList<Long>();
        for (String part : ifMatch.split(",")) {
            Matcher tag = TAG.matcher(part);
            if (tag.matches() && tag.group(1) == null) {
                String value = tag.group(2) != null ? tag.group(2) : tag.group(3);
                try {
                    versions.add(Long.parseLong(value));
                } catch (NumberFormatException notAVersion) {
                    // an entity tag this service never issued matches no version
                }
            }
        }
        return new Condition(List.copyOf(versions));
    }

    /** Action names in the order of the workflow. */
    static List<String> paths(Collection<TicketAction> actions) {
        return actions.stream().sorted().map(TicketAction::path).toList();
    }
}
