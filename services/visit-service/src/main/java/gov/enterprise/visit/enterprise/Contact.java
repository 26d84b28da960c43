package gov.enterprise.visit.enterprise;

/** The enterprise's contact person for cadres and departments; either part may be unknown (null). */
public record Contact(String name, String phone) {

    public static final Contact NONE = new Contact(null, null);

    public boolean isEmpty() {
        return name == null && phone == null;
    }
}
