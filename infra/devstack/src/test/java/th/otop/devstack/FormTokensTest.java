package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormTokensTest {
    @TempDir
    Path views;

    @Test
    void aPostingFormWithTheTokenOnlyInAHiddenFieldIsFound() throws IOException {
        Files.writeString(
                views.resolve("page.html"),
                """
                <form method="post" th:action="@{/a(csrfToken=${csrfToken})}"><button>ok</button></form>
                <form method="post" class="form" th:if="${total > 0}" action="/b">
                  <input type="hidden" name="csrfToken" th:value="${csrfToken}"></form>
                <form method="get" action="/search"></form>
                <form th:fragment="f(action)" method="post" th:action="${action}"></form>
                """);

        List<String> missing = FormTokens.postingFormsWithoutToken(views);

        assertEquals(1, missing.size(), missing.toString());
        assertEquals(
                "page.html: <form method=\"post\" class=\"form\" th:if=\"${total > 0}\" action=\"/b\">",
                missing.get(0));
    }
}
