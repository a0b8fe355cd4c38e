import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { DATA_FILES, PAGE_FOLDERS, SETTINGS } from './schemas/collections';

type Schema = Parameters<typeof defineCollection>[0]['schema'] & object;

/** One collection per row of a table in src/schemas/collections.ts, each keeping its schema's type. */
function collectionsOf<Table extends Record<string, Schema>>(table: Table, loaderFor: (name: string) => Loader) {
  return Object.fromEntries(
    Object.entries(table).map(([name, schema]) => [name, defineCollection({ loader: loaderFor(name), schema })]),
  ) as { [Name in keyof Table]: { loader: Loader; schema: Table[Name] } };
}

const pageFolder = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' });
/** A data file in content/data/ is one entry whose id is its file name. */
const dataFile = (name: string) => glob({ base: './content/data', pattern: `${name}.yaml` });

// SITE_SETTINGS lets a test (or a second brand) build with another settings file.
const settingsPath = path.resolve(process.env.SITE_SETTINGS ?? SETTINGS.file);

export const collections = {
  settings: defineCollection({
    loader: glob({ base: path.dirname(settingsPath), pattern: path.basename(settingsPath) }),
    schema: SETTINGS.schema,
  }),
  ...collectionsOf(DATA_FILES, dataFile),
  ...collectionsOf(PAGE_FOLDERS, pageFolder),
};
