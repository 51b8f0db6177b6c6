// Keeps the app's files and the last Today page on the phone; never an API answer, a POST or another page.
"use strict";

var SHELL_CACHE = "riyaz-shell-" + VERSION;
// Signed-in HTML: removed on Log out and account deletion (the server's Clear-Site-Data).
var PAGES_CACHE = "riyaz-pages";
var TODAY = "/";
// Only a signed-in Today carries this mark; the same words the page un-hides when it is shown from here.
var NOTE_HIDDEN = "data-offline-note hidden";
var NOTE_SHOWN = "data-offline-note";
var STATIC = ["/css/", "/js/", "/icons/", "/webjars/", "/favicon.ico", "/favicon.svg", "/apple-touch-icon.png"];

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then(function (cache) {
        return cache.addAll(SHELL);
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf("riyaz-shell-") === 0 && name !== SHELL_CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf("/api/") === 0) {
    return;
  }
  if (isVersionedFile(url)) {
    event.respondWith(fromShell(request));
  } else if (request.mode === "navigate") {
    event.respondWith(navigate(event, url));
  } else if (url.pathname === TODAY && !request.headers.has("HX-Request")) {
    // The page asks for Today again after a change, to keep the copy on the phone up to date.
    event.respondWith(
      fetch(request).then(function (response) {
        event.waitUntil(keep(response.clone()));
        return response;
      })
    );
  }
});

function isVersionedFile(url) {
  var versioned = url.searchParams.has("v") || url.pathname.indexOf("/webjars/") === 0;
  return (
    versioned &&
    STATIC.some(function (start) {
      return url.pathname.indexOf(start) === 0;
    })
  );
}

// A versioned address never changes its bytes: the copy on the phone is as good as the server's.
function fromShell(request) {
  return caches.match(request).then(function (kept) {
    return (
      kept ||
      fetch(request).then(function (response) {
        if (response.ok && response.type === "basic") {
          var copy = response.clone();
          caches.open(SHELL_CACHE).then(function (cache) {
            return cache.put(request, copy);
          });
        }
        return response;
      })
    );
  });
}

// Pages come from the network; only when it is gone, the kept Today, with its note shown.
function navigate(event, url) {
  return fetch(event.request).then(
    function (response) {
      if (url.pathname === TODAY) {
        event.waitUntil(keep(response.clone()));
      }
      return response;
    },
    function (offline) {
      return caches
        .open(PAGES_CACHE)
        .then(function (cache) {
          return cache.match(TODAY);
        })
        .then(function (kept) {
          if (!kept) {
            throw offline;
          }
          if (url.pathname !== TODAY) {
            return Response.redirect(TODAY, 303);
          }
          return kept.text().then(function (html) {
            return new Response(html.replace(NOTE_HIDDEN, NOTE_SHOWN), {
              status: 200,
              headers: headersOf(kept)
            });
          });
        });
    }
  );
}

// Keeps a signed-in Today only: not a redirect, an error, the visitors' welcome or another page.
function keep(response) {
  var type = response.headers.get("Content-Type") || "";
  if (!response.ok || response.redirected || response.type !== "basic" || type.indexOf("text/html") !== 0) {
    return Promise.resolve();
  }
  return response.text().then(function (html) {
    if (html.indexOf(NOTE_HIDDEN) < 0) {
      return caches.open(PAGES_CACHE).then(function (cache) {
        return cache.delete(TODAY);
      });
    }
    return caches.open(PAGES_CACHE).then(function (cache) {
      return cache.put(TODAY, new Response(html, { status: 200, headers: headersOf(response) }));
    });
  });
}

// The page's own headers (its Content-Security-Policy above all), less those of the bytes as they were sent.
function headersOf(response) {
  var headers = new Headers(response.headers);
  headers.delete("Content-Encoding");
  headers.delete("Content-Length");
  return headers;
}
