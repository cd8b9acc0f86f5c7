package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;

/**
 * Draws the memory banks inside the modules: square banks on a grid whose pitch grows (up to
 * {@link #MAX_STRETCH} times the 10 px reference) until the device's banks fill the modules,
 * filled in address order module by module. Each bank shows {@link MemoryMap#STRIPES} stripes with
 * a dark seam between different owners (page boundaries of interleaved sequences). Colour is never
 * the only signal: reserved memory is hollow, a sequence's fixed window or state is barred, and the
 * memory FlashAttention saves keeps its own colour inside a red outline. Colours ease towards their
 * targets so filling and freeing animate, and recently changed banks pulse inside a fading halo.
 */
public final class BankGridView {
    public static final float BANK_SIZE = 8f;
    public static final float BANK_PITCH = 10f;
    /** Largest factor the pitch grows by so that fewer, larger banks fill the modules. */
    static final float MAX_STRETCH = 2f;
    /** Seconds a colour takes to settle (~95%) after its memory changes hands. */
    private static final float EASE_SECONDS = 0.25f;
    /**
     * Largest difference from its target (colour channel, 0-1) at which an easing colour takes the
     * target exactly: a third of one 8-bit step, invisible, and the easing ends instead of running
     * on forever in ever smaller steps.
     */
    private static final float SNAP = 1f / 768f;
    private static final float PULSE_SECONDS = 0.6f;
    private static final float HALO_SECONDS = PULSE_SECONDS / 2f;

    private final int maxBanks;
    private final float[] bankX;
    private final float[] bankY;
    private final float[] shown;
    private final int[] lastCode;
    private final float[] pulse;
    /**
     * Banks whose shown colours reached their contents' and whose contents have not changed since:
     * {@link #animate} only reads their contents (most banks at any moment; in the browser the easing
     * of every stripe of every bank was a tenth of the die view's script).
     */
    private final boolean[] atRest;
    private final Color target = new Color();
    private final Color drawn = new Color();
    private int slotCount;
    private float bankSize = 1f;
    private float ghostBorder = 1f;
    /** No colour easing and no pulse after the last {@link #animate}: the banks stand still. */
    private boolean settled;

    public BankGridView(int maxBanks) {
        this.maxBanks = maxBanks;
        bankX = new float[maxBanks];
        bankY = new float[maxBanks];
        shown = new float[maxBanks * MemoryMap.STRIPES * 3];
        lastCode = new int[maxBanks * MemoryMap.STRIPES];
        pulse = new float[maxBanks];
        atRest = new boolean[maxBanks];
    }

