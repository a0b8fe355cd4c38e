// Writes the bench's synthetic updates into a copy of the project (see ../files/projectCopy).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SyntheticUpdate } from './syntheticUpdate';

export function writeUpdates(copy: string, updates: readonly SyntheticUpdate[]): void {
  const folder = path.join(copy, 'content/updates');
  for (const update of updates) writeFileSync(path.join(folder, update.fileName), update.source);
}
