/**
 * Interface text convention for every tool: all of a tool's words live in its copy.ts, which the
 * Astro page passes to the island as a prop (so words travel in the HTML, not the JS budget).
 * Values that change at run time are {named} placeholders filled here.
 */
export const fill = (text: string, values: object) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String((values as Record<string, unknown>)[name] ?? ''));
