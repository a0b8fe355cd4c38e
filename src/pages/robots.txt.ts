import type { APIRoute } from 'astro';
import { getSiteSettings } from '../data/site';

export const GET: APIRoute = async () => {
  const { siteUrl } = await getSiteSettings();
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', siteUrl).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
