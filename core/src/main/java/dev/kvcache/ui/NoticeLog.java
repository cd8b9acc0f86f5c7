package dev.kvcache.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every notice of the session, bounded: the last {@link #KEPT} with their ages, and a count of the
 * older ones dropped, so a flood of bad input neither grows memory nor hides that it happened.
 * Which are fresh enough for the bar, and how many of those the bar has no room for.
 */
public final class NoticeLog {
    /** Notices kept for the list, {@code window.kvcache.state()} and the console. */
    public static final int KEPT = 200;
    /** Characters of one notice kept; a notice is one line, not a document. */
    public static final int MAX_CHARS = 1000;
    /** Seconds a notice counts as fresh, shown in the bar. */
    public static final float FRESH_SECONDS = 5f;

    private final List<String> texts = new ArrayList<String>();
    /** Seconds since each notice came, parallel to {@link #texts}: primitives, as they age every frame. */
    private final float[] ages = new float[KEPT + 1];
    private long dropped;

    /** Adds {@code message} (cut to {@link #MAX_CHARS}); ignores null and empty ones. */
    public void add(String message) {
        if (message == null || message.isEmpty()) {
            return;
        }
        texts.add(message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) + TextWrap.ELLIPSIS : message);
        ages[texts.size() - 1] = 0f;
        if (texts.size() > KEPT) {
            texts.remove(0);
            System.arraycopy(ages, 1, ages, 0, KEPT);
            dropped++;
        }
    }

    /** Ages every notice; returns true when one stopped being fresh (the bar must change). */
    public boolean advance(float seconds) {
        boolean changed = false;
        for (int i = 0; i < texts.size(); i++) {
            float age = ages[i];
            if (age < FRESH_SECONDS && age + seconds >= FRESH_SECONDS) {
                changed = true;
            }
            ages[i] = age + seconds;
        }
        return changed;
    }

    /** Seconds until the next fresh notice stops being fresh (the bar changes then); infinite when none is fresh. */
    public float secondsToNextExpiry() {
        float soonest = Float.POSITIVE_INFINITY;
        for (int i = 0; i < texts.size(); i++) {
            if (ages[i] < FRESH_SECONDS) {
                soonest = Math.min(soonest, FRESH_SECONDS - ages[i]);
            }
        }
        return soonest;
    }

    /** The newest fresh notices, at most {@code max}, oldest first. */
    public List<String> freshest(int max) {
        List<String> shown = new ArrayList<String>();
        for (int i = texts.size() - 1; i >= 0 && shown.size() < max; i--) {
            if (ages[i] < FRESH_SECONDS) {
                shown.add(0, texts.get(i));
            }
        }
        return shown;
    }

    /** Fresh notices beyond the newest {@code max}: the bar's "+N more". */
    public int freshBeyond(int max) {
        int fresh = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (ages[i] < FRESH_SECONDS) {
                fresh++;
            }
        }
        return Math.max(0, fresh - max);
    }

    /** Every kept notice, oldest first. */
    public List<String> all() {
        return Collections.unmodifiableList(texts);
    }

    /** Notices added since start, dropped ones included: changes exactly when a notice comes. */
    public long added() {
        return dropped + texts.size();
    }

    /** Notices dropped because more than {@link #KEPT} came. */
    public long dropped() {
        return dropped;
    }
}
