import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CACHE_CONTROL,
  resolveRequest,
  serveStatic,
  type StaticServer,
} from '../../../../scripts/lib/hosting/staticServer';
import { expectSameOriginPath, HOSTILE_PATHS } from '../../../hosting/support/hostilePaths';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  mkdirSync(path.join(root, 'controls/a-2-2'), { recursive: true });
  mkdirSync(path.join(root, '_astro'));
  writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>'.repeat(50));
  writeFileSync(path.join(root, '404.html'), '<h1>Not found</h1>');
  writeFileSync(path.join(root, 'controls/a-2-2/index.html'), '<h1>A.2.2</h1>');
  writeFileSync(path.join(root, '_astro/app.js'), 'console.log(1)');
  writeFileSync(
    path.join(root, '_headers'),
    '/*\n  X-Frame-Options: DENY\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  server = await serveStatic(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function get(
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // Host, port and path given apart so the path goes out exactly as written, not normalized as a URL.
    const { hostname, port } = new URL(server.url);
    request({ hostname, port, path: urlPath, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('resolveRequest', () => {
  it('serves index.html for folder URLs, redirects folders without a slash and keeps requests inside the root', () => {
    expect(resolveRequest(root, '/controls/a-2-2/')).toEqual({
      status: 200,
      file: path.join(root, 'controls/a-2-2/index.html'),
    });
    expect(resolveRequest(root, '/controls/a-2-2')).toEqual({ status: 301, location: '/controls/a-2-2/' });
    expect(resolveRequest(root, '/../../etc/passwd')).toEqual({ status: 404, file: path.join(root, '404.html') });
    expect(resolveRequest(root, '/_headers')).toEqual({ status: 404, file: path.join(root, '404.html') });
  });
});

describe('resolveRequest against hostile paths', () => {
  it('redirects "/.//evil.example/..%2fcontrols" to the folder it names on this site, not to evil.example', () => {
    expect(resolveRequest(root, '/.//evil.example/..%2fcontrols')).toEqual({ status: 301, location: '/controls/' });
  });

  it.each(HOSTILE_PATHS)('never answers %s with a redirect off the site', (hostile) => {
    const resolution = resolveRequest(root, hostile);
    expectSameOriginPath(resolution.status === 301 ? resolution.location : undefined, hostile);
  });

  it('never serves _headers, however the path spells it', () => {
    for (const spelling of [
      '/_headers',
      '//_headers',
      '/./_headers',
      '/%5Fheaders',
      '/controls/..%2f_headers',
      '/_headers/',
    ]) {
      expect(resolveRequest(root, spelling), spelling).toEqual({ status: 404, file: path.join(root, '404.html') });
    }
  });
});

describe('serveStatic', () => {
  it.each(HOSTILE_PATHS)('sends no Location off the site for %s', async (hostile) => {
    const response = await get(hostile);
    expectSameOriginPath(response.headers.location as string | undefined, hostile);
  });

  it('answers a request for _headers with the 404 page, not the rules', async () => {
    for (const spelling of ['/_headers', '//_headers', '/%5Fheaders', '/controls/..%2f_headers']) {
      const response = await get(spelling);
      expect(response.status, spelling).toBe(404);
      expect(response.body.toString(), spelling).not.toContain('X-Frame-Options');
    }
  });

  it('applies _headers rules and the hosts’ default revalidation for HTML', async () => {
    const page = await get('/controls/a-2-2/');
    expect(page.status).toBe(200);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL);
    expect((await get('/_astro/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('compresses text for clients that accept gzip', async () => {
    const home = await get('/', { 'accept-encoding': 'gzip' });
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(home.body).toString()).toContain('<h1>Home</h1>');
  });

  it('ignores the query string when it picks the file', async () => {
    expect((await get('/controls/a-2-2/?from=search')).status).toBe(200);
    expect((await get('/controls/a-2-2?from=search')).headers.location).toBe('/controls/a-2-2/');
  });

  it('answers unknown paths with 404.html and a 404 status', async () => {
    const missing = await get('/nowhere/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
  });
});
