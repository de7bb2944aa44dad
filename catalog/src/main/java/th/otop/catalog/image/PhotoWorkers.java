package th.otop.catalog.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small fixed pool for decoding and resizing, so a decompression bomb or a slow file costs at most a
 * few threads for a bounded time instead of the server's request threads.
 */
final class PhotoWorkers implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    PhotoWorkers(int threads, int waiting, Duration timeout) {
        this.timeout = timeout;
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(waiting),
                daemonThreads(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the job, or refuses the photo with {@code TIMEOUT} when the pool is full or the job is too slow. */
    <T> T run(Callable<T> job) {
        Future<T> result;
        try {
            result = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw PhotoRejectedException.timeout();
        }
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw PhotoRejectedException.timeout();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw PhotoRejectedException.timeout();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "photo-worker-" + count.incrementAndGet());
            // Never keep the JVM alive for a photo nobody is waiting for any more.
            thread.setDaemon(true);
            return thread;
        };
    }
}
