package th.otop.catalog.image;

import java.util.Objects;

/** An upload that cannot become a product photo, with a message the producer can act on. */
public class PhotoRejectedException extends RuntimeException {
    /** Why the photo was refused. */
    public enum Reason {
        NOT_AN_IMAGE,
        UNSUPPORTED_TYPE,
        TOO_LARGE_BYTES,
        TOO_MANY_PIXELS,
        CORRUPT,
        TIMEOUT
    }

    private final Reason reason;
    private final String messageTh;
    private final String messageEn;

    public PhotoRejectedException(Reason reason, String messageTh, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.messageTh = Objects.requireNonNull(messageTh, "messageTh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    public Reason reason() {
        return reason;
    }

    public String messageTh() {
        return messageTh;
    }

    public String messageEn() {
        return messageEn;
    }

    static PhotoRejectedException notAnImage() {
        return new PhotoRejectedException(
                Reason.NOT_AN_IMAGE,
                "ไฟล์นี้ไม่ใช่รูปภาพ JPEG, PNG หรือ WebP",
                "This file is not a JPEG, PNG or WebP image.",
                null);
    }

    static PhotoRejectedException unsupportedType(String typeName) {
        return new PhotoRejectedException(
                Reason.UNSUPPORTED_TYPE,
                "ไฟล์นี้เป็นรูปภาพชนิด " + typeName + " ซึ่งระบบไม่รองรับ กรุณาใช้รูปภาพ JPEG, PNG หรือ WebP",
                "This is a " + typeName + " image, which is not supported. Please use a JPEG, PNG or WebP photo.",
                null);
    }

    static PhotoRejectedException tooLargeBytes(long maxBytes) {
        long megabytes = maxBytes / (1024 * 1024);
        return new PhotoRejectedException(
                Reason.TOO_LARGE_BYTES,
                "ไฟล์รูปภาพใหญ่เกิน " + megabytes + " MB กรุณาลดขนาดไฟล์แล้วลองใหม่",
                "The photo file is larger than " + megabytes + " MB. Please make it smaller and try again.",
                null);
    }

    static PhotoRejectedException tooManyPixels(long width, long height, long maxPixels) {
        long megapixels = maxPixels / 1_000_000;
        String size = width + " × " + height;
        return new PhotoRejectedException(
                Reason.TOO_MANY_PIXELS,
                "รูปภาพขนาด " + size + " พิกเซล เกิน " + megapixels + " ล้านพิกเซล กรุณาย่อขนาดรูปแล้วลองใหม่",
                "The photo is " + size + " pixels, more than " + megapixels
                        + " megapixels. Please resize it and try again.",
                null);
    }

    static PhotoRejectedException corrupt(Throwable cause) {
        return new PhotoRejectedException(
                Reason.CORRUPT,
                "ไฟล์รูปภาพเสียหรือไม่สมบูรณ์ กรุณาอัปโหลดใหม่อีกครั้ง",
                "The photo file is damaged or incomplete. Please upload it again.",
                cause);
    }

    static PhotoRejectedException timeout() {
        return new PhotoRejectedException(
                Reason.TIMEOUT,
                "ระบบใช้เวลาจัดการรูปภาพนานเกินไป กรุณาลองใหม่อีกครั้ง หรือใช้รูปที่มีขนาดเล็กลง",
                "Processing the photo took too long. Please try again, or use a smaller photo.",
                null);
    }
}
