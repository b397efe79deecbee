// The page of `aci serve`: a form that builds a scenario (the aci-scenario/1 format), sent to
// the API as it changes. Every word comes from /api/v1/words (the core's catalogue); every
// number from the engine. No library, nothing fetched from elsewhere.
"use strict";

const API = "/api/v1";
const $ = (id) => document.getElementById(id);
let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "fr";
let words = { text: {}, missions: {}, items: {}, parts: {}, statuses: {} };
let scenario = blank();   // what the form describes, kept whole (indicators, options…)
let calendar = null;      // /calendar's answer for the signature date and population
let edited = new Set();   // missions whose start the user typed (not re-proposed)
let result = null;        // the last simulation
let timer = null;
let generation = 0;       // answers to an older form are dropped

function blank() {
  return { format: "aci-scenario/1", contract: { name: "", signed: "", population: null, missions: [] }, years: [] };
}
const w = (id) => words.text[id] || "";

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// Amounts are decimal strings ("12345.60"): grouped as the language writes them, never floats.
function money(s) {
  if (s === null || s === undefined) return "—";
  const neg = s.startsWith("-");
  const [int, frac = "00"] = (neg ? s.slice(1) : s).split(".");
  const sep = lang === "fr" ? "\u202f" : " ";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (neg ? "-" : "") + grouped + (lang === "fr" ? "," : ".") + frac.padEnd(2, "0") + "\u00a0€";
}
// A share typed in percent ("50", "12,5") as the scenario's decimal ("0.5", "0.125").
function percentToShare(p) {
  const s = String(p).trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(s)) return s === "" ? null : s; // the API names the mistake
  let [int, frac = ""] = s.split(".");
  int = int.padStart(3, "0");
  const out = (int.slice(0, -2).replace(/^0+(?=\d)/, "") + "." + int.slice(-2) + frac).replace(/\.?0+$/, "");
  return out === "" ? "0" : out;
}
function shareToPercent(d) {
  const s = String(d);
  let [int, frac = ""] = s.split(".");
  frac = frac.padEnd(2, "0");
  const out = (int + frac.slice(0, 2)).replace(/^0+(?=\d)/, "") + (frac.length > 2 ? "." + frac.slice(2) : "");
  return lang === "fr" ? out.replace(".", ",") : out;
}

async function api(path, body, type = "application/json") {
  const sep = path.includes("?") ? "&" : "?";
  const init = body === undefined ? {} : { method: "POST", headers: { "content-type": type }, body };
  return fetch(`${API}${path}${sep}lang=${lang}`, init);
}

// --- words ---------------------------------------------------------------------------------------

async function loadWords() {
  words = await (await api("/words")).json();
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll("[data-w]")) e.textContent = w(e.dataset.w);
  document.title = w("serve-page-title");
  $("lang").value = lang;
}

// --- the form ------------------------------------------------------------------------------------

async function refreshCalendar() {
  const c = scenario.contract;
  // Before a signature date, the taille under the rules in force today.
  const date = c.signed || new Date().toISOString().slice(0, 10);
  const pop = typeof c.population === "number" ? `&population=${c.population}` : "";
  const r = await api(`/calendar?signed=${date}${pop}`);
  if (!r.ok) { calendar = null; $("taille").textContent = "–"; return; }
  calendar = await r.json();
  $("taille").textContent = calendar.taille ?? "–";
  if (!c.signed) { calendar = null; return; }
  // Missions the user has not dated start on the ACI calendar.
  for (const m of scenario.contract.missions) {
    const cal = calendar.missions.find((x) => x.id === m.id);
    if (!edited.has(m.id) && cal && cal.start) m.start = cal.start;
  }
}

function missionOf(id) { return scenario.contract.missions.find((m) => m.id === id); }

