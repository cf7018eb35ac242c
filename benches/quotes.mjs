// The quote check's benchmark (issue #12): 20 quotations from a 2,000-word article checked
// against a 40,000-word source, in headless Chromium, cold (a fresh page: the first call after
// loading the quote build) and warm (median of later calls); beside it, what a reader would do
// instead with a JS library: jsdiff's diffWords over the whole article and the whole source.
//
//   node benches/quotes.mjs [--runs N]
//
// Inputs, from tests/corpus/ (see each meta.json): the source is the OpenAI Model Spec of
// 2025-12-18 (CC0, modelspec-2025-10-vs-12-long/b.txt); the article's own prose between the
// quotations is GitHub's 2024 privacy statement (gh-privacy-2024-rewrite/a.txt). Of the 20
// quotations, every 4th has a word changed and every 5th a cut ("…"); the rest are verbatim.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, ROOT } from "../tests/e2e/helpers.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;

export function quoteInputs() {
  const corpus = (p) => readFileSync(join(ROOT, "tests", "corpus", p), "utf8");
  const sourceWords = corpus("modelspec-2025-10-vs-12-long/b.txt").split(/\s+/).filter(Boolean);
  const source = sourceWords.slice(0, 40_000).join(" ");
  const words = source.split(" ");
  const filler = corpus("gh-privacy-2024-rewrite/a.txt").split(/\s+/).filter(Boolean);
  const parts = [];
  let f = 0;
  for (let k = 0; k < 20; k++) {
    const at = Math.floor(((k + 0.5) * words.length) / 20);
    let quote = words.slice(at, at + 12 + (k % 5) * 6);
    if (k % 4 === 3) quote[3] = "changed";
    if (k % 5 === 4) quote = [...quote.slice(0, 5), "…", ...quote.slice(10)];
    const prose = filler.slice(f, f + 80);
    f += 80;
    parts.push(`${prose.join(" ")} The specification says “${quote.join(" ")}”.`);
  }
  const article = parts.join("\n\n");
  return { source, article, sourceWords: words.length, articleWords: article.split(/\s+/).length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const input = quoteInputs();
  const session = await start({ root: ROOT });
  try {
    const rows = [];
    for (const lib of ["checkQuotes", "jsdiff diffWords"]) {
      // A fresh page per library: its first call is cold (the module just loaded).
      const page = await newPage(session.browser);
      await page.goto(new URL("benches/page.html", session.url).href);
      const r = await page.evaluate(
        async ({ lib, source, article, runs }) => {
          let run;
          const t0 = performance.now();
          if (lib === "checkQuotes") {
            const core = await import("/www/quotes/pkg/statement_diff.js");
            await core.default();
            run = () => core.checkQuotes(source, article);
          } else {
            const { diffWords } = await import("/node_modules/diff/libesm/index.js");
            // Its time limit keeps the page alive (unbounded, it runs the renderer out of memory).
            run = () => diffWords(source, article, { timeout: 5000 });
          }
          const loadMs = performance.now() - t0;
          const t1 = performance.now();
          const first = run();
          const coldMs = performance.now() - t1;
          const warm = [];
          for (let i = 0; i < (lib === "checkQuotes" ? runs : Math.min(runs, 3)); i++) {
            const t = performance.now();
            run();
            warm.push(performance.now() - t);
          }
          const stats = lib === "checkQuotes" ? first.stats : first ? { parts: first.length } : { gaveUp: "after its 5 s timeout" };
          return { loadMs, coldMs, warm, stats };
        },
        { lib, ...input, runs: RUNS },
      );
      await page.close();
      rows.push({ lib, loadMs: r.loadMs, coldMs: r.coldMs, warmMs: median(r.warm), stats: r.stats });
    }
    console.log(
      `quote check: ${input.articleWords}-word article, 20 quotations, against a ${input.sourceWords}-word source; Chromium ${session.browser.version()}, ${RUNS} warm runs`,
    );
    for (const r of rows) {
      console.log(
        `${r.lib.padEnd(18)} load ${r.loadMs.toFixed(1)} ms · first call ${r.coldMs.toFixed(1)} ms · warm median ${r.warmMs.toFixed(1)} ms · ${JSON.stringify(r.stats)}`,
      );
    }
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
