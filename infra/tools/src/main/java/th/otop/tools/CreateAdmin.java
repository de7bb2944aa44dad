package th.otop.tools;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanContext;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import th.otop.catalog.account.LoginTakenException;
import th.otop.catalog.account.OfficerRoster;
import th.otop.catalog.account.PortalLinks;
import th.otop.catalog.validation.InvalidInputException;

/**
 * {@code infra/tools/run create-admin --email ADDRESS [--name NAME]}: makes an admin account in the configured
 * database ({@code OTOP_DB_*}) and prints a one-time link, on {@code OTOP_SELLERPORTAL_URL}, where its owner sets the
 * password. It is how a fresh install gets its first admin, who then makes officers in the seller portal.
 */
public final class CreateAdmin {
    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    static final String USAGE = "usage: infra/tools/run create-admin --email ADDRESS [--name \"DISPLAY NAME\"]";

    private CreateAdmin() {}

    /** What the command line asks for. */
    record Request(String email, String name) {}

    public static void main(String[] args) {
        Optional<Request> request = parse(args, System.err);
        if (request.isEmpty()) {
            System.exit(2);
        }
        int exit;
        try (ApplicationContext context = ApplicationContext.run()) {
            exit = create(request.get(), context, System.out, System.err);
        }
        System.exit(exit);
    }

    /** The request, or empty after printing what is wrong and the usage. */
    static Optional<Request> parse(String[] args, PrintStream err) {
        String email = null;
        String name = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ((option.equals("--email") || option.equals("--name")) && i + 1 < args.length) {
                String value = args[++i].strip();
                if (option.equals("--email")) {
                    email = value;
                } else {
                    name = value;
                }
            } else {
                err.println("Unknown or incomplete argument: " + option);
                err.println(USAGE);
                return Optional.empty();
            }
        }
        if (email == null || !email.contains("@")) {
            err.println("Give the new admin's email address with --email.");
            err.println(USAGE);
            return Optional.empty();
        }
        return Optional.of(
                new Request(email, name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name));
    }

    /** Creates the admin and prints the link; answers the exit code (0 done, 1 refused, nothing changed). */
    static int create(Request request, BeanContext beans, PrintStream out, PrintStream err) {
        OfficerRoster.NewAdmin admin;
        try {
            admin = beans.getBean(OfficerRoster.class).createAdmin(request.email(), request.name(), LINK_VALIDITY);
        } catch (LoginTakenException e) {
            err.println(
                    "There is already an account with the email " + request.email()
                            + "; nothing was changed. Give another email address, or let an admin make that account an officer.");
            return 1;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> err.println(error.field() + ": " + error.messageEn()));
            err.println(USAGE);
            return 1;
        }
        out.println("Admin " + admin.account().email() + " created. Open this link within " + LINK_VALIDITY.toHours()
                + " hours to set the password (it works once):");
        out.println(beans.getBean(PortalLinks.class).passwordReset(admin.passwordToken()));
        return 0;
    }
}
