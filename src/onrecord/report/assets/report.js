/* onrecord report: clicking a quotation (or its table row) shows its detail in the panel.
   Everything shown is already in the page as escaped HTML; this script only toggles it. */
(function () {
  "use strict";
  var active = null;
  function show(i) {
    var panel = document.getElementById("panel");
    var hint = document.getElementById("panel-hint");
    var details = panel.querySelectorAll(".detail");
    for (var k = 0; k < details.length; k++) { details[k].hidden = true; }
    var d = document.getElementById("detail-" + i);
    if (!d) { return; }
    d.hidden = false;
    if (hint) { hint.hidden = true; }
    var marks = document.querySelectorAll("mark.q");
    for (var m = 0; m < marks.length; m++) {
      var on = marks[m].getAttribute("data-i") === String(i);
      marks[m].classList.toggle("active", on);
      marks[m].setAttribute("aria-pressed", on ? "true" : "false");
    }
    active = i;
    panel.scrollTop = 0;
  }
  function target(ev) {
    var el = ev.target;
    while (el && el !== document) {
      if (el.getAttribute && el.getAttribute("data-i") !== null) { return el; }
      el = el.parentNode;
    }
    return null;
  }
  document.addEventListener("click", function (ev) {
    var el = target(ev);
    if (el) {
      show(el.getAttribute("data-i"));
      if (el.tagName === "TR") {
        var mark = document.querySelector('mark.q[data-i="' + el.getAttribute("data-i") + '"]');
        if (mark) { mark.scrollIntoView({block: "center"}); }
      }
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") { return; }
    var el = target(ev);
    if (el) { ev.preventDefault(); show(el.getAttribute("data-i")); }
  });
  window.onrecordShow = show;
})();
