package org.w3id.lkg.ingest.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A second JVM running one of the test mains, for what needs another process: a lock holder, a load to kill. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(Path workDir, Class<?> main, String... args) throws IOException {
        // Surefire runs tests from a manifest-only jar; this property holds the real class path.
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", cp, main.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, main.getSimpleName(), ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildJvm(p, log);
    }

    long pid() { return process.pid(); }

    /** Waits until {@code marker} exists, failing with the child's output if it dies or time runs out. */
    void awaitFile(Path marker, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(marker)) {
            if (!process.isAlive()) throw new IllegalStateException("child exited with " + process.exitValue() + ":\n" + output());
            if (System.nanoTime() > deadline) throw new IllegalStateException("child did not get there in " + timeout + ":\n" + output());
            Thread.sleep(20);
        }
    }

    /** Waits until the child's output so far satisfies {@code test}, failing with the output if it dies or time runs out. */
    void awaitOutput(Predicate<String> test, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!test.test(output())) {
            if (!process.isAlive()) throw new IllegalStateException("child exited with " + process.exitValue() + ":\n" + output());
            if (System.nanoTime() > deadline) throw new IllegalStateException("child did not get there in " + timeout + ":\n" + output());
            Thread.sleep(20);
        }
    }

    /** kill -9: no shutdown hooks, no finally blocks, no transaction abort. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();   // SIGKILL on Linux and macOS
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("child " + pid() + " survived SIGKILL");
    }

    int exitValue() { return process.exitValue(); }

    String output() throws IOException { return Files.readString(log); }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill9();
    }

}
