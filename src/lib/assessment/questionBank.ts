/**
 * Areas of the assessment and the build-time checks of the question bank against the facts of
 * the standard (content/data/standard.yaml). Zod checks each question alone; these checks need
 * the whole bank: known IDs, every area and every Annex A control covered, unique IDs.
 */
import { referenceHref } from '../slugs';
import type { Area, Question } from './types';

export interface StandardFacts {
  groups: { id: string; title: string; subgroupOf?: string | undefined; controls?: { id: string; title: string }[] }[];
  clauses: { id: string; title: string }[];
}

/** Clauses 4-10, then the nine Annex A groups (A.6.1 and A.6.2 fold into A.6). */
export function areasFromStandard(standard: StandardFacts): Area[] {
  const clauses = standard.clauses
    .filter((clause) => !clause.id.includes('.'))
    .map((clause) => ({ id: clause.id, kind: 'clause' as const, title: clause.title }));
  const groups = standard.groups
    .filter((group) => !group.subgroupOf)
    .map((group) => ({ id: group.id, kind: 'group' as const, title: group.title }));
  return [...clauses, ...groups];
}

/** All 38 controls with titles, in Annex A order. */
export function controlsFromStandard(standard: StandardFacts): { id: string; title: string }[] {
  return standard.groups.flatMap((group) => group.controls ?? []);
}

/** The area a clause or control reference belongs to: "6.1.2" -> "6", "A.6.2.8" -> "A.6". */
export function areaOfReference(reference: string): string {
  const parts = reference.split('.');
  return reference.startsWith('A.') ? `${parts[0]}.${parts[1]}` : (parts[0] ?? reference);
}

/** "9.2.1" -> ["9.2.1", "9.2", "9"]; a control stays as it is. */
function withParentClauses(reference: string): string[] {
  if (reference.startsWith('A.')) return [reference];
  const parts = reference.split('.');
  return parts.map((_part, index) => parts.slice(0, parts.length - index).join('.'));
}

/** Problems with the bank, as "question <id>: field: message" lines; empty when all is well. */
export function checkQuestionBank(questions: readonly Question[], standard: StandardFacts): string[] {
  const problems: string[] = [];
  const areas = new Set(areasFromStandard(standard).map((area) => area.id));
  const controls = controlsFromStandard(standard).map((control) => control.id);
  const clauses = new Set(standard.clauses.map((clause) => clause.id));
  const seen = new Set<string>();
  for (const question of questions) {
    const where = `question ${question.id}`;
    if (seen.has(question.id)) problems.push(`${where}: id: used twice; IDs must be unique`);
    seen.add(question.id);
    if (!areas.has(question.area))
      problems.push(`${where}: area: "${question.area}" is not a clause 4-10 or Annex A group`);
    for (const id of question.controls) {
      if (!controls.includes(id)) problems.push(`${where}: controls: "${id}" is not an Annex A control`);
    }
    for (const id of question.clauses) {
      if (!clauses.has(id)) problems.push(`${where}: clauses: "${id}" is not a clause of the standard`);
    }
    const references = [...question.clauses, ...question.controls];
    if (references.length === 0) problems.push(`${where}: clauses/controls: map at least one clause or control`);
    if (!references.some((reference) => areaOfReference(reference) === question.area)) {
      problems.push(`${where}: area: none of its clauses or controls belongs to area ${question.area}`);
    }
    const guidancePages = new Set(references.flatMap((reference) => withParentClauses(reference).map(referenceHref)));
    if (!guidancePages.has(question.guidance)) {
      problems.push(
        `${where}: guidance: "${question.guidance}" is not the page or section of one of its clauses or controls`,
      );
    }
  }
  for (const area of areas) {
    if (!questions.some((question) => question.area === area)) problems.push(`area ${area}: no question covers it`);
  }
  for (const id of controls) {
    if (!questions.some((question) => question.controls.includes(id))) {
      problems.push(`control ${id}: no question maps to it, so the Statement of Applicability cannot derive it`);
    }
  }
  return problems;
}
