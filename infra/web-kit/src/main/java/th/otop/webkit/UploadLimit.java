package th.otop.webkit;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.image.ProductPhotos;

/**
 * The largest file a form accepts, from one source: the server's {@code micronaut.server.multipart.max-file-size}
 * (never above what the photo pipeline reads, {@link ProductPhotos#MAX_BYTES}). Every page gets it as
 * {@code uploadLimit}, so a form states it and its script checks it before sending.
 */
@Singleton
public class UploadLimit implements ViewModelProcessor<Map<String, Object>> {
    private final long bytes;

    UploadLimit(
            @Value("${micronaut.server.multipart.max-file-size:" + ProductPhotos.MAX_BYTES + "}") long maxFileSize) {
        this.bytes = Math.min(maxFileSize, ProductPhotos.MAX_BYTES);
    }

    public long bytes() {
        return bytes;
    }

    /** Whole megabytes (1 MB = 1,048,576 bytes), as the forms state it. */
    public long megabytes() {
        return bytes / (1024 * 1024);
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent("uploadLimit", this);
        modelAndView.setModel(model);
    }
}
