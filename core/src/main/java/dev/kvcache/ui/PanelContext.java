package dev.kvcache.ui;

import dev.kvcache.host.HostView;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.TextPainter;

/** What every panel needs to draw one frame: painters, the host it reads, and the padding. */
public final class PanelContext {
    public final FlatPainter painter;
    public final TextPainter text;
    public HostView host;
    public float padding = 10f;

    public PanelContext(FlatPainter painter, TextPainter text) {
        this.painter = painter;
        this.text = text;
    }
}
