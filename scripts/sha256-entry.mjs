// What the export header falls back to for SHA-256 where crypto.subtle is missing (pages served over
// plain http): scripts/build.sh bundles exactly this into www/vendor/sha256.js, loaded only then.
export { sha256 } from "@noble/hashes/sha2.js";
