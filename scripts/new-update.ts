// npm run new:update -- "Title of the post": writes a draft update and says how to preview it.
import { PLACEHOLDER_MARK, createUpdateFile } from './lib/publishing/scaffold';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the title in quotes: npm run new:update -- "Title of the post"');
  process.exit(2);
}

try {
  const { file, sitePath } = createUpdateFile(process.cwd(), title, new Date());
  console.log(`Wrote ${file} (a draft).

Next:
  1. Open ${file}, replace every "${PLACEHOLDER_MARK}" text, and set the tags and sources.
  2. Preview: npm run dev, then open http://localhost:4321${sitePath}
     (drafts show only in npm run dev, with a "Draft" badge).
  3. To publish: set draft: false, run npm run check, and fix anything it lists.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
