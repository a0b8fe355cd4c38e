/**
 * Each applicable control's evidence state, and what its page says an auditor expects, offered as
 * items to add (suggestedEvidence: the "evidence" list of content/controls/*.mdx).
 */
import { useState } from 'react';
import type { ControlRef } from '../../lib/assessment/types';
import { suggestedEvidence, type ControlEvidence } from '../../lib/workbench/evidence';
import type { EvidenceItem } from '../../lib/workbench/evidenceSchema';
import { EVIDENCE_STATE_LABELS } from '../../lib/workbench/labels';
import { controlPath } from '../../lib/slugs';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import type { EvidenceCopy } from './evidenceCopy';
import { StateText } from './evidenceParts';

interface Props {
  /** The applicable controls' states (applicableControlEvidence). */
  controls: readonly ControlEvidence[];
  titles: readonly ControlRef[];
  evidenceByControl: Readonly<Record<string, readonly string[]>>;
  items: readonly EvidenceItem[];
  /** Nothing may change (see useWorkspace): the suggestions can be read, not added. */
  readOnly: boolean;
  words: EvidenceCopy;
  onSuggest: (controlId: string, title: string) => void;
}

export function ControlEvidencePanel({
  controls,
  titles,
  evidenceByControl,
  items,
  readOnly,
  words,
  onSuggest,
}: Props) {
  const titleOf = (controlId: string) => titles.find((control) => control.id === controlId)?.title ?? '';
  const firstMissing = controls.find((control) => control.state === 'missing') ?? controls[0];
  const [chosen, setChosen] = useState(firstMissing?.controlId ?? titles[0]?.id ?? '');
  const suggestions = chosen ? suggestedEvidence(chosen, evidenceByControl, items) : [];
  const rows = controls.map(({ controlId, state, items: supporting }) => [
    <a key="control" href={controlPath(controlId)}>
      {controlId} {titleOf(controlId)}
    </a>,
    <StateText key="state" state={state} label={EVIDENCE_STATE_LABELS[state]} />,
    supporting.map((item) => item.title).join('; ') || '-',
  ]);

  return (
    <>
      <h3>{words.controlsHeading}</h3>
      <p>{words.controlsIntro}</p>
      {controls.length === 0 ? (
        <p>{words.noApplicable}</p>
      ) : (
        <DataTable caption={words.controlsCaption} head={Object.values(words.controlColumns)} rows={rows} />
      )}
      <h3>{words.suggestionsHeading}</h3>
      <p>{words.suggestionsIntro}</p>
      <p className="field workbench-form">
        <label htmlFor="evidence-suggestions-for">{words.suggestionsFor}</label>
        <select id="evidence-suggestions-for" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {titles.map((control) => (
            <option key={control.id} value={control.id}>
              {control.id} {control.title}
            </option>
          ))}
        </select>
      </p>
      {chosen && (
        <>
          <ul className="evidence-suggestions" aria-label={fill(words.suggestionsListLabel, { control: chosen })}>
            {suggestions.map((suggestion) => (
              <li key={suggestion.title}>
                <span>{suggestion.title}</span>{' '}
                {suggestion.inRegister ? (
                  <span className="tag">{words.inRegister}</span>
                ) : (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={readOnly}
                    aria-label={fill(words.addSuggestionLabel, { title: suggestion.title })}
                    onClick={() => onSuggest(chosen, suggestion.title)}
                  >
                    {words.addSuggestion}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p>
            <a href={controlPath(chosen)}>{fill(words.controlGuidance, { control: chosen })}</a>
          </p>
        </>
      )}
    </>
  );
}
