package gov.enterprise.simulator.campaign;

import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.api.Session;
import gov.enterprise.simulator.api.UnexpectedAnswerException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Loads a campaign through the public API, as its users would: the administrators register the enterprises and pair
 * the cadres; each cadre visits its enterprises (one after the other per enterprise, as they happen) and records the
 * issues raised; some enterprises report through the app; the triage desk, the departments and the enterprises work
 * every issue to its fate ({@link IssueDriver}), all at once, as far as {@code concurrency} requests in flight allow.
 * Then it waits until the oversight summary shows the campaign's figures.
 *
 * <p>Every create call carries a client-chosen id and an {@code Idempotency-Key}, and every handling step is decided
 * from the observed state, so loading the same campaign again adds nothing.
 */
public final class CampaignLoader {

    /**
     * What a load did. {@code blockedBy} is set when a needed service was not available; {@code exact} tells whether
     * the figures were checked exactly (an empty stack, or a reload) or only as a lower bound (other data present).
     */
    public record Result(Figures expected, Figures shown, boolean figuresReached, boolean exact, long wallNanos,
                         long loadNanos, long requests, long retries, long actions, int issuesSettled,
                         List<String> errors, long errorCount, List<String> anomalies, long anomalyCount,
                         String blockedBy) {

        public boolean ok() {
            return blockedBy == null && errorCount == 0 && figuresReached;
        }
    }

    private static final int EXAMPLES = 15;

    private final Session session;
    private final CampaignPlan plan;
    private final PrintStream out;
    private final Duration timeout;
    private final LocalDate today;
    private final Administration administration;
    private boolean exact = true;

    private final LongAdder registered = new LongAdder();
    private final LongAdder paired = new LongAdder();
    private final LongAdder visitsRecorded = new LongAdder();
    private final LongAdder issuesRaised = new LongAdder();
    private final LongAdder issuesSettled = new LongAdder();
    private final LongAdder actions = new LongAdder();
    private final AtomicLong errorCount = new AtomicLong();
    private final AtomicLong anomalyCount = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> anomalies = new ConcurrentLinkedQueue<>();

    public CampaignLoader(Session session, CampaignPlan plan, Duration timeout, PrintStream out) {
        this.session = session;
        this.plan = plan;
        this.timeout = timeout;
        this.out = out;
        this.today = LocalDate.now(CampaignPlan.TAIZHOU);
        this.administration = new Administration(session);
    }

