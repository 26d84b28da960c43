package gov.enterprise.messaging.backbone;

import gov.enterprise.contracts.EventType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The test's own contracts, added to the catalogue as {@link EventType} beans the way a service would add types it
 * has not published yet.
 */
@Configuration(proxyBeanMethods = false)
public class BackboneEvents {

    public static final String TOPIC = "backbone.events";
    /** A second topic, consumed by {@link MirrorListener} on threads of its own. */
    public static final String MIRROR_TOPIC = "backbone.mirror";

    /** A counter moved one step: the "state change" whose order per counter the suite checks. */
    public record StepRecordedV1(String counter, long step) {
    }

    /** Published on the topic but not handled by the test's listener: acknowledged and counted as ignored. */
    public record StepSkippedV1(String counter) {
    }

    /** Its handler fails {@code failures} times before it succeeds, or refuses it outright when {@code reject}. */
    public record TroubleReportedV1(String id, int failures, boolean reject) {
    }

    /** Adds one to each tally, in the order given. */
    public record TalliesTouchedV1(List<String> tallies) {
    }

    /** The same on the mirror topic: its listener's transactions lock the same rows as the first listener's. */
    public record MirrorTalliesTouchedV1(List<String> tallies) {
    }

    public static final EventType<StepRecordedV1> STEP_RECORDED =
            EventType.of("gov.enterprise.backbone.step.recorded.v1", StepRecordedV1.class, TOPIC);
    public static final EventType<StepSkippedV1> STEP_SKIPPED =
            EventType.of("gov.enterprise.backbone.step.skipped.v1", StepSkippedV1.class, TOPIC);
    public static final EventType<TroubleReportedV1> TROUBLE_REPORTED =
            EventType.of("gov.enterprise.backbone.trouble.reported.v1", TroubleReportedV1.class, TOPIC);

    public static final EventType<TalliesTouchedV1> TALLIES_TOUCHED =
            EventType.of("gov.enterprise.backbone.tallies.touched.v1", TalliesTouchedV1.class, TOPIC);
    public static final EventType<MirrorTalliesTouchedV1> MIRROR_TALLIES_TOUCHED =
            EventType.of("gov.enterprise.backbone.mirror.tallies.touched.v1", MirrorTalliesTouchedV1.class,
                    MIRROR_TOPIC);

    @Bean
    EventType<TalliesTouchedV1> talliesTouched() {
        return TALLIES_TOUCHED;
    }

    @Bean
    EventType<MirrorTalliesTouchedV1> mirrorTalliesTouched() {
        return MIRROR_TALLIES_TOUCHED;
    }

    @Bean
    EventType<StepRecordedV1> stepRecorded() {
        return STEP_RECORDED;
    }

    @Bean
    EventType<StepSkippedV1> stepSkipped() {
        return STEP_SKIPPED;
    }

    @Bean
    EventType<TroubleReportedV1> troubleReported() {
        return TROUBLE_REPORTED;
    }
}
