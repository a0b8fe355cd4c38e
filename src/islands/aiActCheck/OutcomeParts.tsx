/** Small pieces of the outcome view: article links and regulatory dates. Loaded with the outcome. */
import { articleOf } from '../../lib/aiActCheck/references';
import type { MilestoneFact } from '../../lib/aiActCheck/types';
import { fill } from '../shared/text';
import type { AiActCheckCopy } from './copy';

/** Article references, each linked to the article on EUR-Lex when the articles list has it. */
export function ArticleLinks({ references, urls }: { references: readonly string[]; urls: Record<string, string> }) {
  return (
    <>
      {references.map((reference, index) => {
        const url = urls[articleOf(reference) ?? ''];
        return (
          <span key={reference}>
            {index > 0 && ', '}
            {url ? <a href={url}>{reference}</a> : reference}
          </span>
        );
      })}
    </>
  );
}

const formatDay = (day: string, precision: MilestoneFact['precision']) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    ...(precision === 'day' ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** A date with its legal status; a reported date always carries its caveat. */
export function FactDate({ fact, copy }: { fact: MilestoneFact; copy: AiActCheckCopy }) {
  return (
    <>
      <time dateTime={fact.date}>{formatDay(fact.date, fact.precision)}</time>
      {fact.previousDate && ` (${fill(copy.previously, { date: formatDay(fact.previousDate, 'day') })})`}
      {fact.confidence === 'reported' && (
        <span className="check-caveat">
          {' '}
          <strong>{copy.reportedCaveat}:</strong> {fact.caveat ?? fact.title}
        </span>
      )}
    </>
  );
}
