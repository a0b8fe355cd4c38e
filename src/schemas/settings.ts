import { z } from 'astro/zod';
import { linkSchema } from './common';

/** A headline figure on the home page, with what it measures. */
const headlineFigureSchema = z.object({
  /** The figure as shown, e.g. "15-22 weeks". */
  value: z.string().min(1),
  /** What it is, e.g. "Typical path to certification". */
  label: z.string().min(3),
  /** What exactly the figure measures and where it comes from. */
  note: z.string().min(10),
});

/** Brand and site-wide settings (content/settings/site.yaml). Rebranding edits only this file and the logo. */
export const settingsSchema = z.object({
  /** Name shown in the header, titles, feeds and structured data. */
  brandName: z.string().min(2),
  /** One line under the brand on the home page. */
  tagline: z.string().min(10),
  /** Absolute origin the site is served from, used for canonical URLs and feeds. */
  siteUrl: z.url(),
  /** Where visitors and the estimator's e-mail go. */
  contactEmail: z.email(),
  /** ISO 4217 currency code for every price, e.g. "USD". */
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 4217 code such as "USD"'),
  /** BCP 47 locale for numbers and dates, e.g. "en-US". */
  locale: z.string().min(2),
  /** Brand colour as a 6-digit hex value; must keep 4.5:1 contrast on white. */
  primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as "#1d4ed8"'),
  /** Brand colour for the dark theme; must keep 4.5:1 contrast on near-black. */
  primaryColorDark: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as "#93c5fd"'),
  /** Path of the SVG logo in public/, e.g. "/logo.svg". */
  logo: z.string().regex(/^\/.+\.svg$/, 'expected a path in public/ ending in .svg'),
  /** Repository page for "Edit this page" links, e.g. https://example.com/org/site/edit/main; omit to hide them. */
  editBaseUrl: z.url().optional(),
  /** Primary and secondary calls to action shown on most pages. */
  callsToAction: z.object({ primary: linkSchema, secondary: linkSchema }),
  /** Figures on the home page. */
  headlineFigures: z.array(headlineFigureSchema).min(2).max(6),
  /** Short text at the end of every page's footer. */
  footerNote: z.string().min(10),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
