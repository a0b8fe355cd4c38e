/** Beside the EU question: what the EU AI Act check in this browser answers, and a way to take it. */
import type { ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { fill } from '../shared/text';
import { AnswerFromToolNote } from './AnswerFromToolNote';
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
  const answer = options.find((option) => option.value === fromCheck.exposure)?.label ?? fromCheck.exposure;
  const older = fromCheck.reviewedOn.some((date) => date < treeReviewedOn);
  const says = fill(copy.checkSays, {
    systems: fromCheck.systems,
    highRisk: fromCheck.highRisk,
    unfinished: fromCheck.systems - fromCheck.finished,
  });
  return (
    <AnswerFromToolNote
      id="scoping-eu-check"
      testId="eu-check-note"
      form={form}
      field="scoping.euExposure"
      answer={fromCheck.exposure}
      says={
        <>
          {says} <strong>{answer}</strong>.
        </>
      }
      matches={copy.checkMatches}
      useLabel={copy.checkUse}
      link={{ href: '/eu-ai-act/check/', label: copy.checkLink }}
      readOnly={readOnly}
      onUse={onUse}
    >
      {older && <p>{fill(copy.checkOlder, { date: treeReviewedOn })}</p>}
    </AnswerFromToolNote>
  );
}
