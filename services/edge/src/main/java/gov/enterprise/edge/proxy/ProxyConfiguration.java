package gov.enterprise.edge.proxy;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;

import gov.enterprise.edge.EdgeProperties;
import gov.enterprise.edge.route.RouteTable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    @Bean
    RouteTable routeTable(EdgeProperties properties) {
        return new RouteTable(properties.routes());
    }

    @Bean(destroyMethod = "close")
    ExecutorService backendExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    /** One client for all backends: HTTP/1.1 keeps a pool of keep-alive connections per backend. */
    @Bean(destroyMethod = "close")
    HttpClient backendHttpClient(EdgeProperties properties, ExecutorService backendExecutor) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // redirects are the client's to follow
                .executor(backendExecutor)
                .build();
    }

    @Bean
    EdgeProblems edgeProblems(JsonMapper jsonMapper) {
        return new EdgeProblems(jsonMapper);
    }

    @Bean
    FilterRegistrationBean<ProxyFilter> proxyFilter(RouteTable routes, HttpClient backendHttpClient,
                                                    EdgeProperties properties, EdgeProblems problems) {
        ProxyFilter filter = new ProxyFilter(routes,
                new ReverseProxy(backendHttpClient, properties.responseTimeout(), problems), problems,
                properties.maxInFlight());
        FilterRegistrationBean<ProxyFilter> registration = new FilterRegistrationBean<>(filter);
        // after the observation filter (metrics, traces), before anything that could read the body
        // (FormContentFilter, at order -9900, reads the form bodies of PUT/PATCH/DELETE)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
