package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.Api;
import gov.enterprise.simulator.api.ApiRequest;
import gov.enterprise.simulator.api.HttpTransport;
import gov.enterprise.simulator.load.LoadTarget;
import gov.enterprise.simulator.load.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.Executor;

/**
 * The open-loop generator's requests to the API: each one sent on a virtual thread of its own, which waits for the
 * answer, so the generator's thread never does. What to send for request {@code i} and how to judge its answer are
 * the scenario's.
 */
public final class HttpLoadTarget implements LoadTarget {

    /** The request for a position in the schedule (built on the generator's thread: keep it cheap). */
    @FunctionalInterface
    public interface Requests {
        ApiRequest request(long index);
    }

    /** Whether an answer is a success; may also note what it needs from it (a new ETag...). */
    @FunctionalInterface
    public interface Answers {
        Outcome judge(long index, HttpTransport.Answer answer);

        /** Success means a 2xx status. */
        static Answers successful() {
            return (index, answer) -> Outcome.status(answer.status(), answer.status() >= 200 && answer.status() < 300);
        }
    }

    private final HttpTransport http;
    private final Executor threads;
    private final Requests requests;
    private final Answers answers;

    public HttpLoadTarget(Api api, Requests requests, Answers answers) {
        this.http = api.http();
        this.threads = api.executor();
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    public void send(long index, long intendedNanos, Completion completion) {
        ApiRequest request = requests.request(index);
        threads.execute(() -> completion.complete(exchange(index, request)));
    }

    private Outcome exchange(long index, ApiRequest request) {
        HttpTransport.Answer answer;
        try {
            answer = http.exchange(request);
        } catch (IOException | RuntimeException e) {
            return Outcome.failure(label(e));
        }
        try {
            return answers.judge(index, answer);
        } catch (RuntimeException e) {
            return Outcome.failure("unreadable-answer");
        }
    }

    static String label(Throwable error) {
        if (error instanceof HttpTransport.ConnectTimeoutException) {
            return "connect-timeout";
        }
        if (error instanceof SocketTimeoutException) {
            return "timeout";
        }
        if (error instanceof ConnectException) {
            return "connect-refused";
        }
        if (error instanceof IOException) {
            return "io-error";
        }
        return error.getClass().getSimpleName();
    }
}
