package th.otop.sellerportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.devstack.FormTokens;

/** Every form of this app that posts carries its CSRF token where the server reads it, in the action. */
class FormTokenTemplatesTest {
    @Test
    void everyPostingFormCarriesItsTokenInTheAction() {
        assertEquals(List.of(), FormTokens.postingFormsWithoutToken(Path.of("src/main/resources/views")));
    }
}
