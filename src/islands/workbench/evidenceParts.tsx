/** Small pieces the evidence register and the results share. */
import { linkableLocation } from '../../lib/workbench/evidenceFields';
import type { ControlEvidenceState } from '../../lib/workbench/evidence';

/**
 * Where an item lives, as text; only an http(s) address is a link, and it passes no referrer or
 * window handle to the page it opens (an intranet address can name a project).
 */
export function EvidenceLocation({ location, notSet }: { location: string; notSet: string }) {
  if (location.trim() === '') return <>{notSet}</>;
  const href = linkableLocation(location);
  return href ? (
    <a href={href} rel="noopener noreferrer" className="evidence-location">
      {location}
    </a>
  ) : (
    <span className="evidence-location">{location}</span>
  );
}

/** A state in words; the class adds a mark for sighted readers, never the only cue. */
export function StateText({ state, label }: { state: ControlEvidenceState; label: string }) {
  return <span className={`evidence-state evidence-state-${state}`}>{label}</span>;
}
