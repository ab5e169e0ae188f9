// The chat page: streams answers from /v1/chat/completions, lists the facts used, turns [F1]-style
// citations into links that highlight their fact, and draws the facts as a graph (cytoscape.js,
// bundled under /static/vendor). Plain script, no build step; nothing is fetched from outside.
"use strict";

const $ = (sel) => document.querySelector(sel);
const turns = [];     // the conversation sent with each request (OpenAI message format)
let facts = [];       // facts of the latest answer: {id, subject, relation, object, score, ...}
let cy = null;

// ---- graph ------------------------------------------------------------------------------------

function initGraph() {
  cy = cytoscape({
    container: $("#graph"),
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
          "text-wrap": "wrap", "text-max-width": 120, "background-color": "#9aa6bf",
          "width": 18, "height": 18, "color": "#1d2330" } },
      { selector: "node.topic", style: { "background-color": "#2f6fed", "width": 24, "height": 24, "font-weight": "bold" } },
      { selector: "node.path", style: { "background-color": "#f5b301", "border-width": 2, "border-color": "#6a4b00" } },
      { selector: "node.answer", style: { "background-color": "#1a9c55", "width": 26, "height": 26, "font-weight": "bold" } },
      { selector: "node.context", style: { "background-color": "#d5dae5", "color": "#6b7385" } },
      { selector: "edge", style: {
          "label": "data(label)", "font-size": 9, "color": "#6b7385", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "arrow-scale": 0.8, "width": 1.5,
          "line-color": "#c3c9d6", "target-arrow-color": "#c3c9d6",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "edge.path", style: { "line-color": "#f5b301", "target-arrow-color": "#f5b301", "width": 4, "color": "#6a4b00" } },
      { selector: "edge.context", style: { "line-style": "dashed" } },
      { selector: ".active", style: { "overlay-color": "#f5b301", "overlay-opacity": 0.35, "overlay-padding": 6 } },
    ],
  });
  cy.on("tap", "edge", (e) => highlight(e.target.data("fact")));
  cy.on("dbltap", "node", (e) => expand(e.target.data("label")));
  window.cy = cy; // handy in the console (and for the browser test)
}

function nodeId(name) { return "n:" + name; }

// `cls` is added to the node; `newCls` only if the node is new (expanding never fades a fact's node).
function addNode(name, cls, newCls) {
  let n = cy.getElementById(nodeId(name));
  if (n.empty()) n = cy.add({ group: "nodes", classes: newCls || "", data: { id: nodeId(name), label: name } });
  if (cls) n.addClass(cls);
  return n;
}

function addEdge(id, subject, relation, object, fact, cls) {
  addNode(subject, null, cls === "context" ? "context" : null);
  addNode(object, null, cls === "context" ? "context" : null);
  if (!cy.getElementById(id).empty()) return;
  cy.add({ group: "edges", classes: cls || "",
           data: { id, source: nodeId(subject), target: nodeId(object), label: relation.replace(/_/g, " "), fact } });
}

// Top-down from the question's entities, so an answer path reads as a chain downwards.
function layout() {
  cy.resize(); // the panel may have changed size since the last drawing
  const roots = cy.nodes(".topic").nonempty() ? cy.nodes(".topic") : cy.nodes().roots();
  cy.layout({ name: "breadthfirst", roots: roots.nonempty() ? roots : undefined, spacingFactor: 1.1,
              padding: 30, animate: false }).run();
}

// Draw the facts of an answer; `cited` fact ids form the answer path.
function drawFacts(meta, cited) {
  cy.elements().remove();
  for (const f of facts) {
    addEdge("f:" + f.id, f.subject, f.relation, f.object, f.id, cited.has(f.id) ? "path" : "");
    if (cited.has(f.id)) {
      addNode(f.subject, "path");
      addNode(f.object, "path");
    }
  }
  for (const e of meta.entities || []) {
    const n = cy.getElementById(nodeId(e.name));
    if (n.nonempty()) n.addClass("topic");
  }
  const best = (meta.answers || [])[0];
  if (best && cy.getElementById(nodeId(best)).nonempty()) cy.getElementById(nodeId(best)).addClass("answer");
  layout();
}

