// Every built page passes html-validate with the project's .htmlvalidate.json (0 errors).
import path from 'node:path';
// The Node entry reads .htmlvalidate.mjs from disk; the default entry may resolve to the browser build.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from './support/builtSite';

describe('HTML validity', () => {
  it('every built page has no html-validate errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(0);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages.filter((candidate) => candidate.severity === 2)) {
          errors.push(`dist/${file}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
        }
      }
    }
    expect(errors, `${errors.length} HTML errors in ${files.length} pages`).toEqual([]);
  }, 120_000);
});
