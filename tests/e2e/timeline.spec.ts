// The EU AI Act timeline: reported dates on guides lead to their entry, and the calendar feed. Its
// page goes through axe in the a11y run (tests/a11y), light and dark.
import { expect, test } from './support/fixture';

test('a reported date on a guide leads to its timeline entry, which says what is not confirmed', async ({
  site,
  page,
}) => {
  await site.open('/industries/manufacturing/');
  const firstNote = page.getByRole('link', { name: 'reported, not yet confirmed' }).first();
  const target = (await firstNote.getAttribute('href')) ?? '';
  expect(target).toMatch(/^\/eu-ai-act\/timeline\/#[a-z0-9-]+$/);

  await firstNote.click();
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, '\\$&')}$`));
  // The entry the address points at: the element the browser scrolled to.
  const entry = page.locator(':target');
  await expect(entry).toHaveRole('listitem');
  await expect(entry).toBeInViewport();
  await expect(entry.getByText(/not yet confirmed against/)).toBeVisible();
  await expect(entry.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test('the timeline offers the calendar, served as text/calendar', async ({ site, page, request }) => {
  await site.open('/eu-ai-act/timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EU AI Act and AI governance timeline');
  for (const name of [/^Next 12 months/, /^Later/, /^Already happened/]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const href = await page.getByRole('link', { name: 'Subscribe to the calendar (.ics)' }).getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
});
