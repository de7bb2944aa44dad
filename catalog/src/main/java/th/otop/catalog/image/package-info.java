/**
 * Product photos: checks an upload by its content, strips what it reveals about the producer (EXIF,
 * GPS), turns it upright and stores three JPEG sizes.
 */
package th.otop.catalog.image;
