// Runs the production build (astro build, then Pagefind) in a project copy and measures it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { figuresFromResourceUsage, parseGnuTimeReport, type ResourceFigures } from './timeReport';

export const GNU_TIME = '/usr/bin/time';

export interface MeasuredBuild extends ResourceFigures {
  measuredWith: string;
}

/**
 * Without GNU time, Node cannot read a child's CPU and memory, so a child Node process runs Astro's
 * build in-process and reports its own resource usage. Pagefind then runs as its child and only
 * its wall time is counted.
 */
const IN_PROCESS_BUILD = `
import { build } from 'astro';
import { spawnSync } from 'node:child_process';
const started = performance.now();
await build({ root: process.cwd() });
const usage = process.resourceUsage();
const pagefind = spawnSync('pagefind', ['--site', 'dist'], { stdio: 'inherit' });
console.log('BENCH_USAGE ' + JSON.stringify({ usage, wallSeconds: (performance.now() - started) / 1000 }));
process.exit(pagefind.status ?? 1);
`;

function run(
  command: string,
  args: string[],
  cwd: string,
  onLine: (line: string) => void,
  env: Record<string, string>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        ...env,
        PATH: `${path.join(cwd, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        onLine(line);
      });
    }
    child.once('error', (error) => reject(new Error(`Could not start ${command}`, { cause: error })));
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`The build failed (exit code ${code}). Last lines:\n${tail.join('\n')}`));
    });
  });
}

/** `env` is added to the build's environment (the bench gives it an empty social card cache). */
export async function runMeasuredBuild(
  copy: string,
  onLine: (line: string) => void,
  env: Record<string, string> = {},
): Promise<MeasuredBuild> {
  if (existsSync(GNU_TIME)) {
    const reportFile = path.join(copy, 'time-report.txt');
    await run(GNU_TIME, ['-v', '-o', reportFile, 'sh', '-c', 'astro build && pagefind --site dist'], copy, onLine, env);
    return { ...parseGnuTimeReport(readFileSync(reportFile, 'utf8')), measuredWith: 'GNU time, all build processes' };
  }
  let reported: MeasuredBuild | undefined;
  await run(
    process.execPath,
    ['--input-type=module', '-e', IN_PROCESS_BUILD],
    copy,
    (line) => {
      if (line.startsWith('BENCH_USAGE ')) {
        const { usage, wallSeconds } = JSON.parse(line.slice('BENCH_USAGE '.length));
        reported = {
          ...figuresFromResourceUsage(usage, wallSeconds),
          measuredWith: 'Node resourceUsage, astro build only',
        };
      } else onLine(line);
    },
    env,
  );
  if (!reported) throw new Error('The build finished without reporting its resource usage');
  return reported;
}
