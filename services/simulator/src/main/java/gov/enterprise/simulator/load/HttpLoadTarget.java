package gov.enterprise.simulator.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;

/**
 * Sends each scheduled request with the JDK client's asynchronous API, so the generator's thread never waits for an
 * answer. What to send for request {@code i} and how to judge its answer are the scenario's.
 */
public final class HttpLoadTarget implements LoadTarget {

    /** The request for a position in the schedule (built on the generator's thread: keep it cheap). */
    @FunctionalInterface
    public interface Requests {
        HttpRequest request(long index);
    }

    /** Whether an answer is a success; may also note what it needs from it (a new ETag...). */
    @FunctionalInterface
    public interface Answers {
        Outcome judge(long index, HttpResponse<byte[]> response);

        /** Success means a 2xx status. */
        static Answers successful() {
            return (index, response) -> Outcome.status(response.statusCode(),
                    response.statusCode() >= 200 && response.statusCode() < 300);
        }
    }

    private final HttpClient http;
    private final Requests requests;
    private final Answers answers;

    public HttpLoadTarget(HttpClient http, Requests requests, Answers answers) {
        this.http = http;
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    public void send(long index, long intendedNanos, Completion completion) {
        HttpRequest request = requests.request(index);
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
            if (error != null) {
                completion.complete(Outcome.failure(label(error)));
            } else {
                Outcome outcome;
                try {
                    outcome = answers.judge(index, response);
                } catch (RuntimeException e) {
                    outcome = Outcome.failure("unreadable-answer");
                }
                completion.complete(outcome);
            }
        });
    }

    static String label(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect-timeout";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connect-refused";
        }
        if (cause instanceof IOException) {
            return "io-error";
        }
        return cause.getClass().getSimpleName();
    }
}
