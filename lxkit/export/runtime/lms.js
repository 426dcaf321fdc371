/*
 * lxkit LMS runtime: a module page of an LMS package reports to the LMS that launched it.
 *
 * The package writes its settings into the page (<script type="application/json" id="lxkit-package">:
 * kind "scorm12" or "cmi5", the module's graded question count and mastery score). The module's
 * state comes from the page itself: the pre-work and exercise ticks (required unless marked optional)
 * and the answers to the single- and multiple-choice questions of the knowledge check.
 *
 * - completed: every required item is ticked off;
 * - the check is judged once every graded question has an answer: passed when the share of right
 *   answers reaches the mastery score (the LMS's, else the package's), else failed; answers can be
 *   changed (the check is formative) and a later pass counts; a pass is never taken back.
 *
 * SCORM 1.2: the API is looked for in the parent frames, then in the opener's (ADL's algorithm);
 * LMSInitialize, cmi.core.lesson_status (incomplete / completed / passed / failed; passed and
 * failed once the items are done), cmi.core.score.raw 0..100, the state in cmi.suspend_data
 * (at most 4,096 characters) restored on the next launch, LMSFinish when the page is left.
 * cmi5: through @xapi/cmi5 (vendored, window.Cmi5): initialized, completed, passed/failed with
 * result.score.scaled, terminated; nothing is judged outside the "Normal" launch mode.
 * Both are transports of the page's event layer (tracking.js, window.lxkitTracking): its events
 * make them report; in cmi5 the opened module and the answers also go to the LMS as cmi5 "allowed"
 * statements (the portal's vocabulary, with the launch's actor, registration and context template).
 * Without an LMS the page is plain content and this script does nothing.
 */
