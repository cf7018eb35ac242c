// statement-diff's version, named in every report and export (tests/js/version.test.mjs checks
// that it equals the "version" of www/package.json).
export const VERSION = "0.1.0";
