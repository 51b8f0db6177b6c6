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

// ---- push reminders: the notification, its Done button, and a tap ----

// The app's icon, as the manifest names it (the versioned address of this worker's files).
var ICON =
  SHELL.filter(function (url) {
    return url.indexOf("/icons/icon-192.png") === 0;
  })[0] || "/icons/icon-192.png";

self.addEventListener("push", function (event) {
  var message = readPush(event);
  if (message) {
    event.waitUntil(showReminder(message));
  }
});

// The server's JSON {title, body, url, actions?}; anything else is not shown.
function readPush(event) {
  if (!event.data) {
    return null;
  }
  try {
    var message = event.data.json();
    return message && typeof message.title === "string" ? message : null;
  } catch (e) {
    return null;
  }
}

function showReminder(message) {
  var actions = (Array.isArray(message.actions) ? message.actions : []).filter(function (action) {
    return action && typeof action.action === "string" && typeof action.title === "string" && ownAddress(action.url);
  });
  var options = {
    body: typeof message.body === "string" ? message.body : "",
    icon: ICON,
    // One notification per goal (and day): a second reminder replaces the first instead of piling up.
    tag: message.tag || message.url || message.title,
    renotify: true,
    data: { url: ownAddress(message.url) || self.location.origin + TODAY, actions: actions }
  };
  var max = self.Notification && Notification.maxActions;
  if (actions.length && self.Notification && "actions" in Notification.prototype && max !== 0) {
    options.actions = actions.slice(0, max || actions.length).map(function (action) {
      return { action: action.action, title: action.title };
    });
  }
  return self.registration.showNotification(message.title, options);
}

self.addEventListener("notificationclick", function (event) {
  event.waitUntil(answerTap(event.notification, event.action));
});

// What a tap does: Done logs the practice without opening Riyaz; the notification itself opens Riyaz.
function answerTap(notification, action) {
  var data = notification.data || {};
  var chosen = (data.actions || []).filter(function (a) {
    return action && a.action === action;
  })[0];
  notification.close();
  if (chosen && chosen.action === "done") {
    return logDone(chosen.url, notification);
  }
  return openRiyaz((chosen && ownAddress(chosen.url)) || data.url);
}

// The signed link is the proof: posted with no cookies and no body, it logs that goal's practice for that day once.
function logDone(url, notification) {
  var address = ownAddress(url);
  var sent = address
    ? fetch(address, { method: "POST", credentials: "omit", cache: "no-store", headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok;
        })
        .catch(function () {
          return false;
        })
    : Promise.resolve(false);
  return sent.then(function (logged) {
    return self.registration.showNotification(logged ? TEXTS.logged : TEXTS.failed, {
      body: notification.title,
      icon: ICON,
      tag: notification.tag,
      data: { url: (notification.data || {}).url, actions: [] }
    });
  });
}

// An open Riyaz window comes to the front; without one, the notification's page opens.
function openRiyaz(url) {
  var address = ownAddress(url) || self.location.origin + TODAY;
  return self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
    var open = windows.filter(function (client) {
      return ownAddress(client.url) && "focus" in client;
    })[0];
    return open ? open.focus() : self.clients.openWindow(address);
  });
}

// Only addresses of this site: a push names nothing elsewhere to post to or open.
function ownAddress(url) {
  try {
    var address = new URL(url, self.location.origin);
    return address.origin === self.location.origin ? address.href : null;
  } catch (e) {
    return null;
  }
}

// The browser tests' way in: DevTools can deliver a push but cannot tap a notification. A page of this site names a
// shown notification by its tag and an action, and the worker answers it with answerTap, exactly as a tap would. Only
// this site's own pages can message its worker, and they could post the link themselves.
self.addEventListener("message", function (event) {
  var tap = event.data;
  if (!tap || tap.type !== "riyaz-tap" || typeof tap.tag !== "string") {
    return;
  }
  var answered = function (ok) {
    if (event.source) {
      event.source.postMessage({ type: "riyaz-tapped", tag: tap.tag, ok: ok });
    }
  };
  event.waitUntil(
    self.registration
      .getNotifications({ tag: tap.tag })
      .then(function (shown) {
        return shown.length ? answerTap(shown[0], typeof tap.action === "string" ? tap.action : "") : null;
      })
      // Outside a real tap the browser lets no worker bring a window to the front or open one: that part fails here.
      .then(
        function () {
          answered(true);
        },
        function () {
          answered(false);
        }
      )
  );
});
