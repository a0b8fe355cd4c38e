/** Beside the EU question: what the EU AI Act check in this browser answers, and a way to take it. */
import { useWatch } from 'react-hook-form';
import type { ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { fill } from '../shared/text';
import type { AssessmentCopy } from './copy';
import type { AssessmentForm } from './formValues';

interface Props {
  fromCheck: ExposureFromCheck;
  form: AssessmentForm;
  /** The EU question's options, for the answer's words. */
  options: readonly { value: string; label: string }[];
  /** The review date of the check's tree on this build, to spot outcomes made by an older one. */
  treeReviewedOn: string;
  readOnly: boolean;
  copy: AssessmentCopy;
  onUse: () => void;
}

export function CheckExposureNote({ fromCheck, form, options, treeReviewedOn, readOnly, copy, onUse }: Props) {
  const current = useWatch({ control: form.control, name: 'scoping.euExposure' });
  const answer = options.find((option) => option.value === fromCheck.exposure)?.label ?? fromCheck.exposure;
  const older = fromCheck.reviewedOn.some((date) => date < treeReviewedOn);
  return (
    <div className="field-note" id="scoping-eu-check" data-testid="eu-check-note">
      <p>
        {fill(copy.checkSays, {
          systems: fromCheck.systems,
          highRisk: fromCheck.highRisk,
          unfinished: fromCheck.systems - fromCheck.finished,
        })}{' '}
        <strong>{answer}</strong>.{' '}
        {current === fromCheck.exposure ? (
          copy.checkMatches
        ) : (
          <button type="button" className="button-secondary" onClick={onUse} disabled={readOnly}>
            {copy.checkUse}
          </button>
        )}
      </p>
      {older && <p>{fill(copy.checkOlder, { date: treeReviewedOn })}</p>}
      <p>
        <a href="/eu-ai-act/check/">{copy.checkLink}</a>
      </p>
    </div>
  );
}
