/** The browser launcher (GWT): the page's link, local storage, the {@code window.kvcache} JavaScript API and baked fonts. */
package dev.kvcache.html.client;
