import type { APIRoute } from 'astro';
import { getRegulatoryTimeline } from '../../data/regulatory';
import { getSiteSettings } from '../../data/site';
import { buildCalendar } from '../../lib/regulatory/icalendar';

/** /eu-ai-act/timeline.ics: every milestone as an all-day event, for calendar subscriptions. */
export const GET: APIRoute = async () => {
  const [timeline, settings] = await Promise.all([getRegulatoryTimeline(), getSiteSettings()]);
  const calendar = buildCalendar(timeline.milestones, timeline.instruments, {
    publisher: settings.brandName,
    siteUrl: settings.siteUrl,
    locale: settings.locale,
  });
  // A static host serves the file by its extension; dist/_headers and deploy/nginx.conf set the same type.
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
