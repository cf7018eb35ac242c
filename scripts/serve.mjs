// A small static file server for www/ on 127.0.0.1 (no dependencies): the package's files as it
// ships them (target/npm/, minified by scripts/package.mjs: what readers download) over www/ (the
// demo page and its examples). SOURCE=1 serves www/ alone: the commented modules, no build needed.
// Usage: node scripts/serve.mjs [--port N]   (default 8080; 0 picks a free port)
// Also imported by the e2e tests: `const { url, close } = await serve({ port: 0 })`.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = join(dirname(fileURLToPath(import.meta.url)), "..", "www");
const SHIPPED = join(dirname(fileURLToPath(import.meta.url)), "..", "target", "npm");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

/**
 * Starts the server; resolves to { url, port, close }. `headers` are added to every response;
 * `mounts` maps a URL prefix to another directory (the tests serve a test build's /pkg/);
 * `overlay`, a directory whose files are served instead of root's (the shipped package over www/).
 */
export function serve({ port = 8080, root = WWW, headers = {}, mounts = {}, overlay = root === WWW && !process.env.SOURCE ? SHIPPED : null } = {}) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
      const base = mount ? mounts[mount] : root;
      if (mount) path = path.slice(mount.length);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: "ENOENT" });
      if (!mount && overlay) {
        const over = join(overlay, file.slice(base.length));
        if (
          await stat(over).then(
            (s) => s.isFile(),
            () => false,
          )
        )
          file = over;
      }
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headers,
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === "ENOENT" || e.code === "EISDIR" ? 404 : 500, { "content-type": "text/plain" });
      res.end(e.code === "ENOENT" ? "not found" : "error");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--port");
  const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 8080));
  const { url } = await serve({ port });
  console.log(`statement-diff demo: ${url}  (Ctrl+C to stop)`);
}
