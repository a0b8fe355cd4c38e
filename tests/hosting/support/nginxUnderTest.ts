// Runs the shipped deploy/nginx.conf with a real nginx on loopback ports. Only the lines that tie the
// sample to a machine change (listen, root, and the pid, log and temp paths around it); everything
// else is the file as shipped, included as it would be from /etc/nginx/conf.d/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const sampleConfigFile = path.resolve(import.meta.dirname, '../../../deploy/nginx.conf');

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program from an environment variable, a usual place, or the PATH. */
export function findProgram(name: string, environmentVariable: string, usualPlaces: string[]): string | undefined {
  const fromEnvironment = process.env[environmentVariable];
  if (fromEnvironment) return fromEnvironment;
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((folder) => path.join(folder, name));
  return [...usualPlaces, ...onPath].find(isExecutable);
}

export interface TestListeners {
  root: string;
  httpPort: number;
  httpsPort: number;
  certificate: string;
  key: string;
}

/**
 * The sample with its `listen` lines replaced by loopback HTTP and HTTPS listeners and its `root`
 * pointed at the site under test. Throws when the sample no longer has those lines, so the test never
 * silently runs a file other than the one shipped.
 */
export function sampleForTest(sample: string, listeners: TestListeners): string {
  let listenReplaced = false;
  let rootsReplaced = 0;
  const lines = sample.split('\n').flatMap((line) => {
    const directive = /^(\s*)(listen|root)\s[^;#]*;\s*$/.exec(line);
    if (!directive) return [line];
    const indent = directive[1] ?? '';
    if (directive[2] === 'root') {
      rootsReplaced += 1;
      return [`${indent}root ${listeners.root};`];
    }
    if (listenReplaced) return [];
    listenReplaced = true;
    return [
      `${indent}listen 127.0.0.1:${listeners.httpPort};`,
      `${indent}listen 127.0.0.1:${listeners.httpsPort} ssl;`,
      `${indent}ssl_certificate ${listeners.certificate};`,
      `${indent}ssl_certificate_key ${listeners.key};`,
    ];
  });
  if (!listenReplaced || rootsReplaced !== 1) {
    throw new Error(
      `${sampleConfigFile}: expected "listen" lines and one "root" line to point at the test site ` +
        `(found listen: ${listenReplaced}, root: ${rootsReplaced})`,
    );
  }
  return lines.join('\n');
}

/** Where the installed nginx keeps mime.types (next to its nginx.conf), which the stock nginx.conf includes. */
function mimeTypesFile(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  return path.join(path.dirname(confPath), 'mime.types');
}

/** The http block around the sample, as Debian's /etc/nginx/nginx.conf has it, with paths in `folder`. */
function mainConfig(nginx: string, folder: string, siteConfig: string): string {
  const temp = (name: string) => path.join(folder, 'temp', name);
  return `daemon off;
worker_processes 1;
pid ${path.join(folder, 'nginx.pid')};
error_log ${path.join(folder, 'error.log')} warn;
events { worker_connections 64; }
http {
    include ${mimeTypesFile(nginx)};
    default_type application/octet-stream;
    types_hash_max_size 2048;
    sendfile on;
    access_log off;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${siteConfig};
}
`;
}

export interface RunningNginx {
  /** The sample as the test runs it. */
  siteConfig: string;
  /** What `nginx -t` printed for the generated configuration (it passed, or nginx was not started). */
  configTestOutput: string;
  stop(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, errorLog: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        reject(
          new Error(`nginx exited (${child.exitCode}):\n${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`),
        );
        return;
      }
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        if (Date.now() - started > timeoutMs) reject(new Error(`nginx did not listen on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Writes the configuration to `folder` (a fresh temp folder), checks it with `nginx -t` and starts nginx; throws with nginx's words. */
export async function startNginx(nginx: string, listeners: TestListeners, folder: string): Promise<RunningNginx> {
  // Workers run as nobody when the tests run as root: let them into the temp folder.
  chmodSync(folder, 0o755);
  const siteConfigFile = path.join(folder, 'site.conf');
  const mainConfigFile = path.join(folder, 'nginx.conf');
  const errorLog = path.join(folder, 'error.log');
  const siteConfig = sampleForTest(readFileSync(sampleConfigFile, 'utf8'), listeners);
  writeFileSync(siteConfigFile, siteConfig);
  writeFileSync(mainConfigFile, mainConfig(nginx, folder, siteConfigFile));
  const commandLine = ['-p', folder, '-e', errorLog, '-c', mainConfigFile];

  mkdirSync(path.join(folder, 'temp'));
  const check = spawnSync(nginx, ['-t', ...commandLine], { encoding: 'utf8' });
  const configTestOutput = `${check.stdout}${check.stderr}`;
  if (check.status !== 0) throw new Error(`nginx -t rejects deploy/nginx.conf:\n${configTestOutput}`);

  const child = spawn(nginx, commandLine, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(listeners.httpPort, child, errorLog);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error('Could not start nginx with deploy/nginx.conf', { cause: error });
  }
  return {
    siteConfig,
    configTestOutput,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A self-signed certificate for "localhost", made with openssl in `folder`. */
export function makeCertificate(openssl: string, folder: string): { certificate: string; key: string } {
  const certificate = path.join(folder, 'localhost.crt');
  const key = path.join(folder, 'localhost.key');
  const result = spawnSync(
    openssl,
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'].concat([
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      key,
      '-out',
      certificate,
    ]),
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a test certificate:\n${result.stderr}`);
  return { certificate, key };
}

export function makeTempFolder(): { folder: string; remove(): void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'nginx-sample-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
