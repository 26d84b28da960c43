package gov.enterprise.edge.proxy;


import tools.jackson.databind.json.JsonMapper;

import gov.enterprise.edge.EdgeProperties;
import gov.enterprise.edge.route.RouteTable;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
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

    /**
     * One client for all backends: pooled HTTP/1.1 keep-alive connections, as many per backend as requests may be in
     * flight. It follows no redirect (the client's to follow), retries nothing (a POST must not be sent twice),
     * keeps no cookies and leaves bodies as they are (no decompression). An idle connection is checked before reuse
     * after a second and closed after ten, well before a backend's own keep-alive timeout closes it under a request.
     */
    @Bean(destroyMethod = "close")
    CloseableHttpClient backendClient(EdgeProperties properties) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                // a silence this long while waiting for or reading an answer (a stream's keep-alives come every 20 s)
                .setSocketTimeout(Timeout.of(properties.responseTimeout()))
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connections)
                        .setMaxConnPerRoute(properties.maxInFlight())
                        .setMaxConnTotal(properties.maxInFlight() * Math.max(1, properties.routes().size()))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.responseTimeout()))
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(10))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .build();
    }

    @Bean
    EdgeProblems edgeProblems(JsonMapper jsonMapper) {
        return new EdgeProblems(jsonMapper);
    }

    @Bean
    ContainerErrorReports containerErrorReports(EdgeProblems edgeProblems) {
        return new ContainerErrorReports(edgeProblems);
    }

    @Bean
    OpenStreams openStreams() {
        return new OpenStreams();
    }

    @Bean
    FilterRegistrationBean<ProxyFilter> proxyFilter(RouteTable routes, CloseableHttpClient backendClient,
                                                    EdgeProperties properties, EdgeProblems problems,
                                                    OpenStreams openStreams) {
        ProxyFilter filter = new ProxyFilter(routes, new ReverseProxy(backendClient, problems, openStreams),
                problems, properties.maxInFlight());
        FilterRegistrationBean<ProxyFilter> registration = new FilterRegistrationBean<>(filter);
        // after the observation filter (metrics, traces), before anything that could read the body
        // (FormContentFilter, at order -9900, reads the form bodies of PUT/PATCH/DELETE)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
