import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".parquet": "application/octet-stream",
  ".woff2": "font/woff2",
};

/**
 * Only this origin. Framework inlines each page's module script and Plot writes style attributes,
 * hence 'unsafe-inline' for scripts and styles; nothing may come from or go to another origin.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const hashedAsset = /^\/_(observablehq|node|npm|file|import)\/.*\.[0-9a-f]{8}\.[a-z0-9]+$/;

/** The file a URL path names in the built site (clean URLs: `/x` is `x.html`), or undefined. */
async function resolveFile(folder: string, urlPath: string): Promise<string | undefined> {
  let path: string;
  try {
    path = normalize(decodeURIComponent(urlPath));
  } catch {
    return undefined;
  }
  const full = join(folder, path);
  if (full !== folder && !full.startsWith(folder + sep)) return undefined;
  const candidates = path.endsWith("/")
    ? [join(full, "index.html")]
    : [full, `${full}.html`, join(full, "index.html")];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

export interface SiteServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 (port 0: any free port) until `close`. */
export async function serveSite(folder: string, port = 0): Promise<SiteServer> {
  const root = normalize(folder);
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = await resolveFile(root, urlPath);
    const headers = {
      "Content-Security-Policy": contentSecurityPolicy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      // Framework names scripts and data after their content hash: those never change.
      "Cache-Control": hashedAsset.test(urlPath) ? "max-age=31536000, immutable" : "no-cache",
    };
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(file ? 405 : 404, {
        ...headers,
        "Content-Type": "text/plain; charset=utf-8",
      });
      response.end(file ? "Niet toegestaan\n" : "Niet gevonden\n");
      return;
    }
    const type = contentTypes[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { ...headers, "Content-Type": type });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
