// The web build's offline cache. The build fills in VERSION and FILES (OfflineCacheWriter): every
// file of the build folder and a hash of them all. A new build changes this file, so the browser
// installs the new worker, which caches the new build and drops the old one. Only static files:
// any folder on any static web server works.
'use strict';

const VERSION = 'unbuilt';
const FILES = [];
const CACHE = 'kvcache-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
      .then((cache) => cache.addAll(['./'].concat(FILES)))
      .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
      .then((keys) => Promise.all(keys
          .filter((key) => key.startsWith('kvcache-') && key !== CACHE)
          .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

// A name with a content hash (GWT's compiled code, every preloaded asset) never changes: the cache
// first, so a second visit fetches none of them again. Anything else (the page, GWT's loader, the
// asset list, the manifest) the network first, so a reachable server always gives the newest
// build, and the cache when it is not. A link's query (?model=...) and the asset list's cache
// buster (?etag=...) are left out of the cache's keys: the page reads the query itself.
const IMMUTABLE = /(-[0-9a-f]{32}\.[A-Za-z0-9]+|\/[0-9A-F]{32}\.cache\.js)$/;

function fetchAndKeep(cache, request, key) {
  return fetch(request).then((response) => {
    if (response.ok) {
      cache.put(key, response.clone());
    }
    return response;
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  const key = url.origin + url.pathname;
  event.respondWith(caches.open(CACHE).then((cache) => {
    if (IMMUTABLE.test(url.pathname)) {
      return cache.match(key).then((hit) => hit || fetchAndKeep(cache, request, key));
    }
    return fetchAndKeep(cache, request, key)
        .catch(() => cache.match(key).then((hit) => hit || Response.error()));
  }));
});
