package gov.enterprise.simulator.bench;

import gov.enterprise.reference.Category;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.campaign.Administration;
import gov.enterprise.simulator.campaign.CampaignPlan;
import gov.enterprise.simulator.campaign.EnterprisePlan;
import gov.enterprise.simulator.campaign.Fate;
import gov.enterprise.simulator.campaign.Handling;
import gov.enterprise.simulator.campaign.IssueDriver;
import gov.enterprise.simulator.campaign.IssuePlan;
import gov.enterprise.simulator.campaign.IssueTexts;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.load.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Ticket actions at a constant rate: officers note progress ({@code POST /api/v1/tickets/{id}/progress} with the
 * version in {@code If-Match}) on a pool of tickets in progress, each ticket acted on every {@code pool / rate}
 * seconds. Progress is the one action a ticket takes again and again; it goes the same way as every other action
 * (load, check state and version, update, outbox event). The pool is prepared through the API first (reported,
 * routed, accepted, in progress) and reused by later runs.
 */
final class TicketLoad {

    private final Bench bench;
    private final BenchPool pool;
    private final List<String> ids = new ArrayList<>();
    private final List<String> departments = new ArrayList<>();
    private AtomicLongArray versions;

    TicketLoad(Bench bench, BenchPool pool) {
        this.bench = bench;
        this.pool = pool;
    }

    /** Brings {@code count} tickets to IN_PROGRESS (those that are already there are left as they are). */
    void prepare(int count) {
        var reference = ReferenceData.bundled();
        var plans = new ArrayList<IssuePlan>();
        for (int n = 0; n < count; n++) {
            EnterprisePlan enterprise = pool.enterprise(n);
            IssueTexts.Matter matter = pool.matter(n, pool.matterCount() / 4);
            IssueTexts.Text text = IssueTexts.write(matter.category(), matter.template(), enterprise.product(),
                    new SplittableRandom(n));
            String department = reference.category(matter.category()).flatMap(Category::defaultLead).orElse("CTY");
            String id = UUID.nameUUIDFromBytes(("bench-ticket:" + n).getBytes(StandardCharsets.UTF_8)).toString();
            plans.add(new IssuePlan(id, enterprise.uscc(), text, matter.category(), Fate.IN_PROGRESS,
                    Fate.Route.DIRECT, department, null, false, "HOTLINE",
                    new IssuePlan.Resolution("SOLVED", "已解决", "SATISFIED", "SATISFIED")));
        }
        bench.out().printf("ticket pool: bringing %d tickets to IN_PROGRESS...%n", count);
        var driver = new IssueDriver(bench.session(), LocalDate.now(CampaignPlan.TAIZHOU),
                System.nanoTime() + 600_000_000_000L, () -> { });
        var versionsSeen = new long[count];
        var departmentsSeen = new String[count];
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<?>>();
            for (int n = 0; n < count; n++) {
                int index = n;
                futures.add(threads.submit(() -> {
                    IssuePlan plan = plans.get(index);
                    report(plan);
                    IssueDriver.Settled settled = driver.drive(plan);
                    if (!settled.ok()) {
                        throw new IllegalStateException("ticket " + plan.issueId() + ": " + settled);
                    }
                    String department = bench.session().get(Handling.TRIAGE_OFFICER, "/api/v1/issues/"
                            + plan.issueId()).expectOk().json().path("department").asString("");
                    ApiResponse ticket = bench.session().get("officer:" + department, "/api/v1/tickets/"
                            + plan.issueId()).expectOk();
                    versionsSeen[index] = ticket.json().path("version").asLong();
                    departmentsSeen[index] = department;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        plans.forEach(plan -> ids.add(plan.issueId()));
        departments.addAll(List.of(departmentsSeen));
        versions = new AtomicLongArray(versionsSeen);
        departments.stream().distinct().forEach(d -> bench.api().tokens().forSubject("officer:" + d));
    }

    private void report(IssuePlan plan) {
        var body = new LinkedHashMap<String, Object>();
        body.put("issueId", plan.issueId());
        body.put("uscc", plan.uscc());
        body.put("title", plan.text().title());
        body.put("description", plan.text().description());
        body.put("categoryHint", plan.categoryHint());
        body.put("channel", "HOTLINE");
        ApiResponse answer = bench.session().post("operator:bench-desk", "/api/v1/issues", body,
                Map.of("Idempotency-Key", "issue-" + plan.issueId()));
        Administration.requireEndpoint(bench.session(), answer);
        if (!answer.ok() && !Administration.alreadyThere(answer)) {
            answer.expectOk();
        }
    }

    LoadResult run(String label, LoadPlan plan) {
        int count = ids.size();
        byte[] note = bench.api().bytes(Map.of("note", "已与企业再次沟通，正在协调推进。"));
        var target = new HttpLoadTarget(bench.api(), index -> {
            int ticket = (int) (index % count);
            return bench.api().request("POST", "officer:" + departments.get(ticket),
                    "/api/v1/tickets/" + ids.get(ticket) + "/progress", note,
                    Map.of("If-Match", "\"" + versions.get(ticket) + "\""));
        }, (index, response) -> {
            int ticket = (int) (index % count);
            String tag = response.etag();
            if (tag != null) {
                versions.accumulateAndGet(ticket, Long.parseLong(tag), Math::max);
            }
            int status = response.status();
            return Outcome.status(status, status == 200);
        });
        return LoadRuns.run(bench, label, plan, target);
    }

    int size() {
        return ids.size();
    }
}
