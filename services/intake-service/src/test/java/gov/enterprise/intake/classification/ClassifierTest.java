package gov.enterprise.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private final Classifier classifier = new Classifier(List.of(
            new CategoryDictionary("LAND", List.of(new Term("用地指标", 4), new Term("厂房", 2), new Term("土地", 2))),
            new CategoryDictionary("ENERGY", List.of(new Term("用电增容", 5), new Term("用电", 3), new Term("电费", 4))),
            new CategoryDictionary("TALENT", List.of(new Term("人才公寓", 5), new Term("人才", 3))),
            new CategoryDictionary("INFRA", List.of(new Term("公寓", 2), new Term("道路", 3))),
            new CategoryDictionary("MARKET", List.of(new Term("出口", 3), new Term("出口径", 0)))),
            List.of("LAND", "ENERGY", "TALENT", "INFRA", "MARKET", "OTHER"), Classifier.DEFAULT_MIN_SCORE);

    @Test
    void aKnownCategoryHintWinsOverTheText() {
        Classification result = classifier.classify("用地", "企业扩产缺少用地指标", "ENERGY");

        assertThat(result.category()).isEqualTo("ENERGY");
        assertThat(result.method()).isEqualTo(Classification.Method.HINT);
        assertThat(result.reason()).contains("category hint ENERGY");
    }

    @Test
    void aTypedHintIsReadAsTheCodeItIsWrittenAsAndTextThatCannotBeOneIsNoHint() {
        Classification typed = classifier.classify("", "企业扩产缺少用地指标", Classifier.typedHint(" energy"));

        assertThat(typed.category()).isEqualTo("ENERGY");
        assertThat(typed.method()).isEqualTo(Classification.Method.HINT);
        assertThat(Classifier.typedHint("用电")).isNull();
        assertThat(Classifier.typedHint("lands")).isEqualTo("LANDS");
        assertThat(Classifier.typedHint(null)).isNull();
    }

    @Test
    void anUnknownHintIsIgnoredAndSaysSo() {
        Classification result = classifier.classify("", "企业扩产缺少用地指标，厂房不够", "LANDS");

        assertThat(result.category()).isEqualTo("LAND");
        assertThat(result.method()).isEqualTo(Classification.Method.DICTIONARY);
        assertThat(result.reason()).startsWith("category hint 'LANDS' is not a known category and was ignored;")
                .contains("LAND 6 (用地指标 4, 厂房 2)");
    }

    @Test
    void theHighestScoreWinsAndTheReasonNamesTheTermsAndTheRunnerUp() {
        Classification result = classifier.classify("新厂房用电", "新厂房需要用电增容，电费也高", null);

        assertThat(result.category()).isEqualTo("ENERGY");
        assertThat(result.reason()).isEqualTo("dictionary: ENERGY 12 (用电增容 5, 电费 4, 用电 3); next LAND 2 (厂房 2)");
    }

    @Test
    void aLongerPhraseHidesTheTermsInsideIt() {
        Classification result = classifier.classify("", "引进的博士申请人才公寓", null);

        assertThat(result.category()).isEqualTo("TALENT");
        assertThat(result.scores()).extracting(CategoryScore::category).containsExactly("TALENT");
    }

    @Test
    void aNeutralPhraseStopsAnAccidentalSubstringFromCounting() {
        Classification result = classifier.classify("", "工资怎么发，希望人社部门给出口径", null);

        assertThat(result.category()).isNull();
        assertThat(result.reason()).isEqualTo("no dictionary term was found in the text");
    }

    @Test
    void aRepeatedTermCountsOnce() {
        Classification result = classifier.classify("土地", "土地土地土地", null);

        assertThat(result.scores().getFirst().score()).isEqualTo(2);
    }

    @Test
    void aTieGoesToTriageNamingBothCategories() {
        Classification result = classifier.classify("", "人才住房和道路都不够", null);

        assertThat(result.category()).isNull();
        assertThat(result.method()).isEqualTo(Classification.Method.NONE);
        assertThat(result.reason()).isEqualTo("tie: INFRA 3 (道路 3) and TALENT 3 (人才 3)");
    }

    @Test
    void aWeakMatchBelowTheMinimumGoesToTriage() {
        Classification weak = new Classifier(List.of(new CategoryDictionary("LAND", List.of(new Term("仓库", 1)))),
                List.of("LAND"), 2).classify("", "仓库漏水", null);

        assertThat(weak.category()).isNull();
        assertThat(weak.reason()).isEqualTo("best score LAND 1 (仓库 1) is below the minimum of 2");
    }

    @Test
    void fullWidthLettersAndSpacesDoNotHideATerm() {
        var dictionaries = List.of(new CategoryDictionary("MARKET", List.of(new Term("VOCs", 4))),
                new CategoryDictionary("LAND", List.of(new Term("用地指标", 4))));
        Classifier folding = new Classifier(dictionaries, List.of("MARKET", "LAND"), 2);

        assertThat(folding.classify("", "ＶＯＣＳ排放", null).category()).isEqualTo("MARKET");
        assertThat(folding.classify("", "缺少用地 指标", null).category()).isEqualTo("LAND");
        // a zero-width space, joiner and byte-order mark, as text pasted from a web page or a chat app holds them
        assertThat(folding.classify("", "缺少用\u200b地\u200d指\ufeff标", null).category()).isEqualTo("LAND");
    }

    @Test
    void aTermOfSpacesAloneIsNoTermEvenWhereStringIsBlankSeesText() {
        // no-break, figure, narrow no-break and ideographic spaces: normalising strips them all
        for (String spaces : List.of("", " ", "\u00a0", "\u2007", "\u202f", "\u3000", " \u00a0\u3000 ", "\u200b",
                "\ufeff")) {
            assertThatThrownBy(() -> new Term(spaces, 5)).as("'%s'", spaces)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a term needs text");
        }
        assertThatThrownBy(() -> new Term(null, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Term("\u00a0密封件\u3000", 3).text()).isEqualTo("密封件");
    }
}
