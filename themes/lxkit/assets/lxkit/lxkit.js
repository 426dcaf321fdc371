/*
 * lxkit: catalog filters, learner progress and knowledge checks. Static: no server, no external service.
 *
 * Material's instant navigation swaps pages without reloading scripts, so the per-page set-up runs
 * on every emission of Material's `document$` observable, and every event handler is delegated to
 * `document` once. Progress lives in localStorage under "lxkit.progress.v1:<course id>@<version>" as
 * a list of stable item ids ("<module slug>/<item id>"), so a reordered course keeps it and two
 * published versions of a course never share it.
 */
(function () {
  "use strict";

  var STORE_PREFIX = "lxkit.progress.v1:";
  var FILTERS = ["capability", "audience", "format", "status"];

  /* ---- storage ------------------------------------------------------------------------------ */

  function storageKey(course, version) {
    return STORE_PREFIX + course + "@" + version;
  }

  function readDone(course, version) {
    try {
      var value = JSON.parse(window.localStorage.getItem(storageKey(course, version)) || "[]");
      return Array.isArray(value) ? value.filter(function (item) { return typeof item === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }

  function writeDone(course, version, done) {
    try {
      if (done.length) {
        window.localStorage.setItem(storageKey(course, version), JSON.stringify(done));
      } else {
        window.localStorage.removeItem(storageKey(course, version));
      }
      return true;
    } catch (error) {
      return false;
    }
  }

  function forgetAll() {
    try {
      var keys = [];
      for (var index = 0; index < window.localStorage.length; index += 1) {
        var key = window.localStorage.key(index);
        if (key && key.indexOf(STORE_PREFIX) === 0) keys.push(key);
      }
      keys.forEach(function (key) { window.localStorage.removeItem(key); });
      return keys.length;
    } catch (error) {
      return 0;
    }
  }

  function courseOf(element) {
    var owner = element.closest("[data-lxkit-course]");
    return owner ? { id: owner.getAttribute("data-lxkit-course"), version: owner.getAttribute("data-lxkit-version") || "" } : null;
  }

  function announce(region, message) {
    if (!region) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = message; }, 60);
  }

  function countText(done, total) {
    return done + " of " + total + " done";
  }

  /* ---- module page: tick off pre-work and the exercise ---------------------------------------- */

  function itemKey(input) {
    var module = input.closest("[data-lxkit-module]");
    return (module ? module.getAttribute("data-lxkit-module") : "") + "/" + input.getAttribute("data-lxkit-progress");
  }

  function setUpChecklist(root) {
    var inputs = root.querySelectorAll("input[data-lxkit-progress]");
    if (!inputs.length) return;
    var course = courseOf(inputs[0]);
    if (!course) return;
    var done = readDone(course.id, course.version);
    inputs.forEach(function (input) {
      input.checked = done.indexOf(itemKey(input)) >= 0;
      markDone(input);
    });
  }

  function markDone(input) {
    var holder = input.closest("[data-lxkit-item]");
    if (holder) holder.classList.toggle("lxkit-is-done", input.checked);
  }

  function onTick(input) {
    var course = courseOf(input);
    if (!course) return;
    var key = itemKey(input);
    var done = readDone(course.id, course.version).filter(function (item) { return item !== key; });
    if (input.checked) done.push(key);
    writeDone(course.id, course.version, done);
    markDone(input);
  }

  /* ---- course page and catalog cards: progress bars ------------------------------------------ */

  function setUpCourseProgress(root) {
    var box = root.querySelector("[data-lxkit-course-progress]");
    if (!box) return;
    var course = courseOf(box);
    var items = (box.getAttribute("data-lxkit-items") || "").split(" ").filter(Boolean);
    if (!course || !items.length) return;
    var stored = readDone(course.id, course.version);
    var done = stored.filter(function (item) { return items.indexOf(item) >= 0; });
    if (done.length !== stored.length) writeDone(course.id, course.version, done);
    box.querySelector("progress").value = done.length;
    box.querySelector("[data-lxkit-progress-text]").textContent = countText(done.length, items.length);
    box.classList.toggle("lxkit-progress--started", done.length > 0);
    box.hidden = false;
    root.querySelectorAll("[data-lxkit-module-items]").forEach(function (module) {
      var own = module.getAttribute("data-lxkit-module-items").split(" ");
      var count = own.filter(function (item) { return done.indexOf(item) >= 0; }).length;
      var label = module.querySelector("[data-lxkit-module-done]");
      label.textContent = count === own.length ? "Done" : countText(count, own.length);
      label.classList.toggle("lxkit-module-item__done--all", count === own.length);
      label.hidden = count === 0;
    });
  }

  function setUpCards(root) {
    root.querySelectorAll("[data-lxkit-card-progress]").forEach(function (box) {
      var course = courseOf(box);
      var total = parseInt(box.closest("[data-lxkit-total]").getAttribute("data-lxkit-total"), 10) || 0;
      var done = course ? Math.min(readDone(course.id, course.version).length, total) : 0;
      box.hidden = !(total && done);
      box.querySelector("progress").value = done;
      box.querySelector(".lxkit-card__progress-text").textContent = countText(done, total);
    });
  }

  function onReset(button) {
    var course = courseOf(button);
    if (!course) return;
    writeDone(course.id, course.version, []);
    var root = button.closest(".lxkit") || document;
    setUpCourseProgress(root);
    announce(root.querySelector("[data-lxkit-progress-status]"), "Your progress in this course was reset.");
  }

  function onForget(button) {
    var removed = forgetAll();
    var root = button.closest(".lxkit") || document;
    setUpCards(root);
    var message = removed ? "Your progress was removed from this browser." : "There was no progress to remove.";
    announce(root.querySelector("[data-lxkit-forget-status]"), message);
  }

  /* ---- catalog: filters reflected in the URL --------------------------------------------------- */

  function filterState(form) {
    var state = { retired: form.elements.retired.checked };
    FILTERS.forEach(function (name) { state[name] = form.elements[name].value; });
    return state;
  }

  function stateFromUrl(form) {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      var select = form.elements[name];
      var wanted = params.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
      select.value = known ? wanted : "";
    });
    form.elements.retired.checked = params.get("retired") === "1";
  }

  function stateToUrl(state) {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      if (state[name]) params.set(name, state[name]); else params.delete(name);
    });
    if (state.retired) params.set("retired", "1"); else params.delete("retired");
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(window.history.state, "", url);
  }

  function cardMatches(card, state) {
    var words = function (name) { return (card.getAttribute(name) || "").split(" "); };
    var status = card.getAttribute("data-status");
    if (state.capability && words("data-capabilities").indexOf(state.capability) < 0) return false;
    if (state.audience && words("data-audience").indexOf(state.audience) < 0) return false;
    if (state.format && card.getAttribute("data-format") !== state.format) return false;
    if (state.status) return status === state.status;
    return status !== "retired" || state.retired;
  }

  function applyFilters(root, form) {
    var state = filterState(form);
    var cards = root.querySelectorAll("[data-lxkit-catalog] > li");
    var shown = 0;
    cards.forEach(function (card) {
      var match = cardMatches(card, state);
      card.hidden = !match;
      if (match) shown += 1;
    });
    var filtered = FILTERS.some(function (name) { return state[name]; });
    var count = root.querySelector("[data-lxkit-count]");
    if (count) {
      count.textContent = (filtered ? shown + " of " + cards.length + " courses match your filters" : shown + " courses") + ".";
    }
    var empty = root.querySelector("[data-lxkit-empty]");
    if (empty) empty.hidden = shown > 0;
    return state;
  }

  function setUpFilters(root) {
    var form = root.querySelector("form[data-lxkit-filters]");
    if (!form) return;
    stateFromUrl(form);
    var state = applyFilters(root, form);
    var panel = form.querySelector("[data-lxkit-filter-panel]");
    var filtered = FILTERS.some(function (name) { return state[name]; }) || state.retired;
    if (panel) panel.open = filtered || window.matchMedia("(min-width: 45em)").matches;
    form.hidden = false;
  }

  /* ---- experts directory search ------------------------------------------------------------------ */

  function applyExpertSearch(root, form) {
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var capability = form.elements.capability.value;
    var shown = 0;
    root.querySelectorAll("[data-lxkit-expert]").forEach(function (card) {
      var text = (card.getAttribute("data-lxkit-text") || "").toLowerCase();
      var skills = (card.getAttribute("data-lxkit-capabilities") || "").split(" ");
      var match = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
        (!capability || skills.indexOf(capability) >= 0);
      card.hidden = !match;
      if (match) shown += 1;
    });
    root.querySelectorAll("[data-lxkit-expert-group]").forEach(function (group) {
      group.hidden = !group.querySelector("[data-lxkit-expert]:not([hidden])");
    });
    var empty = root.querySelector("[data-lxkit-expert-empty]");
    if (empty) empty.hidden = shown > 0;
    var count = form.querySelector("[data-lxkit-expert-count]");
    if (count) count.textContent = shown === 1 ? "1 person" : shown + " people";
  }

  function setUpExpertSearch(root) {
    var form = root.querySelector("form[data-lxkit-expert-search]");
    if (!form) return;
    form.addEventListener("input", function () { applyExpertSearch(root, form); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    applyExpertSearch(root, form);
    form.hidden = false;
  }

  function onFilterChange(form) {
    var root = form.closest(".lxkit") || document;
    stateToUrl(applyFilters(root, form));
  }

  function onClearFilters(button) {
    var root = button.closest(".lxkit") || document;
    var form = root.querySelector("form[data-lxkit-filters]");
    if (!form) return;
    FILTERS.forEach(function (name) { form.elements[name].value = ""; });
    form.elements.retired.checked = false;
    onFilterChange(form);
    form.elements.capability.focus();
  }

  /* ---- knowledge checks -------------------------------------------------------------------------- */

  function showFeedback(option, visible) {
    var input = option.querySelector("input");
    var feedback = option.querySelector(".lxkit-feedback");
    if (!feedback) return "";
    feedback.hidden = !visible;
    if (visible) input.setAttribute("aria-describedby", feedback.id); else input.removeAttribute("aria-describedby");
    return visible ? feedback.textContent.trim() : "";
  }

  function checkChoice(form) {
    var tally = { chosen: 0, right: 0, wrong: 0, missed: 0, correct: 0, notes: [] };
    form.querySelectorAll(".lxkit-option").forEach(function (option) {
      var correct = option.getAttribute("data-correct") === "true";
      var checked = option.querySelector("input").checked;
      option.classList.remove("lxkit-option--right", "lxkit-option--wrong");
      if (correct) tally.correct += 1;
      if (checked) {
        tally.chosen += 1;
        tally[correct ? "right" : "wrong"] += 1;
        option.classList.add(correct ? "lxkit-option--right" : "lxkit-option--wrong");
      } else if (correct) {
        tally.missed += 1;
      }
      var note = showFeedback(option, checked);
      if (note) tally.notes.push(note);
    });
    return tally;
  }

  /* The verdict only: each answer's feedback is shown once, under the answer it belongs to. */
  function choiceMessage(kind, tally) {
    if (!tally.chosen) return { text: "Choose an answer first.", state: "" };
    var see = tally.notes.length ? " See the note under your answer." : "";
    if (!tally.wrong && !tally.missed) return { text: "Correct." + see, state: "right" };
    if (kind === "single") return { text: "Not quite." + see + " Try again.", state: "wrong" };
    var text = "Not quite: you chose " + tally.right + " of the " + tally.correct + " right answers";
    if (tally.wrong) text += " and " + tally.wrong + " that " + (tally.wrong === 1 ? "does" : "do") + " not apply";
    return { text: text + "." + see + " Try again.", state: "wrong" };
  }

  function checkText(form) {
    var answer = form.querySelector("textarea");
    var model = form.querySelector("[data-lxkit-model-answer]");
    if (!answer.value.trim()) {
      answer.focus();
      return { text: "Write your answer first, then compare it with a model answer.", state: "" };
    }
    model.hidden = false;
    return { text: "Compare your answer with the model answer below.", state: "info" };
  }

  function onCheck(form) {
    var kind = form.getAttribute("data-kind");
    var message = kind === "text" ? checkText(form) : choiceMessage(kind, checkChoice(form));
    var general = form.querySelector("[data-lxkit-general]");
    if (general) general.hidden = message.state !== "right" && message.state !== "wrong";
    var result = form.querySelector("[data-lxkit-result]");
    result.className = "lxkit-result" + (message.state ? " lxkit-result--" + message.state : "");
    announce(result, message.text);
    reportAnswer(form, message.state);
  }

  /* ---- learning events: reported to tracking.js's event layer (window.lxkitTracking, see its header) ---- */

  var MASTERY = 0.8; /* a module's check is passed with 80 % of its choice questions right (as in LMS packages) */

  function words(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function report(element, event) {
    var module = element.closest("[data-lxkit-module]");
    var course = module ? courseOf(module) : null;
    if (!window.lxkitTracking || !course) return;
    event.course = course.id;
    event.version = course.version;
    event.module = module.getAttribute("data-lxkit-module");
    window.lxkitTracking.emit(event);
  }

  function reportOpened(root) {
    if (root.matches("[data-lxkit-module]")) report(root, { type: "module-opened", title: words(root.querySelector("h1")) });
  }

  function reportTick(input) {
    if (!input.checked) return;
    var exercise = input.closest(".lxkit-exercise");
    var holder = input.closest("[data-lxkit-item]");
    var title = holder ? words(holder.querySelector(exercise ? "h2" : "h3")).replace(/ \(opens in a new tab\)$/, "") : "";
    report(input, { type: "item-completed", kind: exercise ? "exercise" : "pre-work", item: input.getAttribute("data-lxkit-progress"), title: title });
  }

  function optionIds(form, test) {
    var ids = [];
    form.querySelectorAll(".lxkit-option").forEach(function (option, index) { if (test(option)) ids.push(String(index + 1)); });
    return ids;
  }

  function reportAnswer(form, state) {
    if (!state) return;
    var event = { type: "question-answered", question: form.getAttribute("data-lxkit-question"), title: words(form.querySelector("legend")).replace(/^\d+\.\s*/, "") };
    if (form.getAttribute("data-kind") === "text") {
      event.interaction = "fill-in";
      event.text = form.querySelector("textarea").value;
      report(form, event);
      return;
    }
    event.interaction = "choice";
    event.chosen = optionIds(form, function (option) { return option.querySelector("input").checked; });
    event.correct = optionIds(form, function (option) { return option.getAttribute("data-correct") === "true"; });
    event.choices = Array.prototype.map.call(form.querySelectorAll(".lxkit-option"), function (option, index) {
      return { id: String(index + 1), text: words(option.querySelector("label")) };
    });
    event.success = state === "right";
    form.setAttribute("data-lxkit-answered", state);
    report(form, event);
    reportCheck(form.closest("[data-lxkit-module]"));
  }

  function reportCheck(module) {
    if (!module) return;
    var forms = module.querySelectorAll("form[data-lxkit-question]:not([data-kind='text'])");
    var right = 0;
    for (var index = 0; index < forms.length; index += 1) {
      var answered = forms[index].getAttribute("data-lxkit-answered");
      if (!answered) return;
      if (answered === "right") right += 1;
    }
    var passed = right >= Math.ceil(MASTERY * forms.length - 1e-9);
    if (module.getAttribute("data-lxkit-check") === String(passed)) return;
    module.setAttribute("data-lxkit-check", String(passed));
    report(module, { type: "check-finished", passed: passed, scaled: Math.round((right / forms.length) * 10000) / 10000, answered: right, total: forms.length });
  }

  /* ---- wiring ----------------------------------------------------------------------------------- */

  function setUp(again) {
    var roots = document.querySelectorAll(".lxkit");
    roots.forEach(function (root) {
      if (again !== true) reportOpened(root);
      setUpChecklist(root);
      setUpCourseProgress(root);
      setUpCards(root);
      setUpFilters(root);
      setUpExpertSearch(root);
      root.setAttribute("data-lxkit-ready", "");
    });
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    if (target.matches("input[data-lxkit-progress]")) {
      onTick(target);
      reportTick(target);
    }
    var filters = target.closest("form[data-lxkit-filters]");
    if (filters) onFilterChange(filters);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof Element && form.matches("form[data-lxkit-question]")) {
      event.preventDefault();
      onCheck(form);
    } else if (form instanceof Element && form.matches("form[data-lxkit-filters]")) {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("button") : null;
    if (!target) return;
    if (target.hasAttribute("data-lxkit-reset")) onReset(target);
    else if (target.hasAttribute("data-lxkit-clear")) onClearFilters(target);
    else if (target.hasAttribute("data-lxkit-forget")) onForget(target);
    else if (target.hasAttribute("data-lxkit-print")) window.print();
  });

  window.addEventListener("storage", function (event) {
    if (!event.key || event.key.indexOf(STORE_PREFIX) === 0) setUp(true);
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