function renderMissions() {
  const box = $("missions");
  box.replaceChildren();
  if (!calendar) return;
  for (const cal of calendar.missions) {
    const m = missionOf(cal.id);
    const id = cal.id;
    const status = cal.mandatory ? w("serve-page-mandatory") : w("serve-page-optional");
    const months = cal.months ? ` (+${cal.months})` : "";
    box.append(el("div", { class: "mission", "data-mission": id },
      el("label", { class: "engaged", for: `m-${id}-on` },
        el("input", { type: "checkbox", id: `m-${id}-on`, checked: !!m, onchange: (e) => engage(id, e.target.checked) }),
        ` ${words.missions[id] || id} — ${status}`),
      el("div", { class: "row" },
        el("label", { for: `m-${id}-start` }, w("serve-page-mission-start") + months,
          el("input", { type: "date", id: `m-${id}-start`, value: m ? m.start : (cal.start || ""), disabled: !m,
            oninput: (e) => { edited.add(id); setMission(id, "start", e.target.value); } })),
        el("label", { for: `m-${id}-fixed` }, w("serve-page-fixed"),
          el("input", { type: "text", inputmode: "decimal", id: `m-${id}-fixed`, value: m && m.fixed ? m.fixed : "", disabled: !m,
            oninput: (e) => setMission(id, "fixed", e.target.value) })),
        el("label", { for: `m-${id}-variable` }, w("serve-page-variable"),
          el("input", { type: "text", inputmode: "decimal", id: `m-${id}-variable`, value: m && m.variable ? m.variable : "", disabled: !m,
            oninput: (e) => setMission(id, "variable", e.target.value) })))));
  }
  $("indicators-note").hidden = !scenario.contract.missions.some((m) => (m.indicators || []).length);
}

function engage(id, on) {
  const missions = scenario.contract.missions;
  if (on && !missionOf(id)) {
    const cal = calendar && calendar.missions.find((x) => x.id === id);
    missions.push({ id, start: (cal && cal.start) || scenario.contract.signed });
    // Keep the order of the ACI (the calendar's).
    const order = calendar ? calendar.missions.map((x) => x.id) : [];
    missions.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  } else if (!on) {
    scenario.contract.missions = missions.filter((m) => m.id !== id);
  }
  renderMissions(); renderYears(); changed();
}

function setMission(id, field, value) {
  const m = missionOf(id);
  if (!m) return;
  const v = value.trim().replace(/\s/g, "").replace(",", ".");
  if (v === "") delete m[field]; else m[field] = v;
  changed();
}

function contractYears() { return (result && result.years.length) || scenario.contract.years || 5; }

function yearPlan(n) {
  let p = scenario.years.find((y) => y.year === n);
  if (!p) { p = { year: n }; scenario.years.push(p); scenario.years.sort((a, b) => a.year - b.year); }
  return p;
}

function renderYears() {
  const box = $("years");
  box.replaceChildren();
  // A share per mission whose variable part has no indicators; the crisis recognised.
  const shared = scenario.contract.missions.filter((m) => !(m.indicators || []).length && m.id !== "crises_sanitaires");
  const head = el("tr", {}, el("th", { scope: "col", text: w("serve-page-year") }),
    ...shared.map((m) => el("th", { scope: "col", text: `${words.missions[m.id] || m.id} (%)` })),
    el("th", { scope: "col", text: w("serve-page-crisis") }));
  const rows = [];
  for (let n = 1; n <= contractYears(); n++) {
    const plan = scenario.years.find((y) => y.year === n) || {};
    rows.push(el("tr", {}, el("th", { scope: "row", text: String(n) }),
      ...shared.map((m) => {
        const v = plan.missions && plan.missions[m.id] !== undefined ? shareToPercent(plan.missions[m.id]) : "";
        return el("td", {}, el("input", { type: "text", inputmode: "decimal", id: `y${n}-${m.id}`, value: v,
          "aria-label": `${w("serve-page-year")} ${n} — ${words.missions[m.id] || m.id} (%)`,
          oninput: (e) => {
            const p = yearPlan(n); p.missions = p.missions || {};
            const s = percentToShare(e.target.value);
            if (s === null) delete p.missions[m.id]; else p.missions[m.id] = s;
            changed();
          } }));
      }),
      el("td", {}, el("input", { type: "checkbox", id: `y${n}-crisis`, checked: !!plan.crisis_recognised,
        "aria-label": `${w("serve-page-year")} ${n} — ${w("serve-page-crisis")}`,
        onchange: (e) => { yearPlan(n).crisis_recognised = e.target.checked; changed(); } }))));
  }
  box.append(el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows)));
}

function fillContract() {
  const c = scenario.contract;
  $("name").value = c.name || "";
  const single = typeof c.population === "number" || c.population === null;
  $("population").value = single ? (c.population ?? "") : "";
  $("population").disabled = !single; // a population by period stays as in the file
  $("signed").value = c.signed || "";
  $("letter").value = scenario.letter_of_intent || "";
}

