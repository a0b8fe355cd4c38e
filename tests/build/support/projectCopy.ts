/**
 * Running builds and scripts in a throw-away copy of the project (scripts/lib/files/projectCopy)
 * for tests that plant a change, and reading what they built.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { listSitePaths } from '../../../scripts/lib/files/listFiles';

const execFileAsync = promisify(execFile);
export { copyProject, removeCopy, projectRoot as project } from '../../../scripts/lib/files/projectCopy';

export interface RunResult {
  code: number;
  output: string;
}

const withoutColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Variables Vitest sets that change an Astro build: with NODE_ENV=test or DEV=1 inherited, the
 * build sets import.meta.env.DEV and publishes drafts as the dev server does.
 */
const TEST_RUNNER_VARIABLES = ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'VITEST'];

/** The environment of a person running `npm run build` in a shell. */
function shellEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extra };
  for (const name of TEST_RUNNER_VARIABLES) delete env[name];
  return env;
}

/** Runs a binary of node_modules/.bin in the copy; never throws, returns exit code and output. */
export async function runBin(
  dir: string,
  bin: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(path.join(dir, 'node_modules/.bin', bin), args, {
      cwd: dir,
      env: shellEnvironment(env),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: withoutColours(stdout + stderr) };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      output: withoutColours(`${failed.stdout ?? ''}${failed.stderr ?? ''}`),
    };
  }
}

/** Every file under `dir/dist`, as site paths (/rss.xml). */
export const builtFiles = (dir: string): string[] => listSitePaths(path.join(dir, 'dist'));

export function readBuilt(dir: string, sitePath: string): string {
  return readFileSync(path.join(dir, 'dist', sitePath), 'utf8');
}

/** The text of every page in the Pagefind index (fragments are gzip with a "pagefind_dcd" prefix). */
export function pagefindFragments(dir: string): { url: string; content: string; meta?: Record<string, string> }[] {
  const fragments = path.join(dir, 'dist/pagefind/fragment');
  return readdirSync(fragments).map((name) => {
    const text = gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; content: string };
  });
}
