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

// The network first, so a reachable server always gives the newest build; the cache when it is
// not. A link's query (?model=...) and the asset list's cache buster (?etag=...) are ignored in
// the cache: the page reads the query itself.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  const key = url.origin + url.pathname;
  event.respondWith(fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      })
      .catch(() => caches.open(CACHE)
          .then((cache) => cache.match(key))
          .then((hit) => hit || Response.error())));
});
