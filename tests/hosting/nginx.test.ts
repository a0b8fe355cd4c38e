// deploy/nginx.conf, run for real: nginx serves the built site (dist/) on loopback ports and the
// answers are checked against public/_headers and the files in dist/.
// Needs `npm run build && npm run compress` first, and nginx and openssl installed (NGINX_PATH and
// OPENSSL_PATH override where they are looked for). Ports: two free ones, or NGINX_TEST_PORT and the next.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../scripts/lib/hosting/headersFile';
import { DEFAULT_CACHE_CONTROL } from '../../scripts/lib/hosting/staticServer';
import { builtFiles, distDir } from '../dist/support/builtSite';
import { expectSameOriginPath, HOSTILE_PATHS } from './support/hostilePaths';
import {
  findProgram,
  makeCertificate,
  makeTempFolder,
  sampleConfigFile,
  startNginx,
  type RunningNginx,
} from './support/nginxUnderTest';
import { freePort, rawRequest } from './support/rawRequest';

const nginxProgram = findProgram('nginx', 'NGINX_PATH', ['/usr/sbin/nginx']);
const opensslProgram = findProgram('openssl', 'OPENSSL_PATH', ['/usr/bin/openssl']);
const missingPrograms = [nginxProgram ? '' : 'nginx', opensslProgram ? '' : 'openssl'].filter(Boolean);
const skipReason = `not installed: ${missingPrograms.join(', ')} (apt-get install -y ${missingPrograms.join(' ')})`;

const rules = parseHeadersFile(readFileSync(path.resolve(import.meta.dirname, '../../public/_headers'), 'utf8'));
// Headers the sample sends on HTTPS only (HSTS) or sets per path (caching): checked on their own.
const CHECKED_APART = new Set(['strict-transport-security', 'cache-control']);

/** The smallest valid WebAssembly module: the build has no .wasm file (Pagefind ships wasm.<lang>.pagefind). */
const WASM_PROBE = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let nginx: RunningNginx;
let httpPort: number;
let httpsPort: number;
let certificate: string;
let removeTempFolder = () => {};
let assets: { script: string; stylesheet: string; compressedScript: string; indexChunk: string; fragment: string };

const get = (urlPath: string, headers: Record<string, string> = {}) =>
  rawRequest({ port: httpPort, path: urlPath, headers });
const getOverHttps = (urlPath: string) =>
  rawRequest({ port: httpsPort, path: urlPath, trustedCertificate: certificate });
const distFile = (file: string) => readFileSync(path.join(distDir, file));

/** The built site, plus a .wasm probe, in a folder of links so dist/ itself is left as built. */
function siteWithWasmProbe(folder: string): string {
  const site = path.join(folder, 'site');
  mkdirSync(site);
  for (const entry of readdirSync(distDir)) symlinkSync(path.join(distDir, entry), path.join(site, entry));
  writeFileSync(path.join(site, 'probe.wasm'), WASM_PROBE);
  return site;
}

function findAssets(): typeof assets {
  const files = builtFiles().map((entry) => `/${entry.file}`);
  const first = (pattern: RegExp, what: string, command = 'npm run build') => {
    const found = files.find((file) => pattern.test(file));
    if (!found) throw new Error(`dist/ has no ${what} (${pattern}): run \`${command}\` first`);
    return found;
  };
  const compressed = first(/^\/_astro\/.+\.js\.gz$/, 'pre-compressed script', 'npm run build && npm run compress');
  return {
    script: first(/^\/_astro\/.+\.js$/, 'script'),
    stylesheet: first(/^\/_astro\/.+\.css$/, 'stylesheet'),
    compressedScript: compressed.replace(/\.gz$/, ''),
    indexChunk: first(/^\/pagefind\/index\/.+\.pf_index$/, 'Pagefind index chunk'),
    fragment: first(/^\/pagefind\/fragment\/.+\.pf_fragment$/, 'Pagefind fragment'),
  };
}

