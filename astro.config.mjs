// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { clauseHeadingIds } from './src/integrations/clauseHeadingIds';
import { themeBootScript } from './src/lib/themeBoot.mjs';
import { readSiteUrl } from './src/integrations/readSiteUrl.mjs';
import { internalLinks } from './src/integrations/internalLinks';
import { staleFactWarnings } from './src/integrations/staleFacts';
import { socialCards } from './src/integrations/socialCards';
import { devContentEditor } from './src/integrations/devContentEditor';
import { serviceWorker } from './src/integrations/serviceWorker';

/** @type {`sha256-${string}`} */
const themeBootHash = `sha256-${createHash('sha256').update(themeBootScript).digest('base64')}`;

export default defineConfig({
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/offline/') }),
    internalLinks(),
    staleFactWarnings(),
    socialCards(),
    devContentEditor(),
    // Last: it stores pages and files as the integrations before it left them.
    serviceWorker(),
  ],
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [clauseHeadingIds] }) },
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The browser's chunks only (the server and prerender builds keep the default), pinned
              // so the workbench's shell does not load react-hook-form: 'shell' is what every tool's
              // shell loads (React, the notices, the load-failure handling); 'forms' is react-hook-form
              // with the shared form components, which the assessment, estimator and check load with
              // their pages and the workbench with its inventory view (its form). Without the groups the
              // bundler splits these into more chunks and each of those pages grows by about 0.5 KB.
              codeSplitting: {
                groups: [
                  // Its own group, or the forms group would take React in as a dependency.
                  {
                    name: 'shell',
                    test: /node_modules[\\/]react[\\/]|src[\\/]islands[\\/]shared[\\/](Notice|ReloadNotice|loadFailure)\.tsx$|vite[\\/]preload-helper/,
                    priority: 1,
                  },
                  {
                    name: 'forms',
                    test: /node_modules[\\/]react-hook-form[\\/]|src[\\/]islands[\\/]shared[\\/](ChoiceGroup|ReadOnlyGroup|text)\.tsx?$/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' mailto:",
        "manifest-src 'self'",
      ],
      // Pagefind loads its own module from /pagefind/ and compiles WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeBootHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
