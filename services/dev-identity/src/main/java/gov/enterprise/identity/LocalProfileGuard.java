package gov.enterprise.identity;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the application before anything starts unless the {@code local} profile is active: a token issuer that
 * signs any subject on request must never run in a shared or production environment. Runs as an environment
 * post-processor so no entry point (main, tests, a packaged jar) can skip it.
 */
public final class LocalProfileGuard implements EnvironmentPostProcessor {

    static final String PROFILE = "local";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            throw new LocalProfileRequiredException();
        }
    }

    /** Thrown when dev-identity is started without the {@code local} profile. */
    public static final class LocalProfileRequiredException extends IllegalStateException {

        LocalProfileRequiredException() {
            super("dev-identity signs tokens for any subject and runs only in the local stack: start it with the '"
                    + PROFILE + "' profile (--spring.profiles.active=" + PROFILE + "). Refusing to start.");
        }
    }
}
