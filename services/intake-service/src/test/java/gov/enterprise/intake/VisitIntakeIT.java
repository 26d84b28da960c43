package gov.enterprise.intake;

import static gov.enterprise.intake.VisitEventsFixture.paired;
import static gov.enterprise.intake.VisitEventsFixture.pumpMakerIn;
import static gov.enterprise.intake.VisitEventsFixture.raised;
import static gov.enterprise.intake.VisitEventsFixture.registered;
import static gov.enterprise.intake.VisitEventsFixture.resent;
import static gov.enterprise.intake.VisitEventsFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import gov.enterprise.intake.issue.IssueIntake;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issues raised during visits, against the real broker and database: created once however often the visit is
 * delivered, routed by a valid hint or by the dictionaries, or sent to triage, with deadlines by the official
 * calendar.
 */
@IntegrationTest
@Import(IntakeTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitIntakeIT {

    private static final EnterpriseFacts PUMPS = pumpMakerIn("331002", UsccFixture.code("331002", 1));

    @Autowired
    TestEnvironment env;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    EventProbe intake;
    Api api;

    @BeforeAll
    void enterpriseIsKnown() {
        intake = env.probe(Topics.INTAKE_EVENTS);
        api = new Api(port);
        env.publisher().publish(registered(PUMPS, "台州某某泵业有限公司"));
        env.publisher().publish(paired(PUMPS.uscc(), "c-17"));
    }

    @Test
    void aVisitCreatesItsIssuesOnceEvenWhenRedelivered() {
        EventEnvelope<VisitRecordedV1> visit = visit("visit-once", PUMPS, "c-17",
                raised("once-1", "扩产用地", "企业扩产需要新增用地约20亩，所在乡镇没有用地指标。", null),
                raised("once-2", "用电增容", "新增两台注塑机，变压器容量不够，申请用电增容两个月没有批复。", null));

        env.publisher().publish(visit);
        env.publisher().publish(visit);            // the same record delivered twice
        env.publisher().publish(resent(visit));    // the same visit re-sent under a new event id

        var reported = intake.awaitEvents(2, IssueReportedV1.class, e -> e.data().visitId().equals("visit-once"),
                EventProbe.DEFAULT_TIMEOUT);
        assertThat(reported).extracting(EventEnvelope::subject).containsExactlyInAnyOrder("once-1", "once-2");
        assertThat(reported.getFirst().data().reportedBy()).isEqualTo("cadre:c-17");
        assertThat(reported.getFirst().data().channel()).isEqualTo("VISIT");
        intake.awaitEvents(2, IssueRoutedV1.class, e -> e.subject().startsWith("once-"), EventProbe.DEFAULT_TIMEOUT);
        keepReading(Duration.ofSeconds(3));        // time for any duplicate to show up
        assertThat(jdbc.sql("SELECT count(*) FROM issue WHERE visit_id = 'visit-once'").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(countEvents("once-1")).isEqualTo(2);   // reported + routed, nothing twice
        assertThat(countEvents("once-2")).isEqualTo(2);
    }

    @Test
    void aValidHintRoutesDirectlyByTheDefaultRuleWithDeadlinesSkippingNationalDay() {
        env.publisher().publish(visit("visit-hint", PUMPS, "c-17",
                raised("hint-1", "企业诉求", "希望政府帮助协调解决相关问题。", "TAX")));

        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("hint-1")).data();

        assertThat(routed.routing().category()).isEqualTo("TAX");
        assertThat(routed.routing().leadDepartment()).isEqualTo("TAX");
        assertThat(routed.routing().ruleId()).isEqualTo("default-TAX");
        assertThat(routed.routing().ruleVersion()).isEqualTo(1);
        assertThat(routed.routing().decidedBy()).isEqualTo("rule");
        assertThat(routed.routing().reason()).contains("category hint TAX");
        // routed on Friday 25 September 2026 (Mid-Autumn Festival): 15 working days skip 1-7 October and count
        // Saturday 10 October, a make-up working day
        assertThat(routed.routing().acceptDue()).isEqualTo(LocalDate.parse("2026-09-28"));
        assertThat(routed.routing().resolveDue()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(routed.routing().provisionalDeadlines()).isFalse();
        assertThat(routed.enterprise()).isEqualTo(PUMPS);
    }

    @Test
    void textWithoutAHintIsClassifiedByTheDictionaries() {
        env.publisher().publish(visit("visit-text", PUMPS, "c-17",
                raised("text-1", "出口退税慢", "企业出口退税办理周期长，一笔退税要等两个多月，占用了大量流动资金。", null),
                raised("text-2", "环评", "新上喷涂线需要做环评，环评审批时间太长，设备到厂只能等着。", "NOT-A-CATEGORY")));

        var tax = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("text-1")).data();
        var environment = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("text-2")).data();

        assertThat(tax.routing().category()).isEqualTo("TAX");
        assertThat(tax.routing().reason()).contains("dictionary: TAX").contains("出口退税");
        assertThat(environment.routing().category()).isEqualTo("ENVIRONMENT");
        assertThat(environment.routing().leadDepartment()).isEqualTo("ENV");
        assertThat(environment.routing().reason()).contains("category hint 'NOT-A-CATEGORY' is not a known category");
    }

    @Test
    void anUnclassifiableIssueLandsInTriageWithTheReasonAndThePairedCadreSeesIt() {
        env.publisher().publish(visit("visit-vague", PUMPS, "c-17",
                raised("vague-1", "走访感受", "希望领导多来企业走走看看，了解企业实际情况。", null)));

        var triage = intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("vague-1")).data();

        assertThat(triage.reason()).isEqualTo("no dictionary term was found in the text");
        assertThat(triage.returnedBy()).isNull();
        var view = api.get("/api/v1/issues/vague-1", "cadre:c-17");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("state").asString()).isEqualTo("TRIAGE");
        assertThat(view.json().get("triage").get("reason").asString()).isEqualTo(triage.reason());
        assertThat(view.json().get("history").valueStream().map(h -> h.get("kind").asString()).toList())
                .containsExactly("reported", "classified", "sent-to-triage");
        assertThat(api.get("/api/v1/issues/vague-1", "cadre:c-99").status()).isEqualTo(404);
    }

    @Test
    void anIssueOfAVisitWhoseIdAnotherIssueTookIsTakenUnderAnIdDerivedFromTheVisit() {
        env.publisher().publish(visit("visit-first", PUMPS, "c-17",
                raised("taken-1", "用地", "企业扩产缺少用地指标。", null)));
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("taken-1"));

        var clash = visit("visit-clash", PUMPS, "c-17",
                raised("fresh-1", "电费", "企业一年电费近千万，希望降低电价。", null),
                raised("taken-1", "另一件事", "同一个编号，另一件事情：厂区门口道路破损严重，货车进出困难。", null));
        env.publisher().publish(clash);
        env.publisher().publish(clash);   // delivered twice: still one issue each

        String derived = IssueIntake.idInVisit("visit-clash", "taken-1");
        var reported = intake.awaitEvent(IssueReportedV1.class, e -> e.subject().equals(derived)).data();
        assertThat(reported.visitId()).isEqualTo("visit-clash");
        assertThat(reported.title()).isEqualTo("另一件事");
        intake.awaitEvent(IssueReportedV1.class, e -> e.subject().equals("fresh-1"));
        keepReading(Duration.ofSeconds(2));
        assertThat(intake.received().stream().filter(r -> derived.equals(r.key()))
                .filter(r -> intake.decode(r).data() instanceof IssueReportedV1).count()).isEqualTo(1);
        assertThat(api.get("/api/v1/issues/taken-1", "cadre:c-17").json().get("title").asString()).isEqualTo("用地");
    }

    @Test
    void anEventThatCanNeverBeAppliedIsDeadLetteredWithItsReasonNotDropped() {
        var deadLetters = env.probe(Topics.deadLetter(Topics.VISIT_EVENTS));
        env.publisher().publish(visit("visit-malformed", PUMPS, "c-17",
                raised("fresh-2", "电费", "企业一年电费近千万，希望降低电价。", null),
                raised("not an id!", "另一件事", "编号不合规则。", null)));

        var parked = deadLetters.await(r -> PUMPS.uscc().equals(r.key()));
        assertThat(EventProbe.header(parked, "dlt-reason"))
                .contains("visit visit-malformed raises issue id 'not an id!'");
        keepReading(Duration.ofSeconds(2));
        assertThat(countEvents("fresh-2")).as("nothing of the refused visit was applied").isZero();

        var later = visit("visit-after", PUMPS, "c-17", raised("after-1", "招工难", "春节后普工返岗率低，企业招工非常困难。", null));
        env.publisher().publish(later);
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("after-1"));   // the partition moved on
    }

    private long countEvents(String issueId) {
        return intake.received().stream().filter(r -> issueId.equals(r.key())).count();
    }

    /** Lets the probe read what arrives meanwhile (it reads only while one of its methods runs). */
    private void keepReading(Duration duration) {
        intake.assertNone(record -> false, duration);
    }
}
