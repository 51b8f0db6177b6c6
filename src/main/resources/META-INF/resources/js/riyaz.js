// Small enhancements; every page works without them.
(function () {
  "use strict";

  // Older names some browsers still report, and the IANA name they became.
  var RENAMED_ZONES = {
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Rangoon": "Asia/Yangon",
    "Europe/Kiev": "Europe/Kyiv",
    "Atlantic/Faeroe": "Atlantic/Faroe",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "Pacific/Truk": "Pacific/Chuuk",
    "Pacific/Ponape": "Pacific/Pohnpei"
  };

  // Offer the browser's time zone first on forms that ask for one, and pre-select it unless the person already chose.
  function preselectTimeZone() {
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      zone = RENAMED_ZONES[zone] || zone;
    } catch (e) {
      return;
    }
    document.querySelectorAll("select[data-browser-zone]").forEach(function (select) {
      if (!zone) {
        return;
      }
      var suggested = select.querySelector("optgroup[data-suggested]");
      var found = null;
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === zone) {
          found = found || select.options[i];
          if (select.options[i].parentNode === suggested) {
            found = select.options[i];
            break;
          }
        }
      }
      if (!found) {
        return;
      }
      if (suggested && found.parentNode !== suggested) {
        found = found.cloneNode(true);
        found.selected = false;
        suggested.insertBefore(found, suggested.firstChild);
      }
      if (select.dataset.chosen !== "true") {
        found.selected = true;
      }
    });
  }

  // Show only the schedule fields that fit the chosen schedule type.
  function scheduleFields() {
    document.querySelectorAll("[data-schedule-type]").forEach(function (select) {
      function update() {
        document.querySelectorAll("[data-schedule-part]").forEach(function (part) {
          part.hidden = part.dataset.schedulePart.split(" ").indexOf(select.value) < 0;
        });
      }
      select.addEventListener("change", update);
      update();
    });
    document.querySelectorAll("[data-goal-kind]").forEach(function (select) {
      function update() {
        document.querySelectorAll("[data-measured-part]").forEach(function (part) {
          part.hidden = select.value !== "measured";
        });
      }
      select.addEventListener("change", update);
      update();
    });
  }

  // After htmx swaps a goal card, keep keyboard focus on it.
  document.addEventListener("htmx:afterSettle", function () {
    var focusable = document.querySelector("[data-focus-after-swap]");
    if (focusable) {
      focusable.removeAttribute("data-focus-after-swap");
      focusable.focus();
    }
  });

  // "Copy" buttons for secrets shown once and for share links (hidden without JavaScript).
  function copyButtons() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.dataset.copy);
      if (!source || !navigator.clipboard) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = source.value !== undefined ? source.value : source.textContent;
        navigator.clipboard.writeText(text.trim()).then(function () {
          button.textContent = button.dataset.copied || "Copied";
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    preselectTimeZone();
    scheduleFields();
    copyButtons();
  });
})();
