package gov.enterprise.oversight.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the oversight service ({@code ticketing.oversight.*}).
 *
 * @param zone              the zone whose calendar days periods, report days and {@code asOf} are counted in
 * @param homeRegion        the region whose sub-regions the region breakdown lists when no region is asked for
 * @param activeCacheTtl    how long an instance keeps the name of the generation that answers queries
 * @param overdueLimit      the longest overdue list one request returns
 * @param minimumTickets    the default minimum of tickets before a department is ranked
 * @param maxTrendBuckets   the most buckets one trend request may ask for
 * @param changeDebounce    the shortest time between two change notifications to a dashboard
 * @param rebuildBatch      issues per bulk-load batch of a rebuild
 * @param abandonedRebuildCheck how often each instance looks for rebuilds whose instance stopped reporting (two
 *                          minutes without progress), to fail them
 * @param sessionUrl        JDBC URL of PostgreSQL itself, for the connections that must keep their session (the
 *                          change listener, the read models' migrations) when {@code spring.datasource.url} goes
 *                          through a transaction pooler such as PgBouncer; unset, they come from the service's pool
 */
@ConfigurationProperties("ticketing.oversight")
public record OversightProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                  @DefaultValue("331000") String homeRegion,
                                  @DefaultValue("1s") Duration activeCacheTtl,
                                  @DefaultValue("1000") int overdueLimit,
                                  @DefaultValue("5") int minimumTickets,
                                  @DefaultValue("400") int maxTrendBuckets,
                                  @DefaultValue("1s") Duration changeDebounce,
                                  @DefaultValue("20000") int rebuildBatch,
                                  @DefaultValue("30s") Duration abandonedRebuildCheck,
                                  String sessionUrl) {
}
