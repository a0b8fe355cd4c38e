import { contentChanges } from './contentFolder';

export default function refuseUncommittedContent(): void {
  const changes = contentChanges();
  if (changes) {
    throw new Error(
      `npm run test:cms edits content/ and restores it from git afterwards; commit or stash these first:\n${changes}`,
    );
  }
}
