// End-to-end test of the page of `aci serve`, in a real headless Chromium (Debian's, driven by
// playwright-core): a person with no file fills the form for a taille-3 CPTS, reads the year-5
// total, which must be the CLI's on the same scenario, clicks an amount and sees its source,
// downloads the XLSX. Screenshots of each step go to target/e2e/.
//
// Usage: node tests/e2e/serve_page.mjs path/to/aci
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const aci = process.argv[2] || "target/debug/aci";
const shots = "target/e2e";
mkdirSync(shots, { recursive: true });
let passed = 0;
let failed = 0;
function check(what, ok, detail = "") {
  if (ok) { passed++; console.log(`ok   ${what}`); }
  else { failed++; console.log(`FAIL ${what} ${detail}`); }
}
// "1 234 567,80 €" or "1 234 567.80 €" → "1234567.80"
const plain = (s) => s.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");

const server = spawn(aci, ["serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  createInterface({ input: server.stdout }).once("line", (l) => resolve(l.match(/http:\/\/\S+/)[0]));
  server.once("exit", (c) => reject(new Error(`aci serve exited ${c}`)));
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("h1").textContent.length > 0);
  check("the page is in French by default", (await page.textContent("h1")).includes("Simulateur"));
  await page.screenshot({ path: `${shots}/1-empty.png`, fullPage: true });

  // Step by step, with the keyboard's fields and their labels.
  await page.getByLabel("Nom de la CPTS").fill("CPTS des Trois Rivières");
  await page.getByLabel("Population couverte (habitants)").fill("110000");
  await page.waitForFunction(() => document.querySelector("#taille").textContent === "3");
  check("the taille shows at once", (await page.textContent("#taille")) === "3");
  await page.getByLabel("Signature du contrat").fill("2024-03-01");
  await page.getByLabel("Lettre d'intention validée par l'ARS le (facultatif)").fill("2023-11-15");
  await page.waitForSelector("#m-acces_aux_soins-start");
  check("accès aux soins proposed 6 months after signature", (await page.inputValue("#m-acces_aux_soins-start")) === "2024-09-01");
  check("parcours proposed 12 months after signature", (await page.inputValue("#m-parcours-start")) === "2025-03-01");
  check("crises sanitaires engaged, +6 months", (await page.inputValue("#m-crises_sanitaires-start")) === "2024-09-01");
  await page.waitForSelector("#total-year-5");
  for (let n = 1; n <= 5; n++) {
    for (const m of ["acces_aux_soins", "parcours", "prevention"]) {
      const field = page.locator(`#y${n}-${m}`);
      if (await field.count()) await field.fill(String(40 + 10 * n));
    }
  }
  await page.check("#y3-crisis");
  await page.waitForTimeout(800); // the debounce, then the answer
  await page.waitForFunction(() => !document.querySelector("#problems").hidden || document.querySelector("#total-year-5"));
  check("no problem shown", await page.isHidden("#problems"), await page.textContent("#problems-text"));
  const year5 = plain(await page.textContent("#total-year-5"));
  await page.screenshot({ path: `${shots}/2-filled.png`, fullPage: true });

  // The same scenario, downloaded, in the CLI.
  const [toml] = await Promise.all([page.waitForEvent("download"), page.click("#dl-toml")]);
  const tomlPath = `${shots}/scenario.toml`;
  await toml.saveAs(tomlPath);
  const written = readFileSync(tomlPath, "utf8");
  // 50 % typed in year 1 is the share 0.5; 90 % in year 5 is 0.9; the crisis of year 3 is kept.
  check("shares typed in percent are written as decimals", /year = 1\n[\s\S]*?parcours = "0.5"/.test(written) && /year = 5\n[\s\S]*?parcours = "0.9"/.test(written), written.slice(-600));
  check("the crisis of year 3 is in the scenario", /year = 3\ncrisis_recognised = true/.test(written), written.slice(-600));
  const cli = JSON.parse(execFileSync(aci, ["simulate", tomlPath, "--format", "json"]).toString());
  check(`year-5 total on the page (${year5}) is the CLI's (${cli.years[4].total})`, year5 === cli.years[4].total);
  check("taille 3 in the CLI too", cli.years[0].taille === 3);
  check("total funding is the CLI's", plain(await page.textContent("#total")) === cli.total_funding);

  // Click an amount: its explanation with its sources.
  await page.click("#line-5-fonctionnement");
  await page.waitForSelector("#explain[open]");
  const explained = await page.textContent("#explain");
  check("the explanation shows its sources", explained.includes("Sources") && /art\.|ACI/.test(explained), explained.slice(0, 200));
  await page.screenshot({ path: `${shots}/3-explanation.png`, fullPage: false });
  await page.keyboard.press("Escape");
  check("Escape closes the explanation", !(await page.isVisible("#explain")));

  // The results as a workbook.
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#dl-xlsx")]);
  const xlsxPath = `${shots}/results.xlsx`;
  await xlsx.saveAs(xlsxPath);
  const bytes = readFileSync(xlsxPath);
  check("the XLSX is a workbook", bytes.length > 2000 && bytes.subarray(0, 2).toString() === "PK");

  // English.
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.querySelector("h1").textContent.includes("simulator"));
  check("English switch", (await page.textContent("label[for=signed]")) === "Signature of the contract");
  check("same year-5 total in English", plain(await page.textContent("#total-year-5")) === cli.years[4].total);
  await page.screenshot({ path: `${shots}/4-english.png`, fullPage: true });

  // A shipped example.
  await page.selectOption("#example", "urban-taille3");
  await page.waitForFunction(() => document.querySelector("#name").value === "CPTS Rive Gauche");
  await page.waitForTimeout(500);
  const example = JSON.parse(execFileSync(aci, ["simulate", "urban-taille3", "--format", "json"]).toString());
  check("a shipped example gives the CLI's total", plain(await page.textContent("#total")) === example.total_funding);
  await page.screenshot({ path: `${shots}/5-example.png`, fullPage: true });
  check("no script error", errors.length === 0, errors.join("; "));
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
writeFileSync(`${shots}/result.txt`, `${passed} passed, ${failed} failed\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
