package gov.enterprise.simulator.api;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * HTTP/1.1 exchanges with the one origin the simulator talks to (the edge), each on the calling thread (a virtual
 * thread under load) over pooled keep-alive connections: the request written in one piece, the answer read with a
 * buffer of the connection's own; bodies with a {@code Content-Length}, chunked, or up to the end of the connection.
 *
 * <p>Why not a library client: the simulator shares two cores with the stack it measures, so what it spends per
 * request is taken from the figures. The JDK's asynchronous client hands each exchange between the caller, its
 * executor and its selector thread; Apache HttpClient's classic exchange spent a quarter of its time parsing and
 * normalising each request's URI again. Both cost the simulator more CPU per request than this
 * (docs/benchmarks.md, "The load generator's own CPU"). A load generator needs a tenth of HTTP: no redirects, no
 * retries (a POST must not be sent twice behind the scenario's back), no cookies, no compression, no proxies, one
 * origin.
 *
 * <p>A connection idle for longer than {@link #MAX_IDLE} is closed rather than reused, well before the edge's own
 * keep-alive timeout could close it under a request; one the server marks {@code Connection: close}, or whose answer
 * was not read to its end, is never reused.
 */
public final class HttpTransport implements AutoCloseable {

    static final Duration MAX_IDLE = Duration.ofSeconds(2);

    /** One answer: the status, the headers by lower-case name (the first value of each), the body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        /** A header's first value, or null; the name in any case. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The entity tag without quotes or weak prefix ({@code "7"} becomes {@code 7}), or null. */
        public String etag() {
            String tag = header("ETag");
            if (tag == null) {
                return null;
            }
            String value = tag.startsWith("W/") ? tag.substring(2) : tag;
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }

    /** No connection could be opened within the connect timeout. */
    public static final class ConnectTimeoutException extends SocketTimeoutException {

        ConnectTimeoutException(InetSocketAddress origin, int millis) {
            super("no connection to " + origin + " within " + millis + " ms");
        }
    }

    private final InetSocketAddress origin;
    private final String host;
    private final int connectTimeoutMillis;
    private final int responseTimeoutMillis;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /**
     * @param origin          scheme {@code http}, host and port; requests to other origins are refused
     * @param responseTimeout the longest silence while waiting for or reading an answer
     */
    public HttpTransport(URI origin, Duration connectTimeout, Duration responseTimeout) {
        if (!"http".equals(origin.getScheme())) {
            throw new IllegalArgumentException("only http:// is spoken here: " + origin);
        }
        int port = origin.getPort() < 0 ? 80 : origin.getPort();
        this.origin = new InetSocketAddress(origin.getHost(), port);
        this.host = origin.getHost() + ":" + port;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.responseTimeoutMillis = Math.toIntExact(responseTimeout.toMillis());
    }

    /** Sends and waits for the whole answer, on the calling thread; nothing is retried. */
    public Answer exchange(ApiRequest request) throws IOException {
        URI uri = request.uri();
        if (!origin.getHostString().equals(uri.getHost()) || origin.getPort() != (uri.getPort() < 0 ? 80
                : uri.getPort())) {
            throw new IllegalArgumentException("not this transport's origin (" + host + "): " + uri);
        }
        Connection connection = lease();
        boolean reusable = false;
        try {
            connection.write(head(request, uri), request.body());
            Answer answer = connection.readAnswer(request.method());
            reusable = connection.reusable;
            return answer;
        } finally {
            if (reusable && !closed) {
                connection.lastUsed = System.nanoTime();
                idle.push(connection);
            } else {
                connection.close();
            }
        }
    }

    private byte[] head(ApiRequest request, URI uri) {
        String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        var head = new StringBuilder(256).append(request.method()).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.body() != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(request.body().length)
                    .append("\r\n");
        } else if (!"GET".equals(request.method())) {
            head.append("Content-Length: 0\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The most recently used idle connection (the pool is a stack: hot ones stay hot), or a new one. */
    private Connection lease() throws IOException {
        long now = System.nanoTime();
        Connection connection;
        while ((connection = idle.poll()) != null) {
            if (now - connection.lastUsed < MAX_IDLE.toNanos()) {
                return connection;
            }
            connection.close();
        }
        // the oldest idle ones sit at the bottom: close those a burst left behind
        Connection oldest;
        while ((oldest = idle.peekLast()) != null && now - oldest.lastUsed >= MAX_IDLE.toNanos()
                && idle.removeLastOccurrence(oldest)) {
            oldest.close();
        }
        return new Connection(origin, connectTimeoutMillis, responseTimeoutMillis);
    }

    @Override
    public void close() {
        closed = true;
        Connection connection;
        while ((connection = idle.poll()) != null) {
            connection.close();
        }
    }

    /** One keep-alive connection; used by one exchange at a time. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[16 * 1024];
        private int position;
        private int limit;
        long lastUsed;
        boolean reusable;

        Connection(InetSocketAddress origin, int connectTimeoutMillis, int responseTimeoutMillis) throws IOException {
            socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                try {
                    socket.connect(origin, connectTimeoutMillis);
                } catch (SocketTimeoutException e) {
                    throw new ConnectTimeoutException(origin, connectTimeoutMillis);
                }
                socket.setSoTimeout(responseTimeoutMillis);
                in = socket.getInputStream();
                out = socket.getOutputStream();
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        void write(byte[] head, byte[] body) throws IOException {
            if (body == null || body.length == 0) {
                out.write(head);
            } else {
                byte[] whole = new byte[head.length + body.length];
                System.arraycopy(head, 0, whole, 0, head.length);
                System.arraycopy(body, 0, whole, head.length, body.length);
                out.write(whole);
            }
            out.flush();
        }

        Answer readAnswer(String method) throws IOException {
            reusable = false;
            String statusLine = readLine();
            // HTTP/1.1 200 OK
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine, 9, 12, 10);
            Map<String, String> headers = new HashMap<>();
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
            }
            if (status >= 100 && status < 200) {
                return readAnswer(method);
            }
            boolean keepAlive = !"close".equalsIgnoreCase(headers.get("connection"))
                    && !statusLine.startsWith("HTTP/1.0");
            byte[] body;
            String length = headers.get("content-length");
            if ("HEAD".equals(method) || status == 204 || status == 304) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = readChunked();
            } else if (length != null) {
                body = readExactly(Integer.parseInt(length));
            } else {
                body = readToEnd();
                keepAlive = false;
            }
            reusable = keepAlive;
            return new Answer(status, headers, body);
        }

        private byte[] readChunked() throws IOException {
            var body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine();
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    // trailers, then the blank line that ends the message
                    while (!readLine().isEmpty()) {
                        // ignored
                    }
                    return body.toByteArray();
                }
                body.writeBytes(readExactly(size));
                if (!readLine().isEmpty()) {
                    throw new IOException("a chunk did not end with CRLF");
                }
            }
        }

        private byte[] readExactly(int length) throws IOException {
            byte[] body = new byte[length];
            int filled = Math.min(length, limit - position);
            System.arraycopy(buffer, position, body, 0, filled);
            position += filled;
            while (filled < length) {
                int read = in.read(body, filled, length - filled);
                if (read < 0) {
                    throw new EOFException("the connection ended " + (length - filled) + " bytes before the body did");
                }
                filled += read;
            }
            return body;
        }

        private byte[] readToEnd() throws IOException {
            var body = new ByteArrayOutputStream();
            body.write(buffer, position, limit - position);
            position = limit;
            body.writeBytes(in.readAllBytes());
            return body.toByteArray();
        }

        /** A line without its CRLF; the head of an answer is ASCII (ISO-8859-1 at worst). */
        private String readLine() throws IOException {
            var line = new StringBuilder(64);
            while (true) {
                if (position == limit && !fill()) {
                    throw new EOFException("the connection ended in the middle of an answer's head");
                }
                byte b = buffer[position++];
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) (b & 0xff));
            }
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to do with it
            }
        }
    }
}