    /**
     * Places bank positions in the modules for a device of {@code capacityBytes} per GPU: first at
     * the reference pitch, which fixes the bank size ({@link MemoryMap#bankBytesFor}), then at the
     * largest pitch that still has a position for every bank, so the banks fill the modules instead
     * of leaving their lower half empty. Rows interleave across modules (row 0 of every module,
     * then row 1, ...) as addresses interleave across HBM stacks. Returns how many positions there are.
     */
    public int layout(Array<Rectangle> modules, float scale, float labelSpace, long capacityBytes) {
        int reference = place(modules, scale, labelSpace, 1f);
        long bankBytes = MemoryMap.bankBytesFor(capacityBytes, reference);
        long needed = Math.max(1L, (Math.max(1L, capacityBytes) - 1) / bankBytes + 1);
        float low = 1f;
        float high = MAX_STRETCH;
        if (place(modules, scale, labelSpace, high) < needed) {
            // Bisect for the largest stretch with a position for every bank (positions fall as it grows).
            for (int i = 0; i < 12; i++) {
                float middle = (low + high) / 2f;
                if (place(modules, scale, labelSpace, middle) >= needed) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
        } else {
            low = high;
        }
        return place(modules, scale, labelSpace, low);
    }

    private int place(Array<Rectangle> modules, float scale, float labelSpace, float stretch) {
        float pitch = Math.max(2f, BANK_PITCH * scale) * stretch;
        bankSize = Math.max(1f, BANK_SIZE * scale) * stretch;
        ghostBorder = Math.max(1f, (pitch - bankSize) / 2f);
        float margin = 5f * scale;
        slotCount = 0;
        int maxRows = 0;
        for (int m = 0; m < modules.size; m++) {
            maxRows = Math.max(maxRows, rowsIn(modules.get(m), pitch, margin, labelSpace));
        }
        for (int row = 0; row < maxRows; row++) {
            for (int m = 0; m < modules.size; m++) {
                Rectangle module = modules.get(m);
                if (row >= rowsIn(module, pitch, margin, labelSpace)) {
                    continue;
                }
                int columns = (int) ((module.width - 2 * margin + (pitch - bankSize)) / pitch);
                float gridWidth = columns * pitch - (pitch - bankSize);
                float left = module.x + (module.width - gridWidth) / 2f;
                float top = module.y + module.height - labelSpace - margin - bankSize;
                for (int column = 0; column < columns && slotCount < maxBanks; column++) {
                    bankX[slotCount] = left + column * pitch;
                    bankY[slotCount] = top - row * pitch;
                    slotCount++;
                }
            }
        }
        return slotCount;
    }

    private int rowsIn(Rectangle module, float pitch, float margin, float labelSpace) {
        return Math.max(0, (int) ((module.height - 2 * margin - labelSpace + (pitch - bankSize)) / pitch));
    }

    public float bankSize() {
        return bankSize;
    }

    public int slotCount() {
        return slotCount;
    }

    /** Eases colours towards the map's contents over {@code seconds} of animation time. */
    public void animate(MemoryMap map, float seconds) {
        float ease = 1f - (float) Math.exp(-3f * seconds / EASE_SECONDS);
        int banks = Math.min(map.bankCount(), slotCount);
        boolean still = true;
        for (int bank = 0; bank < banks; bank++) {
            pulse[bank] = Math.max(0f, pulse[bank] - seconds);
            boolean rest = atRest[bank];
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                int index = bank * MemoryMap.STRIPES + stripe;
                int code = map.content(bank, stripe);
                if (code != lastCode[index]) {
                    lastCode[index] = code;
                    pulse[bank] = PULSE_SECONDS;
                    rest = false;
                }
            }
            if (!rest) {
                rest = true;
                for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                    int index = bank * MemoryMap.STRIPES + stripe;
                    colourOf(lastCode[index], target);
                    int c = index * 3;
                    rest &= ease(c, target.r, ease) & ease(c + 1, target.g, ease) & ease(c + 2, target.b, ease);
                }
                atRest[bank] = rest;
            }
            still &= rest & pulse[bank] == 0f;
        }
        settled = still;
    }

    /** Moves one shown channel {@code ease} of the way to {@code goal}; true when it is there. */
    private boolean ease(int channel, float goal, float ease) {
        float left = goal - shown[channel];
        if (Math.abs(left) <= SNAP) {
            shown[channel] = goal;
            return true;
        }
        shown[channel] += left * ease;
        return false;
    }

    /** The colour stripe {@code stripe} of bank {@code bank} shows now, without its pulse (for tests). */
    Color shown(int bank, int stripe, Color out) {
        int c = (bank * MemoryMap.STRIPES + stripe) * 3;
        return out.set(shown[c], shown[c + 1], shown[c + 2], 1f);
    }

    /** True when no bank's colour is still easing and no bank pulses: nothing here moves by itself. */
    public boolean isSettled() {
        return settled;
    }

    /** Reduced motion: banks take their new colour at once and never pulse. */
    public void animateStill(MemoryMap map) {
        animate(map, EASE_SECONDS * 100f);
        java.util.Arrays.fill(pulse, 0f);
        settled = true;
    }

    /** Draws the banks; {@code time} drives the pulse of recently changed banks. */
    public void draw(FlatPainter painter, MemoryMap map, float time) {
        int banks = Math.min(map.bankCount(), slotCount);
        float stripeWidth = bankSize / MemoryMap.STRIPES;
        for (int bank = 0; bank < banks; bank++) {
            float x = bankX[bank];
            float y = bankY[bank];
            if (map.isGhost(bank)) {
                // Behind the bank, filling the gap round it: the bank keeps its own colour.
                painter.rect(x - ghostBorder, y - ghostBorder, bankSize + 2 * ghostBorder, bankSize + 2 * ghostBorder,
                        Palette.GHOST);
            }
            if (pulse[bank] > HALO_SECONDS && !map.isGhost(bank)) {
                // A soft halo in the bank's own colour just after it is written, fading out in the first
                // half of its pulse (half as many halos to fill at 100x).
                setDrawn(bank * MemoryMap.STRIPES, 0f);
                painter.rect(x - ghostBorder, y - ghostBorder, bankSize + 2 * ghostBorder, bankSize + 2 * ghostBorder,
                        drawn, 0.5f * (pulse[bank] - HALO_SECONDS) / HALO_SECONDS);
            }
            float glow = pulse[bank] > 0f ? 0.25f * (pulse[bank] / PULSE_SECONDS)
                    * (0.5f + 0.5f * MathUtils.sin(time * 14f)) : 0f;
            if (uniform(map, bank)) {
                setDrawn(bank * MemoryMap.STRIPES, glow);
                painter.rect(x, y, bankSize, bankSize, drawn);
                drawMark(painter, map.content(bank, 0), x, y, bankSize);
            } else {
                for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                    setDrawn(bank * MemoryMap.STRIPES + stripe, glow);
                    painter.rect(x + stripe * stripeWidth, y, stripeWidth, bankSize, drawn);
                    if (stripe > 0 && map.content(bank, stripe) != map.content(bank, stripe - 1)) {
                        painter.rect(x + stripe * stripeWidth - 0.5f, y, 1f, bankSize, Palette.SEAM);
                    }
                }
            }
        }
        for (int bank = banks; bank < slotCount; bank++) {
            // Grid positions past the device's capacity: shown as empty sockets.
            painter.rect(bankX[bank], bankY[bank], bankSize, bankSize, Palette.MODULE_BODY);
        }
    }

    private boolean uniform(MemoryMap map, int bank) {
        int first = map.content(bank, 0);
        for (int stripe = 1; stripe < MemoryMap.STRIPES; stripe++) {
            if (map.content(bank, stripe) != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * The shape that says what a whole bank holds besides its colour: reserved-but-unused memory
     * (paging off) is hollow, set aside and holding nothing; a sequence's fixed window or state
     * (sliding-window layers, linear attention) has a bar across it. The legend draws the same.
     */
    public static void drawMark(FlatPainter painter, int code, float x, float y, float size) {
        if (BankContent.isReserved(code)) {
            float inset = size * 0.28f;
            painter.rect(x + inset, y + inset, size - 2 * inset, size - 2 * inset, Palette.SEAM);
        } else if (BankContent.isState(code)) {
            float bar = Math.max(1f, size * 0.15f);
            painter.rect(x, y + (size - bar) / 2f, size, bar, Palette.SEAM);
        } else if (BankContent.isShared(code)) {
            // One dark dot per sequence using the shared prefix, along the bank's lower edge.
            int dots = BankContent.sharersMarked(code);
            float pitch = size / BankContent.MAX_SHARERS_MARKED;
            float dot = Math.max(1f, pitch * 0.6f);
            for (int i = 0; i < dots; i++) {
                painter.rect(x + i * pitch + (pitch - dot) / 2f, y + (pitch - dot) / 2f, dot, dot, Palette.SEAM);
            }
        }
    }

    private void setDrawn(int index, float glow) {
        int c = index * 3;
        drawn.set(Math.min(1f, shown[c] + glow), Math.min(1f, shown[c + 1] + glow), Math.min(1f, shown[c + 2] + glow), 1f);
    }

    /** The colour of a memory content code: the legend uses the same mapping. */
    public static void colourOf(int code, Color out) {
        if (code == BankContent.WEIGHTS) {
            out.set(Palette.WEIGHTS);
        } else if (code == BankContent.WORKSPACE) {
            out.set(Palette.WORKSPACE);
        } else if (code == BankContent.DRAFT) {
            out.set(Palette.DRAFT);
        } else if (code == BankContent.EVICTABLE) {
            out.set(Palette.EVICTABLE);
        } else if (BankContent.isShared(code)) {
            out.set(Palette.SHARED);
        } else if (code < 0) {
            out.set(Palette.BANK_FREE);
        } else if (BankContent.isReserved(code)) {
            out.set(SequenceColours.of(BankContent.slotOf(code))).mul(0.6f, 0.6f, 0.6f, 1f);
        } else if (BankContent.isState(code)) {
            out.set(SequenceColours.of(BankContent.slotOf(code))).mul(0.85f, 0.85f, 0.85f, 1f);
        } else {
            out.set(SequenceColours.of(BankContent.slotOf(code)));
        }
    }
}
