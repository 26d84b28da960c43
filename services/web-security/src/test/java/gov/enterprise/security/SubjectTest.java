package gov.enterprise.security;

import gov.enterprise.security.fixture.UsccFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectTest {

    @Test
    void readsEachKindWithItsScope() {
        assertThat(Subject.parse("cadre:c-17")).isEqualTo(Subject.cadre("c-17"));
        assertThat(Subject.parse("officer:NRP")).isEqualTo(Subject.officer("NRP"));
        assertThat(Subject.parse("head:SAMR")).isEqualTo(Subject.head("SAMR"));
        assertThat(Subject.parse("leader:331002")).isEqualTo(Subject.leader("331002"));
        assertThat(Subject.parse("enterprise:91350100M000100Y43")).isEqualTo(Subject.enterprise("91350100M000100Y43"));
        assertThat(Subject.parse("operator:hotline.07")).isEqualTo(Subject.operator("hotline.07"));
        assertThat(Subject.parse("triage:t_1")).isEqualTo(Subject.triage("t_1"));
        assertThat(Subject.parse("admin")).isEqualTo(Subject.admin());
    }

    @Test
    void writesBackTheStringItWasReadFrom() {
        assertThat(Subject.parse("officer:NRP")).hasToString("officer:NRP");
        assertThat(Subject.admin()).hasToString("admin");
    }

    @Test
    void derivesTheRoleFromTheKind() {
        assertThat(Subject.parse("head:NRP").kind().authority()).isEqualTo("ROLE_HEAD");
        assertThat(SubjectKind.OFFICER.role()).isEqualTo("OFFICER");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "officer", "officer:", "officer:nrp", "officer:N", "Officer:NRP", "boss:1", "admin:root", "admin:",
            "leader:33100", "leader:3310021", "enterprise:91350100M000100Y44", "enterprise:91350100M000100Y4",
            "enterprise:91350100I000100Y43", "cadre:-x", "cadre:a b", "cadre:c:17", " officer:NRP"})
    void refusesAnythingOutsideTheGrammar(String value) {
        assertThatThrownBy(() -> Subject.parse(value)).isInstanceOf(InvalidSubjectException.class);
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> Subject.parse("enterprise:91350100M000100Y44"))
                .hasMessageContaining("check digit does not match");
        // the whole code is verified, not only its last character
        assertThatThrownBy(() -> Subject.parse("enterprise:" + UsccFixture.withWrongOrganisationCheck(
                "91350100M000100Y43"))).hasMessageContaining("organisation code 'M000100Y1'");
        assertThatThrownBy(() -> Subject.parse("boss:1")).hasMessageContaining("unknown subject kind 'boss'");
    }
}
