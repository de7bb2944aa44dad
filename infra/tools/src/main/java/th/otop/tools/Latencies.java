package th.otop.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/** Runs a call from many threads for a fixed time and reports throughput and latency percentiles. */
final class Latencies {
    record Result(
            long calls, long errors, String firstError, double seconds, double p50Ms, double p95Ms, double p99Ms) {
        double perSecond() {
            return calls / seconds;
        }
    }

    /** A call that the benchmark times; {@code iteration} lets each call vary its input. */
    interface Call {
        void run(int iteration) throws Exception;
    }

    /** An untimed step that makes the input of a timed one (a buyer's cart before the timed checkout). */
    interface Prepared<T> {
        T prepare(int iteration) throws Exception;
    }

    interface TimedStep<T> {
        void run(T input) throws Exception;
    }

    private Latencies() {}

    static Result measure(int threads, double seconds, Call call) throws Exception {
        return measure(threads, seconds, i -> i, (Integer i) -> call.run(i));
    }

    /** Like {@link #measure(int, double, Call)}, timing only {@code step}, not {@code prepare}. */
    static <T> Result measure(int threads, double seconds, Prepared<T> prepare, TimedStep<T> step) throws Exception {
        return run(threads, seconds, prepare, step).result();
    }

    /**
     * Each call for {@code seconds} in all, in turns of {@code turnSeconds}: a change in the machine's load while
     * measuring then weighs on every call alike, so their ratios hold.
     */
    static List<Result> measureInTurns(int threads, double seconds, double turnSeconds, List<Call> calls)
            throws Exception {
        List<Samples> totals = new ArrayList<>();
        for (int c = 0; c < calls.size(); c++) {
            totals.add(new Samples(new long[0], 0, "", 0));
        }
        for (double done = 0; done < seconds; done += turnSeconds) {
            for (int c = 0; c < calls.size(); c++) {
                Call call = calls.get(c);
                totals.set(
                        c,
                        totals.get(c)
                                .plus(run(
                                        threads,
                                        Math.min(turnSeconds, seconds - done),
                                        i -> i,
                                        (Integer i) -> call.run(i))));
            }
        }
        return totals.stream().map(Samples::result).toList();
    }

    /** Latencies in nanoseconds, unsorted, with the errors among them. */
    private record Samples(long[] nanos, long errors, String firstError, double seconds) {
        Samples plus(Samples more) {
            long[] all = Arrays.copyOf(nanos, nanos.length + more.nanos.length);
            System.arraycopy(more.nanos, 0, all, nanos.length, more.nanos.length);
            return new Samples(
                    all,
                    errors + more.errors,
                    firstError.isEmpty() ? more.firstError : firstError,
                    seconds + more.seconds);
        }

        Result result() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Result(
                    sorted.length,
                    errors,
                    firstError,
                    seconds,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99));
        }
    }

    private static <T> Samples run(int threads, double seconds, Prepared<T> prepare, TimedStep<T> step)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean running = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<String> firstError =
                new java.util.concurrent.atomic.AtomicReference<>("");
        CountDownLatch start = new CountDownLatch(1);
        IntFunction<Callable<long[]>> worker = id -> () -> {
            long[] samples = new long[1 << 16];
            int n = 0;
            long errors = 0;
            start.await();
            for (int i = id; running.get(); i += threads) {
                long t0 = System.nanoTime();
                try {
                    T input = prepare.prepare(i);
                    t0 = System.nanoTime();
                    step.run(input);
                } catch (Exception e) {
                    errors++;
                    firstError.compareAndSet("", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                if (n == samples.length) {
                    samples = Arrays.copyOf(samples, n * 2);
                }
                samples[n++] = System.nanoTime() - t0;
            }
            long[] result = Arrays.copyOf(samples, n + 1);
            result[n] = errors;
            return result;
        };
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            futures[t] = pool.submit(worker.apply(t));
        }
        long began = System.nanoTime();
        start.countDown();
        Thread.sleep((long) (seconds * 1000));
        running.set(false);
        long[] all = new long[0];
        long errors = 0;
        for (Future<?> f : futures) {
            long[] r = (long[]) f.get();
            errors += r[r.length - 1];
            int old = all.length;
            all = Arrays.copyOf(all, old + r.length - 1);
            System.arraycopy(r, 0, all, old, r.length - 1);
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return new Samples(all, errors, firstError.get(), elapsed);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
