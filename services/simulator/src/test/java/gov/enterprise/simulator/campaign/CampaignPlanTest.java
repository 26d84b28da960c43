package gov.enterprise.simulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.security.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CampaignPlanTest {

    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final CampaignPlan REFERENCE = CampaignPlan.generate(CampaignSpec.reference(END));

    @Test
    void theReferenceCampaignHasExactlyTheReferenceFigures() {
        assertThat(REFERENCE.expected().enterprisesVisited()).isEqualTo(4_645);
        assertThat(REFERENCE.expected().issuesCollected()).isEqualTo(6_005);
        assertThat(REFERENCE.expected().handled()).isEqualTo(5_344);
        assertThat(REFERENCE.expected().handledRate()).isCloseTo(0.8899, org.assertj.core.data.Offset.offset(1e-4));

        List<IssuePlan> issues = REFERENCE.issues();
        assertThat(issues.stream().filter(IssuePlan::collected)).hasSize(6_005);
        assertThat(issues.stream().filter(issue -> issue.fate().handled())).hasSize(5_344);
        assertThat(REFERENCE.visits().stream().map(VisitPlan::uscc).distinct()).hasSize(4_645);
        assertThat(REFERENCE.expected().visits()).isEqualTo(REFERENCE.visits().size());
    }

    @Test
    void everyFateAndRouteIsRepresented() {
        Map<Fate, Long> fates = REFERENCE.issues().stream()
                .collect(Collectors.groupingBy(IssuePlan::fate, Collectors.counting()));
        assertThat(fates.keySet()).containsExactlyInAnyOrder(Fate.values());
        assertThat(fates.get(Fate.DUPLICATE)).isEqualTo(60);
        Map<Fate.Route, Long> routes = REFERENCE.issues().stream()
                .collect(Collectors.groupingBy(IssuePlan::route, Collectors.counting()));
        assertThat(routes.get(Fate.Route.TRANSFERRED)).isBetween(250L, 400L);
        assertThat(routes.get(Fate.Route.RETURNED)).isBetween(100L, 220L);
        assertThat(REFERENCE.appReports()).hasSizeBetween(150, 200);
    }

    @Test
    void enterprisesAreValidUniqueAndSpreadOverTaizhou() {
        Set<String> usccs = new HashSet<>();
        for (EnterprisePlan enterprise : REFERENCE.enterprises()) {
            assertThat(UnifiedSocialCreditCode.isValid(enterprise.uscc())).as(enterprise.uscc()).isTrue();
            assertThat(enterprise.uscc().substring(2, 8)).isEqualTo(enterprise.regionCode());
            usccs.add(enterprise.uscc());
        }
        assertThat(usccs).hasSize(REFERENCE.enterprises().size());
        assertThat(REFERENCE.enterprises().stream().map(EnterprisePlan::regionCode).distinct()).hasSize(9);
        assertThat(REFERENCE.enterprises().stream().map(EnterprisePlan::cluster).distinct()).hasSize(8);
        assertThat(REFERENCE.enterprises().stream().map(EnterprisePlan::scale).distinct()).hasSize(2);
        assertThat(REFERENCE.issues().stream().map(IssuePlan::category).distinct()).hasSize(18);
    }

    @Test
    void everyVisitIsByACadrePairedWithTheEnterpriseAndWithinTheCampaign() {
        Map<String, Set<String>> paired = new HashMap<>();
        REFERENCE.cadres().forEach(cadre -> paired.put(cadre.cadreId(), Set.copyOf(cadre.usccs())));
        for (VisitPlan visit : REFERENCE.visits()) {
            assertThat(paired.get(visit.cadreId())).contains(visit.uscc());
            var day = visit.visitedAt().atZone(CampaignPlan.TAIZHOU).toLocalDate();
            assertThat(day).isBetween(END.minusDays(79), END);
        }
        assertThat(REFERENCE.cadres()).hasSizeBetween(300, 360);
    }

    @Test
    void theSameSeedGivesTheSameCampaignSoAReloadAddsNothing() {
        CampaignPlan again = CampaignPlan.generate(CampaignSpec.reference(END));
        assertThat(again.issues()).isEqualTo(REFERENCE.issues());
        assertThat(again.visits()).isEqualTo(REFERENCE.visits());
        assertThat(again.enterprises()).isEqualTo(REFERENCE.enterprises());

        CampaignPlan other = CampaignPlan.generate(new CampaignSpec(99, 4_645, 155, 6_005, 5_344, END, 80));
        assertThat(other.issues().getFirst().issueId()).isNotEqualTo(REFERENCE.issues().getFirst().issueId());
    }

    @Test
    void campaignsOfOtherFiguresShareNoIdWithTheReferenceOrEachOther() {
        CampaignPlan small = CampaignPlan.generate(CampaignSpec.scaled(7, 20, END));
        CampaignPlan larger = CampaignPlan.generate(CampaignSpec.scaled(7, 60, END));
        for (CampaignPlan other : List.of(small, larger)) {
            Set<String> cadres = other.cadres().stream().map(CadrePlan::cadreId).collect(Collectors.toSet());
            assertThat(cadres).doesNotContainAnyElementsOf(REFERENCE.cadres().stream().map(CadrePlan::cadreId)
                    .toList());
            assertThat(other.issues().stream().map(IssuePlan::issueId))
                    .doesNotContainAnyElementsOf(REFERENCE.issues().stream().map(IssuePlan::issueId).toList());
        }
        assertThat(small.cadres().getFirst().cadreId()).isNotEqualTo(larger.cadres().getFirst().cadreId());
        assertThat(small.visits().getFirst().visitId()).isNotEqualTo(larger.visits().getFirst().visitId());
        assertThat(REFERENCE.cadres().getFirst().cadreId()).isEqualTo("c-0001");
    }

    @Test
    void idsAreUnique() {
        assertThat(REFERENCE.issues().stream().map(IssuePlan::issueId).distinct())
                .hasSize(REFERENCE.issues().size());
        assertThat(REFERENCE.visits().stream().map(VisitPlan::visitId).distinct())
                .hasSize(REFERENCE.visits().size());
    }

    @Test
    void aMatterRaisedAgainLooksLikeTheFirstAndDifferentMattersOfOneEnterpriseDoNot() {
        Map<String, IssuePlan> byId = new HashMap<>();
        Map<String, List<IssuePlan>> byEnterprise = new HashMap<>();
        for (IssuePlan issue : REFERENCE.issues()) {
            byId.put(issue.issueId(), issue);
            byEnterprise.computeIfAbsent(issue.uscc(), uscc -> new ArrayList<>()).add(issue);
        }
        int repeats = 0;
        double highestApart = 0;
        for (List<IssuePlan> issues : byEnterprise.values()) {
            for (int i = 0; i < issues.size(); i++) {
                for (int j = i + 1; j < issues.size(); j++) {
                    IssuePlan a = issues.get(i);
                    IssuePlan b = issues.get(j);
                    double similarity = TextSimilarity.jaccard(a.text().title() + "\n" + a.text().description(),
                            b.text().title() + "\n" + b.text().description());
                    boolean repeat = a.issueId().equals(b.repeatOf()) || b.issueId().equals(a.repeatOf());
                    if (repeat) {
                        repeats++;
                        // intake flags from 0.4
                        assertThat(similarity).as(a.text() + " / " + b.text()).isGreaterThan(0.6);
                    } else {
                        highestApart = Math.max(highestApart, similarity);
                    }
                }
            }
        }
        assertThat(repeats).isEqualTo(78);
        assertThat(highestApart).isLessThan(0.3);
    }

    @Test
    void issuesLeftAtTheTriageDeskAreMattersNoRuleFits() {
        assertThat(REFERENCE.issues().stream().filter(issue -> issue.fate() == Fate.TRIAGE_WAITING))
                .allSatisfy(issue -> {
                    assertThat(issue.category()).isEqualTo("OTHER");
                    assertThat(issue.categoryHint()).isNull();
                });
        long unhinted = REFERENCE.issues().stream().filter(issue -> issue.categoryHint() == null).count();
        assertThat(unhinted / (double) REFERENCE.issues().size()).isBetween(0.2, 0.35);
    }

    @Test
    void aSmallCampaignKeepsTheReferenceShape() {
        CampaignPlan small = CampaignPlan.generate(CampaignSpec.scaled(7, 60, END));
        assertThat(small.expected().enterprisesVisited()).isEqualTo(60);
        assertThat(small.expected().issuesCollected()).isEqualTo(78);
        assertThat(small.expected().handled()).isEqualTo(69);
        assertThat(small.issues().stream().filter(IssuePlan::collected)).hasSize(78);
        assertThat(small.issues().stream().filter(issue -> issue.fate().handled())).hasSize(69);
        assertThat(small.issues().stream().filter(issue -> issue.repeatOf() != null)).isNotEmpty();
    }
}
