package gov.enterprise.web.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.version.VersionCondition;
import gov.enterprise.web.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EntityVersionTest {

    @Test
    void aVersionTravelsAsAQuotedEntityTag() {
        assertThat(EntityVersion.etag(7)).isEqualTo("\"7\"");
        assertThat(EntityVersion.optional(EntityVersion.etag(7))).isEqualTo(VersionCondition.at(7));
        assertThat(EntityVersion.optional(" 7 ")).isEqualTo(VersionCondition.at(7));
    }

    @Test
    void noHeaderOrAStarIsNoCondition() {
        assertThat(EntityVersion.optional(null)).isEqualTo(VersionCondition.ANY);
        assertThat(EntityVersion.optional(" ")).isEqualTo(VersionCondition.ANY);
        assertThat(EntityVersion.optional(" * ")).isEqualTo(VersionCondition.ANY);
        assertThat(VersionCondition.ANY.admits(12)).isTrue();
    }

    @Test
    void aListAdmitsEachVersionItNames() {
        VersionCondition condition = EntityVersion.optional("\"3\", \"5\"");
        assertThat(condition.versions()).containsExactly(3L, 5L);
        assertThat(condition.admits(5)).isTrue();
        assertThat(condition.admits(4)).isFalse();
        assertThat(condition).hasToString("one of 3, 5");
    }

    @Test
    void emptyListElementsAreIgnored() {
        assertThat(EntityVersion.optional("\"7\",").versions()).containsExactly(7L);
        assertThat(EntityVersion.optional(", \"7\", , \"8\"").versions()).containsExactly(7L, 8L);
        assertThat(EntityVersion.optional("\"a,b\", \"1\"").versions()).as("a comma inside a tag").containsExactly(1L);
    }

    @Test
    void weakTagsAndTagsNeverIssuedMatchNothing() {
        for (String header : List.of("W/\"7\"", "\"abc\"", "\"\"", "\"99999999999999999999\"", "W/\"7\", \"x\"",
                "\"07\"", "007")) {
            VersionCondition condition = EntityVersion.optional(header);
            assertThat(condition.any()).as(header).isFalse();
            assertThat(condition.admits(7)).as(header).isFalse();
            assertThat(condition.toString()).as(header).contains("W/\"3\" never matches");
        }
        assertThat(EntityVersion.optional("W/\"7\", \"8\"").versions()).containsExactly(8L);
    }

    @Test
    void whatIsNotAnEntityTagIsABadRequestNamingTheHeader() {
        for (String header : List.of("abc", "\"7", ", ,", "\"7\" \"8\"", "v7")) {
            assertThatThrownBy(() -> EntityVersion.optional(header)).as(header)
                    .isInstanceOf(ProblemException.class)
                    .hasMessage("1 field is invalid")
                    .satisfies(e -> assertThat(((ProblemException) e).getBody().getProperties().toString())
                            .contains("If-Match").contains("is not a list of entity tags such as \"3\""));
        }
    }

    @Test
    void aRequiredConditionRefusesNoHeaderAndAStar() {
        for (String header : new String[] {null, "", "*"}) {
            assertThatThrownBy(() -> EntityVersion.required(header, "Send the version"))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).getStatusCode())
                            .isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        }
        assertThat(EntityVersion.required("\"4\"", "Send the version")).isEqualTo(VersionCondition.at(4));
    }
}
