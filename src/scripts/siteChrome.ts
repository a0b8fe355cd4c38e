// The only script on content pages: theme toggle, the "/" search shortcut and the service worker
// (offline use and the update notice).
import './offlineUpdates';

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

function currentTheme(): 'dark' | 'light' {
  const chosen = root.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function showTheme(): void {
  if (!toggle) return;
  const dark = currentTheme() === 'dark';
  toggle.setAttribute('aria-pressed', String(dark));
  toggle.textContent = 'Dark theme';
}

if (toggle) {
  toggle.hidden = false;
  showTheme();
  toggle.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    showTheme();
  });
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === '/' && !event.ctrlKey && !event.metaKey) || (event.key === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcut || isTyping(event.target)) return;
  event.preventDefault();
  const onSearchPage = location.pathname === '/search/';
  const input = document.querySelector<HTMLInputElement>('#search-input');
  if (onSearchPage && input) input.focus();
  else location.href = '/search/';
});
