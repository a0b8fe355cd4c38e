import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedUpdates } from '../data/updates';
import { getSiteSettings } from '../data/site';

export const GET: APIRoute = async () => {
  const [settings, updates] = await Promise.all([getSiteSettings(), getPublishedUpdates()]);
  return rss({
    title: `${settings.brandName}: ISO/IEC 42001 updates`,
    description: settings.tagline,
    site: settings.siteUrl,
    items: updates.map((update) => ({
      title: update.data.title,
      description: update.data.description,
      pubDate: update.data.publishDate,
      link: new URL(`/updates/${update.id}/`, settings.siteUrl).href,
      categories: update.data.tags,
    })),
    customData: `<language>${settings.locale}</language>`,
  });
};
