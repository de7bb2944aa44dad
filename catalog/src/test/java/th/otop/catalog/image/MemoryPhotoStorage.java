package th.otop.catalog.image;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Storage in a map, which can be told to fail on the n-th put to test that nothing is half-saved. */
final class MemoryPhotoStorage implements PhotoStorage {
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    private final int failingPut;
    private int puts;

    MemoryPhotoStorage() {
        this(Integer.MAX_VALUE);
    }

    MemoryPhotoStorage(int failingPut) {
        this.failingPut = failingPut;
    }

    @Override
    public synchronized void put(String key, byte[] bytes, String contentType) {
        if (++puts == failingPut) {
            throw new IllegalStateException("disk full");
        }
        files.put(key, bytes.clone());
        contentTypes.put(key, contentType);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(files.get(key)).map(byte[]::clone);
    }

    @Override
    public void delete(String key) {
        files.remove(key);
        contentTypes.remove(key);
    }
}
