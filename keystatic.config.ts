// The visual content editor, opened at /keystatic/ under `npm run dev` only
// (src/integrations/devContentEditor.ts). It writes the files in content/ directly; git stays the
// record and `npm run check` the gate. Fields come from src/schemas/ (scripts/lib/cms/).
import { config } from '@keystatic/core';
import { editorCollections, editorSingletons } from './scripts/lib/cms/editorCollections';

export default config({
  storage: { kind: 'local' },
  ui: {
    brand: { name: 'Site content' },
    navigation: {
      News: ['updates'],
      Guides: ['industries', 'platforms', 'services', 'controls'],
      Pages: ['faq'],
    },
  },
  collections: editorCollections,
  singletons: editorSingletons,
});