async function load(s) {
  scenario = s;
  scenario.years = scenario.years || [];
  edited = new Set(scenario.contract.missions.map((m) => m.id));
  result = null;
  fillContract();
  await refreshCalendar();
  renderMissions(); renderYears();
  await simulate();
}

// --- results -------------------------------------------------------------------------------------

function changed() {
  clearTimeout(timer);
  timer = setTimeout(simulate, 250);
}

function body() { return JSON.stringify(scenario); }

async function simulate() {
  const mine = ++generation;
  const r = await api("/simulate", body());
  const answer = await r.json();
  if (mine !== generation) return;
  if (!r.ok) {
    $("problems").hidden = false;
    $("problems-text").textContent = answer.detail || "";
    return;
  }
  $("problems").hidden = true;
  const years = result ? result.years.length : null;
  result = answer;
  if (years !== result.years.length) renderYears();
  renderResults();
  const [chart, warnings] = await Promise.all([api("/chart.svg", body()), api("/warnings", body())]);
  if (mine !== generation) return;
  if (chart.ok) {
    const old = $("chart").src;
    $("chart").src = URL.createObjectURL(await chart.blob());
    if (old.startsWith("blob:")) URL.revokeObjectURL(old);
    $("chart").alt = w("serve-page-chart");
  }
  if (warnings.ok) $("warnings").replaceChildren(...(await warnings.json()).map((t) => el("li", { text: t })));
}

function amountButton(amount, onclick, id) {
  return el("button", { type: "button", class: "amount", id, onclick }, money(amount));
}

function renderResults() {
  const sim = result;
  $("total").textContent = money(sim.total_funding);
  // Funding: a row per line, a column per contract year.
  const keys = [];
  for (const y of sim.years) for (const l of y.lines) if (!keys.includes(l.item)) keys.push(l.item);
  const head = el("tr", {}, el("th", { scope: "col", text: w("serve-page-line") }),
    ...sim.years.map((y) => el("th", { scope: "col", class: "num", text: `${w("serve-page-year")} ${y.year.number}` })));
  const rows = keys.map((k) => el("tr", {}, el("th", { scope: "row", text: words.items[k] || k }),
    ...sim.years.map((y) => {
      const l = y.lines.find((x) => x.item === k);
      if (!l || l.amount === null) return el("td", { class: "num", title: l ? l.not_applicable : "" }, "—");
      return el("td", { class: "num" }, amountButton(l.amount, () => explainLine(y, l), `line-${y.year.number}-${k}`));
    })));
  rows.push(el("tr", { class: "total" }, el("th", { scope: "row", text: w("serve-page-total") }),
    ...sim.years.map((y) => el("td", { class: "num", id: `total-year-${y.year.number}` }, money(y.total)))));
  $("funding").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));

  const payHead = el("tr", {}, ...["serve-page-date", "serve-page-contract-year", "serve-page-flow", "serve-page-part", "serve-page-amount", "serve-page-cumulative"]
    .map((id, i) => el("th", { scope: "col", class: i >= 4 ? "num" : null, text: w(id) })));
  const payRows = sim.flows.map((f, i) => el("tr", {},
    el("td", { text: day(f.date) }), el("td", { text: String(f.contract_year ?? "") }),
    el("td", { text: words.items[f.flow] || f.flow }), el("td", { text: words.parts[f.part] || f.part }),
    el("td", { class: "num" }, amountButton(f.amount, () => explainPayment(f), `payment-${i}`)),
    el("td", { class: "num", text: money(f.cumulative) })));
  $("payments").replaceChildren(el("thead", {}, payHead), el("tbody", {}, ...payRows));

  const calHead = el("tr", {}, ...["serve-page-year", "serve-page-paid", "serve-page-accrued", "serve-page-cumulative"]
    .map((id, i) => el("th", { scope: "col", class: i ? "num" : null, text: w(id) })));
  const calRows = sim.calendar_years.map((c) => el("tr", {}, el("td", { text: String(c.year) }),
    el("td", { class: "num", text: money(c.paid) }), el("td", { class: "num", text: money(c.accrued) }),
    el("td", { class: "num", text: money(c.cumulative_paid) })));
  $("calendar").replaceChildren(el("thead", {}, calHead), el("tbody", {}, ...calRows));
}

