package gov.enterprise.version;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The versions of a record a change may be applied to, as the client's {@code If-Match} named them: any version (no
 * condition), or one of a list, usually of one. An empty list is a condition no version meets: the client named only
 * entity tags this system never issued, or weak ones, which {@code If-Match} never matches. Plain Java, for domain
 * code; {@code gov.enterprise.web.version.EntityVersion} reads it from the header.
 *
 * @param any      true when there is no condition (no {@code If-Match}, or {@code *})
 * @param versions the versions named, when {@code any} is false
 */
public record VersionCondition(boolean any, List<Long> versions) {

    public static final VersionCondition ANY = new VersionCondition(true, List.of());

    public VersionCondition {
        versions = List.copyOf(versions);
    }

    /** The condition "is still at {@code version}". */
    public static VersionCondition at(long version) {
        return new VersionCondition(false, List.of(version));
    }

    public static VersionCondition oneOf(List<Long> versions) {
        return new VersionCondition(false, versions);
    }

    public boolean admits(long version) {
        return any || versions.contains(version);
    }

    /** What was asked for, for a refusal's message: "3", "one of 3, 4", or why nothing can match. */
    @Override
    public String toString() {
        if (any) {
            return "any version";
        }
        if (versions.isEmpty()) {
            return "no version this service issued (send the version as its ETag gives it, e.g. \"3\";"
                    + " a weak tag such as W/\"3\" never matches)";
        }
        return versions.size() == 1 ? versions.getFirst().toString()
                : versions.stream().map(String::valueOf).collect(Collectors.joining(", ", "one of ", ""));
    }
}
