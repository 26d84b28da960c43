package gov.enterprise.intake.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateDetectorTest {

    private static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

    private final DuplicateDetector detector = new DuplicateDetector(DuplicateDetector.DEFAULT_THRESHOLD,
            DuplicateDetector.DEFAULT_WINDOW);

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            新厂房用地指标|企业扩产需要新增用地约20亩，但所在乡镇今年已没有用地指标，请求市里统筹解决。|新厂房用地指标|企业扩产需要新增用地约20亩，所在乡镇今年已经没有用地指标了，请求市里帮忙统筹解决。|lightly edited retype
            用电增容|企业新增两台大型注塑机，现有变压器容量不够，申请用电增容已经两个月没有批复。|用电增容迟迟未批|企业新增了两台大型注塑机，变压器容量不够，用电增容申请两个月了还没有批复。|reworded by another reporter
            招工难|春节后一线普工返岗率不到六成，生产线开不满，企业招工非常困难。|招工|企业缺普工，春节后返岗率不到六成，招工困难，生产线开不满。|same facts in another order
            """)
    void theSameMatterReportedAgainIsFlagged(String title, String description, String earlierTitle,
                                             String earlierDescription, String why) {
        var earlier = new DuplicateCandidate("issue-1", earlierTitle, earlierDescription, NOW.minus(Duration.ofDays(3)));

        assertThat(detector.findOriginal(title, description, NOW, List.of(earlier)))
                .map(DuplicateMatch::originalIssueId).contains("issue-1");
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            用地指标不足|企业反映扩产需要新增用地约20亩，所在乡镇没有用地指标，希望政府协调解决。|用地审批慢|企业反映新增用地的审批手续太慢，已经等了半年，希望政府协调解决。|two land matters, same stock phrases
            用电增容|企业反映新上生产线需要用电增容，希望供电公司加快办理。|电费偏高|企业反映用电成本高，电费负担重，希望供电公司给予支持。|two power matters
            贷款|企业流动资金紧张，希望银行给予贷款支持。|续贷|企业一笔贷款即将到期，希望银行给予续贷支持。|new loan and renewal
            """)
    void anotherMatterOnTheSameTopicIsNotFlagged(String title, String description, String earlierTitle,
                                                 String earlierDescription, String why) {
        var earlier = new DuplicateCandidate("issue-1", earlierTitle, earlierDescription, NOW.minus(Duration.ofDays(3)));

        assertThat(TextSimilarity.jaccard(title + "\n" + description, earlierTitle + "\n" + earlierDescription))
                .isLessThan(0.3);
        assertThat(detector.findOriginal(title, description, NOW, List.of(earlier))).isEmpty();
    }

    @Test
    void onlyTheLast30DaysCount() {
        var old = new DuplicateCandidate("old", "用地指标", "企业扩产需要用地指标", NOW.minus(Duration.ofDays(31)));
        var recent = new DuplicateCandidate("recent", "用地指标", "企业扩产需要用地指标", NOW.minus(Duration.ofDays(29)));

        assertThat(detector.findOriginal("用地指标", "企业扩产需要用地指标", NOW, List.of(old))).isEmpty();
        assertThat(detector.findOriginal("用地指标", "企业扩产需要用地指标", NOW, List.of(old, recent)))
                .contains(new DuplicateMatch("recent", 1.0));
    }

    @Test
    void theMostSimilarAndThenTheEarliestIsTheOriginal() {
        var first = new DuplicateCandidate("first", "用地指标", "企业扩产需要用地指标", NOW.minus(Duration.ofDays(9)));
        var second = new DuplicateCandidate("second", "用地指标", "企业扩产需要用地指标", NOW.minus(Duration.ofDays(2)));
        var looser = new DuplicateCandidate("looser", "用地指标", "企业扩产需要用地指标和厂房", NOW.minus(Duration.ofDays(1)));

        assertThat(detector.findOriginal("用地指标", "企业扩产需要用地指标", NOW, List.of(looser, second, first)))
                .map(DuplicateMatch::originalIssueId).contains("first");
    }

    @Test
    void punctuationSpacesAndFullWidthFormsDoNotMatter() {
        assertThat(TextSimilarity.jaccard("用地指标，不够！", "用地 指标 不够")).isEqualTo(1.0);
        assertThat(TextSimilarity.jaccard("ＶＯＣｓ治理", "vocs治理")).isEqualTo(1.0);
    }

    @Test
    void theIndexIsOverDistinctOrderedPairs() {
        assertThat(TextSimilarity.jaccard("电电电电", "电电")).isEqualTo(1.0); // one distinct pair each
        assertThat(TextSimilarity.jaccard("用电", "电用")).isEqualTo(0.0); // a pair is ordered
        assertThat(TextSimilarity.jaccard("用电难", "用电贵")).isEqualTo(1.0 / 3); // {用电, 电难} and {用电, 电贵}
        assertThat(TextSimilarity.jaccard("电", "电")).isEqualTo(1.0); // a lone letter is its own set
        assertThat(TextSimilarity.jaccard("电", "电费")).isEqualTo(0.0); // and never equal to a pair
        assertThat(TextSimilarity.jaccard("，。！", "")).isEqualTo(0.0); // no letters on either side
    }
}
