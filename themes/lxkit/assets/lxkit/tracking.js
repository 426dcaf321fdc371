/*
 * lxkit tracking: the event layer of the portal's pages, xAPI statements, and the direct-xAPI transport.
 *
 * EVENT LAYER (window.lxkitTracking). lxkit.js reports what a learner does with emit(event). Every
 * event has type, course, version (course version), module (module slug) and time (ISO 8601 UTC):
 *   {type: "module-opened", title}                       a module page was opened
 *   {type: "item-completed", kind: "pre-work"|"exercise", item, title}   an item was ticked off
 *   {type: "question-answered", question, title, interaction: "choice"|"fill-in",
 *    chosen: ["2"], correct: ["2"], choices: [{id: "1", text}], success: true|false,
 *    text: "..." (fill-in only: the learner's words; a transport decides whether they may leave)}
 *   {type: "check-finished", passed: true|false, scaled: 0..1, answered, total}
 *                                                         every choice question of a module answered;
 *                                                         reported again only when the outcome changes
 * Option ids are 1-based positions ("1", "2", ...) within a question, as on the page.
 *
 * TRANSPORTS. lxkitTracking.use({name, accept: function (event) {...}}) registers a transport: it
 * first receives the events this page already emitted, then each new one. Transports never throw
 * into the page (exceptions are swallowed). lxkitTracking.statement(event, identity) builds the xAPI
 * statement of an event (vocabulary: docs/xapi-profile.md), for transports that speak xAPI;
 * identity = {site, actor, team, portalVersion, freeText (bool), registration (optional)}.
 * lxkitTracking.uuid() makes statement ids. The portal's own transport ("xapi", below) is
 * registered only when the page carries the portal's tracking settings (<script id="lxkit-tracking">)
 * and the learner has not turned recording off; without them this file makes no request at all.
 * LMS packages (cmi5, SCORM 1.2) add their own transport the same way.
 *
 * DIRECT-xAPI TRANSPORT. Statements queue in localStorage (they survive reloads and offline
 * periods), are sent in batches of up to 25 to <endpoint>statements with the portal's write-only
 * Basic credential, and are removed from the queue once the LRS answered 200 or 204. Statement ids
 * are made here, so a batch sent again after a lost answer is stored once: the LRS drops ids it
 * already holds (Ralph answers 204 when it holds them all). Failures (offline, LRS down, 401/403,
 * 5xx) keep the queue and retry with exponential backoff (2 s doubling to 5 min); a statement the
 * LRS refuses as malformed (400, 409) is tried alone and then dropped. Requests are made by a small
 * worker so a failing LRS never writes into the page's console; nothing is ever shown to the
 * learner. A first-visit notice says what is recorded; nothing leaves the browser before the
 * learner answered it ("OK" sends, "Turn off recording" stops recording at once and empties the
 * queue; the footer's "Learning records" button opens it again).
 */
