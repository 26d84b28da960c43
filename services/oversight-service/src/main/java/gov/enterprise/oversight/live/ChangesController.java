package gov.enterprise.oversight.live;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for the dashboard: {@code changed} whenever the figures may have changed (at most once per
 * debounce interval), and a comment every 20 seconds to keep proxies from closing an idle stream. A stream lasts
 * ten minutes; the page then opens a new one. Authenticated like every API path (the page sends its bearer token
 * with {@code fetch}).
 */
@RestController
class ChangesController implements SmartLifecycle {

    static final Duration STREAM_LIFETIME = Duration.ofMinutes(10);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final ReadModelChanges changes;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sse-keep-alive").factory());

    ChangesController(ReadModelChanges changes) {
        this.changes = changes;
    }

    @GetMapping(path = "/api/v1/oversight/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter changes() throws IOException {
        var emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Runnable unsubscribe = changes.subscribe(at -> send(emitter, SseEmitter.event().name("changed")
                .data(Map.of("at", at.toString(), "version", changes.version()))));
        ScheduledFuture<?> ping = keepAlive.scheduleAtFixedRate(() -> send(emitter, SseEmitter.event()
                .comment("keep-alive")), KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
        open.add(emitter);
        Runnable cleanUp = () -> {
            open.remove(emitter);
            unsubscribe.run();
            ping.cancel(false);
        };
        emitter.onCompletion(cleanUp);
        emitter.onTimeout(cleanUp);
        emitter.onError(error -> cleanUp.run());
        emitter.send(SseEmitter.event().name("ready").data(Map.of("at", Instant.now().toString(),
                "version", changes.version())));
        return emitter;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends the open streams before the web server's graceful shutdown, which would otherwise wait for them (a page
     * reconnects to another instance).
     */
    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
