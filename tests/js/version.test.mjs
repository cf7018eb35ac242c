// The version the exports name is the package's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { VERSION } from "../../www/version.js";

test("www/version.js names the version of www/package.json", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../www/package.json", import.meta.url), "utf8"));
  assert.match(VERSION, /^\d+\.\d+\.\d+/);
  assert.equal(VERSION, pkg.version);
  assert.ok(pkg.files.includes("version.js") && pkg.files.includes("vendor/sha256.js"), "the package ships the version and the SHA-256 fallback");
});
