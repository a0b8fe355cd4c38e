import { describe, expect, it } from 'vitest';
import { decodeSavedAssessment } from '../../../src/lib/assessment/storage';
import { openFragment, sealToFragment } from '../../../src/lib/handoff/fragment';
import { describeLocalWorkspace } from '../../../src/lib/handoff/localWorkspace';
import {
  HANDOFF_OPEN_PATH,
  checkReceivedWorkspace,
  handoffLink,
  handoffMailto,
  handoffPayload,
  importTexts,
} from '../../../src/lib/handoff/workspaceHandoff';
import { decodeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import { system, workspace } from '../workbench/builders';

const CONTENT_VERSION = '2026-11-28';
const answered = (status: 'implemented' | 'partial' | 'not-started') => ({
  status,
  justification: '',
  documented: false,
  evidenced: false,
  note: '',
});
const received = workspace({
  inventory: { systems: [system('s1', { name: 'Claims triage' }), system('s2', { inScope: false })], changedAt: '' },
  assessment: {
    ...workspace().assessment,
    savedAt: '2026-11-20T10:00:00.000Z',
    scoping: { role: 'provider', sizeBand: 'under-50', aiSystemCount: 2, euExposure: 'none' },
    answers: { 'ai-policy': answered('partial') },
  },
});

function memoryStorage(entries: Record<string, string>) {
  return { getItem: (key: string) => entries[key] ?? null };
}

describe('the workspace hand-off', () => {
  it('seals the workspace so the opening page gets it back whole, with nothing readable in the link', async () => {
    const fragment = await sealToFragment(handoffPayload(received, new Date('2026-12-01T08:00:00Z')));
    expect(fragment).not.toContain('Claims');
    const opened = await openFragment(fragment, { validate: checkReceivedWorkspace(CONTENT_VERSION) });
    expect(opened.ok && opened.value.workspace.inventory.systems.map((item) => item.name)).toEqual([
      'Claims triage',
      'System s2',
    ]);
    expect(opened.ok && opened.value.sealedAt).toBe('2026-12-01T08:00:00.000Z');
    expect(opened.ok && opened.value.contentChanged).toBe(false);
  });

  it('refuses a sealed value that is not a workspace, with the workspace file’s reason', async () => {
    const fragment = await sealToFragment({ format: 'something-else', systems: [] });
    const opened = await openFragment(fragment, { validate: checkReceivedWorkspace(CONTENT_VERSION) });
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.failure).toBe('invalid-data');
    expect(!opened.ok && opened.reason).toContain('not an export of this readiness assessment');
  });

  it('puts the sealed part after # on the opening page, and the whole link in the e-mail body', () => {
    const link = handoffLink('https://www.example.com', 'h1k.2.AA');
    expect(link).toBe(`https://www.example.com${HANDOFF_OPEN_PATH}#h1k.2.AA`);
    const mailto = new URL(handoffMailto(link, 'Our workspace & answers', 'Open this:'));
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe('');
    expect(mailto.searchParams.get('subject')).toBe('Our workspace & answers');
    expect(mailto.searchParams.get('body')).toBe(`Open this:\n\n${link}\n`);
  });

  it('imports with one save time in both keys, so the workbench does not take the answers as newer', () => {
    const now = new Date('2026-12-02T07:00:00Z');
    const texts = importTexts(received, now);
    const saved = decodeWorkspace(texts.workspace);
    const answers = decodeSavedAssessment(texts.assessment);
    expect(saved.ok && saved.value.value.inventory.systems).toHaveLength(2);
    expect(saved.ok && saved.value.value.assessment.savedAt).toBe(now.toISOString());
    expect(answers.ok && answers.value.value.savedAt).toBe(now.toISOString());
    expect(answers.ok && answers.value.value.scoping.sizeBand).toBe('under-50');
    expect(answers.ok && answers.value.value.answers['ai-policy']?.status).toBe('partial');
  });
});

describe('what an import would replace', () => {
  it('is nothing when this browser saved nothing', () => {
    expect(describeLocalWorkspace(memoryStorage({}))).toEqual({ kind: 'none' });
  });

  it('counts the saved workspace', () => {
    const local = describeLocalWorkspace(memoryStorage({ 'iso42001:workspace': JSON.stringify(received) }));
    expect(local).toEqual({
      kind: 'saved',
      contents: { systems: 2, answers: 1, soaEntries: 0, evidenceItems: 0, snapshots: 0 },
    });
  });

  it('counts the assessment’s answers when the workbench was never opened', () => {
    const texts = importTexts(received);
    const local = describeLocalWorkspace(memoryStorage({ 'iso42001:assessment': texts.assessment }));
    expect(local.kind === 'saved' && local.contents.answers).toBe(1);
    expect(local.kind === 'saved' && local.contents.systems).toBe(0);
  });

  it('is unreadable when either saved value cannot be read, so nothing is replaced unseen', () => {
    expect(describeLocalWorkspace(memoryStorage({ 'iso42001:workspace': '{"version":3,' }))).toEqual({
      kind: 'unreadable',
    });
    const workspaceText = JSON.stringify(received);
    expect(
      describeLocalWorkspace(memoryStorage({ 'iso42001:workspace': workspaceText, 'iso42001:assessment': 'oops' })),
    ).toEqual({ kind: 'unreadable' });
  });
});
