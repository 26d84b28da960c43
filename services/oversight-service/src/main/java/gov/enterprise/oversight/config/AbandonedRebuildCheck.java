package gov.enterprise.oversight.config;

import gov.enterprise.messaging.Chore;
import gov.enterprise.oversight.rebuild.Rebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fails, on every instance every {@code abandoned-rebuild-check}, the rebuilds whose instance stopped reporting. A
 * rebuild abandoned while catching up would otherwise stay {@code CATCHING_UP}, and every live listener would go on
 * writing each event to its generation as well, until someone started another rebuild; one abandoned while building
 * would keep its half-written schema. Several instances may look at once: each rebuild is failed by one of them, in
 * one statement that checks it is still silent ({@link Rebuild#failAbandoned}).
 */
@Component
class AbandonedRebuildCheck implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AbandonedRebuildCheck.class);

    private final Chore chore;

    AbandonedRebuildCheck(Rebuild rebuild, OversightProperties properties) {
        this.chore = new Chore("abandoned-rebuilds", properties.abandonedRebuildCheck(),
                properties.abandonedRebuildCheck(), () -> {
                    try {
                        rebuild.failAbandoned();
                    } catch (RuntimeException e) {
                        // the database may be away; the next check catches up
                        log.warn("Could not check for abandoned rebuilds: {}", e.toString());
                    }
                });
    }

    @Override
    public void start() {
        chore.start();
    }

    @Override
    public void stop() {
        chore.stop();
    }

    @Override
    public boolean isRunning() {
        return chore.isRunning();
    }
}
