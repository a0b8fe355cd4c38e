import type { APIRoute } from 'astro';
import { getSiteSettings } from '../data/site';

// Brand colours as a same-origin stylesheet: an inline style would need a CSP exception.
export const GET: APIRoute = async () => {
  const settings = await getSiteSettings();
  const css = `:root{--brand-primary:${settings.primaryColor};--brand-primary-dark:${settings.primaryColorDark}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
