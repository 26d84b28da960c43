package gov.enterprise.simulator.campaign;

import gov.enterprise.reference.Category;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A whole campaign, generated from a {@link CampaignSpec}: the enterprises, the cadres and their pairings, the
 * visits with the issues raised, the issues the enterprises report themselves, and the fate of every issue. The same
 * spec always gives the same plan (ids included), and the fates are counted exactly, so the oversight figures after
 * loading are known in advance ({@link #expected()}).
 */
public record CampaignPlan(CampaignSpec spec, List<EnterprisePlan> enterprises, List<CadrePlan> cadres,
                           List<VisitPlan> visits, List<IssuePlan> appReports, Figures expected) {

    public static final ZoneId TAIZHOU = ZoneId.of("Asia/Shanghai");

    /** County-level regions weighted by their share of Taizhou's enterprises (roughly, by industrial output). */
    static final Map<String, Double> REGION_WEIGHTS = ordered(
            "331081", 0.17, "331002", 0.12, "331003", 0.12, "331004", 0.13, "331082", 0.13, "331083", 0.12,
            "331023", 0.07, "331024", 0.06, "331022", 0.08);
    static final Map<String, Double> CLUSTER_WEIGHTS = ordered(
            "AUTO", 0.16, "MOULD", 0.14, "PHARMA", 0.11, "PUMP", 0.14, "SEWING", 0.08, "SANITARY", 0.07,
            "AVIATION", 0.03, "OTHER", 0.27);
    /** What enterprises raise (the shares Zhejiang's campaign reports show: land and money first). */
    static final Map<String, Double> CATEGORY_WEIGHTS = ordered(
            "LAND", 0.14, "FUND", 0.10, "FINANCE", 0.10, "TALENT", 0.07, "LABOUR", 0.07, "APPROVAL", 0.09,
            "CONSTRUCTION", 0.05, "ENVIRONMENT", 0.06, "ENERGY", 0.07, "SAFETY", 0.03, "TAX", 0.04, "INFRA", 0.06,
            "TECH", 0.04, "MARKET", 0.03, "QUALITY", 0.02, "RESTRUCTURE", 0.01, "LEGAL", 0.01, "OTHER", 0.01);
    static final Map<Fate, Double> HANDLED_FATES = ordered(
            Fate.ACCEPTED, 0.06, Fate.IN_PROGRESS, 0.14, Fate.EXTENDED, 0.05, Fate.SUSPENDED, 0.03,
            Fate.RESOLVED, 0.10, Fate.CLOSED, 0.54, Fate.REOPENED, 0.03, Fate.CLOSED_AFTER_REOPENING, 0.05);
    static final Map<Fate, Double> UNHANDLED_FATES = ordered(
            Fate.PENDING, 0.75, Fate.RETURNED_WAITING, 0.10, Fate.TRIAGE_WAITING, 0.15);
    static final Map<String, Double> TAG_SHARES = ordered(
            "HIGH_TECH", 0.18, "SPECIALISED", 0.08, "FOREIGN_INVESTED", 0.04, "GAZELLE", 0.02, "LITTLE_GIANT", 0.015,
            "LISTED", 0.015, "HIDDEN_CHAMPION", 0.005, "UNICORN", 0.001);
    static final double[] ISSUES_PER_FIRST_VISIT = {0.12, 0.55, 0.25, 0.08};
    static final double TRANSFERRED_SHARE = 0.06;
    static final double RETURNED_SHARE = 0.03;
    static final double CONFIRMED_REPEAT_SHARE = 0.01;
    static final double REJECTED_REPEAT_SHARE = 0.003;
    static final double APP_REPORT_SHARE = 0.03;
    static final double UNHINTED_SHARE = 0.25;
    static final double FOLLOW_UP_VISIT_SHARE = 0.12;
    static final int ENTERPRISES_PER_CADRE = 15;

    public static CampaignPlan generate(CampaignSpec spec) {
        return new Generator(spec, ReferenceData.bundled()).generate();
    }

    /** Every issue, in the order it is raised: visits first, then the enterprises' own reports. */
    public List<IssuePlan> issues() {
        return Stream.concat(visits.stream().flatMap(visit -> visit.issues().stream()), appReports.stream()).toList();
    }

    public Map<String, EnterprisePlan> enterprisesByUscc() {
        var byUscc = new LinkedHashMap<String, EnterprisePlan>();
        enterprises.forEach(enterprise -> byUscc.put(enterprise.uscc(), enterprise));
        return byUscc;
    }

    /**
     * A name-based UUID: the same campaign (seed and figures) always gives the same ids, and campaigns of other
     * figures never share one, so loading a campaign of another size cannot collide with one already loaded.
     */
    static String id(CampaignSpec spec, String kind, int number) {
        return UUID.nameUUIDFromBytes(("campaign:" + spec.seed() + ":" + spec.enterprisesVisited() + ":"
                + spec.issuesCollected() + ":" + spec.handled() + ":" + kind + ":" + number)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Double> ordered(Object... pairs) {
        var map = new LinkedHashMap<K, Double>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((K) pairs[i], (Double) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Splits {@code total} by the shares, exactly (largest remainder). */
    static <K> Map<K, Integer> apportion(int total, Map<K, Double> shares) {
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        var counts = new LinkedHashMap<K, Integer>();
        var remainders = new ArrayList<Map.Entry<K, Double>>();
        int given = 0;
        for (var share : shares.entrySet()) {
            double exact = total * share.getValue() / sum;
            int floor = (int) Math.floor(exact);
            counts.put(share.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(share.getKey(), exact - floor));
        }
        remainders.sort(Map.Entry.<K, Double>comparingByValue().reversed());
        for (int i = 0; given < total; i++, given++) {
            K key = remainders.get(i % remainders.size()).getKey();
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static final class Generator {

        private final CampaignSpec spec;
        private final ReferenceData reference;
        private final SplittableRandom random;
        private int issueNumber;

        Generator(CampaignSpec spec, ReferenceData reference) {
            this.spec = spec;
            this.reference = reference;
            this.random = new SplittableRandom(spec.seed());
        }

        CampaignPlan generate() {
            List<EnterprisePlan> enterprises = enterprises();
            List<CadrePlan> cadres = cadres(enterprises);
            Map<String, String> cadreOf = new HashMap<>();
            cadres.forEach(cadre -> cadre.usccs().forEach(uscc -> cadreOf.putIfAbsent(uscc, cadre.cadreId())));
            List<EnterprisePlan> visited = enterprises.stream().filter(EnterprisePlan::visited).toList();

            int collected = spec.issuesCollected();
            int confirmedRepeats = share(collected, CONFIRMED_REPEAT_SHARE, 20);
            int rejectedRepeats = share(collected, REJECTED_REPEAT_SHARE, 40);
            int ownIssues = collected - rejectedRepeats;
            int appReports = (int) Math.round(ownIssues * APP_REPORT_SHARE);
            int raisedInFirstVisits = ownIssues - appReports;
            if (raisedInFirstVisits < confirmedRepeats + rejectedRepeats) {
                throw new IllegalArgumentException("too few issues for this many enterprises");
            }

            var fates = fates(collected, spec.handled());
            var fateQueue = new ArrayList<>(fates);
            int[] perVisit = issuesPerFirstVisit(visited.size(), raisedInFirstVisits);

            // the first visit of every visited enterprise, with its issues
            var firstVisits = new LinkedHashMap<String, List<IssuePlan>>();
            var used = new HashMap<String, Set<String>>();
            for (int i = 0; i < visited.size(); i++) {
                EnterprisePlan enterprise = visited.get(i);
                var issues = new ArrayList<IssuePlan>();
                for (int k = 0; k < perVisit[i]; k++) {
                    issues.add(newIssue(enterprise, take(fateQueue), "VISIT", used));
                }
                firstVisits.put(enterprise.uscc(), issues);
            }

            // matters raised again at a later visit: most confirmed as repeats, a few judged different after all
            var candidates = new ArrayList<IssuePlan>(firstVisits.values().stream().flatMap(List::stream)
                    .filter(issue -> !"OTHER".equals(issue.category())).toList());
            shuffle(candidates);
            var repeatsByEnterprise = new LinkedHashMap<String, IssuePlan>();
            var takenEnterprises = new HashSet<String>();
            int wanted = confirmedRepeats + rejectedRepeats;
            for (IssuePlan original : candidates) {
                if (repeatsByEnterprise.size() == wanted) {
                    break;
                }
                if (takenEnterprises.add(original.uscc())) {
                    boolean confirmed = repeatsByEnterprise.size() < confirmedRepeats;
                    repeatsByEnterprise.put(original.uscc(), repeatOf(original, confirmed, fateQueue));
                }
            }
            if (repeatsByEnterprise.size() < wanted) {
                throw new IllegalArgumentException("not enough distinct enterprises for the repeated issues");
            }

            // issues the enterprises report themselves through the app, after their first visit
            var reports = new ArrayList<IssuePlan>();
            for (int i = 0; i < appReports; i++) {
                EnterprisePlan enterprise = visited.get(random.nextInt(visited.size()));
                reports.add(newIssue(enterprise, take(fateQueue), "APP", used));
            }
            if (!fateQueue.isEmpty()) {
                throw new IllegalStateException("fates left over: " + fateQueue.size());
            }

            List<VisitPlan> visits = visits(visited, firstVisits, repeatsByEnterprise, cadreOf);
            int visitCount = visits.size();
            return new CampaignPlan(spec, enterprises, cadres, visits, List.copyOf(reports),
                    new Figures(visited.size(), visitCount, collected, spec.handled()));
        }

        private static int share(int total, double share, int atLeastOneFrom) {
            int count = (int) Math.round(total * share);
            return count == 0 && total >= atLeastOneFrom ? 1 : count;
        }

        private List<EnterprisePlan> enterprises() {
            int total = spec.enterprisesVisited() + spec.extraEnterprises();
            var usccs = new HashSet<String>();
            var list = new ArrayList<EnterprisePlan>(total);
            for (int i = 0; i < total; i++) {
                String regionCode = weighted(REGION_WEIGHTS);
                String cluster = weighted(CLUSTER_WEIGHTS);
                String scale = random.nextDouble() < 0.42 ? "ABOVE_SCALE" : "BELOW_SCALE";
                String uscc;
                do {
                    uscc = Uscc.generate(regionCode, random);
                } while (!usccs.add(uscc));
                String regionName = reference.region(regionCode).map(Region::nameZh).orElse("台州");
                var tags = new ArrayList<String>();
                double boost = scale.equals("ABOVE_SCALE") ? 1.8 : 0.5;
                TAG_SHARES.forEach((tag, share) -> {
                    if (random.nextDouble() < share * boost) {
                        tags.add(tag);
                    }
                });
                list.add(new EnterprisePlan(uscc, Names.enterprise(cluster, regionName, random), regionCode, cluster,
                        scale, List.copyOf(tags), Names.person(random), Names.phone(random),
                        Names.product(cluster, random), i < spec.enterprisesVisited()));
            }
            return List.copyOf(list);
        }

        /** Cadres of each county, about one per 15 enterprises; some enterprises have a second cadre. */
        private List<CadrePlan> cadres(List<EnterprisePlan> enterprises) {
            var byRegion = new LinkedHashMap<String, List<EnterprisePlan>>();
            REGION_WEIGHTS.keySet().forEach(region -> byRegion.put(region, new ArrayList<>()));
            enterprises.forEach(enterprise -> byRegion.get(enterprise.regionCode()).add(enterprise));
            var cadres = new ArrayList<CadrePlan>();
            int number = 0;
            for (var region : byRegion.entrySet()) {
                List<EnterprisePlan> inRegion = region.getValue();
                if (inRegion.isEmpty()) {
                    continue;
                }
                int count = Math.max(1, (inRegion.size() + ENTERPRISES_PER_CADRE - 1) / ENTERPRISES_PER_CADRE);
                var pairings = new ArrayList<List<String>>();
                for (int c = 0; c < count; c++) {
                    pairings.add(new ArrayList<>());
                }
                for (int e = 0; e < inRegion.size(); e++) {
                    pairings.get(e % count).add(inRegion.get(e).uscc());
                    if (count > 1 && random.nextDouble() < 0.08) {
                        pairings.get((e + 1) % count).add(inRegion.get(e).uscc());
                    }
                }
                for (int c = 0; c < count; c++) {
                    number++;
                    cadres.add(new CadrePlan(cadrePrefix() + String.format("%04d", number), region.getKey(),
                            List.copyOf(pairings.get(c))));
                }
            }
            return List.copyOf(cadres);
        }

        /**
         * Cadre ids are the campaign's own: a pairing is a PUT of the cadre's whole list, so two campaigns sharing a
         * cadre id would take each other's enterprises away. The reference campaign's cadres are c-0001, c-0002...
         */
        private String cadrePrefix() {
            if (spec.isReference()) {
                return "c-";
            }
            String key = id(spec, "cadres", 0);
            return "c" + key.substring(0, 4) + "-";
        }

        /** Exactly {@code handled} handled fates and the rest unhandled, shuffled. */
        private List<Fate> fates(int collected, int handled) {
            var fates = new ArrayList<Fate>(collected);
            apportion(handled, HANDLED_FATES).forEach((fate, count) -> fates.addAll(Collections.nCopies(count, fate)));
            apportion(collected - handled, UNHANDLED_FATES)
                    .forEach((fate, count) -> fates.addAll(Collections.nCopies(count, fate)));
            shuffle(fates);
            return fates;
        }

        private int[] issuesPerFirstVisit(int visits, int issues) {
            int[] counts = new int[visits];
            int sum = 0;
            for (int i = 0; i < visits; i++) {
                double draw = random.nextDouble();
                int k = 0;
                while (k < ISSUES_PER_FIRST_VISIT.length - 1 && draw >= ISSUES_PER_FIRST_VISIT[k]) {
                    draw -= ISSUES_PER_FIRST_VISIT[k];
                    k++;
                }
                counts[i] = k;
                sum += k;
            }
            while (sum < issues) {
                int i = random.nextInt(visits);
                if (counts[i] < 4) {
                    counts[i]++;
                    sum++;
                }
            }
            while (sum > issues) {
                int i = random.nextInt(visits);
                if (counts[i] > 0) {
                    counts[i]--;
                    sum--;
                }
            }
            return counts;
        }

        private IssuePlan newIssue(EnterprisePlan enterprise, Fate fate, String channel, Map<String, Set<String>> used) {
            Set<String> matters = used.computeIfAbsent(enterprise.uscc(), uscc -> new HashSet<>());
            String category;
            int template;
            int attempts = 0;
            do {
                category = fate == Fate.TRIAGE_WAITING && attempts < 20 ? "OTHER" : weighted(CATEGORY_WEIGHTS);
                template = random.nextInt(IssueTexts.templateCount(category));
                attempts++;
            } while (matters.contains(category + "/" + template) && attempts < 200);
            matters.add(category + "/" + template);
            IssueTexts.Text text = IssueTexts.write(category, template, enterprise.product(), random);
            String hint = "OTHER".equals(category) || random.nextDouble() < UNHINTED_SHARE ? null : category;
            return issue(enterprise.uscc(), text, hint, fate, channel, null, false);
        }

        private IssuePlan repeatOf(IssuePlan original, boolean confirmed, List<Fate> fateQueue) {
            // a flag judged wrong leaves an issue of its own; it is one the departments handle
            Fate fate = confirmed ? Fate.DUPLICATE : takeHandled(fateQueue);
            return issue(original.uscc(), IssueTexts.raisedAgain(original.text()), original.categoryHint(), fate,
                    "VISIT", original.issueId(), confirmed);
        }

        private IssuePlan issue(String uscc, IssueTexts.Text text, String hint, Fate fate, String channel,
                                String repeatOf, boolean repeatConfirmed) {
            String issueId = id(spec, "issue", ++issueNumber);
            Fate.Route route = Fate.Route.DIRECT;
            if (fate.handled()) {
                double draw = random.nextDouble();
                route = draw < TRANSFERRED_SHARE ? Fate.Route.TRANSFERRED
                        : draw < TRANSFERRED_SHARE + RETURNED_SHARE ? Fate.Route.RETURNED : Fate.Route.DIRECT;
            }
            String department = route == Fate.Route.DIRECT ? leadOf(text.category()) : otherDepartment(text.category());
            String outcome = pickOutcome();
            String first = fate == Fate.REOPENED || fate == Fate.CLOSED_AFTER_REOPENING ? "DISSATISFIED"
                    : random.nextDouble() < 0.82 ? "SATISFIED" : "BASICALLY_SATISFIED";
            double last = random.nextDouble();
            String second = last < 0.6 ? "SATISFIED" : last < 0.85 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
            var resolution = new IssuePlan.Resolution(outcome, Replies.answer(outcome, random), first, second);
            return new IssuePlan(issueId, uscc, text, hint, fate, route, department, repeatOf, repeatConfirmed,
                    channel, resolution);
        }

        private String pickOutcome() {
            double draw = random.nextDouble();
            return draw < 0.70 ? "SOLVED" : draw < 0.90 ? "EXPLAINED" : "PLANNED";
        }

        /** The department the rules route a category to; matters nothing fits go to the county government. */
        String leadOf(String category) {
            return reference.category(category).flatMap(Category::defaultLead).orElse("CTY");
        }

        /** Where a misrouted matter belongs instead: the category's co-department, else the county government. */
        String otherDepartment(String category) {
            Category found = reference.category(category).orElseThrow();
            if (!found.coDepartments().isEmpty()) {
                return found.coDepartments().getFirst();
            }
            return "CTY".equals(leadOf(category)) ? "TRN" : "CTY";
        }

        private List<VisitPlan> visits(List<EnterprisePlan> visited, Map<String, List<IssuePlan>> firstVisits,
                                       Map<String, IssuePlan> repeats, Map<String, String> cadreOf) {
            var visits = new ArrayList<VisitPlan>();
            LocalDate last = spec.campaignEnd();
            LocalDate first = last.minusDays(spec.campaignDays() - 1);
            int visitNumber = 0;
            var followUps = new ArrayList<VisitPlan>();
            for (EnterprisePlan enterprise : visited) {
                String cadre = cadreOf.get(enterprise.uscc());
                LocalDate day = first.plusDays(random.nextInt(Math.max(1, spec.campaignDays() - 20)));
                List<IssuePlan> issues = firstVisits.get(enterprise.uscc());
                String mode = mode(false);
                visits.add(new VisitPlan(id(spec, "visit", ++visitNumber), enterprise.uscc(), cadre,
                        at(day), mode, summary(enterprise, mode, issues.size(), false), List.copyOf(issues)));
                IssuePlan repeat = repeats.get(enterprise.uscc());
                if (repeat != null || random.nextDouble() < FOLLOW_UP_VISIT_SHARE) {
                    LocalDate again = day.plusDays(3 + random.nextInt(12));
                    if (again.isAfter(last)) {
                        again = last;
                    }
                    List<IssuePlan> raised = repeat == null ? List.of() : List.of(repeat);
                    String followUpMode = mode(true);
                    followUps.add(new VisitPlan(id(spec, "visit", ++visitNumber), enterprise.uscc(), cadre,
                            at(again), followUpMode, summary(enterprise, followUpMode, raised.size(), true), raised));
                }
            }
            visits.addAll(followUps);
            visits.sort(Comparator.comparing(VisitPlan::visitedAt));
            return List.copyOf(visits);
        }

        private Instant at(LocalDate day) {
            return day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(TAIZHOU).toInstant();
        }

        private String mode(boolean followUp) {
            double draw = random.nextDouble();
            if (followUp) {
                return draw < 0.5 ? "PHONE" : draw < 0.85 ? "ON_SITE" : "MEETING";
            }
            return draw < 0.78 ? "ON_SITE" : draw < 0.88 ? "MEETING" : "PHONE";
        }

        private static String summary(EnterprisePlan enterprise, String mode, int issues, boolean followUp) {
            String how = switch (mode) {
                case "PHONE" -> "电话联系";
                case "MEETING" -> "在座谈会上约谈";
                default -> "实地走访";
            };
            if (followUp) {
                return how + enterprise.name() + "，回访前期反映问题的办理进展"
                        + (issues == 0 ? "，企业暂无新的诉求。" : "，企业再次反映了尚未解决的问题。");
            }
            return how + enterprise.name() + "，了解企业生产经营情况，"
                    + (issues == 0 ? "企业生产经营正常，暂无需要协调解决的问题。" : "企业反映问题" + issues + "个。");
        }

        private Fate take(List<Fate> queue) {
            if (queue.isEmpty()) {
                throw new IllegalStateException("more issues than fates");
            }
            return queue.removeLast();
        }

        private Fate takeHandled(List<Fate> queue) {
            for (int i = queue.size() - 1; i >= 0; i--) {
                if (queue.get(i).handled()) {
                    return queue.remove(i);
                }
            }
            return take(queue);
        }

        private <K> K weighted(Map<K, Double> weights) {
            double total = 0;
            for (double weight : weights.values()) {
                total += weight;
            }
            double draw = random.nextDouble() * total;
            K last = null;
            for (var entry : weights.entrySet()) {
                last = entry.getKey();
                draw -= entry.getValue();
                if (draw < 0) {
                    return last;
                }
            }
            return last;
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                Collections.swap(list, i, random.nextInt(i + 1));
            }
        }
    }
}
