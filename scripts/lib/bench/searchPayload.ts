// What a visitor downloads to run one search: every /pagefind/ response for one query on /search/.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';

export interface TransferredResponse {
  url: string;
  /** Body bytes as sent over the wire (compressed when the server compressed it) plus headers. */
  bytes: number;
}

export function pagefindBytes(responses: readonly TransferredResponse[]): number {
  return responses
    .filter((response) => new URL(response.url).pathname.startsWith('/pagefind/'))
    .reduce((total, response) => total + response.bytes, 0);
}

/** Opens /search/?q=<query> on `baseUrl`, waits for results and sums what came from /pagefind/. */
export async function measureSearchPayload(baseUrl: string, query = 'governance'): Promise<number> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const finished: Promise<TransferredResponse>[] = [];
    page.on('requestfinished', (request) => {
      finished.push(
        request
          .sizes()
          .then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })),
      );
    });
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return pagefindBytes(await Promise.all(finished));
  } finally {
    await browser.close();
  }
}