// ---- API key ----------------------------------------------------------------------------------
// With GRAPHRAG_API_KEYS set, every call needs `Authorization: Bearer <key>`. The page asks for a
// key when the server answers 401 and keeps it in sessionStorage: this tab only, gone when it closes.
const KEY = "graphrag-api-key";
let keyWaiters = [];

function withKey(options) {
  const key = sessionStorage.getItem(KEY);
  const headers = { ...((options || {}).headers || {}) };
  if (key) headers.Authorization = "Bearer " + key;
  return { ...(options || {}), headers };
}

function askForKey(message) {
  const before = document.body.dataset.state;
  $("#key-message").textContent = message;
  $("#key").hidden = false;
  $("#api-key").value = "";
  $("#api-key").focus();
  document.body.dataset.state = "needs-key";
  return new Promise((resolve) => keyWaiters.push(() => { document.body.dataset.state = before; resolve(); }));
}

function useKey(e) {
  e.preventDefault();
  const key = $("#api-key").value.trim();
  if (!key) return;
  sessionStorage.setItem(KEY, key);
  $("#api-key").value = "";
  $("#key").hidden = true;
  const waiting = keyWaiters;
  keyWaiters = [];
  waiting.forEach((resume) => resume());
  $("#question").focus();
}

// fetch() with the key; on 401 asks for one (again, if the stored one was refused) and retries.
async function api(path, options) {
  for (;;) {
    const resp = await fetch(path, withKey(options));
    if (resp.status !== 401) return resp;
    await askForKey(sessionStorage.getItem(KEY) ? "That key was refused: enter another API key."
                                                : "This server needs an API key.");
  }
}

// Double-click: add the node's neighbourhood from GET /graph/subgraph.
async function expand(name) {
  try {
    const resp = await api("/graph/subgraph?" + new URLSearchParams({ entity: name, hops: 1 }));
    if (!resp.ok) return;
    const g = await resp.json();
    const names = {};
    for (const n of g.nodes || []) names[n.id] = n.name || n.label || String(n.id);
    for (const e of g.edges || []) {
      const s = e.subject || names[e.source] || e.source, o = e.object || names[e.target] || e.target;
      const key = "g:" + (e.id != null ? e.id : s + "|" + e.relation + "|" + o);
      if (!facts.some((f) => f.subject === s && f.relation === e.relation && f.object === o)) {
        addEdge(key, String(s), e.relation || "", String(o), null, "context");
      }
    }
    layout();
  } catch (err) { console.warn("expand failed", err); }
}

// ---- facts and citations ----------------------------------------------------------------------

function renderFacts(cited) {
  const list = $("#facts");
  list.replaceChildren();
  for (const f of facts) {
    const li = document.createElement("li");
    li.dataset.fact = f.id;
    if (cited.has(f.id)) li.classList.add("cited");
    li.append(span("fid", f.id), span("", f.subject), span("rel", f.relation.replace(/_/g, " ")),
              span("", f.object), span("score", Number(f.score || 0).toFixed(4)));
    li.title = f.source ? "source: " + f.source : "";
    li.addEventListener("click", () => highlight(f.id));
    list.append(li);
  }
}

function span(cls, text) {
  const s = document.createElement("span");
  if (cls) s.className = cls;
  s.textContent = text;
  return s;
}

// The answer text with each [Fn] made a clickable citation.
function renderAnswer(bubble, text) {
  bubble.replaceChildren();
  const known = new Set(facts.map((f) => f.id));
  let last = 0;
  for (const m of text.matchAll(/\[(F\d+)\]/g)) {
    bubble.append(text.slice(last, m.index));
    if (known.has(m[1])) {
      const c = span("cite", m[1]);
      c.dataset.fact = m[1];
      c.addEventListener("click", () => highlight(m[1]));
      bubble.append(c);
    } else {
      bubble.append(m[0]);
    }
    last = m.index + m[0].length;
  }
  bubble.append(text.slice(last));
}

