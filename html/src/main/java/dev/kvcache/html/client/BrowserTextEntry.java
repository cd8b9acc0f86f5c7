package dev.kvcache.html.client;

import dev.kvcache.host.TextEntry;

/**
 * On touch screens, an invisible HTML search box ({@code #kvcache-text-entry}) over the field the
 * app draws: a tap on the field lands on the box, which opens the phone's keyboard, and what is
 * typed goes to the app (the drawn field shows it). Its keys stop at the box, so none runs as a
 * shortcut. With a mouse there is no box: keys reach the drawn field, as on the desktop. Its events
 * bypass libGDX's input, so each also wakes the app ({@code wake}), which may be idle.
 */
final class BrowserTextEntry implements TextEntry {
    private final Runnable wake;
    private Listener listener;
    /** Whether the page's pointer is a finger, read once each time the search opens (not every frame). */
    private Boolean coarse;
    private boolean shown;
    private float left;
    private float top;
    private float width;
    private float height;
    private String text = "";

    BrowserTextEntry(Runnable wake) {
        this.wake = wake;
    }

    @Override
    public void show(float newLeft, float newTop, float newWidth, float newHeight, String newText, Listener to) {
        listener = to;
        if (coarse == null) {
            coarse = BrowserPlatform.coarsePointer();
        }
        if (!coarse) {
            return;
        }
        if (shown && newLeft == left && newTop == top && newWidth == width && newHeight == height
                && newText.equals(text)) {
            return;
        }
        shown = true;
        left = newLeft;
        top = newTop;
        width = newWidth;
        height = newHeight;
        text = newText;
        place(newLeft, newTop, newWidth, newHeight, newText);
    }

    @Override
    public void hide() {
        coarse = null;
        if (shown) {
            shown = false;
            remove();
        }
    }

    private void changed(String typed) {
        wake.run();
        text = typed;
        if (listener != null) {
            listener.changed(typed);
        }
    }

    private void submitted() {
        wake.run();
        if (listener != null) {
            listener.submitted();
        }
    }

    private void cancelled() {
        wake.run();
        if (listener != null) {
            listener.cancelled();
        }
    }

    /** Creates the box once, then moves it over the field (window pixels to CSS pixels) and sets its text. */
    private native void place(float x, float y, float w, float h, String value) /*-{
        var self = this;
        var input = $doc.getElementById('kvcache-text-entry');
        if (!input) {
            input = $doc.createElement('input');
            input.id = 'kvcache-text-entry';
            input.type = 'search';
            input.setAttribute('inputmode', 'search');
            input.setAttribute('enterkeyhint', 'search');
            input.setAttribute('autocomplete', 'off');
            input.setAttribute('autocorrect', 'off');
            input.setAttribute('autocapitalize', 'off');
            input.setAttribute('spellcheck', 'false');
            input.setAttribute('aria-label', 'Find a model');
            var s = input.style;
            s.position = 'fixed';
            s.margin = '0';
            s.padding = '0';
            s.border = '0';
            s.outline = 'none';
            s.background = 'transparent';
            s.color = 'transparent';
            s.caretColor = 'transparent';
            // 16 px: iOS zooms the page into any smaller field it focuses.
            s.fontSize = '16px';
            s.opacity = '0.01';
            s.zIndex = '10';
            input.addEventListener('input', $entry(function() {
                self.@dev.kvcache.html.client.BrowserTextEntry::changed(Ljava/lang/String;)(input.value);
            }));
            input.addEventListener('keydown', $entry(function(e) {
                // The app's keys listen on the document: nothing typed here may reach them.
                e.stopPropagation();
                if (e.key === 'Enter') {
                    e.preventDefault();
                    self.@dev.kvcache.html.client.BrowserTextEntry::submitted()();
                } else if (e.key === 'Escape') {
                    e.preventDefault();
                    self.@dev.kvcache.html.client.BrowserTextEntry::cancelled()();
                }
            }));
            input.addEventListener('keypress', function(e) { e.stopPropagation(); });
            input.addEventListener('keyup', function(e) { e.stopPropagation(); });
            $doc.body.appendChild(input);
        }
        var ratio = $wnd.devicePixelRatio || 1;
        input.style.left = (x / ratio) + 'px';
        input.style.top = (y / ratio) + 'px';
        input.style.width = (w / ratio) + 'px';
        input.style.height = (h / ratio) + 'px';
        if (input.value !== value) {
            input.value = value;
        }
    }-*/;

    private static native void remove() /*-{
        var input = $doc.getElementById('kvcache-text-entry');
        if (input) {
            input.blur();
            input.parentNode.removeChild(input);
        }
    }-*/;
}
