package th.otop.catalog.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every EXIF Orientation value ends up as the picture the producer saw on their phone. */
class OrientationTest {
    enum Corner {
        TOP_LEFT,
        TOP_RIGHT,
        BOTTOM_LEFT,
        BOTTOM_RIGHT;

        Color in(BufferedImage image) {
            int inset = 15;
            int x = this == TOP_LEFT || this == BOTTOM_LEFT ? inset : image.getWidth() - inset;
            int y = this == TOP_LEFT || this == TOP_RIGHT ? inset : image.getHeight() - inset;
            return ProductPhotosTest.dominant(image, x, y);
        }
    }

    private final MemoryPhotoStorage storage = new MemoryPhotoStorage();
    private final ProductPhotos photos = new ProductPhotos(storage, Duration.ofSeconds(30));

    @AfterEach
    void stopWorkers() {
        photos.close();
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, TOP_LEFT,     TOP_RIGHT,    300, 200",
        "2, TOP_RIGHT,    TOP_LEFT,     300, 200",
        "3, BOTTOM_RIGHT, BOTTOM_LEFT,  300, 200",
        "4, BOTTOM_LEFT,  BOTTOM_RIGHT, 300, 200",
        "5, TOP_LEFT,     BOTTOM_LEFT,  200, 300",
        "6, TOP_RIGHT,    BOTTOM_RIGHT, 200, 300",
        "7, BOTTOM_RIGHT, TOP_RIGHT,    200, 300",
        "8, BOTTOM_LEFT,  TOP_LEFT,     200, 300",
    })
    void theStoredPhotoIsUpright(int orientation, Corner red, Corner green, int width, int height) throws IOException {
        byte[] upload = TestPhotos.withExif(
                TestPhotos.encode(TestPhotos.cornerMarked(300, 200), "jpg"), orientation, null, null);

        StoredPhoto photo = photos.process(upload, "products/1");

        BufferedImage zoom = ImageIO.read(new ByteArrayInputStream(
                storage.get(photo.keyFor(PhotoSize.ZOOM)).orElseThrow()));
        assertEquals(width + "x" + height, zoom.getWidth() + "x" + zoom.getHeight());
        assertEquals(width + "x" + height, photo.width() + "x" + photo.height());
        assertEquals(Color.RED, red.in(zoom), "red corner");
        assertEquals(Color.GREEN, green.in(zoom), "green corner");
    }
}
