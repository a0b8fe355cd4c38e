import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { measurePage } from './scripts/lib/budgets/pageWeights';
const read = (p: string) => { const f = path.join('dist', p); return existsSync(f) ? readFileSync(f, 'utf8') : undefined; };
for (const page of ['/assessment/workbench/', '/assessment/workbench/open/']) {
  const w = measurePage(page, readFileSync(path.join('dist', page, 'index.html'), 'utf8'), read);
  console.log(page, JSON.stringify(w, (k, v) => (Array.isArray(v) && v.length > 5 ? `[${v.length}]` : v)));
}
