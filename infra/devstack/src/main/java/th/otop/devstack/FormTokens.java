package th.otop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the posting forms of an app's templates whose action does not carry the CSRF token. The apps read a form's
 * token from its action URL ({@code FormCsrfTokenResolver}), so a form that has only the hidden field is refused in a
 * browser, while a test client that adds the token itself never notices. A form whose action is a fragment's
 * parameter ({@code th:action="${action}"}) is its callers' to check.
 */
public final class FormTokens {
    private static final Pattern ACTION = Pattern.compile("th:action=\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{\\w+\\}");

    private FormTokens() {}

    /** Each offending form as {@code file: <form ...>}. */
    public static List<String> postingFormsWithoutToken(Path views) {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(views)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                for (String form : formTags(html)) {
                    if (!form.toLowerCase(Locale.ROOT).contains("method=\"post\"")) {
                        continue;
                    }
                    Matcher action = ACTION.matcher(form);
                    boolean carries = action.find()
                            && (action.group(1).contains("csrfToken")
                                    || PARAMETER.matcher(action.group(1)).matches());
                    if (!carries) {
                        missing.add(views.relativize(file) + ": " + form.replaceAll("\\s+", " "));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** Every {@code <form ...>} start tag, read to its closing {@code >} outside quoted attribute values. */
    static List<String> formTags(String html) {
        List<String> tags = new ArrayList<>();
        int from = 0;
        while ((from = html.indexOf("<form", from)) >= 0) {
            boolean quoted = false;
            int end = from;
            while (end < html.length() && (quoted || html.charAt(end) != '>')) {
                if (html.charAt(end) == '"') {
                    quoted = !quoted;
                }
                end++;
            }
            tags.add(html.substring(from, Math.min(end + 1, html.length())));
            from = end;
        }
        return tags;
    }
}
