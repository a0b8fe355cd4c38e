import type { APIRoute } from 'astro';
import { getChecklistControls } from '../../data/checklist';
import { getSiteSettings } from '../../data/site';
import { controlPath } from '../../lib/slugs';

export const GET: APIRoute = async () => {
  const [controls, settings] = await Promise.all([getChecklistControls(), getSiteSettings()]);
  const body = {
    standard: 'ISO/IEC 42001:2023 Annex A',
    publisher: settings.brandName,
    note: 'IDs and titles as published; summaries and evidence are our own guidance. EU AI Act and ISO/IEC 27001 links are indicative.',
    controls: controls.map((control) => ({
      ...control,
      url: new URL(controlPath(control.id), settings.siteUrl).href,
    })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
