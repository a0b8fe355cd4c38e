// Search page behaviour: loads Pagefind's index only here, on demand, and renders results as text.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const MAX_RESULTS = 20;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that only exists after `pagefind --site dist`.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

/** Copies Pagefind's excerpt keeping only text and <mark>, so page text can never become markup. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(parsed.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const type = result.filters.type?.[0];
  if (type) {
    const label = document.createElement('span');
    label.className = 'result-type tag';
    label.textContent = type;
    heading.append(' ', label);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const typeSelect = document.querySelector<HTMLSelectElement>('#search-type');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !typeSelect || !status || !list) return;

  let latestQuery = 0;

  async function search(): Promise<void> {
    const query = input!.value.trim();
    const type = typeSelect!.value;
    const queryNumber = ++latestQuery;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (type) url.searchParams.set('type', type);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    if (!query) {
      status!.textContent = '';
      list!.replaceChildren();
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const engine = await loadPagefind();
      const response = await engine.search(query, type ? { filters: { type } } : {});
      const results = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (queryNumber !== latestQuery) return;
      list!.replaceChildren(...results.map(renderResult));
      const total = response.results.length;
      status!.textContent =
        total === 0
          ? `No results for “${query}”${type ? ` in ${type}` : ''}.`
          : `${total} result${total === 1 ? '' : 's'} for “${query}”${type ? ` in ${type}` : ''}${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
    } catch (error) {
      console.warn('Search index unavailable', error);
      status!.textContent = import.meta.env.DEV
        ? 'Search needs a production build: run "npm run build" then "npm run preview". The dev server has no search index.'
        : 'Search could not load its index. Reload the page to try again.';
    }
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  typeSelect.value = params.get('type') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  let debounce: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => void search(), 200);
  });
  typeSelect.addEventListener('change', () => void search());
  input.focus();
  if (input.value) void search();
}
