package dev.kvcache.catalog;

/**
 * One figure of a device as its maker or a named source gives it, with that source: a number, or
 * the statement that it is not published or that the device lacks the feature. Immutable.
 */
public final class PublishedFigure {
    /** Whether the figure exists as a number. */
    public enum Availability {
        PUBLISHED,
        NOT_PUBLISHED,
        NOT_SUPPORTED
    }

    /** The devices.json spelling of {@link Availability#NOT_PUBLISHED}. */
    public static final String NOT_PUBLISHED_TEXT = "not published";
    /** The devices.json spelling of {@link Availability#NOT_SUPPORTED}. */
    public static final String NOT_SUPPORTED_TEXT = "not supported";

    private final double value;
    private final Availability availability;
    private final String source;

    private PublishedFigure(double value, Availability availability, String source) {
        this.value = value;
        this.availability = availability;
        this.source = source;
    }

    public static PublishedFigure of(double value, String source) {
        return new PublishedFigure(value, Availability.PUBLISHED, source);
    }

    public static PublishedFigure notPublished(String source) {
        return new PublishedFigure(Double.NaN, Availability.NOT_PUBLISHED, source);
    }

    public static PublishedFigure notSupported(String source) {
        return new PublishedFigure(Double.NaN, Availability.NOT_SUPPORTED, source);
    }

    /** True when there is a number. */
    public boolean isKnown() {
        return availability == Availability.PUBLISHED;
    }

    /** The number; NaN when there is none (check {@link #isKnown()}). */
    public double value() {
        return value;
    }

    public Availability availability() {
        return availability;
    }

    /** Where the figure (or the statement that there is none) comes from. */
    public String source() {
        return source;
    }
}
