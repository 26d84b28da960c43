package gov.enterprise.visit.enterprise;

import gov.enterprise.reference.ReferenceData;
import gov.enterprise.visit.shared.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An enterprise as a client sent it (the API body or a CSV row): raw text, checked by {@link #validate} against the
 * reference data into {@link EnterpriseDetails}, every fault named by its field.
 */
public record EnterpriseForm(String uscc, String name, String regionCode, String cluster, String scale,
                             List<String> tags, String contactName, String contactPhone) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT_NAME = 50;
    public static final int MAX_TAGS = 20;
    // landlines with area code (0576-88123456), mobiles (13800000000), optionally +86 and an extension
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");

    /** The details, or null when a field was rejected into {@code validation}. */
    public EnterpriseDetails validate(ReferenceData reference, Validation validation) {
        Uscc code = null;
        String why = Uscc.rejectRaw(uscc);
        if (why != null) {
            validation.reject("uscc", why);
        } else {
            code = Uscc.parse(uscc);
        }
        String validName = validation.requiredText("name", name, MAX_NAME);
        String region = code(regionCode);
        if (region == null) {
            validation.reject("regionCode", "is required");
        } else if (reference.region(region).isEmpty()) {
            validation.reject("regionCode", "'" + region + "' is not a known region");
        }
        String clusterCode = code(cluster);
        if (clusterCode == null) {
            validation.reject("cluster", "is required");
        } else if (reference.cluster(clusterCode).isEmpty()) {
            validation.reject("cluster", "'" + clusterCode + "' is not a known industry cluster");
        }
        Scale validScale = scale(validation);
        List<String> validTags = tags(reference, validation);
        String validContactName = validation.optionalText("contact.name", contactName, MAX_CONTACT_NAME);
        String phone = validation.optionalText("contact.phone", contactPhone, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            validation.reject("contact.phone", "'" + phone + "' is not a phone number");
        }
        if (!validation.ok()) {
            return null;
        }
        return new EnterpriseDetails(code, validName, region, clusterCode, validScale, validTags,
                new Contact(validContactName, phone));
    }

    private Scale scale(Validation validation) {
        String value = code(scale);
        if (value == null) {
            validation.reject("scale", "is required");
            return null;
        }
        try {
            return Scale.valueOf(value);
        } catch (IllegalArgumentException e) {
            validation.reject("scale", "'" + value + "' is not ABOVE_SCALE or BELOW_SCALE");
            return null;
        }
    }

    private List<String> tags(ReferenceData reference, Validation validation) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            validation.reject("tags", "at most " + MAX_TAGS + " tags");
            return List.of();
        }
        var valid = new ArrayList<String>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = code(tags.get(i));
            if (tag == null) {
                validation.reject("tags[" + i + "]", "must not be blank");
            } else if (reference.tag(tag).isEmpty()) {
                validation.reject("tags[" + i + "]", "'" + tag + "' is not a known enterprise tag");
            } else {
                valid.add(tag);
            }
        }
        return valid;
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