function highlight(id) {
  document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
  cy.elements().removeClass("active");
  if (!id) return;
  document.querySelectorAll(`[data-fact="${id}"]`).forEach((el) => el.classList.add("active"));
  const li = document.querySelector(`#facts li[data-fact="${id}"]`);
  if (li) li.scrollIntoView({ block: "nearest" });
  const edge = cy.getElementById("f:" + id);
  if (edge.nonempty()) edge.union(edge.connectedNodes()).addClass("active");
}

// ---- chat -------------------------------------------------------------------------------------

function addMessage(role, text) {
  $(".empty")?.remove();
  const div = document.createElement("div");
  div.className = "msg " + role;
  div.textContent = text;
  $("#messages").append(div);
  div.scrollIntoView({ block: "end" });
  return div;
}

// Yields the JSON objects of a server-sent-event stream until `data: [DONE]`.
async function* sse(resp) {
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read();
    buf += decoder.decode(value || new Uint8Array(), { stream: !done });
    let cut;
    while ((cut = buf.search(/\r?\n\r?\n/)) >= 0) {
      const event = buf.slice(0, cut);
      buf = buf.slice(cut).replace(/^\r?\n\r?\n/, "");
      const data = event.split(/\r?\n/).filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
      if (!data) continue;
      if (data === "[DONE]") return;
      yield JSON.parse(data);
    }
    if (done) return;
  }
}

// The evidence (facts, cited ids, answers, entities) a response or chunk carries, if any.
function evidenceOf(obj) {
  const choice = (obj.choices || [])[0] || {};
  for (const v of [obj.graphrag, obj, choice.graphrag, choice.message, choice.delta]) {
    if (v && Array.isArray(v.facts)) return v;
  }
  return null;
}

async function retrieve(question) {
  const resp = await api("/retrieve", { method: "POST", headers: { "Content-Type": "application/json" },
                                        body: JSON.stringify({ question }) });
  return resp.ok ? resp.json() : null;
}

async function ask(question) {
  document.body.dataset.state = "streaming";
  $("#send").disabled = true;
  turns.push({ role: "user", content: question });
  addMessage("user", question);
  const bubble = addMessage("assistant", "");
  bubble.classList.add("streaming");
  let text = "", meta = null, chunks = 0;
  try {
    const resp = await api("/v1/chat/completions", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ model: "graphrag", messages: turns, stream: true }),
    });
    if (!resp.ok) throw new Error(`HTTP ${resp.status}: ${await resp.text()}`);
    for await (const chunk of sse(resp)) {
      bubble.dataset.chunks = ++chunks;
      const delta = ((chunk.choices || [])[0] || {}).delta || {};
      if (delta.content) {
        text += delta.content;
        bubble.textContent = text;
        bubble.scrollIntoView({ block: "end" });
      }
      meta = evidenceOf(chunk) || meta;
    }
    turns.push({ role: "assistant", content: text });
    if (!meta) meta = await retrieve(question); // a server that sends no evidence with the stream
  } catch (err) {
    bubble.classList.add("error");
    text = text || "Request failed: " + err.message;
    turns.pop();
  }
  bubble.classList.remove("streaming");
  meta = meta || {};
  facts = meta.facts || [];
  const cited = new Set(meta.cited && meta.cited.length ? meta.cited : [...text.matchAll(/\[(F\d+)\]/g)].map((m) => m[1]));
  renderAnswer(bubble, text);
  renderFacts(cited);
  drawFacts(meta, cited);
  $("#send").disabled = false;
  document.body.dataset.state = "done";
}

document.addEventListener("DOMContentLoaded", () => {
  initGraph();
  const input = $("#question");
  $("#key").addEventListener("submit", useKey);
  $("#ask").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q || $("#send").disabled) return;
    input.value = "";
    ask(q);
  });
  document.querySelectorAll(".example").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    input.value = a.textContent;
    input.focus();
  }));
  document.body.dataset.state = "ready";
});
