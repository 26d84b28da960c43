package gov.enterprise.web.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EntityVersionTest {

    @Test
    void aVersionTravelsAsAQuotedEntityTag() {
        assertThat(EntityVersion.etag(7)).isEqualTo("\"7\"");
        assertThat(EntityVersion.optional(EntityVersion.etag(7))).isEqualTo(7L);
    }

    @Test
    void readsTheSpellingsClientsSend() {
        assertThat(EntityVersion.optional("W/\"7\"")).isEqualTo(7L);
        assertThat(EntityVersion.optional(" 7 ")).isEqualTo(7L);
        assertThat(EntityVersion.optional(null)).isNull();
        assertThat(EntityVersion.optional(" ")).isNull();
        assertThat(EntityVersion.optional("*")).isNull();
    }

    @Test
    void anythingElseIsABadRequestNamingTheHeader() {
        assertThatThrownBy(() -> EntityVersion.optional("\"abc\""))
                .isInstanceOf(ProblemException.class)
                .hasMessage("1 field is invalid")
                .satisfies(e -> assertThat(((ProblemException) e).getBody().getProperties().toString())
                        .contains("If-Match").contains("'\"abc\"' is not a version such as \"3\""));
    }
}
