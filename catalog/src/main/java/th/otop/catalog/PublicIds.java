package th.otop.catalog;

import java.security.SecureRandom;

/** Opaque ids for URLs, so sequential row numbers never tell outsiders how much a shop sells. */
public final class PublicIds {
    private static final char[] ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {}

    public static String next() {
        return next(RANDOM);
    }

    /** From a given generator: demo data must come out the same for the same seed. */
    public static String next(java.util.Random random) {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
