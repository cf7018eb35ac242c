// ESLint (flat config), run by `npm test` (scripts/test.sh) as `npx --no-install eslint .`:
// the recommended JavaScript rules, eslint-plugin-wc's custom-element rules (best practice) on the
// widget, and eslint-config-prettier last, which turns off the rules that only concern layout
// (Prettier formats the code; `npx --no-install prettier --check .`).
import js from "@eslint/js";
import wc from "eslint-plugin-wc";
import globals from "globals";
import prettier from "eslint-config-prettier";

export default [
  // Generated or vendored files and build output.
  { ignores: ["www/pkg/", "www/quotes/", "www/vendor/", "www/lexicon/", "www/examples/", "target/", "fuzz/", "test-output/", "python/statement_diff/static/"] },
  js.configs.recommended,
  {
    // The widget and the demo run in the page; the worker, the word lists and the pure modules
    // also in a worker, and the pure modules in Node (tests/js/).
    files: ["www/**/*.js"],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  { files: ["www/**/*.js"], ...wc.configs["flat/best-practice"] },
  {
    // Scripts, benchmarks and tests run in Node; the end-to-end tests and the benchmarks also hand
    // functions to the browser (page.evaluate) and run cells in a worker.
    files: ["scripts/**/*.mjs", "benches/**/*.{mjs,js}", "tests/**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.worker } },
  },
  prettier,
];