// The one allowed skip: a machine without nginx or openssl. The title and a warning say what to install.
if (missingPrograms.length > 0) console.warn(`deploy/nginx.conf test skipped: ${skipReason}`);
const title = `deploy/nginx.conf under nginx${missingPrograms.length > 0 ? `: skipped, ${skipReason}` : ''}`;
describe.skipIf(missingPrograms.length > 0)(title, () => {
  beforeAll(async () => {
    assets = findAssets();
    const temp = makeTempFolder();
    removeTempFolder = temp.remove;
    const fixedPort = Number(process.env.NGINX_TEST_PORT) || undefined;
    httpPort = fixedPort ?? (await freePort());
    httpsPort = fixedPort ? fixedPort + 1 : await freePort();
    const keys = makeCertificate(opensslProgram!, temp.folder);
    certificate = readFileSync(keys.certificate, 'utf8');
    const root = siteWithWasmProbe(temp.folder);
    nginx = await startNginx(nginxProgram!, { root, httpPort, httpsPort, ...keys }, temp.folder);
  });

  afterAll(async () => {
    await nginx?.stop();
    removeTempFolder();
  });

  it('passes `nginx -t` on stock nginx without a warning (no ngx_brotli, no duplicate types)', () => {
    expect(nginx.configTestOutput).toContain('test is successful');
    expect(nginx.configTestOutput).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
  });

  it('runs the shipped file with only its listen and root lines changed', () => {
    const directive = /^\s*(listen|root|ssl_certificate|ssl_certificate_key)\s/;
    const kept = (text: string) => text.split('\n').filter((line) => !directive.test(line));
    expect(kept(nginx.siteConfig)).toEqual(kept(readFileSync(sampleConfigFile, 'utf8')));
  });

  it('sends each kind of file with its own content type', async () => {
    const expected: [string, RegExp][] = [
      ['/assessment/', /^text\/html\b/],
      ['/estimate/', /^text\/html\b/],
      [assets.stylesheet, /^text\/css\b/],
      [assets.script, /^(application|text)\/javascript\b/],
      // Browsers refuse to register a service worker sent with any other type.
      ['/sw.js', /^(application|text)\/javascript\b/],
      ['/feed.json', /^application\/(feed\+)?json\b/],
      ['/rss.xml', /^(application|text)\/(rss\+)?xml\b/],
      ['/sitemap-index.xml', /^(application|text)\/xml\b/],
      ['/logo.svg', /^image\/svg\+xml\b/],
      // Calendar apps accept a subscription served as text/calendar only.
      ['/eu-ai-act/timeline.ics', /^text\/calendar\b/],
      // WebAssembly.instantiateStreaming accepts this exact type only.
      ['/probe.wasm', /^application\/wasm$/],
    ];
    for (const [urlPath, contentType] of expected) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(200);
      expect(response.headers['content-type'], urlPath).toMatch(contentType);
    }
  });

  it.each(['/estimate', '/controls/a-6-2-8'])(
    'redirects %s to its slash form on the same host, path only',
    async (urlPath) => {
      // A proxy in front passes its own host and port: an absolute Location would name nginx's instead.
      const response = await get(urlPath, { host: 'guidance.example.com:8443' });
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(`${urlPath}/`);
      const page = await get(`${urlPath}/`);
      expect(page.status).toBe(200);
      expect(page.body.toString()).toBe(distFile(`${urlPath}/index.html`).toString());
    },
  );

  it.each(HOSTILE_PATHS)('sends no Location off the site for %s', async (hostile) => {
    expectSameOriginPath((await get(hostile)).headers.location, hostile);
  });

  it('sends the security headers of public/_headers on pages, assets, feeds and the 404 page', async () => {
    for (const urlPath of ['/', '/assessment/', assets.script, '/rss.xml', '/no-such-page/']) {
      const response = await get(urlPath);
      const expected = [...headersForPath(rules, urlPath)].filter(([name]) => !CHECKED_APART.has(name));
      expect(expected.length, `${urlPath}: _headers sets nothing here`).toBeGreaterThan(3);
      for (const [name, value] of expected) expect(response.headers[name], `${urlPath} ${name}`).toBe(value);
    }
  });

  it('sends Strict-Transport-Security as in public/_headers over HTTPS, and never over plain HTTP', async () => {
    const expected = headersForPath(rules, '/').get('strict-transport-security');
    expect(expected, 'public/_headers sets no Strict-Transport-Security').toBeDefined();
    const secure = await getOverHttps('/');
    expect(secure.status).toBe(200);
    expect(secure.headers['strict-transport-security']).toBe(expected);
    expect((await get('/')).headers['strict-transport-security']).toBeUndefined();
  });

  it('caches hashed files for a year, never caches the service worker and makes HTML and unhashed files revalidate, as public/_headers says', async () => {
    const paths = [
      '/',
      '/controls/a-6-2-8/',
      assets.script,
      assets.stylesheet,
      assets.indexChunk,
      assets.fragment,
      '/sw.js',
    ];
    const expectations = [...paths, '/pagefind/pagefind.js', '/rss.xml'].map(
      (urlPath) => [urlPath, headersForPath(rules, urlPath).get('cache-control') ?? DEFAULT_CACHE_CONTROL] as const,
    );
    expect(new Set(expectations.map(([, value]) => value)).size, 'all three cache rules exercised').toBe(3);
    expect(expectations.find(([urlPath]) => urlPath === '/sw.js')?.[1]).toBe('no-cache');
    for (const [urlPath, cacheControl] of expectations) {
      expect((await get(urlPath)).headers['cache-control'], urlPath).toBe(cacheControl);
    }
  });

  it('serves the .gz files written by npm run compress to clients that accept gzip, and the original to others', async () => {
    for (const [urlPath, builtFile] of [
      ['/', 'index.html'],
      [assets.compressedScript, assets.compressedScript.slice(1)],
    ] as const) {
      const compressed = await get(urlPath, { 'accept-encoding': 'gzip' });
      expect(compressed.headers['content-encoding'], urlPath).toBe('gzip');
      expect(compressed.headers.vary, urlPath).toMatch(/Accept-Encoding/i);
      expect(compressed.body.equals(distFile(`${builtFile}.gz`)), `${urlPath}: body is the .gz file as written`).toBe(
        true,
      );
      const plain = await get(urlPath);
      expect(plain.headers['content-encoding'], urlPath).toBeUndefined();
      expect(plain.body.equals(distFile(builtFile)), `${urlPath}: body is the file as built`).toBe(true);
    }
  });

  it('answers a missing page with the site’s 404 page and status 404', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html\b/);
    expect(response.body.equals(distFile('404.html'))).toBe(true);
  });

  it('never serves _headers, however the path spells it', async () => {
    for (const spelling of ['/_headers', '//_headers', '/%5Fheaders', '/controls/..%2f_headers', '/_headers/']) {
      const response = await get(spelling);
      expect(response.status, spelling).toBe(404);
      expect(response.body.equals(distFile('404.html')), `${spelling} gets the 404 page`).toBe(true);
    }
  });
});
