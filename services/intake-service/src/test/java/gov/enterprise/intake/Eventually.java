package gov.enterprise.intake;

import gov.enterprise.testsupport.EventProbe;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for what the service learns asynchronously from events. */
public final class Eventually {

    private Eventually() {
    }

    public static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + EventProbe.DEFAULT_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Until intake has consumed the enterprise's registration from visit.events. */
    public static void enterpriseKnown(JdbcClient jdbc, String uscc) {
        until(() -> jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc = ?").param(uscc).query(Integer.class)
                .single() > 0, "intake learnt enterprise " + uscc);
    }

    /** Until intake has consumed the enterprise's cadre pairing. */
    public static void pairingKnown(JdbcClient jdbc, String uscc) {
        until(() -> jdbc.sql("SELECT count(*) FROM cadre_pairing WHERE uscc = ?").param(uscc).query(Integer.class)
                .single() > 0, "intake learnt the pairing of " + uscc);
    }
}
