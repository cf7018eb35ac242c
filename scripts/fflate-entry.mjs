// What share links use from fflate: scripts/build.sh bundles exactly this into www/vendor/fflate.js.
export { deflateSync, inflateSync, strToU8, strFromU8 } from "fflate";
