/**
 * Views of the crosswalk built from the control and clause pages themselves, so the library
 * filters, the reverse tables on /compare/ and the downloads can never disagree.
 */
import { compareReferences } from './references';
import { controlFilterKey } from './slugs';

export interface CrosswalkSource {
  /** Control ID (A.6.2.8) or clause number (6.1.2). */
  id: string;
  nistAiRmf: readonly string[];
  euAiAct: readonly string[];
  iso27001?: readonly string[];
  group?: string;
}

export interface ControlFilter {
  /** URL segment of the generated view: /controls/filter/<key>/. */
  key: string;
  label: string;
  kind: 'group' | 'eu-ai-act' | 'nist' | 'iso27001';
  controlIds: string[];
}

const NIST_FUNCTIONS = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'] as const;

/** Every filter view of the control library, only those that select at least one control. */
export function buildControlFilters(
  controls: readonly CrosswalkSource[],
  groups: readonly { id: string; title: string }[],
  articles: readonly { id: string; title: string }[],
): ControlFilter[] {
  const pick = (test: (control: CrosswalkSource) => boolean) =>
    controls
      .filter(test)
      .map((control) => control.id)
      .sort(compareReferences);
  const filters: ControlFilter[] = [
    ...groups.map((group) => ({
      key: controlFilterKey.group(group.id),
      label: `${group.id} ${group.title}`,
      kind: 'group' as const,
      controlIds: pick((control) => control.group === group.id || (control.group ?? '').startsWith(`${group.id}.`)),
    })),
    ...articles.map((article) => ({
      key: controlFilterKey.euAiActArticle(article.id),
      label: `EU AI Act ${article.id} ${article.title}`,
      kind: 'eu-ai-act' as const,
      controlIds: pick((control) => control.euAiAct.includes(article.id)),
    })),
    ...NIST_FUNCTIONS.map((fn) => ({
      key: controlFilterKey.nistFunction(fn),
      label: `NIST AI RMF ${fn}`,
      kind: 'nist' as const,
      controlIds: pick((control) => control.nistAiRmf.some((name) => name.startsWith(`${fn} `))),
    })),
    {
      key: controlFilterKey.iso27001,
      label: 'Has an indicative ISO/IEC 27001:2022 counterpart',
      kind: 'iso27001',
      controlIds: pick((control) => (control.iso27001 ?? []).length > 0),
    },
  ];
  return filters.filter((filter) => filter.controlIds.length > 0);
}

/** For each NIST subcategory or EU AI Act article: the controls and clauses mapped to it. */
export function invertCrosswalk(
  sources: readonly CrosswalkSource[],
  pickTargets: (source: CrosswalkSource) => readonly string[],
): Map<string, { controls: string[]; clauses: string[] }> {
  const inverted = new Map<string, { controls: string[]; clauses: string[] }>();
  for (const source of sources) {
    for (const target of pickTargets(source)) {
      const entry = inverted.get(target) ?? { controls: [], clauses: [] };
      (source.id.startsWith('A.') ? entry.controls : entry.clauses).push(source.id);
      inverted.set(target, entry);
    }
  }
  for (const entry of inverted.values()) {
    entry.controls.sort(compareReferences);
    entry.clauses.sort(compareReferences);
  }
  return new Map([...inverted.entries()].sort(([a], [b]) => compareReferences(a, b)));
}
