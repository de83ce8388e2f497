// Draw Mermaid diagrams with Mermaid itself, as its CLI does, and say what happened to each.
//
//   node mermaid_render.mjs NODE_MODULES CHROMIUM DIAGRAMS.json  ->  JSON on stdout
//
// NODE_MODULES is where `make bench-tools` installed @mermaid-js/mermaid-cli (bench/node_modules):
// its puppeteer drives the system's Chromium and its mermaid draws. One page loads Mermaid once and
// draws every diagram in turn (mmdc opens a page per diagram, about a second each), so the console
// messages of each drawing are its own. For each diagram: the error Mermaid threw (or null), the
// console errors and warnings it logged, how many task boxes it drew, and whether any drawn
// coordinate is NaN (what an unscored task drawn with a score Mermaid cannot read looks like).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, chromium, input] = process.argv.slice(2);
const puppeteer = (await import(pathToFileURL(join(modules, "puppeteer", "lib", "esm", "puppeteer", "puppeteer.js")))).default;
const diagrams = JSON.parse(readFileSync(input, "utf8"));

const browser = await puppeteer.launch({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu"] });
const results = [];
try {
  const page = await browser.newPage();
  let logged = [];
  page.on("console", (message) => {
    if (["error", "warn", "warning"].includes(message.type())) logged.push(message.text());
  });
  page.on("pageerror", (error) => logged.push(String(error)));
  await page.setContent("<!DOCTYPE html><html><body><div id=\"box\"></div></body></html>");
  await page.addScriptTag({ path: join(modules, "mermaid", "dist", "mermaid.min.js") });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, logLevel: 5 }));
  for (const [index, text] of diagrams.entries()) {
    logged = [];
    const drawn = await page.evaluate(
      async (text, id) => {
        try {
          const { svg } = await window.mermaid.render(id, text, document.getElementById("box"));
          return { error: null, svg };
        } catch (error) {
          return { error: String((error && error.message) || error), svg: "" };
        }
      },
      text,
      `diagram${index}`,
    );
    results.push({
      error: drawn.error,
      console: logged,
      tasks: (drawn.svg.match(/class="task task-type-/g) || []).length,
      nan: /="[^"]*NaN/.test(drawn.svg),
    });
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results));