(function () {
  "use strict";

  var SUSPEND_LIMIT = 4096;

  function readSettings() {
    var holder = document.getElementById("lxkit-package");
    if (!holder) return null;
    try {
      return JSON.parse(holder.textContent || "{}");
    } catch (error) {
      return null;
    }
  }

  /* ---- the module's state, read from the page ---------------------------------------------- */

  function items() {
    return Array.prototype.map.call(document.querySelectorAll("input[data-lxkit-progress]"), function (input) {
      var holder = input.closest("[data-lxkit-item]");
      var optional = holder ? holder.querySelector(".lxkit-badge--optional") : null;
      return { id: input.getAttribute("data-lxkit-progress"), input: input, required: !optional };
    });
  }

  function questions() {
    return Array.prototype.filter.call(document.querySelectorAll("form[data-lxkit-question]"), function (form) {
      var kind = form.getAttribute("data-kind");
      return (kind === "single" || kind === "multiple") && form.querySelector('.lxkit-option[data-correct="true"]');
    }).map(function (form) {
      var options = Array.prototype.map.call(form.querySelectorAll(".lxkit-option"), function (option) {
        return { input: option.querySelector("input"), correct: option.getAttribute("data-correct") === "true" };
      });
      return { id: form.getAttribute("data-lxkit-question"), form: form, options: options };
    });
  }

  function chosen(question) {
    var picked = [];
    question.options.forEach(function (option, index) { if (option.input.checked) picked.push(index + 1); });
    return picked;
  }

  function isRight(question) {
    return question.options.every(function (option) { return option.input.checked === option.correct; });
  }

  /* What the learner has done so far, and what it means for the LMS. */
  function snapshot(mastery) {
    var all = items();
    var graded = questions();
    var required = all.filter(function (item) { return item.required; });
    var answered = graded.filter(function (question) { return chosen(question).length > 0; });
    var right = graded.filter(isRight).length;
    var scaled = graded.length ? right / graded.length : null;
    return {
      done: all.filter(function (item) { return item.input.checked; }).map(function (item) { return item.id; }),
      answers: graded.reduce(function (found, question) {
        var picked = chosen(question);
        if (picked.length) found[question.id] = picked;
        return found;
      }, {}),
      completed: required.every(function (item) { return item.input.checked; }),
      graded: graded.length,
      judged: graded.length > 0 && answered.length === graded.length,
      scaled: scaled,
      passed: scaled !== null && scaled + 1e-9 >= mastery
    };
  }

  /* Put saved ticks and answers back into the page (and show the answers' feedback). */
  function restore(saved) {
    if (!saved) return;
    var done = saved.d || [];
    items().forEach(function (item) {
      var tick = done.indexOf(item.id) >= 0;
      if (item.input.checked !== tick) {
        item.input.checked = tick;
        item.input.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    var answers = saved.a || {};
    questions().forEach(function (question) {
      var picked = answers[question.id];
      if (!picked || !picked.length) return;
      question.options.forEach(function (option, index) { option.input.checked = picked.indexOf(index + 1) >= 0; });
      if (question.form.requestSubmit) question.form.requestSubmit();
    });
  }

  /* Calls ``report`` after each tick or answer, once lxkit's own handler has updated the page. */
  function watch(report) {
    document.addEventListener("change", function (event) {
      if (event.target instanceof Element && event.target.matches("input[data-lxkit-progress]")) {
        window.setTimeout(report, 0);
      }
    });
    document.addEventListener("submit", function (event) {
      if (event.target instanceof Element && event.target.matches("form[data-lxkit-question]")) {
        window.setTimeout(report, 0);
      }
    });
  }

  /*
   * The page's event layer (tracking.js, window.lxkitTracking) tells a transport what the learner did;
   * without it (an older page), the transport listens to the page's ticks and answers itself.
   */
  function listen(name, accept) {
    var layer = window.lxkitTracking;
    if (layer && typeof layer.use === "function") layer.use({ name: name, accept: accept });
    else watch(function () { accept({ type: "page-changed" }); });
  }

  /*
   * A cmi5 "allowed" statement for an event of the event layer: the portal's xAPI statement (same
   * vocabulary and IRIs) with the launch's actor, registration and context template. Events whose
   * verbs cmi5 defines for the AU itself (completed, passed, failed) are left to the cmi5 statements.
   */
  function allowedStatement(cmi5, settings, event) {
    var layer = window.lxkitTracking;
    if (!layer || (event.type !== "module-opened" && event.type !== "question-answered")) return null;
    var launch = cmi5.getLaunchParameters();
    var made = layer.statement(event, {
      site: settings.site, actor: launch.actor, registration: launch.registration, portalVersion: "", freeText: false
    });
    if (!made) return null;
    var template = cmi5.getLaunchData().contextTemplate || {};
    var activities = template.contextActivities || {};
    Object.keys(activities).forEach(function (kind) {
      made.context.contextActivities[kind] = (made.context.contextActivities[kind] || []).concat(activities[kind]);
    });
    var extensions = template.extensions || {};
    Object.keys(extensions).forEach(function (key) { made.context.extensions[key] = extensions[key]; });
    delete made.context.extensions["https://lxkit.dev/xapi/ext/portal-version"];
    return made;
  }

  function onLeave(callback) {
    var called = false;
    function once() {
      if (called) return;
      called = true;
      callback();
    }
    window.addEventListener("pagehide", once);
    window.addEventListener("beforeunload", once);
  }

  /* ---- SCORM 1.2 ------------------------------------------------------------------------------ */

  function apiIn(win) {
    var tries = 0;
    try {
      while (win && !win.API && win.parent && win.parent !== win && tries < 500) {
        tries += 1;
        win = win.parent;
      }
      return win && win.API ? win.API : null;
    } catch (error) {
      return null; /* a frame of another origin */
    }
  }

  function findScormApi() {
    var api = apiIn(window);
    if (!api && window.opener) api = apiIn(window.opener);
    return api && typeof api.LMSInitialize === "function" ? api : null;
  }

  function suspendData(state) {
    var data = JSON.stringify({ v: 1, d: state.done, a: state.answers });
    if (data.length > SUSPEND_LIMIT) data = JSON.stringify({ v: 1, d: state.done, a: {} });
    return data.length > SUSPEND_LIMIT ? "" : data;
  }

  function sessionTime(milliseconds) {
    var seconds = Math.max(0, Math.round(milliseconds / 1000));
    var pad = function (value, width) { return ("0000" + value).slice(-width); };
    return pad(Math.floor(seconds / 3600), 4) + ":" + pad(Math.floor(seconds / 60) % 60, 2) + ":" + pad(seconds % 60, 2);
  }

  function scormStatus(state, current) {
    if (current === "passed") return "passed";
    if (state.judged && state.completed) return state.passed ? "passed" : "failed";
    if (state.judged && !state.passed) return "failed";
    if (state.completed && !state.graded) return "completed";
    return current === "completed" || current === "failed" ? current : "incomplete";
  }

  function startScorm(settings) {
    var api = findScormApi();
    if (!api || String(api.LMSInitialize("")) !== "true") return;
    var started = Date.now();
    var lmsMastery = parseFloat(api.LMSGetValue("cmi.student_data.mastery_score"));
    var mastery = isNaN(lmsMastery) ? settings.mastery : lmsMastery / 100;
    var saved = null;
    try {
      saved = JSON.parse(api.LMSGetValue("cmi.suspend_data") || "null");
    } catch (error) {
      saved = null;
    }
    var status = String(api.LMSGetValue("cmi.core.lesson_status") || "");
    restore(saved);

    function report() {
      var state = snapshot(mastery);
      status = scormStatus(state, status);
      api.LMSSetValue("cmi.core.lesson_status", status);
      if (state.judged) {
        api.LMSSetValue("cmi.core.score.min", "0");
        api.LMSSetValue("cmi.core.score.max", "100");
        api.LMSSetValue("cmi.core.score.raw", String(Math.round(state.scaled * 100)));
      }
      api.LMSSetValue("cmi.suspend_data", suspendData(state));
      api.LMSCommit("");
    }

    report();
    listen("scorm12", function () { window.setTimeout(report, 0); });
    onLeave(function () {
      report();
      var finished = status === "passed" || status === "completed";
      api.LMSSetValue("cmi.core.exit", finished ? "" : "suspend");
      api.LMSSetValue("cmi.core.session_time", sessionTime(Date.now() - started));
      api.LMSFinish("");
    });
  }

  /* ---- cmi5 --------------------------------------------------------------------------------- */

  function memoryKey(cmi5) {
    var launch = cmi5.getLaunchParameters();
    return "lxkit.cmi5.v1:" + launch.registration + ":" + launch.activityId;
  }

  function remembered(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "{}") || {};
    } catch (error) {
      return {};
    }
  }

  function remember(key, facts) {
    try {
      window.localStorage.setItem(key, JSON.stringify(facts));
    } catch (error) { /* private mode: the LMS keeps the record anyway */ }
  }

  function startCmi5(settings) {
    var Cmi5 = window.Cmi5 && (window.Cmi5.default || window.Cmi5);
    if (!Cmi5 || !Cmi5.isCmiAvailable) return;
    var cmi5 = new Cmi5();
    var key = memoryKey(cmi5);
    var facts = remembered(key);
    var queue = Promise.resolve();
    var send = function (step) {
      queue = queue.then(step).catch(function (error) { window.console.warn("lxkit cmi5:", error); });
      return queue;
    };
    var terminated = false;
    var ready = send(function () { return cmi5.initialize(); });

    function report() {
      send(function () {
        var data = cmi5.getLaunchData();
        if (terminated || data.launchMode !== "Normal") return null;
        var mastery = typeof data.masteryScore === "number" ? data.masteryScore : settings.mastery;
        var state = snapshot(mastery);
        var steps = [];
        if (state.completed && !facts.completed) {
          facts.completed = true;
          steps.push(function () { return cmi5.complete(); });
        }
        if (state.judged && !facts.passed && (state.passed || !facts.failedThisSession)) {
          var score = { scaled: Math.round(state.scaled * 10000) / 10000 };
          if (state.passed) facts.passed = true; else facts.failedThisSession = true;
          steps.push(function () { return state.passed ? cmi5.pass(score) : cmi5.fail(score); });
        }
        remember(key, { completed: facts.completed, passed: facts.passed });
        return steps.reduce(function (chain, step) { return chain.then(step); }, Promise.resolve());
      });
    }

    ready.then(function () {
      if (!cmi5.isAuthenticated) return;
      listen("cmi5", function (event) {
        var made = allowedStatement(cmi5, settings, event);
        if (made) send(function () { return terminated ? null : cmi5.sendXapiStatement(made); });
        window.setTimeout(report, 0);
      });
      report();
      var finishing = false;
      var finish = function () {
        if (finishing) return queue;
        finishing = true;
        report();
        return send(function () {
          terminated = true;
          return cmi5.terminate();
        });
      };
      exitButton(function (status) {
        finish().then(function () {
          var back = cmi5.getLaunchData().returnURL;
          if (back) window.location.assign(back);
          else status.textContent = "Your results are recorded. You can close this window.";
        });
      });
      onLeave(finish);
    });
  }

  /* cmi5 AUs end their session themselves: a button at the end of the module does it. */
  function exitButton(onExit) {
    var module = document.querySelector("[data-lxkit-module]");
    var bar = document.createElement("p");
    var button = document.createElement("button");
    var status = document.createElement("span");
    bar.className = "lxkit-lms-exit";
    button.type = "button";
    button.className = "md-button md-button--primary";
    button.setAttribute("data-lxkit-exit", "");
    button.textContent = "Finish this module";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      button.disabled = true;
      onExit(status);
    });
    bar.appendChild(button);
    bar.appendChild(status);
    module.appendChild(bar);
  }

  /* Starts once lxkit's own script has set the page up (ticks restored from this browser). */
  function whenReady(start) {
    var tries = 0;
    (function wait() {
      if (document.querySelector(".lxkit[data-lxkit-ready]") || tries >= 150) start();
      else {
        tries += 1;
        window.setTimeout(wait, 20);
      }
    })();
  }

  var settings = readSettings();
  if (!settings || !document.querySelector("[data-lxkit-module]")) return;
  whenReady(function () {
    if (settings.kind === "scorm12") startScorm(settings);
    else if (settings.kind === "cmi5") startCmi5(settings);
  });
})();
