package th.otop.storefront.outlet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A purchase order being put together, carried in the page's address ({@code draft=P1:12,P2:24}: product public ids
 * and quantities) so that nothing is kept on the server until the order is placed. Unreadable parts are dropped.
 */
record Draft(Map<String, Integer> lines) {
    static final int MAX_LINES = 100;

    static Draft parse(String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String[] pq = part.split(":", 2);
                if (pq.length == 2 && pq[0].matches("[A-Za-z0-9_-]{1,40}") && lines.size() < MAX_LINES) {
                    Integer quantity = quantity(pq[1]);
                    if (quantity != null) {
                        lines.put(pq[0], quantity);
                    }
                }
            }
        }
        return new Draft(lines);
    }

    /** A typed quantity: null unless a whole number from 0 to 1,000,000. */
    static Integer quantity(String text) {
        if (text == null || !text.strip().matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    Draft with(String publicId, int quantity) {
        Map<String, Integer> next = new LinkedHashMap<>(lines);
        if (quantity <= 0) {
            next.remove(publicId);
        } else if (next.containsKey(publicId) || next.size() < MAX_LINES) {
            next.put(publicId, quantity);
        }
        return new Draft(next);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int size() {
        return lines.size();
    }

    String encode() {
        StringJoiner joiner = new StringJoiner(",");
        lines.forEach((id, q) -> joiner.add(id + ":" + q));
        return joiner.toString();
    }
}