(function () {
  "use strict";

  var KEY = "lxkit.tracking.v1.";
  var VERBS = "http://adlnet.gov/expapi/verbs/";
  var ACTIVITIES = "http://adlnet.gov/expapi/activities/";
  var EXT = "https://lxkit.dev/xapi/ext/";
  var BATCH = 25;
  var MAX_QUEUE = 2000;
  var MAX_DELAY = 300000;

  /* ---- event layer -------------------------------------------------------------------------------- */

  var past = [];
  var transports = [];

  function deliver(transport, event) {
    try {
      transport.accept(event);
    } catch (error) {
      /* a transport's failure never reaches the page */
    }
  }

  function emit(event) {
    event.time = event.time || new Date().toISOString();
    if (past.length < 200) past.push(event);
    transports.forEach(function (transport) { deliver(transport, event); });
  }

  function use(transport) {
    transports.push(transport);
    past.forEach(function (event) { deliver(transport, event); });
  }

  function uuid() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === "function") return c.randomUUID();
    var b = new Uint8Array(16);
    c.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  /* ---- statements ----------------------------------------------------------------------------------- */

  function lang() {
    return document.documentElement.getAttribute("lang") || "en";
  }

  function activity(id, type, name) {
    var definition = { type: type };
    if (name) { definition.name = {}; definition.name[lang()] = name; }
    return { objectType: "Activity", id: id, definition: definition };
  }

  function verb(name) {
    return { id: VERBS + name, display: { "en-US": name } };
  }

  function questionObject(id, event) {
    var object = activity(id, ACTIVITIES + "cmi.interaction", event.title);
    object.definition.interactionType = event.interaction;
    if (event.interaction === "choice") {
      object.definition.correctResponsesPattern = [event.correct.join("[,]")];
      object.definition.choices = event.choices.map(function (choice) {
        var description = {};
        description[lang()] = choice.text;
        return { id: choice.id, description: description };
      });
    }
    return object;
  }

  function statement(event, identity) {
    var course = identity.site + "/xapi/courses/" + encodeURIComponent(event.course);
    var module = course + "/modules/" + encodeURIComponent(event.module);
    var parent = [activity(module, ACTIVITIES + "module")];
    var made = { verb: null, object: null, result: null, parent: parent };
    if (event.type === "module-opened") {
      made = { verb: verb("experienced"), object: activity(module, ACTIVITIES + "module", event.title), parent: null };
    } else if (event.type === "item-completed") {
      var exercise = event.kind === "exercise";
      var id = exercise ? module + "/exercise" : module + "/pre-work/" + encodeURIComponent(event.item);
      made.verb = verb("completed");
      made.object = activity(id, exercise ? ACTIVITIES + "performance" : ACTIVITIES + "media", event.title);
      made.result = { completion: true };
    } else if (event.type === "question-answered") {
      made.verb = verb("answered");
      made.object = questionObject(module + "/questions/" + encodeURIComponent(event.question), event);
      made.result = event.interaction === "choice" ? { success: event.success, response: event.chosen.join("[,]") } : {};
      if (event.interaction !== "choice" && identity.freeText && event.text) made.result.response = event.text;
    } else if (event.type === "check-finished") {
      made.verb = verb(event.passed ? "passed" : "failed");
      made.object = activity(module + "/check", ACTIVITIES + "assessment");
      made.result = { success: event.passed, completion: true, score: { scaled: event.scaled } };
    } else {
      return null;
    }
    var extensions = {};
    extensions[EXT + "course-version"] = event.version;
    extensions[EXT + "portal-version"] = identity.portalVersion;
    if (identity.team) extensions[EXT + "team"] = identity.team;
    var context = { contextActivities: { grouping: [activity(course, ACTIVITIES + "course")] }, extensions: extensions };
    if (made.parent) context.contextActivities.parent = made.parent;
    if (identity.registration) context.registration = identity.registration;
    var result = { id: uuid(), timestamp: event.time, actor: identity.actor, verb: made.verb, object: made.object, context: context };
    if (made.result) result.result = made.result;
    return result;
  }

  window.lxkitTracking = { emit: emit, use: use, statement: statement, uuid: uuid };

  /* ---- the portal's settings and the learner's choices ----------------------------------------------- */

  function load(name, fallback) {
    try {
      var value = window.localStorage.getItem(KEY + name);
      return value === null ? fallback : JSON.parse(value);
    } catch (error) {
      return fallback;
    }
  }

  function save(name, value) {
    try {
      if (value === null) window.localStorage.removeItem(KEY + name);
      else window.localStorage.setItem(KEY + name, JSON.stringify(value));
      return true;
    } catch (error) {
      return false;
    }
  }

  function portalSettings() {
    var holder = document.getElementById("lxkit-tracking");
    if (!holder) return null;
    try {
      var settings = JSON.parse(holder.textContent);
      return settings && settings.endpoint && settings.auth && settings.site ? settings : null;
    } catch (error) {
      return null;
    }
  }

  function learnerId() {
    var id = load("learner", "");
    if (typeof id !== "string" || !/^[0-9a-f-]{36}$/.test(id)) {
      id = uuid();
      save("learner", id);
    }
    return id;
  }

  function chosenTeam(settings) {
    var team = load("team", "");
    return settings.teams.some(function (known) { return known.id === team; }) ? team : "";
  }

  /* ---- the queue and its sender --------------------------------------------------------------------- */

  function Sender(settings) {
    this.settings = settings;
    this.queueName = "queue:" + settings.endpoint;
    this.delay = 0;
    this.timer = 0;
    this.busy = false;
    this.alone = {};
    this.worker = null;
    this.pending = null;
    this.fresh = [];
  }

  Sender.prototype.queue = function () {
    var queue = load(this.queueName, []);
    return Array.isArray(queue) ? queue : [];
  };

  /* Statements made in one burst are written to the queue together (one read and write of it). */
  Sender.prototype.add = function (made) {
    var self = this;
    this.fresh.push(made);
    if (this.fresh.length === 1) window.setTimeout(function () { self.persist(); self.soon(300); }, 0);
  };

  Sender.prototype.persist = function () {
    if (!this.fresh.length) return;
    var queue = this.queue().concat(this.fresh);
    this.fresh = [];
    if (queue.length > MAX_QUEUE) queue = queue.slice(queue.length - MAX_QUEUE);
    save(this.queueName, queue);
  };

  Sender.prototype.forget = function (ids) {
    var gone = {};
    ids.forEach(function (id) { gone[id] = true; });
    var queue = this.queue().filter(function (made) { return !gone[made.id]; });
    save(this.queueName, queue.length ? queue : null);
    return queue.length;
  };

  Sender.prototype.soon = function (wait) {
    var self = this;
    if (this.timer || this.busy) return;
    this.timer = window.setTimeout(function () { self.timer = 0; self.flush(); }, wait);
  };

  Sender.prototype.batch = function () {
    var self = this;
    var queue = this.queue();
    var alone = queue.filter(function (made) { return self.alone[made.id]; });
    return alone.length ? alone.slice(0, 1) : queue.slice(0, BATCH);
  };

  Sender.prototype.flush = function () {
    if (this.busy || load("choice", "") !== "on" || navigator.onLine === false) return;
    var batch = this.batch();
    if (!batch.length) return;
    var self = this;
    this.busy = true;
    this.post(batch, function (status) {
      self.busy = false;
      self.answered(batch, status);
    });
  };

  Sender.prototype.answered = function (batch, status) {
    var ids = batch.map(function (made) { return made.id; });
    if (status === 200 || status === 204) {
      this.delay = 0;
      if (this.forget(ids)) this.soon(50);
      return;
    }
    if (status === 400 || status === 409 || status === 413) {
      if (batch.length === 1) {
        if (this.forget(ids)) this.soon(50);  /* the LRS will never take it: do not block the others */
      } else {
        var self = this;
        ids.forEach(function (id) { self.alone[id] = true; });
        this.soon(50);
      }
      return;
    }
    this.delay = Math.min(MAX_DELAY, this.delay ? this.delay * 2 : 2000);
    this.soon(this.delay * (0.75 + Math.random() / 2));
  };

  var WORKER = "onmessage=function(e){var m=e.data,a=typeof AbortController==='function'?new AbortController():null;" +
    "var t=setTimeout(function(){if(a)a.abort()},30000);" +
    "fetch(m.url,{method:'POST',headers:m.headers,body:m.body,credentials:'omit',cache:'no-store',signal:a?a.signal:undefined})" +
    ".then(function(r){clearTimeout(t);postMessage(r.status)},function(){clearTimeout(t);postMessage(0)})}";

  Sender.prototype.post = function (batch, done) {
    var request = {
      url: this.settings.endpoint + "statements",
      headers: {
        Authorization: this.settings.auth,
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3"
      },
      body: JSON.stringify(batch)
    };
    var worker = this.startWorker();
    if (!worker) {
      window.fetch(request.url, { method: "POST", headers: request.headers, body: request.body, credentials: "omit" })
        .then(function (answer) { done(answer.status); }, function () { done(0); });
      return;
    }
    this.pending = done;
    worker.postMessage(request);
  };

  Sender.prototype.startWorker = function () {
    if (this.worker !== null) return this.worker;
    var self = this;
    try {
      this.worker = new Worker(URL.createObjectURL(new Blob([WORKER], { type: "text/javascript" })));
      this.worker.onmessage = function (message) {
        var done = self.pending;
        self.pending = null;
        if (done) done(message.data);
      };
      this.worker.onerror = function (error) {
        if (error && error.preventDefault) error.preventDefault();
        self.worker = false;
        var done = self.pending;
        self.pending = null;
        if (done) done(0);
      };
    } catch (error) {
      this.worker = false;
    }
    return this.worker;
  };

  /* ---- the direct-xAPI transport ------------------------------------------------------------------- */

  var settings = portalSettings();
  var sender = null;

  function recording() {
    return load("choice", "") !== "off";
  }

  function identity() {
    return {
      site: settings.site,
      actor: { objectType: "Agent", account: { homePage: settings.site, name: learnerId() } },
      team: chosenTeam(settings),
      portalVersion: settings.portalVersion
    };
  }

  var direct = {
    name: "xapi",
    accept: function (event) {
      if (!recording()) return;
      var who = identity();
      who.freeText = settings.freeText.indexOf(event.course) >= 0;
      var made = statement(event, who);
      if (made) sender.add(made);
    }
  };

  /* ---- the notice ----------------------------------------------------------------------------------- */

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function teamPicker() {
    if (!settings.teams.length) return null;
    var label = element("label", { class: "lxkit-tracking__team" }, "Your team (optional) ");
    var select = element("select", { "data-lxkit-tracking-team": "" });
    select.appendChild(element("option", { value: "" }, "No team"));
    settings.teams.forEach(function (team) { select.appendChild(element("option", { value: team.id }, team.name)); });
    select.value = chosenTeam(settings);
    label.appendChild(select);
    return label;
  }

  function closeNotice() {
    var notice = document.querySelector("[data-lxkit-tracking-notice]");
    if (notice) notice.parentNode.removeChild(notice);
  }

  function showNotice() {
    closeNotice();
    var on = recording();
    var box = element("section", { class: "lxkit-tracking", "data-lxkit-tracking-notice": "", role: "region", "aria-label": "Learning records" });
    box.appendChild(element("p", {}, on ? settings.notice : "Recording is off: nothing you do here leaves this browser."));
    var picker = on ? teamPicker() : null;
    if (picker) box.appendChild(picker);
    var actions = element("p", { class: "lxkit-tracking__actions" });
    actions.appendChild(element("button", { type: "button", class: "md-button md-button--primary", "data-lxkit-tracking": "ok" }, on ? "OK" : "Keep it off"));
    actions.appendChild(element("button", { type: "button", class: "md-button", "data-lxkit-tracking": on ? "off" : "on" }, on ? "Turn off recording" : "Turn recording on"));
    box.appendChild(actions);
    document.body.appendChild(box);
  }

  function choose(choice) {
    var team = document.querySelector("[data-lxkit-tracking-team]");
    if (team) save("team", team.value || null);
    if (choice === "off") {
      save("choice", "off");
      sender.fresh = [];
      save(sender.queueName, null);
    } else if (choice === "on") {
      save("choice", "on");
    } else if (!load("choice", "")) {
      save("choice", "on");
    }
    closeNotice();
    if (recording()) sender.soon(50);
  }

  function settingsLink() {
    if (document.querySelector("[data-lxkit-tracking-open]")) return;
    var place = document.querySelector(".md-copyright") || document.querySelector("footer");
    if (!place) return;
    place.appendChild(element("button", { type: "button", class: "lxkit-tracking__open", "data-lxkit-tracking-open": "" }, "Learning records"));
  }

  function start() {
    sender = new Sender(settings);
    use(direct);
    document.addEventListener("click", function (event) {
      var target = event.target instanceof Element ? event.target.closest("button") : null;
      if (!target) return;
      if (target.hasAttribute("data-lxkit-tracking")) choose(target.getAttribute("data-lxkit-tracking"));
      else if (target.hasAttribute("data-lxkit-tracking-open")) showNotice();
    });
    window.addEventListener("online", function () { sender.delay = 0; sender.soon(50); });
    window.addEventListener("pagehide", function () { sender.persist(); });
    document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") sender.flush(); });
    var page = function () {
      settingsLink();
      if (!load("choice", "") && !document.querySelector("[data-lxkit-tracking-notice]")) showNotice();
    };
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(page);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", page);
    else page();
    sender.soon(1000);
  }

  if (settings) {
    settings.teams = Array.isArray(settings.teams) ? settings.teams : [];
    settings.freeText = Array.isArray(settings.freeText) ? settings.freeText : [];
    start();
  }
})();
