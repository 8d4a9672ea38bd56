// The audit log page. Every value that comes from an event is untrusted: it is only ever set as textContent
// (or an option's text), never parsed as HTML. URLs are relative to the page, which is served at {prefix}/.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const form = $("filters");
  const rows = $("rows");
  const status = $("status");
  const message = $("message");
  const more = $("more");
  const details = $("details");
  let nextCursor = null;
  let loading = false;
  let generation = 0;
  let selected = null;

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value ?? "";
    if (className) element.className = className;
    return element;
  }

  function showMessage(value) {
    message.textContent = value;
    message.hidden = !value;
  }

  // The filters as query parameters: empty fields are left out (the API refuses empty values).
  function filterParameters() {
    const parameters = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== "string" || value.trim() === "") continue;
      if (name === "from" || name === "to") {
        const time = new Date(value);
        if (!Number.isNaN(time.getTime())) parameters.append(name, time.toISOString());
      } else {
        parameters.append(name, value.trim());
      }
    }
    return parameters;
  }

  function updateExportLinks(parameters) {
    for (const format of ["csv", "json"]) {
      const query = new URLSearchParams(parameters);
      query.set("format", format);
      $("export-" + format).href = "export?" + query.toString();
    }
  }

  // "1 chain", "14 events".
  function count(n, noun) {
    return n + " " + noun + (n === 1 ? "" : "s");
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      return problem.detail || problem.title || response.statusText;
    } catch {
      return response.status + " " + response.statusText;
    }
  }

  function appendRow(cloudEvent) {
    const data = cloudEvent.data || {};
    const row = document.createElement("tr");
    row.tabIndex = 0;
    row.dataset.id = cloudEvent.id;
    row.setAttribute("aria-selected", "false");
    row.append(
      text("td", (cloudEvent.time || "").replace("T", " ").replace("Z", ""), "time"),
      text("td", data.eventType),
      text("td", cloudEvent.source),
      text("td", data.actor ? data.actor.id : ""),
      text("td", data.outcome ? data.outcome.status : "", data.outcome ? "outcome-" + data.outcome.status : ""));
    row.addEventListener("click", () => openEvent(row));
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        openEvent(row);
      } else if (event.key === "ArrowDown" && row.nextElementSibling) {
        event.preventDefault();
        row.nextElementSibling.focus();
      } else if (event.key === "ArrowUp" && row.previousElementSibling) {
        event.preventDefault();
        row.previousElementSibling.focus();
      }
    });
    rows.append(row);
  }

  async function loadPage() {
    if (loading) return;
    loading = true;
    const mine = generation;
    const parameters = filterParameters();
    if (nextCursor) parameters.set("cursor", nextCursor);
    status.textContent = "Loading…";
    try {
      const response = await fetch("events?" + parameters.toString(), { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (mine !== generation) return;
      if (!response.ok) {
        showMessage(await problemText(response));
        nextCursor = null;
        status.textContent = "";
        return;
      }
      const page = await response.json();
      if (mine !== generation) return;
      page.events.forEach(appendRow);
      nextCursor = page.nextCursor;
      status.textContent = rows.children.length === 0
        ? "No events match these filters."
        : rows.children.length + (nextCursor ? " events shown; scroll for more." : " events, all shown.");
    } catch (error) {
      showMessage("The audit log could not be read: " + error.message);
    } finally {
      if (mine === generation) {
        loading = false;
        more.hidden = !nextCursor;
      }
    }
  }

  function search() {
    generation++;
    loading = false;
    nextCursor = null;
    rows.replaceChildren();
    showMessage("");
    closeEvent();
    updateExportLinks(filterParameters());
    loadPage();
  }

  function entry(list, name, value) {
    if (value === undefined || value === null || value === "") return;
    list.append(text("dt", name), text("dd", typeof value === "object" ? JSON.stringify(value) : String(value)));
  }

  async function openEvent(row) {
    if (selected) selected.setAttribute("aria-selected", "false");
    selected = row;
    row.setAttribute("aria-selected", "true");
    const response = await fetch("events/" + encodeURIComponent(row.dataset.id), { credentials: "same-origin" });
    if (!response.ok) {
      showMessage(await problemText(response));
      return;
    }
    const cloudEvent = await response.json();
    const data = cloudEvent.data || {};
    $("details-title").textContent = data.eventType || cloudEvent.type;
    const list = $("details-list");
    list.replaceChildren();
    entry(list, "Id", cloudEvent.id);
    entry(list, "Time", cloudEvent.time);
    entry(list, "Type", cloudEvent.type);
    entry(list, "Resource", cloudEvent.source);
    if (data.actor) {
      entry(list, "Actor", data.actor.id);
      entry(list, "Actor kind", data.actor.kind);
      entry(list, "Actor name", data.actor.displayName);
    }
    if (data.outcome) {
      entry(list, "Outcome", data.outcome.status);
      entry(list, "Message", data.outcome.message);
    }
    if (data.client) {
      entry(list, "Client IP", data.client.ipAddress);
      entry(list, "User agent", data.client.userAgent);
    }
    entry(list, "Correlation id", data.correlationId);
    entry(list, "Trace id", data.traceId);
    const metadata = $("details-metadata");
    metadata.replaceChildren();
    for (const [name, value] of Object.entries(data.metadata || {})) entry(metadata, name, value);
    $("details-json").textContent = JSON.stringify(cloudEvent, null, 2);
    details.hidden = false;
    details.focus();
  }

  function closeEvent() {
    details.hidden = true;
    if (selected) {
      selected.setAttribute("aria-selected", "false");
      selected.focus();
      selected = null;
    }
  }

  async function loadCatalogue() {
    const response = await fetch("catalogue", { credentials: "same-origin" });
    if (!response.ok) {
      showMessage(await problemText(response));
      return;
    }
    const catalogue = await response.json();
    for (const family of catalogue.families) $("family").append(new Option(family, family));
    for (const outcome of catalogue.outcomes) $("outcome").append(new Option(outcome, outcome));
    const groups = new Map();
    for (const type of catalogue.eventTypes) {
      if (!groups.has(type.family)) {
        const group = document.createElement("optgroup");
        group.label = type.family;
        groups.set(type.family, group);
        $("type").append(group);
      }
      const option = new Option(type.name, type.name);
      option.title = type.description;
      groups.get(type.family).append(option);
    }
  }

  async function loadIntegrity() {
    const integrity = $("integrity");
    try {
      const response = await fetch("verify", { credentials: "same-origin" });
      if (!response.ok) {
        integrity.textContent = "Integrity unknown: " + await problemText(response);
        return;
      }
      const report = await response.json();
      integrity.className = "integrity " + (report.isIntact ? "intact" : "broken");
      integrity.textContent = report.isIntact
        ? "Intact: " + count(report.eventsChecked, "event") + " in " + count(report.chains, "chain")
        : "Tampered: " + (report.firstViolation ? report.firstViolation.description : "a chain is broken");
    } catch (error) {
      integrity.textContent = "Integrity unknown: " + error.message;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  form.addEventListener("reset", () => setTimeout(search, 0));
  more.addEventListener("click", loadPage);
  $("close").addEventListener("click", closeEvent);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !details.hidden) closeEvent();
  });
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && nextCursor && !loading) loadPage();
  }).observe($("sentinel"));

  loadCatalogue();
  loadIntegrity();
  search();
})();
