/**
 * The collections of the content editor (keystatic.config.ts), built from the schemas in
 * src/schemas/collections.ts: which files each edits, which field names the file, and where the
 * dev server shows the page. Kept apart from keystatic.config.ts so the drift test can read it.
 */
import { collection, fields, singleton, type ComponentSchema } from '@keystatic/core';
import { inline } from '@keystatic/core/content-components';
import { DATA_FILES, PAGE_FOLDERS, dataFilePath, type PageFolder } from '../../../src/schemas/collections';
import { controlSlug } from '../../../src/lib/slugs';
import { UPDATE_SLUG, updateSlug } from './editorSlugs';
import { EDITOR_HELP } from './editorHelp';
import { fieldsFromZod, limitsOf, unwrap } from './fieldsFromZod';

/** The MDX body of every page: the one component bodies use is a date from the regulatory timeline. */
const body = fields.mdx({
  label: 'Body',
  extension: 'mdx',
  components: {
    Milestone: inline({
      label: 'Regulatory date',
      schema: {
        id: fields.text({
          label: 'Milestone id',
          description: 'An id: line of content/data/regulatory-timeline.yaml, e.g. ai-act-annex-iii-high-risk',
          validation: {
            isRequired: true,
            pattern: { regex: /^[a-z0-9-]+$/, message: 'expected an id such as ai-act-annex-iii-high-risk' },
          },
        }),
        // Optional attributes of src/components/Milestone.astro; an empty text leaves them out.
        show: fields.text({
          label: 'Show',
          description: 'Leave empty for the current date; "previous" for the date before it moved.',
          validation: { pattern: { regex: /^(?:previous)?$/, message: 'expected nothing or "previous"' } },
        }),
        format: fields.text({
          label: 'Format',
          description: 'Leave empty for the full date; "month" or "year" for only that part.',
          validation: {
            pattern: { regex: /^(?:date|month|year)?$/, message: 'expected nothing, "date", "month" or "year"' },
          },
        }),
      },
    }),
  },
});

/** Name of the body in the editor's schema; not a frontmatter field. */
export const BODY_FIELD = 'body';

/** The pages the editor offers, with the frontmatter field that names each file. */
export const EDITOR_PAGE_FOLDERS = {
  updates: { label: 'Updates', nameField: 'title', slug: updateSlug, slugPattern: UPDATE_SLUG },
  industries: { label: 'Industry guides', nameField: 'title' },
  platforms: { label: 'Platform guides', nameField: 'title' },
  services: { label: 'Service guides', nameField: 'title' },
  controls: { label: 'Control pages', nameField: 'id', slug: controlSlug },
} as const satisfies Partial<
  Record<PageFolder, { label: string; nameField: string; slug?: (name: string) => string; slugPattern?: RegExp }>
>;

export type EditorPageFolder = keyof typeof EDITOR_PAGE_FOLDERS;

/** The frontmatter fields of one folder, the naming field as Keystatic's slug field. */
export function pageSchema(folder: EditorPageFolder): Record<string, ComponentSchema> {
  const settings: { nameField: string; slug?: (name: string) => string; slugPattern?: RegExp } =
    EDITOR_PAGE_FOLDERS[folder];
  const zodSchema = PAGE_FOLDERS[folder];
  const help = EDITOR_HELP[folder] ?? {};
  const frontmatter = fieldsFromZod(zodSchema, '', help);
  const nameSchema = zodSchema.shape[settings.nameField as keyof typeof zodSchema.shape];
  const { length, pattern } = limitsOf(unwrap(nameSchema as never).inner);
  const nameHelp = help[settings.nameField];
  frontmatter[settings.nameField] = fields.slug({
    name: {
      label: settings.nameField === 'id' ? 'Control ID' : 'Title',
      ...(nameHelp ? { description: nameHelp } : {}),
      validation: { isRequired: true, length, ...(pattern ? { pattern } : {}) },
    },
    slug: {
      label: 'File name',
      description: `The page's address: /${folder}/<file name>/`,
      ...(settings.slug ? { generate: settings.slug } : {}),
      ...(settings.slugPattern
        ? { validation: { pattern: { regex: settings.slugPattern, message: 'expected yyyy-mm-dd-lower-case-words' } } }
        : {}),
    },
  });
  return { ...frontmatter, [BODY_FIELD]: body };
}

function pageCollection(folder: EditorPageFolder) {
  const settings = EDITOR_PAGE_FOLDERS[folder];
  return collection({
    label: settings.label,
    path: `content/${folder}/*`,
    // Keystatic cannot see through the generated schema's type that this field is a slug field.
    slugField: settings.nameField as never,
    format: { contentField: BODY_FIELD },
    entryLayout: 'content',
    // The dev server's own page for the saved file, opened from the entry's menu.
    previewUrl: `/${folder}/{slug}/`,
    schema: pageSchema(folder),
  });
}

export const editorCollections = Object.fromEntries(
  (Object.keys(EDITOR_PAGE_FOLDERS) as EditorPageFolder[]).map((folder) => [folder, pageCollection(folder)]),
) as Record<EditorPageFolder, ReturnType<typeof pageCollection>>;

/** Data files the editor offers: the FAQ. */
export const editorSingletons = {
  faq: singleton({
    label: 'FAQ',
    path: dataFilePath('faq').replace(/\.yaml$/, ''),
    format: { data: 'yaml' },
    previewUrl: '/faq/',
    schema: fieldsFromZod(DATA_FILES.faq, '', EDITOR_HELP.faq ?? {}),
  }),
};
