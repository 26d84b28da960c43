package gov.enterprise.edge.proxy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hc.core5.concurrent.Cancellable;
import org.springframework.context.SmartLifecycle;

/**
 * The event streams ({@code text/event-stream}) the edge is passing on. A stream never ends by itself, so the web
 * server's graceful shutdown would wait its whole timeout for it; this stops first (the default phase, above the
 * web server's) and cancels every open stream's exchange with its backend. The client sees its stream end and
 * reconnects, to another instance. A stream that opens while the edge is stopping is cancelled at once.
 */
public final class OpenStreams implements SmartLifecycle {

    private final Set<Cancellable> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    /** Keeps the exchange until {@link #close} is called, or cancels it if the edge is stopping. */
    void open(Cancellable exchange) {
        open.add(exchange);
        if (!running) {
            exchange.cancel();
        }
    }

    void close(Cancellable exchange) {
        open.remove(exchange);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(Cancellable::cancel);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
