// Riyaz as an app on a phone: the service worker, practice kept on the phone until it can be sent, and the button that
// turns on reminders as notifications on this phone.
// Every page works without this script; it only adds to them.
(function () {
  "use strict";

  // Fixed addresses: the site's root (Today, where the worker lives) and the JSON API's practice path.
  var HOME = "/";
  var WORKER = "/sw.js";
  var DB_NAME = "riyaz-offline";
  var STORE = "practice";
  var OFFSET = "riyaz-clock-offset";

  // Today's page says who is signed in, their zone and day start, its own words, and the server's time.
  function context() {
    return document.querySelector("[data-offline]");
  }

  function shownFromPhone() {
    var note = document.querySelector("[data-offline-note]");
    return !!note && !note.hidden;
  }

  // ---- the store on the phone (IndexedDB) ----

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: "key" });
      };
      request.onsuccess = function () {
        resolve(request.result);
      };
      request.onerror = function () {
        reject(request.error);
      };
    });
  }

  function transact(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () {
          db.close();
          resolve(result && "result" in result ? result.result : undefined);
        };
        tx.onerror = tx.onabort = function () {
          db.close();
          reject(tx.error);
        };
      });
    });
  }

  function allKept() {
    return transact("readonly", function (store) {
      return store.getAll();
    }).then(function (records) {
      return (records || []).sort(function (a, b) {
        return a.savedAt - b.savedAt;
      });
    });
  }

  function putKept(record) {
    return transact("readwrite", function (store) {
      store.put(record);
    });
  }

  function removeKept(key) {
    return transact("readwrite", function (store) {
      store.delete(key);
    });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return (b + 256).toString(16).slice(1);
      })
      .join("");
  }

  // ---- the day practice belongs to, on the server's clock, in the person's zone after their day-start hour ----

  function serverNow() {
    var offset = Number(localStorage.getItem(OFFSET) || 0);
    return Date.now() + (isFinite(offset) ? offset : 0);
  }

  function rememberClock(ctx) {
    if (!shownFromPhone() && ctx.dataset.now) {
      try {
        localStorage.setItem(OFFSET, String(Number(ctx.dataset.now) - Date.now()));
      } catch (e) {
        // Private modes may refuse storage: the phone's own clock is used then.
      }
    }
  }

  function practiceDay(ctx) {
    try {
      var parts = {};
      new Intl.DateTimeFormat("en-GB", {
        timeZone: ctx.dataset.zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        hourCycle: "h23"
      })
        .formatToParts(new Date(serverNow()))
        .forEach(function (part) {
          parts[part.type] = part.value;
        });
      var day = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
      if (Number(parts.hour) < Number(ctx.dataset.dayStart || 0)) {
        day.setUTCDate(day.getUTCDate() - 1);
      }
      return day.toISOString().slice(0, 10);
    } catch (e) {
      return ctx.dataset.today;
    }
  }

  function weekday(date) {
    return new Intl.DateTimeFormat(document.documentElement.lang || "en", { weekday: "long", timeZone: "UTC" }).format(
      new Date(date + "T00:00:00Z")
    );
  }

  // ---- Today's cards: Done pressed with no network is kept here ----

  function cardForm(form, ctx) {
    if (!ctx || !(form instanceof HTMLFormElement) || !form.closest("li.goal-card")) {
      return false;
    }
    var action = new URL(form.getAttribute("action") || "", location.href).pathname;
    return action === ctx.dataset.practice && !!form.querySelector("input[name=goalId]");
  }

  function keepFromForm(form, ctx) {
    if (form.dataset.offlineBusy) {
      return;
    }
    form.dataset.offlineBusy = "true";
    var data = new FormData(form);
    var card = form.closest("li.goal-card");
    var title = card.querySelector("h3 a");
    var record = {
      key: newKey(),
      user: ctx.dataset.user,
      goalId: Number(data.get("goalId")),
      goal: title ? title.textContent.trim() : "",
      date: practiceDay(ctx),
      status: data.get("status") || "done",
      amount: data.get("amount") || null,
      resourceId: data.get("resourceId") || null,
      savedAt: Date.now()
    };
    allKept()
      .then(function (records) {
        // A second tap on the same card before anything was sent is the same press, not more practice.
        var same = records.some(function (r) {
          return (
            !r.failed &&
            r.user === record.user &&
            r.goalId === record.goalId &&
            r.date === record.date &&
            r.status === record.status &&
            r.amount === record.amount
          );
        });
        return same ? null : putKept(record);
      })
      .then(showKept)
      .then(function () {
        delete form.dataset.offlineBusy;
      });
  }

  function watchCards() {
    // Before htmx sees the press: with no network at all there is no point in trying.
    document.addEventListener(
      "submit",
      function (event) {
        var ctx = context();
        if (navigator.onLine || !cardForm(event.target, ctx)) {
          return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        keepFromForm(event.target, ctx);
      },
      true
    );
    // The network looked up but the request did not get out: kept the same way.
    document.addEventListener("htmx:sendError", function (event) {
      var ctx = context();
      var form = event.detail && event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form");
      if (form && cardForm(form, ctx)) {
        keepFromForm(form, ctx);
      }
    });
    // A card changed online: the copy of Today on the phone is brought up to date.
    document.addEventListener("htmx:afterSwap", function (event) {
      if (event.detail && event.detail.elt && event.detail.elt.closest && event.detail.elt.closest(".goal-card, li")) {
        refreshKeptToday();
      }
    });
  }

  // Marks each card with practice waiting on this phone, and lists what could not be sent.
  function showKept() {
    var ctx = context();
    if (!ctx) {
      return Promise.resolve();
    }
    return allKept().then(function (records) {
      var mine = records.filter(function (r) {
        return r.user === ctx.dataset.user;
      });
      document.querySelectorAll("[data-offline-kept]").forEach(function (mark) {
        var card = mark.parentNode;
        mark.remove();
        var waiting = card && card.querySelector(".goal-actions");
        if (waiting) {
          waiting.hidden = false;
        }
        var badge = card && card.querySelector(".status[data-offline-was]");
        if (badge) {
          badge.textContent = badge.getAttribute("data-offline-was");
          badge.removeAttribute("data-offline-was");
        }
      });
      mine
        .filter(function (r) {
          return !r.failed;
        })
        .forEach(function (r) {
          var card = document.getElementById("goal-" + r.goalId);
          if (card && !card.querySelector("[data-offline-kept]")) {
            var mark = document.createElement("p");
            mark.className = "offline-kept";
            mark.setAttribute("data-offline-kept", "");
            mark.setAttribute("role", "status");
            mark.textContent = ctx.dataset.kept;
            var actions = card.querySelector(".goal-actions");
            card.insertBefore(mark, actions);
            // Done is on its way: no button that looks as if it were still to press, no "Not yet".
            if (actions) {
              actions.hidden = true;
            }
            var badge = card.querySelector(".status");
            if (badge && ctx.dataset.keptBadge) {
              badge.setAttribute("data-offline-was", badge.textContent);
              badge.textContent = ctx.dataset.keptBadge;
            }
          }
        });
      showFailures(ctx, mine.filter(function (r) {
        return r.failed;
      }));
    });
  }

  function showFailures(ctx, failed) {
    var report = document.querySelector("[data-offline-report]");
    if (report) {
      report.remove();
    }
    if (!failed.length) {
      return;
    }
    report = document.createElement("div");
    report.className = "notice notice-error offline-report";
    report.setAttribute("data-offline-report", "");
    report.setAttribute("role", "alert");
    var list = document.createElement("ul");
    failed.forEach(function (r) {
      var item = document.createElement("li");
      item.textContent =
        ctx.dataset.failed.replace("@day@", weekday(r.date)).replace("@goal@", r.goal) + " " + r.failed;
      list.appendChild(item);
    });
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "button button-quiet button-small";
    dismiss.textContent = ctx.dataset.dismiss;
    dismiss.addEventListener("click", function () {
      Promise.all(
        failed.map(function (r) {
          return removeKept(r.key);
        })
      ).then(showKept);
    });
    report.appendChild(list);
    report.appendChild(dismiss);
    ctx.parentNode.insertBefore(report, ctx);
  }

  // ---- sending: when the network returns, and on every page load ----

  var sending = null;
  var retryDelay = 0;
  var retryTimer = null;

  function sendKept() {
    if (!sending) {
      var run = function () {
        return sendAll();
      };
      var locked = navigator.locks ? navigator.locks.request("riyaz-offline-send", run) : run();
      sending = locked
        .then(
          function () {
            retryDelay = 0;
          },
          function () {
            // Still no network, or the server was not ready (a phone says "online" before its connection works):
            // the practice stays kept, and is tried again a little later while the page is open.
            retryDelay = Math.min(retryDelay ? retryDelay * 2 : 10000, 120000);
            clearTimeout(retryTimer);
            retryTimer = setTimeout(sendKept, retryDelay);
          }
        )
        .then(function () {
          sending = null;
          return showKept();
        });
    }
    return sending;
  }

  function sendAll() {
    return allKept().then(function (records) {
      var waiting = records.filter(function (r) {
        return !r.failed;
      });
      if (!waiting.length) {
        return;
      }
      // A fresh Today: who is signed in now and a current form token (the kept page's may be old).
      return freshToday().then(function (fresh) {
        if (!fresh) {
          return;
        }
        var mine = waiting.filter(function (r) {
          return r.user === fresh.user;
        });
        return mine
          .reduce(function (previous, record) {
            return previous.then(function () {
              return send(record, fresh.token);
            });
          }, Promise.resolve())
          .then(function () {
            return mine.length ? updateCards() : null;
          });
      });
    });
  }

  function freshToday() {
    return fetch(HOME, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : "";
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var ctx = doc.querySelector("[data-offline]");
        var token = doc.querySelector("input[name=csrf-token]");
        return ctx && token ? { doc: doc, user: ctx.dataset.user, token: token.value } : null;
      });
  }

  function send(record, token) {
    var body = { date: record.date, status: record.status };
    if (record.amount !== null && record.amount !== "") {
      body.amount = isFinite(Number(record.amount)) ? Number(record.amount) : record.amount;
    }
    if (record.resourceId) {
      body.resourceId = Number(record.resourceId);
    }
    return fetch("/api/v1/goals/" + record.goalId + "/entries", {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": token,
        "Idempotency-Key": record.key
      },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        return removeKept(record.key);
      }
      var later = [401, 403, 408, 425, 429].indexOf(response.status) >= 0 || response.status >= 500;
      if (later) {
        throw new Error("Not sent yet: " + response.status);
      }
      // The server will never take this one (a day not allowed, a goal that is gone): told, not dropped.
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (problem) {
          var first = problem.errors && problem.errors[0];
          record.failed = (first && first.message) || problem.detail || problem.title || String(response.status);
          return putKept(record);
        });
    });
  }

  // After sending: the cards, the day's summary and Recent practice as the server now has them.
  function updateCards() {
    return freshToday().then(function (fresh) {
      if (!fresh || !context()) {
        return;
      }
      var changed = [];
      fresh.doc.querySelectorAll("li.goal-card[id], #today-summary, #recent").forEach(function (element) {
        var here = document.getElementById(element.id);
        if (here) {
          var copy = document.importNode(element, true);
          here.replaceWith(copy);
          changed.push(copy);
        }
      });
      if (window.htmx) {
        changed.forEach(function (element) {
          window.htmx.process(element);
        });
      }
    });
  }

  var refreshing = null;

  function refreshKeptToday() {
    if (navigator.serviceWorker && navigator.serviceWorker.controller && !refreshing) {
      refreshing = fetch(HOME, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .catch(function () {})
        .then(function () {
          refreshing = null;
        });
    }
  }

  // ---- "Remind me on this phone": this browser's push subscription, sent to Riyaz as one of her devices ----

  var PUSH_KEY = "/api/v1/push/key";
  var PUSH_DEVICES = "/api/v1/push/devices";

  function pushPossible() {
    return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  }

  // Shows the one part of the widget that fits: the button, "This phone gets reminders", or why it cannot.
  function pushShow(widget, part) {
    widget.hidden = false;
    ["offer", "on", "blocked"].forEach(function (name) {
      widget.querySelector("[data-push-" + name + "]").hidden = name !== part;
    });
  }

  function pushError(widget, text) {
    var error = widget.querySelector("[data-push-error]");
    error.textContent = text || "";
    error.hidden = !text;
  }

  // What the person calls this device in Settings, from what the browser says it is: "Chrome on Android".
  function deviceName(template) {
    var ua = navigator.userAgent;
    var browser = /Edg\//.test(ua)
      ? "Edge"
      : /OPR\//.test(ua)
      ? "Opera"
      : /SamsungBrowser/.test(ua)
      ? "Samsung Internet"
      : /Firefox|FxiOS/.test(ua)
      ? "Firefox"
      : /Chrome|CriOS|Chromium/.test(ua)
      ? "Chrome"
      : /Safari/.test(ua)
      ? "Safari"
      : "Browser";
    var system = /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad|iPod/.test(ua)
      ? "iOS"
      : /CrOS/.test(ua)
      ? "ChromeOS"
      : /Windows/.test(ua)
      ? "Windows"
      : /Mac OS X|Macintosh/.test(ua)
      ? "macOS"
      : /Linux/.test(ua)
      ? "Linux"
      : "?";
    return template.replace("@browser@", browser).replace("@system@", system).slice(0, 100);
  }

  function keyBytes(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(base64 + "===".slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  // Whether this browser's subscription is one of the signed-in person's devices.
  function pushKnown(subscription) {
    if (!subscription) {
      return Promise.resolve(false);
    }
    return fetch(PUSH_DEVICES, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (devices) {
        return devices.some(function (device) {
          return device.endpoint === subscription.endpoint;
        });
      });
  }

  function pushSubscription(registration) {
    return fetch(PUSH_KEY, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("No key: " + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        var options = { userVisibleOnly: true, applicationServerKey: keyBytes(answer.publicKey) };
        return registration.pushManager.subscribe(options).catch(function (error) {
          // Subscribed before with another key (the server's key was changed): start again with this one.
          if (error && error.name === "InvalidStateError") {
            return registration.pushManager.getSubscription().then(function (old) {
              return (old ? old.unsubscribe() : Promise.resolve()).then(function () {
                return registration.pushManager.subscribe(options);
              });
            });
          }
          throw error;
        });
      });
  }

  function pushRegister(widget, subscription) {
    var token = document.querySelector("input[name=csrf-token]");
    var body = subscription.toJSON();
    body.name = deviceName(widget.dataset.name || "@browser@ on @system@");
    return fetch(PUSH_DEVICES, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": token ? token.value : ""
      },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("Not registered: " + response.status);
      }
    });
  }

  function pushSubscribe(widget, registration) {
    var button = widget.querySelector("[data-push-subscribe]");
    button.disabled = true;
    pushError(widget, "");
    return Notification.requestPermission()
      .then(function (permission) {
        if (permission === "denied") {
          pushShow(widget, "blocked");
          return;
        }
        if (permission !== "granted") {
          return; // Asked and not answered: the button stays.
        }
        return pushSubscription(registration)
          .then(function (subscription) {
            return pushRegister(widget, subscription);
          })
          .then(function () {
            return pushDone(widget);
          });
      })
      .catch(function () {
        pushError(widget, widget.dataset.failed);
      })
      .then(function () {
        button.disabled = false;
      });
  }

  // Registered: the devices list of this page is read again (Settings), and the widget says so.
  function pushDone(widget) {
    var list = document.querySelector("[data-push-devices]");
    var update = list
      ? fetch(location.pathname, { credentials: "same-origin", headers: { Accept: "text/html" } })
          .then(function (response) {
            return response.ok ? response.text() : "";
          })
          .then(function (html) {
            var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-push-devices]");
            if (fresh) {
              list.replaceWith(document.importNode(fresh, true));
            }
          })
          .catch(function () {})
      : Promise.resolve();
    return update.then(function () {
      var current = document.querySelector("[data-push-phone]") || widget;
      pushShow(current, "on");
      var on = current.querySelector("[data-push-on]");
      on.setAttribute("tabindex", "-1");
      on.focus();
    });
  }

  function watchPush() {
    var widget = document.querySelector("[data-push-phone]");
    if (!widget || !pushPossible()) {
      return;
    }
    if (Notification.permission === "denied") {
      pushShow(widget, "blocked");
      return;
    }
    navigator.serviceWorker.ready
      .then(function (registration) {
        return registration.pushManager.getSubscription().then(function (subscription) {
          return pushKnown(subscription).then(function (known) {
            if (known && Notification.permission === "granted") {
              pushShow(widget, "on");
              return;
            }
            pushShow(widget, "offer");
            widget.querySelector("[data-push-subscribe]").addEventListener("click", function () {
              pushSubscribe(widget, registration);
            });
          });
        });
      })
      .catch(function () {
        // No worker or no push service here: nothing is offered.
      });
  }

  // ---- the service worker ----

  function registerWorker() {
    if (!("serviceWorker" in navigator)) {
      return;
    }
    var controlled = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.register(WORKER, { scope: HOME }).catch(function () {
      // No worker (an old browser, a private mode): every page still works, only not offline.
    });
    if (!controlled && context()) {
      // This Today came before the worker: once it is in charge, it keeps a copy.
      navigator.serviceWorker.addEventListener("controllerchange", refreshKeptToday);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    watchPush();
    var ctx = context();
    if (ctx) {
      rememberClock(ctx);
    }
    // After the page has loaded: the worker's first fetch of the app's files must not slow the page down.
    window.addEventListener("load", registerWorker);
    if (!window.indexedDB) {
      return;
    }
    watchCards();
    showKept().then(function () {
      if (navigator.onLine) {
        sendKept();
      }
    });
    window.addEventListener("online", sendKept);
  });
})();
