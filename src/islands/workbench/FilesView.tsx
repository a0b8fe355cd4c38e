/**
 * Files and reports (issue 15, item 4): the workbook (XLSX) and the printable management report,
 * both from one readiness report of the workspace. Nothing here changes the workspace, so it works
 * in a read-only tab too. Loaded on demand; the spreadsheet writer loads only when asked for.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { localToday } from '../../lib/workbench/dates';
import { latestApprovedVersion, readinessReport } from '../../lib/workbench/readinessReport';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { readinessSheets, type ReportCover } from '../../lib/workbook/readinessSheets';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import { ManagementReport } from './ManagementReport';
import type { ReportInputs } from './reportInputs';
import { useWorkbookDownload, type WorkbookProgress } from './useWorkbookDownload';

interface Props {
  workspace: Workspace;
  reports: ReportInputs;
  copy: WorkbenchCopy;
}

function progressText(progress: WorkbookProgress, words: WorkbenchCopy['files']): string {
  switch (progress.stage) {
    case 'loading':
      return words.workbookLoading;
    case 'building':
      return words.workbookBuilding;
    case 'done':
      return fill(words.workbookDone, { sheets: progress.sheets });
    default:
      return '';
  }
}

function TextField({
  id,
  label,
  help,
  value,
  onChange,
}: {
  id: string;
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-help`} className="field-help">
        {help}
      </span>
      <input
        id={id}
        type="text"
        maxLength={120}
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.value)}
      />
    </p>
  );
}

export default function FilesView({ workspace, reports, copy }: Props) {
  const words = copy.files;
  const heading = useRef<HTMLHeadingElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  // Read after hydration only (this view loads after it): the person's own calendar day.
  const [today] = useState(localToday);
  const [organization, setOrganization] = useState('');
  const [version, setVersion] = useState(() => latestApprovedVersion(workspace)?.label ?? words.draftVersion);
  /** How many times printing was asked for; 0 while the report is closed. */
  const [printRequest, setPrintRequest] = useState(0);
  const reportOpen = printRequest > 0;
  const report = useMemo(() => readinessReport(workspace, reports.content, today), [workspace, reports, today]);
  const cover: ReportCover = {
    organization: organization.trim(),
    version: version.trim() || words.draftVersion,
    date: today,
  };
  const workbook = useWorkbookDownload(() =>
    readinessSheets(report, workspace, reports.content, reports.areaLabels, cover),
  );
  const wasOpen = useRef(false);
  useEffect(() => {
    // Back to the button that opened the report once it closes (not on the first render).
    if (!reportOpen && wasOpen.current) printButton.current?.focus();
    wasOpen.current = reportOpen;
  }, [reportOpen]);

  return (
    <>
      <section aria-labelledby="workbench-files-view-heading" className="workbench-files-view">
        <h2 id="workbench-files-view-heading" ref={heading} tabIndex={-1}>
          {words.heading}
        </h2>
        <p>{words.intro}</p>
        <fieldset className="workbench-cover-fields">
          <legend>{words.coverLegend}</legend>
          <TextField
            id="report-organization"
            label={words.organization}
            help={words.organizationHelp}
            value={organization}
            onChange={setOrganization}
          />
          <TextField
            id="report-version"
            label={words.version}
            help={words.versionHelp}
            value={version}
            onChange={setVersion}
          />
        </fieldset>

        <h3>{words.workbookHeading}</h3>
        <p>{words.workbookHelp}</p>
        <p className="actions">
          <button type="button" className="button" aria-disabled={workbook.busy} onClick={workbook.download}>
            {words.downloadWorkbook}
          </button>
        </p>
        <p role="status" className="workbook-progress" data-stage={workbook.progress.stage}>
          {progressText(workbook.progress, words)}
        </p>
        <div role="alert">
          {workbook.progress.stage === 'failed' && (
            <p className="field-error">{fill(words.workbookFailed, { reason: workbook.progress.reason })}</p>
          )}
        </div>

        <h3>{words.reportHeading}</h3>
        <p>{words.reportHelp}</p>
        <p className="actions">
          <button
            ref={printButton}
            type="button"
            className="button"
            onClick={() => setPrintRequest((count) => count + 1)}
          >
            {words.printReport}
          </button>
        </p>
      </section>
      {reportOpen && (
        <ManagementReport
          report={report}
          workspace={workspace}
          reports={reports}
          cover={cover}
          copy={words}
          printRequest={printRequest}
          onPrint={() => setPrintRequest((count) => count + 1)}
          onClose={() => setPrintRequest(0)}
        />
      )}
    </>
  );
}
