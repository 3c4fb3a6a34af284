package xspace.workspace.db;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The current votes on one x-feature, counted. The majority is the verdict with strictly more
 * votes than each other one (a plurality: 2 trust, 1 distrust, 1 unsure is a trust majority);
 * it is empty when no one voted or the top verdicts are tied. Agreement is the share of voters
 * who gave the most frequent verdict: 1 when unanimous, 0.5 for a 1–1 tie, 0 without votes.
 */
public record VoteTally(int trust, int distrust, int unsure, Optional<Trust> majority, double agreement) {

    public static VoteTally of(Collection<Trust> votes) {
        Map<Trust, Integer> counts = new EnumMap<>(Trust.class);
        for (Trust t : Trust.values()) {
            counts.put(t, 0);
        }
        votes.forEach(v -> counts.merge(v, 1, Integer::sum));
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long atTop = counts.values().stream().filter(c -> c == top).count();
        Optional<Trust> majority = top > 0 && atTop == 1
                ? counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).findFirst()
                : Optional.empty();
        double agreement = votes.isEmpty() ? 0 : (double) top / votes.size();
        return new VoteTally(counts.get(Trust.TRUST), counts.get(Trust.DISTRUST), counts.get(Trust.UNSURE),
                majority, agreement);
    }

    public int total() {
        return trust + distrust + unsure;
    }

    public int count(Trust verdict) {
        return switch (verdict) {
            case TRUST -> trust;
            case DISTRUST -> distrust;
            case UNSURE -> unsure;
        };
    }
}