    public Result load() {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Figures expected = plan.expected();
        Figures shown = null;
        boolean reached = false;
        long loaded = 0;
        String blockedBy = null;
        boolean exact = true;
        try {
            Figures before = new OversightSummary(session).read();
            exact = before.issuesCollected() == 0 && before.enterprisesVisited() == 0 || expected.shownBy(before);
            if (!exact) {
                out.println("campaign: the stack holds other data (" + before + "): the campaign's figures can only"
                        + " be checked as a lower bound; load it into an empty stack to check them exactly");
            }
        } catch (ServiceUnavailableException | UnexpectedAnswerException e) {
            out.println("campaign: the summary cannot be read before loading (" + e.getMessage() + "); loading anyway");
        }
        this.exact = exact;
        Thread progress = Thread.ofPlatform().daemon().name("campaign-progress").start(this::reportProgress);
        try {
            try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
                all(users, plan.enterprises(), this::register);
                out.printf("campaign: %d enterprises registered%n", registered.sum());
                all(users, plan.cadres(), this::pair);
                out.printf("campaign: %d cadres paired%n", paired.sum());
                var drivers = new ConcurrentLinkedQueue<Future<?>>();
                var driver = new IssueDriver(session, today, deadline, actions::increment);
                all(users, stories(), story -> story.tell(users, drivers, driver));
                out.printf("campaign: %d visits recorded, %d issues raised; working them...%n",
                        visitsRecorded.sum(), issuesRaised.sum());
                Future<?> pending;
                while ((pending = drivers.poll()) != null) {
                    await(pending);
                }
            }
            loaded = System.nanoTime() - started;
            out.printf("campaign: all issues worked in %.1f s; waiting for the oversight summary...%n", loaded / 1e9);
            long left = Math.max(Duration.ofSeconds(30).toNanos(), deadline - System.nanoTime());
            var summary = new OversightSummary(session);
            if (exact) {
                shown = summary.await(expected::shownBy, Duration.ofNanos(left), Duration.ofMillis(500));
                reached = expected.shownBy(shown);
            } else {
                shown = summary.awaitStable(expected::includedIn, Duration.ofNanos(left), Duration.ofSeconds(2));
                reached = expected.includedIn(shown);
            }
        } catch (ServiceUnavailableException e) {
            blockedBy = e.getMessage();
        } finally {
            progress.interrupt();
        }
        if (session.aborted() && blockedBy == null) {
            blockedBy = session.abortReason().getMessage();
        }
        return new Result(expected, shown, reached, exact, System.nanoTime() - started, loaded, session.requests(),
                session.retries(), actions.sum(), (int) issuesSettled.sum(), List.copyOf(errors), errorCount.get(),
                List.copyOf(anomalies), anomalyCount.get(), blockedBy);
    }

    // ------------------------------------------------------------------------------------------- administrators

    private void register(EnterprisePlan enterprise) {
        ApiResponse answer = administration.register(enterprise);
        if (answer.ok() || Administration.alreadyThere(answer)) {
            registered.increment();
        } else {
            error(answer.describe());
        }
    }

    private void pair(CadrePlan cadre) {
        ApiResponse answer = administration.pair(cadre);
        if (answer.ok()) {
            paired.increment();
        } else {
            error(answer.describe());
        }
    }

    // ------------------------------------------------------------------------- cadres, enterprises, departments

    /** One enterprise's part of the campaign, told in order: its visits, and its own reports after the first. */
    private record Story(String uscc, List<VisitPlan> visits, List<IssuePlan> reports, CampaignLoader loader) {

        void tell(ExecutorService users, ConcurrentLinkedQueue<Future<?>> drivers, IssueDriver driver) {
            for (int i = 0; i < visits.size(); i++) {
                VisitPlan visit = visits.get(i);
                if (!loader.record(visit)) {
                    return;
                }
                visit.issues().forEach(issue -> drivers.add(users.submit(() -> loader.work(driver, issue))));
                if (i == 0) {
                    for (IssuePlan report : reports) {
                        if (loader.report(report)) {
                            drivers.add(users.submit(() -> loader.work(driver, report)));
                        }
                    }
                }
            }
        }
    }

    private List<Story> stories() {
        var visits = new LinkedHashMap<String, List<VisitPlan>>();
        plan.visits().stream().sorted(Comparator.comparing(VisitPlan::visitedAt))
                .forEach(visit -> visits.computeIfAbsent(visit.uscc(), uscc -> new ArrayList<>()).add(visit));
        var reports = new LinkedHashMap<String, List<IssuePlan>>();
        plan.appReports().forEach(report -> reports.computeIfAbsent(report.uscc(), u -> new ArrayList<>()).add(report));
        return visits.entrySet().stream().map(entry -> new Story(entry.getKey(), entry.getValue(),
                reports.getOrDefault(entry.getKey(), List.of()), this)).toList();
    }

    private boolean record(VisitPlan visit) {
        var issues = visit.issues().stream().map(issue -> {
            var raised = new LinkedHashMap<String, Object>();
            raised.put("issueId", issue.issueId());
            raised.put("title", issue.text().title());
            raised.put("description", issue.text().description());
            if (issue.categoryHint() != null) {
                raised.put("categoryHint", issue.categoryHint());
            }
            return raised;
        }).toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("visitId", visit.visitId());
        body.put("uscc", visit.uscc());
        body.put("visitedAt", visit.visitedAt().toString());
        body.put("mode", visit.mode());
        body.put("summary", visit.summary());
        body.put("issues", issues);
        ApiResponse answer = session.post(visit.cadreSubject(), "/api/v1/visits", body,
                Map.of("Idempotency-Key", "visit-" + visit.visitId()));
        if (answer.ok() || alreadyThere(answer)) {
            visitsRecorded.increment();
            issuesRaised.add(visit.issues().size());
            return true;
        }
        missingEndpoint(answer);
        error(answer.describe());
        return false;
    }

    private boolean report(IssuePlan issue) {
        var body = new LinkedHashMap<String, Object>();
        body.put("issueId", issue.issueId());
        body.put("uscc", issue.uscc());
        body.put("title", issue.text().title());
        body.put("description", issue.text().description());
        if (issue.categoryHint() != null) {
            body.put("categoryHint", issue.categoryHint());
        }
        body.put("channel", "APP");
        String subject = "enterprise:" + issue.uscc();
        for (int attempt = 0; attempt < 40; attempt++) {
            ApiResponse answer = session.post(subject, "/api/v1/issues", body,
                    Map.of("Idempotency-Key", "issue-" + issue.issueId()));
            if (answer.ok() || alreadyThere(answer) || "issue-id-reused".equals(answer.problemSlug())) {
                issuesRaised.increment();
                return true;
            }
            if (!"unknown-enterprise".equals(answer.problemSlug())) {
                missingEndpoint(answer);
                error(answer.describe());
                return false;
            }
            // intake learns of the enterprise from the visit service's events: not yet
            sleep(250);
        }
        error("POST /api/v1/issues: intake never learnt of enterprise " + issue.uscc());
        return false;
    }

    private void work(IssueDriver driver, IssuePlan issue) {
        IssueDriver.Settled settled;
        try {
            settled = driver.drive(issue);
        } catch (ServiceUnavailableException e) {
            session.abort(e);
            throw e;
        } catch (RuntimeException e) {
            settled = new IssueDriver.Settled(issue.issueId(), issue.fate(), null, e.getMessage(), 0);
        }
        issuesSettled.increment();
        if (settled.error() != null) {
            error("issue " + settled.issueId() + " (" + settled.fate() + "): " + settled.error());
        } else if (settled.anomaly() != null) {
            anomalyCount.incrementAndGet();
            if (anomalies.size() < EXAMPLES) {
                anomalies.add("issue " + settled.issueId() + ": " + settled.anomaly());
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- plumbing

    private static boolean alreadyThere(ApiResponse answer) {
        return Administration.alreadyThere(answer);
    }

    private void missingEndpoint(ApiResponse answer) {
        Administration.requireEndpoint(session, answer);
    }

    private void error(String description) {
        errorCount.incrementAndGet();
        if (errors.size() < EXAMPLES) {
            errors.add(description);
        }
    }

    private <T> void all(ExecutorService users, List<T> items, Consumer<T> work) {
        var futures = new ArrayList<Future<?>>(items.size());
        for (T item : items) {
            futures.add(users.submit(() -> work.accept(item)));
        }
        futures.forEach(this::await);
        session.failIfAborted();
    }

    private void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ServiceUnavailableException unavailable) {
                session.abort(unavailable);
                throw unavailable;
            }
            error(String.valueOf(e.getCause()));
        }
    }

    private void reportProgress() {
        long started = System.nanoTime();
        int total = plan.issues().size();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(5_000);
                out.printf("campaign: %4.0fs  enterprises %d/%d  visits %d/%d  issues raised %d/%d  worked %d/%d"
                                + "  actions %d  requests %d  errors %d%n", (System.nanoTime() - started) / 1e9,
                        registered.sum(), plan.enterprises().size(), visitsRecorded.sum(), plan.visits().size(),
                        issuesRaised.sum(), total, issuesSettled.sum(), total, actions.sum(), session.requests(),
                        errorCount.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
