/**
 * The one message a tool shows when it must be reloaded: another tab saved, or a part could not load.
 * Kept tiny and loaded with the page, so it shows even when nothing else can be loaded.
 */
export function ReloadNotice({ text, label }: { text: string; label: string }) {
  return (
    <div className="callout notice notice-warning">
      <p>{text}</p>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
          {label}
        </button>
      </p>
    </div>
  );
}
