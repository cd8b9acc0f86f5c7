package dev.kvcache.html.client;

import com.badlogic.gdx.backends.gwt.preloader.Preloader;

/**
 * Makes the preloader turn the image bytes it fetched into {@code data:} URLs. Otherwise libGDX
 * fetches every image a second time through an {@code <img>} made in GWT's hidden script frame,
 * which the service worker does not control: offline, those requests fail and the app cannot
 * start. Costs one base64 pass over the atlas PNG (about 0.3 MB) at startup.
 */
final class InlineImages {
    private InlineImages() {
    }

    /** {@code preloader}, set to inline its images (its downloader has no public accessor; JSNI may read it). */
    static Preloader of(Preloader preloader) {
        inline(preloader);
        return preloader;
    }

    private static native void inline(Preloader preloader) /*-{
        preloader.@com.badlogic.gdx.backends.gwt.preloader.Preloader::loader
                .@com.badlogic.gdx.backends.gwt.preloader.AssetDownloader::setUseInlineBase64(Z)(true);
    }-*/;
}
