// statement-diff's version, named in every export; tests/js/version.test.mjs checks it against www/package.json.
export const VERSION = "0.1.0";
