/**
 * The outcome of one system: tier, scope, role, duties with articles and dates, notes, the
 * reasoning trail, what to find out and the indicative ISO/IEC 42001 evidence. Loaded on demand,
 * so the question step's page carries none of it.
 */
import type { CheckResult, ObligationResult } from '../../lib/aiActCheck/types';
import { controlPath, referenceHref } from '../../lib/slugs';
import { fill } from '../shared/text';
import type { AiActCheckCopy } from './copy';
import { ArticleLinks, FactDate } from './OutcomeParts';

interface Props {
  result: CheckResult;
  urls: Record<string, string>;
  copy: AiActCheckCopy;
}

function Duty({ duty, urls, copy }: { duty: ObligationResult; urls: Record<string, string>; copy: AiActCheckCopy }) {
  const evidence = [
    ...duty.iso42001.clauses.map((id) => ({ id, href: referenceHref(id), label: fill(copy.clause, { id }) })),
    ...duty.iso42001.controls.map((id) => ({ id, href: controlPath(id), label: id })),
  ];
  return (
    <li className="check-duty">
      <h4>{duty.title}</h4>
      <p>{duty.summary}</p>
      <dl className="check-facts">
        <dt>{copy.articles}</dt>
        <dd>
          <ArticleLinks references={duty.articles} urls={urls} />
        </dd>
        <dt>{copy.appliesFrom}</dt>
        <dd>
          <FactDate fact={duty.appliesFrom} copy={copy} />
        </dd>
        {duty.condition && (
          <>
            <dt>{copy.onlyIf}</dt>
            <dd>{duty.condition}</dd>
          </>
        )}
        {evidence.length > 0 && (
          <>
            <dt>{copy.evidence}</dt>
            <dd>
              {evidence.map((item, index) => (
                <span key={item.id}>
                  {index > 0 && ', '}
                  <a href={item.href}>{item.label}</a>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{copy.notCovered}</dt>
        <dd>{duty.notCovered}</dd>
      </dl>
    </li>
  );
}

export default function OutcomeView({ result, urls, copy }: Props) {
  const { role } = result;
  return (
    <div className="check-outcome">
      {result.provisional && <p className="callout notice notice-warning">{copy.provisional}</p>}
      <dl className="check-facts check-summary">
        <dt>{copy.tier}</dt>
        <dd>
          <strong data-testid="check-tier">{result.tierLabel}</strong>: {result.outcome.summary}
        </dd>
        <dt>{copy.scope}</dt>
        <dd>
          {result.scope.inScope ? copy.inScope : copy.outOfScope},{' '}
          {fill(copy.because, { because: result.scope.because })}
          {result.scope.articles.length > 0 && ' ('}
          <ArticleLinks references={result.scope.articles} urls={urls} />
          {result.scope.articles.length > 0 && ')'}
        </dd>
        <dt>{copy.role}</dt>
        <dd>
          {role ? role.label : copy.noRole}
          {role?.becameProvider && ` ${fill(copy.becameProvider, { answered: role.answered })}`}
        </dd>
      </dl>
      <h3>{copy.dutiesHeading}</h3>
      {result.obligations.length === 0 ? (
        <p>{copy.noDuties}</p>
      ) : (
        <ul className="check-duties">
          {result.obligations.map((duty) => (
            <Duty key={duty.id} duty={duty} urls={urls} copy={copy} />
          ))}
        </ul>
      )}
      {result.notes.length > 0 && (
        <>
          <h3>{copy.notesHeading}</h3>
          <ul>
            {result.notes.map((note) => (
              <li key={note.flag}>
                {note.text} (<ArticleLinks references={note.articles} urls={urls} />)
              </li>
            ))}
          </ul>
        </>
      )}
      {result.toFindOut.length > 0 && (
        <>
          <h3>{copy.findOutHeading}</h3>
          <ul>
            {result.toFindOut.map((open) => (
              <li key={open.questionId}>
                <strong>{open.question}</strong> {open.findOut} (<ArticleLinks references={open.articles} urls={urls} />
                )
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{copy.reasoningHeading}</h3>
      <ol className="check-reasoning">
        {result.trail.map((step) => (
          <li key={step.questionId}>
            {step.question} <strong>{step.answer}</strong>
            {step.unknown && ` ${copy.assumed}`}: {step.because}
            {step.articles.length > 0 && ' ('}
            <ArticleLinks references={step.articles} urls={urls} />
            {step.articles.length > 0 && ')'}
          </li>
        ))}
      </ol>
      {result.notCoveredBy42001.length > 0 && (
        <>
          <h3>{copy.notCoveredHeading}</h3>
          <ul>
            {result.notCoveredBy42001.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p className="callout">
        {result.notLegalAdvice} {fill(copy.reviewedOn, { date: result.reviewedOn })}
      </p>
    </div>
  );
}
