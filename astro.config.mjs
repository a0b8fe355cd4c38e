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
