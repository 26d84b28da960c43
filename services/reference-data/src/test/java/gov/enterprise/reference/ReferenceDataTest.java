package gov.enterprise.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.bundled();

    @Test
    void theTaizhouSeedIsComplete() {
        assertThat(data.regions()).hasSize(11);
        assertThat(data.clusters()).extracting(IndustryCluster::code)
                .containsExactly("AUTO", "AVIATION", "MOULD", "PHARMA", "SANITARY", "SEWING", "PUMP", "OTHER");
        assertThat(data.department("NRP")).get().extracting(Department::nameZh).isEqualTo("市自然资源和规划局");
        assertThat(data.department("DRC")).get().extracting(Department::remit).asString()
                .contains("energy-use assessment, major projects");
        assertThat(data.category("LAND")).get().satisfies(land -> {
            assertThat(land.defaultLead()).contains("NRP");
            assertThat(land.coDepartments()).containsExactly("INV");
        });
        assertThat(data.category("OTHER")).get().extracting(Category::defaultLead).isEqualTo(java.util.Optional.empty());
        assertThat(data.tag("SPECIALISED")).get().extracting(EnterpriseTag::nameZh).isEqualTo("专精特新中小企业");
    }

    @Test
    void everyCategoryRoutesToAKnownDepartment() {
        for (Category category : data.categories()) {
            category.defaultLead().ifPresent(lead -> assertThat(data.department(lead)).as(category.code()).isPresent());
            category.coDepartments().forEach(co -> assertThat(data.department(co)).as(category.code()).isPresent());
        }
    }

    @Test
    void aCountyIsWithinItsCityAndProvinceButNotItsNeighbour() {
        assertThat(data.isWithin("331002", "331002")).isTrue();
        assertThat(data.isWithin("331002", "331000")).isTrue();
        assertThat(data.isWithin("331002", "330000")).isTrue();
        assertThat(data.isWithin("331002", "331003")).isFalse();
        assertThat(data.isWithin("331000", "331002")).isFalse();
        assertThat(data.isWithin("999999", "331000")).isFalse();
    }

    @Test
    void inconsistentDataIsRefusedNamingTheEntry() {
        var department = new Department("NRP", "市自然资源和规划局", "Natural Resources", "");
        assertThatThrownBy(() -> new ReferenceData(List.of(), List.of(), List.of(department),
                List.of(new Category("LAND", "用地", "Land", "XYZ", List.of())), List.of()))
                .hasMessage("category LAND names an unknown department XYZ");
        assertThatThrownBy(() -> new ReferenceData(List.of(), List.of(), List.of(department, department),
                List.of(), List.of()))
                .hasMessage("department NRP is defined twice");
    }

    @Test
    void csvFieldsMayBeQuotedAndSpanLines() {
        var table = CsvTable.read(new StringReader(
                "\uFEFFcode,remit\r\nA,\"land, quotas\"\r\nB,\"say \"\"hi\"\"\nthere\"\r\n\r\nC,plain\n"));
        assertThat(table.header()).containsExactly("code", "remit");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 6);
        assertThat(table.rows().get(0).get("remit")).isEqualTo("land, quotas");
        assertThat(table.rows().get(1).get("remit")).isEqualTo("say \"hi\"\nthere");
        assertThat(table.rows().get(2).get("remit")).isEqualTo("plain");
    }

    @Test
    void aBrokenCsvNamesTheLine() {
        assertThatThrownBy(() -> CsvTable.read(new StringReader("a,b\n1,2,3\n")))
                .hasMessage("line 2: 3 fields, but the header has 2");
        assertThatThrownBy(() -> CsvTable.read(new StringReader("a,b\n1,\"open\n")))
                .hasMessage("line 2: a quoted field opened on line 2 is never closed");
    }
}
