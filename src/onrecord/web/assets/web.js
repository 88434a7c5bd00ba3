/* onrecord serve: the check form, the sources page. Everything shown from the server goes in
   with textContent (never as markup), so a title or a file name cannot become markup. */
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  function token() { return sessionStorage.getItem("onrecord-token") || ""; }
  function headers() { var t = token(); return t ? {"Authorization": "Bearer " + t} : {}; }
  function showError(msg) { var e = $("error"); if (e) { e.textContent = msg; e.hidden = !msg; } }
  function answer(resp) {
    return resp.text().then(function (body) {
      var data = null;
      try { data = JSON.parse(body); } catch (e) { data = null; }
      if (!resp.ok) { throw new Error((data && data.error) || ("HTTP " + resp.status)); }
      return data;
    });
  }

  // token field: only when the server is bound beyond this machine
  if (document.body.dataset.tokenRequired === "1") {
    var nav = document.querySelector("nav.site");
    var input = document.createElement("input");
    input.type = "password"; input.placeholder = "server token"; input.id = "token"; input.value = token();
    input.addEventListener("change", function () { sessionStorage.setItem("onrecord-token", input.value); });
    nav.appendChild(input);
  }

  // --- the check form ---------------------------------------------------------------------
  var form = $("check-form");
  if (form) {
    var tab = "text";
    var tabs = form.querySelectorAll(".tabs button");
    Array.prototype.forEach.call(tabs, function (b) {
      b.addEventListener("click", function () {
        tab = b.dataset.tab;
        Array.prototype.forEach.call(tabs, function (o) { o.setAttribute("aria-selected", o === b ? "true" : "false"); });
        Array.prototype.forEach.call(form.querySelectorAll(".tab"), function (p) { p.hidden = p.dataset.pane !== tab; });
      });
    });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      showError("");
      var published = $("published").value || null;
      var translated = $("translated").checked;
      var precise = $("precise").checked;
      var req;
      if (tab === "file") {
        var f = $("file").files[0];
        if (!f) { showError("Choose a file first."); return; }
        var fd = new FormData();
        fd.append("file", f);
        if (published) { fd.append("published", published); }
        fd.append("translated", translated ? "true" : "false");
        fd.append("precise_speakers", precise ? "true" : "false");
        req = fetch("/api/check/file", {method: "POST", body: fd, headers: headers()});
      } else {
        var body = {published: published, translated: translated, precise_speakers: precise};
        if (tab === "url") { body.url = $("url").value; } else { body.text = $("text").value; }
        var h = headers(); h["Content-Type"] = "application/json";
        req = fetch("/api/check", {method: "POST", body: JSON.stringify(body), headers: h});
      }
      var button = $("check-button"), progress = $("progress"), text = $("progress-text");
      var started = Date.now();
      button.disabled = true; progress.hidden = false;
      var timer = setInterval(function () {
        text.textContent = "Checking… " + Math.round((Date.now() - started) / 1000) + " s";
      }, 250);
      req.then(answer).then(function (data) {
        text.textContent = "Done: opening the report";
        window.location.href = data.link;
      }).catch(function (err) {
        showError(err.message);
        progress.hidden = true;
      }).then(function () { clearInterval(timer); button.disabled = false; });
    });
  }

  // --- the sources page -------------------------------------------------------------------
  var table = $("sources-table");
  if (table) {
    var search = $("source-search");
    var size = function (n) {
      if (n === null || n === undefined) { return ""; }
      return n < 1024 ? n + " B" : n < 1048576 ? (n / 1024).toFixed(1) + " kB" : (n / 1048576).toFixed(1) + " MB";
    };
    var cell = function (tr, text, cls) {
      var td = document.createElement("td"); td.textContent = text || ""; if (cls) { td.className = cls; }
      tr.appendChild(td); return td;
    };
    var load = function () {
      var q = search.value.trim();
      fetch("/api/sources" + (q ? "?q=" + encodeURIComponent(q) : "")).then(answer).then(function (data) {
        var body = table.tBodies[0];
        while (body.firstChild) { body.removeChild(body.firstChild); }
        data.sources.forEach(function (s) {
          var tr = document.createElement("tr");
          var td = cell(tr, s.title || s.name);
          var sub = document.createElement("div"); sub.className = "sub";
          sub.textContent = s.name + (s.status !== "ok" ? " · " + s.status + (s.reason ? ": " + s.reason : "") : "");
          td.appendChild(sub);
          cell(tr, (s.speakers || []).join("; "));
          cell(tr, s.date); cell(tr, s.outlet); cell(tr, size(s.size), "num");
          body.appendChild(tr);
        });
        $("sources-count").textContent = data.sources.length + " source" + (data.sources.length === 1 ? "" : "s") + (q ? " matching “" + q + "”" : "");
      }).catch(function (err) { showError(err.message); });
    };
    var pending = null;
    search.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(load, 200); });
    $("upload-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      showError("");
      var files = $("source-files").files;
      if (!files.length) { showError("Choose one or more files first."); return; }
      var fd = new FormData();
      Array.prototype.forEach.call(files, function (f) { fd.append("files", f); });
      var xhr = new XMLHttpRequest();
      var bar = document.querySelector("#upload-progress .bar span"), label = $("upload-text");
      $("upload-progress").hidden = false; $("upload-button").disabled = true;
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { bar.style.width = Math.round(100 * e.loaded / e.total) + "%"; label.textContent = "Uploading… " + Math.round(100 * e.loaded / e.total) + "%"; }
      });
      xhr.upload.addEventListener("load", function () { bar.style.width = "100%"; label.textContent = "Indexing…"; });
      xhr.addEventListener("loadend", function () {
        $("upload-button").disabled = false; $("upload-progress").hidden = true;
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        if (xhr.status !== 200) { showError((data && data.error) || ("upload failed (HTTP " + xhr.status + ")")); return; }
        var parts = [];
        if (data.added.length) { parts.push("added: " + data.added.join(", ")); }
        if (data.unchanged.length) { parts.push("already there: " + data.unchanged.join(", ")); }
        data.unreadable.forEach(function (u) { parts.push("unreadable: " + u.name + " (" + u.reason + ")"); });
        $("upload-result").textContent = parts.join(" · ");
        $("source-files").value = "";
        load();
      });
      xhr.open("POST", "/api/sources");
      var h = headers(); Object.keys(h).forEach(function (k) { xhr.setRequestHeader(k, h[k]); });
      xhr.send(fd);
    });
    load();
  }
})();
