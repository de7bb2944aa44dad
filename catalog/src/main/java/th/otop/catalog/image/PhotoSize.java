package th.otop.catalog.image;

/** The sizes every product photo is stored in, by the longest side in pixels. */
public enum PhotoSize {
    /** Search results and category lists. */
    LIST(400),
    /** The product page. */
    PAGE(1000),
    /** The zoom view; a smaller original is kept at its own size, never enlarged. */
    ZOOM(2000);

    private final int longestSide;

    PhotoSize(int longestSide) {
        this.longestSide = longestSide;
    }

    public int longestSide() {
        return longestSide;
    }
}
