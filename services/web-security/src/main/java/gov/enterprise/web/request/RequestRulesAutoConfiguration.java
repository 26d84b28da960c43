package gov.enterprise.web.request;

import gov.enterprise.web.problem.ProblemAutoConfiguration;
import gov.enterprise.web.problem.ProblemResponseWriter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every request to the API must be before a service looks at it, the same in every service: JSON bodies of
 * the right types ({@link StrictJsonReading}, for any JSON the service reads), query strings that are text
 * ({@link QueryParameterCheck}), and writes that accept the JSON they will be answered with
 * ({@link WriteNegotiation}).
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestRulesAutoConfiguration {

    /** Where the rules hold: the JSON API, whose every write answers JSON. */
    static final String API = "/api/";

    @Bean
    StrictJsonReading strictJsonReading() {
        return new StrictJsonReading();
    }

    @Bean
    FilterRegistrationBean<QueryParameterCheck> queryParameterCheck(ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new QueryParameterCheck(problems));
        // before the security filters and everything else that reads parameters; the API's only (dev-identity's
        // sign-in form, say, is a page, not the API)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns(API + "*");
        return registration;
    }

    @Bean
    WebMvcConfigurer writeNegotiation() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new WriteNegotiation()).addPathPatterns(API + "**");
            }
        };
    }
}
