import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { TIMELINE_FILE } from '../lib/regulatory/milestones';
import { formatStaleFact, staleFacts, utcDay } from '../lib/regulatory/staleness';
import { regulatoryTimelineSchema } from '../schemas/regulatoryTimeline';

/**
 * Prints a warning for every regulatory fact whose review date has passed, so a production build
 * is never silent about stale dates. It does not fail the build: `npm run check` lists the same.
 */
export function staleFactWarnings(): AstroIntegration {
  return {
    name: 'stale-facts',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const text = readFileSync(TIMELINE_FILE, 'utf8');
        const timeline = regulatoryTimelineSchema.safeParse(parse(text));
        // An invalid file fails the build with the schema's own message; nothing to add here.
        if (!timeline.success) return;
        const today = utcDay(process.env.SITE_TODAY || undefined);
        const stale = staleFacts(timeline.data.milestones, today, text);
        for (const fact of stale) logger.warn(formatStaleFact(fact));
        if (stale.length === 0) {
          logger.info(`Regulatory facts: all ${timeline.data.milestones.length} are within their review dates.`);
        }
      },
    },
  };
}
