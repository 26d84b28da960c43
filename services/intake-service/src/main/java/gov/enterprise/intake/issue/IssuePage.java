package gov.enterprise.intake.issue;

import java.util.List;

/** One page of a list, and the cursor of the next page (null on the last). */
public record IssuePage(List<Issue> items, String nextCursor) {

    public IssuePage {
        items = List.copyOf(items);
    }
}
