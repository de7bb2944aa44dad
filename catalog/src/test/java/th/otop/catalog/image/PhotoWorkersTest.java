package th.otop.catalog.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import th.otop.catalog.image.PhotoRejectedException.Reason;

class PhotoWorkersTest {
    @Test
    void aJobThatTakesTooLongIsRefusedAndInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (PhotoWorkers workers = new PhotoWorkers(1, 1, Duration.ofMillis(50))) {
            PhotoRejectedException e = assertThrows(
                    PhotoRejectedException.class,
                    () -> workers.run(() -> {
                        try {
                            Thread.sleep(10_000);
                        } catch (InterruptedException stopped) {
                            interrupted.countDown();
                        }
                        return "too late";
                    }));

            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the slow job was not interrupted");
            assertEquals("next", workers.run(() -> "next"), "the worker should be free again");
        }
    }

    @Test
    void aRejectionFromTheJobReachesTheCallerUnchanged() {
        PhotoRejectedException corrupt = PhotoRejectedException.corrupt(null);
        try (PhotoWorkers workers = new PhotoWorkers(1, 1, Duration.ofSeconds(5))) {
            PhotoRejectedException e = assertThrows(
                    PhotoRejectedException.class,
                    () -> workers.run(() -> {
                        throw corrupt;
                    }));

            assertSame(corrupt, e);
        }
    }

    @Test
    void aCheckedFailureBecomesUnchecked() {
        try (PhotoWorkers workers = new PhotoWorkers(1, 1, Duration.ofSeconds(5))) {
            UncheckedIOException e = assertThrows(
                    UncheckedIOException.class,
                    () -> workers.run(() -> {
                        throw new IOException("disk");
                    }));

            assertEquals("disk", e.getCause().getMessage());
        }
    }
}
