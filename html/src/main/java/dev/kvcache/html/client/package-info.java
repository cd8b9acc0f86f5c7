/** The browser launcher (GWT): the page's link, local storage, and the {@code window.kvcache} JavaScript API. */
package dev.kvcache.html.client;
