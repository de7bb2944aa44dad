package th.otop.tools;

import java.io.PrintStream;

/** A one-line text progress bar, redrawn in place on a terminal and printed every 10 % elsewhere. */
final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final String label;
    private final boolean terminal = System.console() != null;
    private int lastTenth = -1;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    synchronized void show(long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        int filled = percent * WIDTH / 100;
        String line = String.format(
                "%s [%s%s] %3d%% %,d/%,d", label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total);
        if (terminal) {
            out.print("\r" + line);
            if (done >= total) {
                out.println();
            }
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            out.println(line);
        }
    }
}
