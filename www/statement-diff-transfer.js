// A comparison from the worker to the page, without the long task of cloning many small objects:
// rows and segments as flat typed arrays (moved, not copied), segment texts not at all (the page
// cuts them from its own texts, so a lone surrogate, read as U+FFFD by the core, stays as it was).
const OPS = ["equal", "delete", "insert"];

/** In the worker: { message, transfer } for postMessage. */
export function pack(result) {
  const { rows, old, new: neu, ...rest } = result;
  const flatRows = new Uint32Array(rows.length * 4);
  rows.forEach((r, i) => flatRows.set([r.old.start, r.old.end, r.new.start, r.new.end], i * 4));
  const side = (s) => {
    const n = s.segments.length;
    const lengths = new Uint32Array(n);
    const ops = new Uint8Array(n);
    const change = new Int32Array(n);
    s.segments.forEach((seg, i) => {
      lengths[i] = seg.text.length;
      ops[i] = OPS.indexOf(seg.op);
      change[i] = seg.change ?? -1;
    });
    return { findings: s.findings, lengths, ops, change };
  };
  const sides = { old: side(old), new: side(neu) };
  const transfer = [flatRows.buffer, ...Object.values(sides).flatMap((s) => [s.lengths.buffer, s.ops.buffer, s.change.buffer])];
  return { message: { ...rest, rows: flatRows, ...sides }, transfer };
}

/** On the page: the core's Comparison again, given the two texts that were compared. */
export function unpack(message, oldText, newText) {
  const rows = new Array(message.rows.length / 4);
  for (let i = 0; i < rows.length; i++) {
    const k = i * 4;
    const f = message.rows;
    rows[i] = { old: { start: f[k], end: f[k + 1] }, new: { start: f[k + 2], end: f[k + 3] } };
  }
  const side = (s, text) => {
    const segments = new Array(s.lengths.length);
    let at = 0;
    for (let i = 0; i < segments.length; i++) {
      const seg = { text: text.slice(at, at + s.lengths[i]), op: OPS[s.ops[i]] };
      if (s.change[i] >= 0) seg.change = s.change[i];
      segments[i] = seg;
      at += s.lengths[i];
    }
    return { segments, findings: s.findings };
  };
  return { ...message, old: side(message.old, oldText), new: side(message.new, newText), rows };
}
