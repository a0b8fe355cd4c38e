import keystatic from '@keystatic/astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Where the editor opens under `npm run dev`; Keystatic's integration fixes this path. */
export const CONTENT_EDITOR_PATH = '/keystatic/';

/** Paths of Keystatic's page and API routes, which its client requests without a trailing slash. */
const EDITOR_ROUTE = /^\/(?:api\/)?keystatic(?:\/[^?#]*)?$/;

/**
 * The site uses `trailingSlash: 'always'`, so Astro answers 404 to `/api/keystatic/tree`. Adding
 * the slash before Astro sees the request keeps that rule for the site and lets the editor work;
 * Keystatic ignores empty path segments, so `tree/` means `tree`.
 */
export function addTrailingSlash(url: string): string {
  const [pathname = '', query] = url.split(/(?=\?)/, 2);
  if (!EDITOR_ROUTE.test(pathname) || pathname.endsWith('/')) return url;
  return `${pathname}/${query ?? ''}`;
}

const editorTrailingSlash: Plugin = {
  name: 'dev-content-editor-trailing-slash',
  enforce: 'post',
  configureServer(server) {
    // Astro puts its trailing-slash rule first in the stack from a post hook; this post hook runs
    // after Astro's, so its handler goes in front of that rule.
    return () => {
      server.middlewares.stack.unshift({
        route: '',
        handle: (request: IncomingMessage, _response: ServerResponse, next: (error?: unknown) => void) => {
          if (request.url) request.url = addTrailingSlash(request.url);
          next();
        },
      });
    };
  },
};

/**
 * The visual content editor (Keystatic, local storage: it writes the files in content/) under
 * `astro dev` only. A production build never calls Keystatic's integration, so the site gets no
 * editor route, script or CSP source. (Importing the integration is harmless: only calling it
 * injects routes.)
 */
export function devContentEditor(): AstroIntegration {
  return {
    name: 'dev-content-editor',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'dev') return;
        updateConfig({ integrations: [keystatic()], vite: { plugins: [editorTrailingSlash] } });
        logger.info(`Content editor at ${CONTENT_EDITOR_PATH} (npm run dev only).`);
      },
    },
  };
}
