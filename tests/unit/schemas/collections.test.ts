import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFor } from '../../../scripts/lib/contentCheck/schemaTable';
import { pagePathOf } from '../../../scripts/lib/contentCheck/siteLinks';
import { DATA_FILE_NAMES, DATA_FILES, PAGE_FOLDER_NAMES, PAGE_FOLDERS } from '../../../src/schemas/collections';

const contentDir = path.resolve(import.meta.dirname, '../../../content');

describe('the collections table', () => {
  it('has a row for every data file in content/data/ and a file for every row', () => {
    const onDisk = readdirSync(path.join(contentDir, 'data'))
      .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
      .map((name) => name.replace(/\.yaml$/, ''))
      .sort();
    expect([...DATA_FILE_NAMES].sort()).toEqual(onDisk);
  });

  it('has a row for every page folder of content/ and a folder for every row', () => {
    const folders = readdirSync(contentDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['data', 'settings'].includes(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect([...PAGE_FOLDER_NAMES].sort()).toEqual(folders);
  });

  it('is what npm run check validates with, row by row', () => {
    for (const name of DATA_FILE_NAMES) expect(schemaFor(`content/data/${name}.yaml`)).toBe(DATA_FILES[name]);
    for (const folder of PAGE_FOLDER_NAMES) expect(schemaFor(`content/${folder}/x.mdx`)).toBe(PAGE_FOLDERS[folder]);
    // Names an object inherits are not rows.
    expect(schemaFor('content/data/constructor.yaml')).toBeUndefined();
  });

  it('gives every page folder its pages for the link check', () => {
    for (const folder of PAGE_FOLDER_NAMES) expect(pagePathOf(`content/${folder}/x.mdx`)).toBe(`/${folder}/x/`);
    expect(pagePathOf('content/data/faq.yaml')).toBeUndefined();
  });
});
