// Share links: both texts and labels deflated (fflate) into the URL fragment, `#sd=<base64url>`,
// which never reaches a server. Decoding validates everything; a damaged link throws a readable error.
// fflate (vendor/fflate.js) is imported only when a link is made or read, not with the widget.

export const FRAGMENT_KEY = "sd";
/** Longest fragment made: longer links get cut by mail and chat clients. */
export const MAX_FRAGMENT_CHARS = 64_000;
/** Most bytes inflated (a hostile link could be a deflate bomb). */
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/** A share link that cannot be made or read; `key` and `params` name its message for the widget (messages.js). */
export class ShareLinkError extends Error {
  name = "ShareLinkError";
  constructor(message, key, params = {}) {
    super(message);
    this.key = key;
    this.params = params;
  }
}

const fflate = () =>
  import("./vendor/fflate.js").catch((e) => {
    throw new ShareLinkError(`Share links need vendor/fflate.js, which could not be loaded (${e.message}).`, "share.noFflate", { message: e.message });
  });

function toBase64Url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s) {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new ShareLinkError("This share link is damaged: it has characters a link never holds.", "share.badCharacters");
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Resolves to the fragment (without '#') for these texts; rejects with ShareLinkError when it would be too long.
 * @param {{oldText: string, newText: string, oldLabel?: string, newLabel?: string}} state
 */
export async function encodeShare({ oldText, newText, oldLabel = "", newLabel = "" }) {
  const { deflateSync, strToU8 } = await fflate();
  const json = JSON.stringify({ v: 1, o: oldText, n: newText, ol: oldLabel, nl: newLabel });
  const fragment = `${FRAGMENT_KEY}=${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    const kb = (n) => `${Math.ceil(n / 1000)} KB`;
    const [size, limit] = [kb(fragment.length), kb(MAX_FRAGMENT_CHARS)];
    throw new ShareLinkError(
      `These texts are too long to share as a link (${size} compressed; links are limited to ${limit}). Download the report instead.`,
      "share.tooLong",
      { size, limit },
    );
  }
  return fragment;
}

/**
 * Reads a location hash (with or without '#'): resolves to null if it is not a share link (fflate
 * is then not loaded), else to its state; rejects with ShareLinkError if damaged.
 */
export async function decodeShare(hash) {
  const h = String(hash ?? "").replace(/^#/, "");
  if (!h.startsWith(`${FRAGMENT_KEY}=`)) return null;
  const data = h.slice(FRAGMENT_KEY.length + 1);
  if (data.length > MAX_FRAGMENT_CHARS * 2) throw new ShareLinkError("This share link is too long to be one of ours.", "share.notOurs");
  const { inflateSync, strFromU8 } = await fflate();
  let state;
  try {
    const bytes = inflateSync(fromBase64Url(data), { out: undefined });
    if (bytes.length > MAX_INFLATED_BYTES) throw new Error("too large");
    state = JSON.parse(strFromU8(bytes));
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError("This share link is damaged and cannot be opened. Ask for a new one.", "share.damaged");
  }
  const ok = state && typeof state === "object" && state.v === 1 && typeof state.o === "string" && typeof state.n === "string";
  if (!ok) throw new ShareLinkError("This share link is damaged and cannot be opened. Ask for a new one.", "share.damaged");
  const label = (x) => (typeof x === "string" ? x.slice(0, 200) : "");
  return { oldText: state.o, newText: state.n, oldLabel: label(state.ol), newLabel: label(state.nl) };
}
