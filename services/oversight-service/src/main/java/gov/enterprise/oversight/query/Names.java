package gov.enterprise.oversight.query;

import gov.enterprise.oversight.figure.Cell;
import gov.enterprise.reference.ReferenceData;

/** Chinese and English names of the codes in figures, from the reference data. */
record Names(String nameZh, String nameEn) {

    static final Names UNASSIGNED = new Names("未分配", "Unassigned");

    static Names of(ReferenceData reference, Dimension dimension, String code) {
        if (code == null || code.equals(Cell.UNKNOWN)) {
            return UNASSIGNED;
        }
        Names names = switch (dimension) {
            case REGION -> reference.region(code).map(r -> new Names(r.nameZh(), r.nameEn())).orElse(null);
            case CLUSTER -> reference.cluster(code).map(c -> new Names(c.nameZh(), c.nameEn())).orElse(null);
            case CATEGORY -> reference.category(code).map(c -> new Names(c.nameZh(), c.nameEn())).orElse(null);
            case DEPARTMENT -> reference.department(code).map(d -> new Names(d.nameZh(), d.nameEn())).orElse(null);
        };
        return names != null ? names : new Names(code, code);
    }
}
