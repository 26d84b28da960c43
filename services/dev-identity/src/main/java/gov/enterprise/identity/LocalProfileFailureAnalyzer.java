package gov.enterprise.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the guard's refusal into Boot's plain "APPLICATION FAILED TO START" report instead of a stack trace. */
final class LocalProfileFailureAnalyzer extends AbstractFailureAnalyzer<LocalProfileGuard.LocalProfileRequiredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalProfileGuard.LocalProfileRequiredException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Activate the 'local' profile, e.g. ./stack up, or --spring.profiles.active=local. "
                        + "Anywhere else, services trust a real OpenID Connect provider instead.", cause);
    }
}
