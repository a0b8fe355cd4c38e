/**
 * The management report, laid out for print (workbenchReport.css: A4 or Letter, a cover page, page
 * breaks between sections, nothing of the page's chrome). Shown under the files view and printed
 * each time printing is asked for; the person's PDF comes from the print dialog's "Save as PDF".
 */
import { useEffect, useRef } from 'react';
import { CONTROL_STATUS_LABELS } from '../../lib/assessment/labels';
import { IMPLEMENTATION_STATUS_LABELS } from '../../lib/workbench/labels';
import { gapLines, type ReadinessReport } from '../../lib/workbench/readinessReport';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import type { ReportCover } from '../../lib/workbook/readinessSheets';
import { ReadinessChart } from '../assessment/ReadinessChart';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { ReportInputs } from './reportInputs';

/** Gaps on paper: a page's worth; the workbook lists every one. */
export const REPORT_TOP_GAPS = 10;

interface Props {
  report: ReadinessReport;
  workspace: Workspace;
  reports: ReportInputs;
  cover: ReportCover;
  copy: WorkbenchCopy['files'];
  /** Changes each time the person asks to print (1, 2, …). */
  printRequest: number;
  onPrint: () => void;
  onClose: () => void;
}

const percentText = (percent: number | null) => (percent === null ? 'N/A' : `${percent}%`);

function ReportSummary({ report, reports, copy }: Pick<Props, 'report' | 'reports' | 'copy'>) {
  const { content } = reports;
  const { score, band, essentialGaps, unanswered } = report.results;
  const applicable = report.rows.filter((row) => row.applicable).length;
  const figures: [string, string | number][] = [
    [copy.essentialOpen, essentialGaps],
    [copy.unanswered, `${unanswered.length} / ${content.questions.length}`],
    [copy.gapItems, report.gaps.length],
    [copy.controls, `${applicable} / ${report.rows.length}`],
    [copy.evidenced, `${report.evidence.documentedAndEvidenced} / ${report.evidence.applicable}`],
  ];
  return (
    <section className="report-section report-summary" aria-labelledby="report-summary">
      <h3 id="report-summary">{copy.summaryHeading}</h3>
      <p className="report-readiness">
        <strong>{fill(copy.readiness, { percent: percentText(score.overall.percent) })}</strong>
        {band && ` · ${band.label}`}
      </p>
      {band && <p>{band.summary}</p>}
      <dl className="report-figures" aria-label={copy.keyFigures}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ReportAreas({ report, reports, copy }: Pick<Props, 'report' | 'reports' | 'copy'>) {
  const { content, areaLabels } = reports;
  const { score } = report.results;
  return (
    <section className="report-section" aria-labelledby="report-areas">
      <h3 id="report-areas">{copy.areasCaption}</h3>
      <ReadinessChart
        areas={content.areas.map((area, index) => ({
          id: area.id,
          label: areaLabels[area.id] ?? area.id,
          percent: score.areas[index]!.percent,
        }))}
        overall={{ id: 'overall', label: 'Overall', percent: score.overall.percent }}
        thresholds={content.bands.map((entry) => ({ label: entry.label, percent: entry.minPercent }))}
      />
      {/* On paper the chart's bars carry the same figures; the table is for the screen. */}
      <div className="no-print">
        <DataTable
          caption={copy.areasCaption}
          head={copy.areaHead}
          scrollRegion={false}
          hideCaption
          rows={content.areas.map((area, index) => {
            const tally = score.areas[index]!;
            return [
              areaLabels[area.id] ?? area.id,
              percentText(tally.percent),
              tally.implemented,
              tally.partial,
              tally.notStarted,
              tally.unanswered,
            ];
          })}
        />
      </div>
    </section>
  );
}

export function ManagementReport({ report, workspace, reports, cover, copy, printRequest, onPrint, onClose }: Props) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The report is on screen before the dialog opens, and focus is on it when the dialog closes.
    title.current?.focus();
    window.print();
  }, [printRequest]);
  const gaps = gapLines(report, workspace);
  const topGaps = gaps.slice(0, REPORT_TOP_GAPS);
  const { rows } = report;
  const excluded = rows.filter((row) => !row.applicable).length;
  const { timeline } = report.results;

  return (
    <article className="management-report" aria-labelledby="management-report-title">
      <p className="actions no-print report-actions">
        <button type="button" className="button" onClick={onPrint}>
          {copy.printAgain}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={onClose}>
          {copy.closeReport}
        </button>
      </p>
      <header className="report-cover">
        <p className="report-kicker">{copy.reportKicker}</p>
        <h2 id="management-report-title" ref={title} tabIndex={-1}>
          {copy.reportTitle}
        </h2>
        <p className="report-organization">{cover.organization || copy.noOrganization}</p>
        <dl className="report-cover-facts">
          <div>
            <dt>{copy.coverDate}</dt>
            <dd>{cover.date}</dd>
          </div>
          <div>
            <dt>{copy.coverVersion}</dt>
            <dd>{cover.version}</dd>
          </div>
          <div>
            <dt>{copy.coverContent}</dt>
            <dd>{reports.content.contentVersion}</dd>
          </div>
        </dl>
        <p className="report-cover-note">{fill(copy.coverNote, { date: cover.date })}</p>
      </header>

      <ReportSummary report={report} reports={reports} copy={copy} />
      <ReportAreas report={report} reports={reports} copy={copy} />

      <section className="report-section" aria-labelledby="report-gaps">
        <h3 id="report-gaps">{copy.gapsHeading}</h3>
        {gaps.length === 0 ? (
          <p>{copy.noGaps}</p>
        ) : (
          <>
            <p>{fill(copy.gapsShown, { shown: topGaps.length, total: gaps.length })}</p>
            <DataTable
              caption={copy.gapsCaption}
              head={copy.gapHead}
              scrollRegion={false}
              rows={topGaps.map((gap) => [String(gap.priority), gap.kind, gap.subject, gap.action])}
            />
          </>
        )}
      </section>

      <section className="report-section report-soa" aria-labelledby="report-soa">
        <h3 id="report-soa">{copy.soaHeading}</h3>
        <p>
          {fill(copy.soaSummary, {
            total: rows.length,
            applicable: rows.length - excluded,
            excluded,
            edited: rows.filter((row) => row.source === 'edited').length,
          })}
        </p>
        <DataTable
          caption={copy.soaCaption}
          head={copy.soaHead}
          scrollRegion={false}
          rows={rows.map((row) => [
            `${row.controlId} ${row.title}`,
            row.applicable ? copy.yes : copy.no,
            row.justification,
            row.applicable ? IMPLEMENTATION_STATUS_LABELS[row.status] : CONTROL_STATUS_LABELS.excluded,
            row.owner,
          ])}
        />
      </section>

      <section className="report-section report-timeline" aria-labelledby="report-timeline">
        <h3 id="report-timeline">{copy.timelineHeading}</h3>
        <p>
          {fill(copy.timelineSummary, {
            expected: timeline.totalExpectedWeeks,
            low: timeline.totalLowWeeks,
            high: timeline.totalHighWeeks,
          })}
          {timeline.assumedDefaults && copy.timelineDefaults}
        </p>
        <DataTable
          caption={copy.timelineCaption}
          head={copy.timelineHead}
          scrollRegion={false}
          rows={timeline.phases.map((phase) => [
            phase.name,
            `${phase.lowWeeks}-${phase.highWeeks}`,
            String(phase.expectedWeeks),
          ])}
        />
      </section>
    </article>
  );
}
