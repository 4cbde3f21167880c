package org.w3id.lkg.store.load;

import java.io.PrintWriter;
import java.util.Objects;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Counts like {@link CountingStream} and reports progress (records read, triples written, rate) while a list
 * streams: on a terminal one line redrawn in place ({@link #onTerminal}), in a log a line each time
 * ({@link #asLines}). Callers {@link #clear()} before printing their summary.
 */
public class ProgressStream extends CountingStream {
    /** Redraw at most this often: a terminal line per triple would cost more than the load. */
    private static final long INTERVAL_NANOS = 500_000_000L;
    /** Look at the clock only every so many triples. */
    private static final int CLOCK_EVERY = 4096;

    private final String label;
    private final PrintWriter terminal;
    /** True on a terminal: carriage returns redraw one line. False in a log, where every report is a line. */
    private final boolean redraw;
    private final long startNanos = System.nanoTime();
    private long lastDraw = startNanos;
    private int drawnWidth;

    private ProgressStream(StreamRDF other, String label, PrintWriter terminal, boolean redraw) {
        super(other);
        this.label = Objects.requireNonNull(label, "label");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.redraw = redraw;
    }

    /** Progress for people watching a terminal: one line, redrawn in place. */
    public static ProgressStream onTerminal(StreamRDF other, String label, PrintWriter terminal) {
        return new ProgressStream(other, label, terminal, true);
    }

    /** Progress for logs and pipes, where a carriage return would garble the file: one full line per report. */
    public static ProgressStream asLines(StreamRDF other, String label, PrintWriter log) {
        return new ProgressStream(other, label, log, false);
    }

    @Override
    protected void counted() {
        if (triples() % CLOCK_EVERY != 0) return;
        long now = System.nanoTime();
        if (now - lastDraw < INTERVAL_NANOS) return;
        lastDraw = now;
        draw(now);
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String line = "%s: %,d records, %,d triples, %,.0f triples/s".formatted(
                label, records(), triples(), triples() / seconds);
        if (!redraw) {
            terminal.println(line);
            terminal.flush();
            return;
        }
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        terminal.flush();
        drawnWidth = line.length();
    }

    /** Wipes the progress line so the next output starts on a clean line. */
    public void clear() {
        if (drawnWidth == 0) return;
        terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
        terminal.flush();
        drawnWidth = 0;
    }
}
