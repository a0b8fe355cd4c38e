// npm run check [-- --skip-types]: types, content, Markdown bodies and links, one problem a line.
// The checks live in scripts/lib/contentCheck/; this file runs the tools and prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { distIsStale, BUILD_INPUTS } from './lib/contentCheck/buildFreshness';
import { checkContentFiles } from './lib/contentCheck/checkContentFiles';
import { formatProblem, formatSummary, sortProblems, type CheckProblem } from './lib/contentCheck/problems';
import { SETTINGS_FILE } from './lib/contentCheck/schemaTable';
import { bodyLinkProblems, builtLinkProblems, readBuiltSite } from './lib/contentCheck/siteLinks';
import { toolFailure, typeErrorProblems } from './lib/contentCheck/toolOutput';

const root = process.cwd();
const skipTypes = process.argv.includes('--skip-types');
const settingsFile = path
  .relative(root, path.resolve(process.env.SITE_SETTINGS ?? SETTINGS_FILE))
  .split(path.sep)
  .join('/');
const notes: string[] = [];
// Printed in this order, each sorted by file and line: types, content, links.
const typeProblems: CheckProblem[] = [];
const linkProblems: CheckProblem[] = [];

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    // NODE_ENV other than production makes an Astro build behave like the dev server (drafts included).
    env: { ...process.env, FORCE_COLOR: '0', NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`,
  };
}

console.log('Checking content files…');
const content = checkContentFiles(root, settingsFile);
notes.push(...content.notes);

if (skipTypes) {
  notes.push('type check skipped (--skip-types)');
} else if (content.stopsBuild) {
  notes.push('type check skipped: astro check cannot load content with the problems above; fix them and run again');
} else {
  console.log('Type-checking with astro check (this takes a minute or two)…');
  const typeCheck = run('npx', ['astro', 'check', '--minimumSeverity', 'error']);
  const typeErrors = typeErrorProblems(typeCheck.output);
  typeProblems.push(...typeErrors);
  if (!typeCheck.ok && typeErrors.length === 0)
    typeProblems.push(
      toolFailure('astro check', typeCheck.output, 'astro check to finish; run npm run typecheck to see why'),
    );
}

if (content.stopsBuild) {
  notes.push('link check skipped: the site cannot build with the content problems above; fix them and run again');
} else {
  let builtOk = true;
  if (distIsStale(root, 'dist', [...BUILD_INPUTS, settingsFile])) {
    console.log('Building the site into dist/ to check links (about a minute)…');
    const build = run('npm', ['run', 'build']);
    // A broken link fails the build after the pages are written: the link check below explains it.
    builtOk = build.ok || /Broken internal links/.test(build.output);
    if (!builtOk)
      linkProblems.push(
        toolFailure('npm run build', build.output, 'the site to build; run npm run build to see the full error'),
      );
  }
  if (builtOk) {
    const site = readBuiltSite(root);
    const fromBodies = bodyLinkProblems(content.bodyLinks, site);
    linkProblems.push(...fromBodies, ...builtLinkProblems(site, fromBodies));
  }
}

const problems = [typeProblems, content.problems, linkProblems].flatMap(sortProblems);
console.log('');
for (const problem of problems) console.log(formatProblem(problem));
for (const note of notes) console.log(`note: ${note}`);
console.log(`\n${formatSummary(problems)}`);
process.exitCode = problems.length > 0 ? 1 : 0;
