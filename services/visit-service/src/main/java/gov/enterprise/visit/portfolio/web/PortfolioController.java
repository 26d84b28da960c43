package gov.enterprise.visit.portfolio.web;

import static gov.enterprise.visit.shared.web.Refusals.refusing;

import gov.enterprise.security.Subject;
import gov.enterprise.visit.file.web.IssueView;
import gov.enterprise.visit.portfolio.CadrePortfolio;
import gov.enterprise.visit.portfolio.Portfolio;
import gov.enterprise.visit.portfolio.PortfolioEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A cadre's portfolio: its enterprises, whether a visit is overdue, and their open issues. */
@RestController
public class PortfolioController {

    private final CadrePortfolio portfolios;

    public PortfolioController(CadrePortfolio portfolios) {
        this.portfolios = portfolios;
    }

    /**
     * @param contactPeriod the contact policy: at least one visit per calendar period of this length (ISO, e.g. P3M)
     */
    public record PortfolioView(String cadreId, String contactPeriod, int enterprises, long overdue, long openIssues,
                                List<EntryView> items) {
    }

    /**
     * @param lastVisitedAt         the cadre's own latest visit, or null
     * @param lastVisitedByAnyoneAt the latest visit by any cadre, or null
     * @param visitDueBy            the last day of the period by which the next visit is due
     */
    public record EntryView(String uscc, String name, String regionCode, String cluster, Instant pairedAt,
                            Instant lastVisitedAt, Instant lastVisitedByAnyoneAt, boolean visitedThisPeriod,
                            LocalDate visitDueBy, boolean overdue, List<IssueView> openIssues) {
    }

    @GetMapping("/api/v1/cadres/{cadreId}/portfolio")
    public PortfolioView portfolio(@PathVariable String cadreId, Subject caller) {
        Portfolio portfolio = refusing(() -> portfolios.of(caller, cadreId));
        return new PortfolioView(portfolio.cadreId(), portfolio.policy().period().toString(),
                portfolio.entries().size(), portfolio.overdue(), portfolio.openIssues(),
                portfolio.entries().stream().map(PortfolioController::entry).toList());
    }

    private static EntryView entry(PortfolioEntry entry) {
        var details = entry.enterprise().details();
        return new EntryView(details.uscc().value(), details.name(), details.regionCode(), details.cluster(),
                entry.pairedAt(), entry.lastVisitedAt(), entry.lastVisitedByAnyoneAt(),
                entry.contact().visitedThisPeriod(), entry.contact().dueBy(), entry.contact().overdue(),
                entry.openIssues().stream().map(IssueView::of).toList());
    }
}
