package gov.enterprise.web.request;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * Request bodies are read with their JSON types: a number is not a satisfaction, an outcome, a yes or a name, and a
 * fraction is not a count of days. Jackson's defaults would take {@code "satisfaction": 1} as the second constant,
 * {@code "approve": 0} as a denial and {@code "workingDays": 2.9} as 2; each is now a 400 naming the field. A date
 * is a date: by default {@code "2027-03-01T23:30:00Z"} would be read as 1 March, the day in UTC, when in Beijing it
 * is already the 2nd. A body that names a field twice is refused rather than read by its last value, which another
 * reader of the same body (a log, a proxy) might not take.
 */
public final class StrictJsonReading implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        // a string is no longer read as a number or a yes, nor a number as a yes; a fraction never as a count
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // text is not a scalar to that feature: a number or a boolean for a string is refused here
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // a date-time is not a date: leniently, one ending in Z was read as its day in UTC
                .withConfigOverride(LocalDate.class, date -> date.setFormat(JsonFormat.Value.forLeniency(false)))
                // one field, one value: the last of two is what Jackson keeps, a log or a proxy may keep the first
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
