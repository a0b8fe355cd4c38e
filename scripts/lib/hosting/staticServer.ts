// A small static file server for the built site, used by the benchmark and the Lighthouse run.
// It behaves like a static host: directory URLs serve index.html, unknown paths get 404.html, the
// site's _headers rules apply, and text is compressed (pre-compressed .br/.gz first when present).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from './headersFile';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Hosts send this when no rule sets Cache-Control (Netlify and Cloudflare Pages both do). */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isCompressibleType(contentType: string): boolean {
  return /^(text\/|application\/(json|xml)|image\/svg)/.test(contentType);
}

export type Resolution =
  { status: 200 | 404; file: string } | { status: 301; location: string } | { status: 404; file: undefined };

function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

/**
 * The folder's own path on this site, built from the file system rather than echoed from the request:
 * a request such as "/.//evil.example/..%2fcontrols" must redirect to "/controls/", never to a
 * "//evil.example/..." that browsers would read as another host.
 */
function folderLocation(root: string, folder: string): string {
  const relative = path.relative(root, folder);
  return relative === '' ? '/' : `/${relative.split(path.sep).map(encodeURIComponent).join('/')}/`;
}

/** Hosts read _headers as configuration and never serve it (compared lower-case for case-insensitive disks). */
function isHeadersFile(root: string, file: string): boolean {
  return path.relative(root, file).toLowerCase() === '_headers';
}

/** Which file answers a URL path, as a static host decides it. */
export function resolveRequest(root: string, urlPath: string): Resolution {
  const notFoundPage = path.join(root, '404.html');
  const notFound: Resolution = existsSync(notFoundPage)
    ? { status: 404, file: notFoundPage }
    : { status: 404, file: undefined };
  const decoded = decodePath(urlPath);
  if (decoded === undefined || !decoded.startsWith('/')) return notFound;
  const candidate = path.resolve(root, `.${decoded}`);
  const inside = candidate === root || candidate.startsWith(`${root}${path.sep}`);
  if (!inside || isHeadersFile(root, candidate) || !existsSync(candidate)) return notFound;
  if (statSync(candidate).isFile()) {
    // "/page.html/" names a folder that does not exist.
    return decoded.endsWith('/') ? notFound : { status: 200, file: candidate };
  }
  if (!decoded.endsWith('/')) return { status: 301, location: folderLocation(root, candidate) };
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? { status: 200, file: index } : notFound;
}

/** The path of a request target as sent ("/a/b?q" gives "/a/b"), not resolved against a base URL. */
export function requestPath(target: string | undefined): string {
  return (target ?? '/').split(/[?#]/, 1)[0] ?? '/';
}

function acceptedEncodings(request: IncomingMessage): string {
  const header = request.headers['accept-encoding'];
  return Array.isArray(header) ? header.join(',') : (header ?? '');
}

function send(request: IncomingMessage, response: ServerResponse, root: string, rules: readonly HeaderRule[]): void {
  // Read as sent: `new URL('//evil.example/x', base)` would take evil.example for a host.
  const urlPath = requestPath(request.url);
  const resolution = resolveRequest(root, urlPath);
  if (resolution.status === 301) {
    response.writeHead(301, { location: resolution.location }).end();
    return;
  }
  if (resolution.file === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const file = resolution.file;
  const contentType = contentTypeFor(file);
  const headers: Record<string, string> = { 'content-type': contentType, 'cache-control': DEFAULT_CACHE_CONTROL };
  for (const [name, value] of headersForPath(rules, urlPath)) headers[name] = value;

  const encodings = acceptedEncodings(request);
  const compressible = isCompressibleType(contentType);
  if (compressible) headers.vary = 'Accept-Encoding';
  const sendFile = (source: string, encoding?: string) => {
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = String(statSync(source).size);
    response.writeHead(resolution.status, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(source).pipe(response);
  };
  if (compressible && /\bbr\b/.test(encodings) && existsSync(`${file}.br`)) return sendFile(`${file}.br`, 'br');
  if (compressible && /\bgzip\b/.test(encodings) && existsSync(`${file}.gz`)) return sendFile(`${file}.gz`, 'gzip');
  if (compressible && /\bgzip\b/.test(encodings)) {
    const body = gzipSync(readFileSync(file));
    headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    response.writeHead(resolution.status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  sendFile(file);
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port unless one is given), applying root/_headers if present. */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const headersFile = path.join(absoluteRoot, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    try {
      send(request, response, absoluteRoot, rules);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actualPort}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
