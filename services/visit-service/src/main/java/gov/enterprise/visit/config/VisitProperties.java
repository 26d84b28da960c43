package gov.enterprise.visit.config;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visit service ({@code visit.*}).
 *
 * @param backEntryWindow  how long after a visit it may still be entered (default 90 days)
 * @param futureTolerance  how far in the future a visit time may lie, for phones whose clock runs ahead (5 minutes)
 * @param contactPeriod    each paired enterprise must be visited at least once per calendar period of this length
 *                         (P1M, P2M, P3M, P4M, P6M or P1Y; default a quarter)
 * @param zone             the time zone periods and dates are counted in
 * @param referenceRefresh how soon administrators' edits of reference data take effect
 */
@ConfigurationProperties("visit")
public record VisitProperties(@DefaultValue("90d") Duration backEntryWindow,
                              @DefaultValue("5m") Duration futureTolerance,
                              @DefaultValue("P3M") Period contactPeriod,
                              @DefaultValue("Asia/Shanghai") ZoneId zone,
                              @DefaultValue("30s") Duration referenceRefresh) {
}
