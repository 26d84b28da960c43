package gov.enterprise.intake.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every dictionary term in a text in one pass per starting position (a character trie), then keeps only the
 * longest phrases: a term lying wholly inside a longer term found at the same place does not count, so 人才公寓
 * speaks for talent and not also for a 公寓 elsewhere in the dictionaries.
 */
final class TermMatcher {

    /** One category a term speaks for. */
    record Entry(String category, int weight) {
    }

    /** A term found at {@code [start, end)}. */
    record Match(String term, int start, int end, List<Entry> entries) {
    }

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>();
        private String term;
        private final List<Entry> entries = new ArrayList<>();
    }

    private final Node root = new Node();

    TermMatcher(Iterable<CategoryDictionary> dictionaries) {
        for (CategoryDictionary dictionary : dictionaries) {
            for (Term term : dictionary.terms()) {
                Node node = root;
                for (char ch : term.text().toCharArray()) {
                    node = node.children.computeIfAbsent(ch, c -> new Node());
                }
                node.term = term.text();
                node.entries.add(new Entry(dictionary.category(), term.weight()));
            }
        }
    }

    /** The maximal matches in {@code text} (already normalized), in order of position. */
    List<Match> find(String text) {
        var all = new ArrayList<Match>();
        for (int start = 0; start < text.length(); start++) {
            Node node = root;
            for (int end = start; end < text.length(); end++) {
                node = node.children.get(text.charAt(end));
                if (node == null) {
                    break;
                }
                if (node.term != null) {
                    all.add(new Match(node.term, start, end + 1, node.entries));
                }
            }
        }
        var maximal = new ArrayList<Match>(all.size());
        for (Match match : all) {
            if (all.stream().noneMatch(other -> other != match && contains(other, match))) {
                maximal.add(match);
            }
        }
        return maximal;
    }

    private static boolean contains(Match outer, Match inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end()
                && (outer.end() - outer.start()) > (inner.end() - inner.start());
    }
}
