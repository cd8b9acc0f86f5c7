package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.IntMap;

/**
 * Every text drawn or measured lately, laid out once: a text keyed by its characters, font, wrap
 * width and alignment is laid out again only when one of them changes (a new figure, a resize).
 * A text neither drawn nor measured for a whole frame is recycled for the next new one, so text
 * that changes every frame (a frame counter, a running total) costs a layout but no allocation.
 */
final class TextLayouts {
    private final GlyphLayout layout = new GlyphLayout();
    /** Texts by hash, each the head of a chain of texts sharing that hash. */
    private final IntMap<LaidOutText> byHash = new IntMap<>(512);
    private final Array<LaidOutText> live = new Array<>(false, 256);
    private final Array<LaidOutText> spare = new Array<>(false, 64);
    private int frame;
    private long layoutsMade;

    /** {@code text} laid out in {@code font}, wrapped to {@code wrapWidth} (0: one line) and aligned by {@code align}. */
    LaidOutText get(CharSequence text, BitmapFont font, float wrapWidth, int align) {
        int hash = hash(text, wrapWidth, align);
        for (LaidOutText known = byHash.get(hash); known != null; known = known.next) {
            if (known.matches(text, font, wrapWidth, align)) {
                known.lastUsed = frame;
                return known;
            }
        }
        layout.setText(font, text, 0, text.length(), Color.WHITE, wrapWidth, align, wrapWidth > 0f, null);
        LaidOutText made = spareFor(text.length());
        made.set(text, font, wrapWidth, align, hash, layout);
        made.lastUsed = frame;
        made.next = byHash.get(hash);
        byHash.put(hash, made);
        live.add(made);
        layoutsMade++;
        return made;
    }

    /**
     * The spare that holds {@code length} characters with the least room to spare (else the largest,
     * else a new one): texts that change every frame soon find spares their size, and stop growing.
     */
    private LaidOutText spareFor(int length) {
        int best = -1;
        for (int i = 0; i < spare.size; i++) {
            if (best < 0 || suitsBetter(spare.get(i).capacity(), spare.get(best).capacity(), length)) {
                best = i;
            }
        }
        return best < 0 ? new LaidOutText() : spare.removeIndex(best);
    }

    /** Whether room for {@code capacity} characters suits {@code length} better than {@code current}. */
    static boolean suitsBetter(int capacity, int current, int length) {
        boolean fits = capacity >= length;
        if (fits != current >= length) {
            return fits;
        }
        return fits ? capacity < current : capacity > current;
    }

    /**
     * Starts a frame: texts not used in the frame before (nor since) go back to the spares. Call
     * when nothing from earlier frames is still queued for drawing.
     */
    void nextFrame() {
        frame++;
        for (int i = live.size - 1; i >= 0; i--) {
            LaidOutText text = live.get(i);
            if (text.lastUsed < frame - 1) {
                unlink(text);
                live.removeIndex(i);
                text.font = null;
                spare.add(text);
            }
        }
    }

    private void unlink(LaidOutText text) {
        LaidOutText head = byHash.get(text.hash);
        if (head == text) {
            if (text.next == null) {
                byHash.remove(text.hash);
            } else {
                byHash.put(text.hash, text.next);
            }
        } else {
            LaidOutText before = head;
            while (before.next != text) {
                before = before.next;
            }
            before.next = text.next;
        }
        text.next = null;
    }

    /** Layouts run since the start: a text drawn again unchanged adds none. */
    long layoutsMade() {
        return layoutsMade;
    }

    /** Texts held now, drawn or measured in this frame or the one before. */
    int liveCount() {
        return live.size;
    }

    private static int hash(CharSequence text, float wrapWidth, int align) {
        int hash = align * 31 + (int) (wrapWidth * 8f);
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }
}
