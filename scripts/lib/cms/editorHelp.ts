/**
 * Help under the editor's fields, in the words of CONTRIBUTING.md. Only help lives here: what a
 * field accepts comes from the schemas (fieldsFromZod.ts).
 */
import type { FieldHelp } from './fieldsFromZod';

const pageMeta: FieldHelp = {
  updated: 'The day the facts were last reviewed. Change it when you change what the page says, not for a typo.',
  sources: 'Documents the page relies on, each with a title, a publisher and, when public, an address.',
};

export const EDITOR_HELP: Record<string, FieldHelp> = {
  updates: {
    title: 'The headline, at least 5 characters.',
    description: 'Shown in the update list, the feeds and search engines: 50 to 200 characters.',
    publishDate: 'The day it goes out. A later day schedules it: it appears at the first build on or after that day.',
    updatedDate: 'Optional. Set it when you change the facts later; the page then says "Updated".',
    tags: 'Lower-case words joined by "-", e.g. eu-ai-act. Each tag gets a page at /updates/tags/<tag>/.',
    draft: 'Ticked: shows only in npm run dev, with a "Draft" badge. Untick to publish.',
    sources: 'At least one document the update relies on.',
  },
  industries: { ...pageMeta, description: 'Meta description and card text: 50 to 180 characters.' },
  platforms: { ...pageMeta, description: 'Meta description and card text: 50 to 180 characters.' },
  services: { ...pageMeta, description: 'Meta description and card text: 50 to 180 characters.' },
  controls: {
    ...pageMeta,
    id: 'The published Annex A ID, e.g. A.6.2.8. Never change it: the page address comes from it.',
    title: 'The published control title, exactly as in content/data/standard.yaml.',
  },
  faq: {
    items: 'Each question ends with "?". In an answer, an empty line starts a new paragraph.',
  },
};