function day(iso) {
  if (lang !== "fr" || !iso) return iso || "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

// --- explanations --------------------------------------------------------------------------------

function explanation(title, amount, e) {
  const parts = [el("p", {}, el("strong", { text: title }), " : ", money(amount))];
  if (!e) return parts;
  parts.push(el("p", { text: e.text }));
  const dl = el("dl", {}, el("dt", { text: w("serve-page-formula") }), el("dd", { text: e.formula }));
  if ((e.inputs || []).length) {
    dl.append(el("dt", { text: w("serve-page-inputs") }),
      el("dd", {}, el("ul", {}, ...e.inputs.map((i) => el("li", { text: `${i.name} : ${i.value}` })))));
  }
  const sources = (e.parameters || []).filter((p) => p.provenance);
  if (sources.length) {
    dl.append(el("dt", { text: w("serve-page-sources") }), el("dd", {}, el("ul", { class: "sources" },
      ...sources.map((p) => {
        const pr = p.provenance;
        const name = pr.url ? el("a", { href: pr.url, target: "_blank", rel: "noopener noreferrer", text: pr.source_title || pr.source })
          : el("span", { text: pr.source_title || pr.source });
        return el("li", {}, `${p.key} = ${p.value} — `, name,
          pr.article ? ` (${pr.article})` : "", ` — ${w("serve-page-status")} : ${words.statuses[pr.status] || pr.status}`);
      }))));
  }
  parts.push(dl);
  return parts;
}

function show(nodes) {
  $("explain-body").replaceChildren(...nodes);
  $("explain").showModal();
}

function explainLine(y, l) {
  show(explanation(`${words.items[l.item] || l.item} — ${w("serve-page-year")} ${y.year.number}`, l.amount, l.explanation));
}

function explainPayment(f) {
  show(explanation(`${words.items[f.flow] || f.flow} — ${day(f.date)}`, f.amount, f.computation));
}

// --- downloads -----------------------------------------------------------------------------------

async function download(path, name) {
  const r = await api(path, body());
  if (!r.ok) { $("problems").hidden = false; $("problems-text").textContent = (await r.json()).detail; return; }
  const a = el("a", { href: URL.createObjectURL(await r.blob()), download: name });
  document.body.append(a); a.click(); a.remove();
}

// --- wiring --------------------------------------------------------------------------------------

async function start() {
  await loadWords();
  const examples = await (await api("/examples")).json();
  for (const e of examples) $("example").append(el("option", { value: e.name, text: `${e.name} — ${e.title}` }));
  $("lang").addEventListener("change", async (e) => {
    lang = e.target.value;
    await loadWords(); await refreshCalendar(); renderMissions(); renderYears(); await simulate();
  });
  $("example").addEventListener("change", async (e) => {
    if (!e.target.value) return load(blank());
    const r = await api(`/examples/${encodeURIComponent(e.target.value)}`);
    if (r.ok) await load(await r.json());
  });
  $("file").addEventListener("change", async (e) => {
    const f = e.target.files[0];
    if (!f) return;
    const type = f.name.toLowerCase().endsWith(".json") ? "application/json" : "application/toml";
    const r = await api("/scenario.json", await f.text(), type);
    const answer = await r.json();
    if (r.ok) await load(answer);
    else { $("problems").hidden = false; $("problems-text").textContent = answer.detail; }
  });
  $("name").addEventListener("input", (e) => { scenario.contract.name = e.target.value; changed(); });
  $("population").addEventListener("input", async (e) => {
    const n = e.target.value.trim();
    scenario.contract.population = /^\d+$/.test(n) ? Number(n) : (n === "" ? null : n);
    await refreshCalendar(); changed();
  });
  $("signed").addEventListener("change", async (e) => {
    scenario.contract.signed = e.target.value;
    await refreshCalendar();
    // A first signature date engages the mandatory missions on the ACI calendar.
    if (calendar && !scenario.contract.missions.length) {
      for (const m of calendar.missions) if (m.mandatory && m.start) scenario.contract.missions.push({ id: m.id, start: m.start });
    }
    renderMissions(); changed();
  });
  $("letter").addEventListener("change", (e) => {
    if (e.target.value) scenario.letter_of_intent = e.target.value; else delete scenario.letter_of_intent;
    changed();
  });
  $("dl-toml").addEventListener("click", () => download("/scenario.toml", "scenario.toml"));
  $("dl-xlsx").addEventListener("click", () => download("/export/xlsx", "aci-resultats.xlsx"));
  $("dl-csv").addEventListener("click", () => download("/export/csv?csv=excel-fr&table=flows", "aci-versements.csv"));
  $("dl-json").addEventListener("click", () => download("/export/json", "aci-resultats.json"));
  renderYears();
}

start();
