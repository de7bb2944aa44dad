package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an officer's action did, told on the page the officer returns to, in the part of the page the action was in:
 * the redirect names the result and that part ({@code ?done=GRADED&at=listing-x#done}), and the page shows the
 * result's message there, where the browser scrolls. Nothing but these names is read from the address.
 */
enum DeskResult {
    VERIFIED,
    SUSPENDED,
    GROUP_CONFIRMED,
    GROUP_REJECTED,
    FUND_CONFIRMED,
    FUND_REJECTED,
    GRADED,
    HIDDEN;

    private static final Pattern PART = Pattern.compile("[a-z0-9-]{1,40}");

    /** The page at {@code path} (which may carry a query of its own) telling this result in its part {@code at}. */
    URI on(String path, String at) {
        return URI.create(path + (path.contains("?") ? "&" : "?") + "done=" + name() + "&at=" + at + "#done");
    }

    /** Adds the result named in the address, if it is one, to the page's model ({@code done}, {@code doneAt}). */
    static void show(@Nullable String done, @Nullable String at, Map<String, Object> model) {
        parse(done).ifPresent(result -> {
            if (at != null && PART.matcher(at).matches()) {
                model.put("done", result.name());
                model.put("doneAt", at);
            }
        });
    }

    private static Optional<DeskResult> parse(@Nullable String done) {
        for (DeskResult result : values()) {
            if (result.name().equals(done)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
