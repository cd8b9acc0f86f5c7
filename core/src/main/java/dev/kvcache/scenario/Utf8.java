package dev.kvcache.scenario;

/**
 * A strict UTF-8 decoder that never throws (GWT's String(byte[], UTF_8) throws on bad input):
 * overlong forms, surrogates, code points past U+10FFFF, stray continuation bytes and truncated
 * sequences are skipped, one maximal invalid part at a time, as the Unicode standard recommends.
 */
final class Utf8 {
    private int badStart = -1;
    private int badLength;

    /** Appends the characters of {@code bytes[0, n)} to {@code out}; returns false if any byte was skipped. */
    boolean decode(byte[] bytes, int n, StringBuilder out) {
        badStart = -1;
        badLength = 0;
        int i = 0;
        while (i < n) {
            int lead = bytes[i] & 0xFF;
            int length = sequenceLength(lead);
            int cp = length == 1 ? lead : lead & (0x7F >> length);
            int j = i + 1;
            boolean ok = length > 0;
            while (ok && j < i + length) {
                int next = j < n ? bytes[j] & 0xFF : -1;
                ok = next >= lowerBound(lead, j - i) && next <= upperBound(lead, j - i);
                if (ok) {
                    cp = (cp << 6) | (next & 0x3F);
                    j++;
                }
            }
            if (ok) {
                appendCodePoint(out, cp);
            } else if (badStart < 0) {
                badStart = i;
                badLength = Math.max(j, i + 1) - i;
            }
            // On failure skip the lead and the continuation bytes that were fine (at least one byte).
            i = Math.max(j, i + 1);
        }
        return badStart < 0;
    }

    /** Index of the first skipped byte of the last {@link #decode}, or -1. */
    int badStart() {
        return badStart;
    }

    /** How many bytes the first skipped part had (a truncated E2 82 is two). */
    int badLength() {
        return badLength;
    }

    /** Bytes in the sequence {@code lead} starts; 0 for bytes that start none. */
    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF). */
    private static int lowerBound(int lead, int position) {
        if (position == 1 && lead == 0xE0) {
            return 0xA0;
        }
        if (position == 1 && lead == 0xF0) {
            return 0x90;
        }
        return 0x80;
    }

    private static int upperBound(int lead, int position) {
        if (position == 1 && lead == 0xED) {
            return 0x9F;
        }
        if (position == 1 && lead == 0xF4) {
            return 0x8F;
        }
        return 0xBF;
    }

    private static void appendCodePoint(StringBuilder out, int cp) {
        if (cp < 0x10000) {
            out.append((char) cp);
        } else {
            out.append((char) (0xD800 + ((cp - 0x10000) >> 10)));
            out.append((char) (0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
    }
}
