import type { APIRoute } from 'astro';
import { getPublishedUpdates } from '../data/updates';
import { getSiteSettings } from '../data/site';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of published updates. */
export const GET: APIRoute = async () => {
  const [settings, updates] = await Promise.all([getSiteSettings(), getPublishedUpdates()]);
  const absolute = (path: string) => new URL(path, settings.siteUrl).href;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${settings.brandName}: ISO/IEC 42001 updates`,
    home_page_url: absolute('/updates/'),
    feed_url: absolute('/feed.json'),
    description: settings.tagline,
    language: settings.locale,
    authors: [{ name: settings.brandName, url: settings.siteUrl }],
    items: updates.map((update) => ({
      id: absolute(`/updates/${update.id}/`),
      url: absolute(`/updates/${update.id}/`),
      title: update.data.title,
      summary: update.data.description,
      content_text: update.data.description,
      date_published: update.data.publishDate.toISOString(),
      ...(update.data.updatedDate ? { date_modified: update.data.updatedDate.toISOString() } : {}),
      tags: update.data.tags,
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
