import type { ReactNode } from 'react';

/**
 * Fixed wording of the tool, passed from the Astro page as named slots (kebab-case there,
 * camelCase here). Astro renders it to HTML on the server, so it costs no JavaScript: the
 * page has a 90 KB budget and React alone takes about 65 KB.
 */
export interface AssessmentSlots {
  scopingIntro?: ReactNode;
  countHelp?: ReactNode;
  euHelp?: ReactNode;
  areaIntro?: ReactNode;
  bandRule?: ReactNode;
  gapsIntro?: ReactNode;
  timelineNote?: ReactNode;
  soaIntro?: ReactNode;
  privacy?: ReactNode;
  importHelp?: ReactNode;
  deleteWarning?: ReactNode;
}
