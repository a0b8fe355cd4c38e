/**
 * Cross-checks the control and clause pages against the facts of the standard
 * (content/data/standard.yaml). Zod checks each file alone; these checks need all files at once.
 */
import { controlSlug } from './slugs';

export interface ContentProblem {
  /** Source file relative to the project, e.g. content/controls/a-2-2.mdx. */
  file: string;
  /** Field in the file, e.g. crosswalk.nistAiRmf. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

export interface StandardCatalogue {
  groups: { id: string; controls: { id: string; title: string }[] }[];
  clauses: { id: string; title: string }[];
  nistAiRmf: Partial<Record<string, number[]>>;
  euAiActArticles: { id: string }[];
}

export interface ControlPage {
  file: string;
  id: string;
  title: string;
  group: string;
  crosswalk: { nistAiRmf: string[]; euAiAct: string[]; iso27001: string[] };
  related: { controls: string[]; clauses: string[] };
}

export interface ClausePage {
  file: string;
  clause: string;
  sections: { id: string; title: string; nistAiRmf: string[]; euAiAct: string[] }[];
  /** Heading texts of the rendered body, used to prove every sub-clause has a section. */
  headings: string[];
}

/** Every AI RMF subcategory name, from the per-category counts: GOVERN 1.1 ... MANAGE 4.3. */
export function listNistSubcategories(counts: StandardCatalogue['nistAiRmf']): Set<string> {
  const names = new Set<string>();
  for (const [fn, categories] of Object.entries(counts)) {
    categories?.forEach((size, index) => {
      for (let sub = 1; sub <= size; sub += 1) names.add(`${fn} ${index + 1}.${sub}`);
    });
  }
  return names;
}

function listed(values: Iterable<string>): string {
  const all = [...values];
  return all.length > 6 ? `${all.slice(0, 6).join(', ')} …` : all.join(', ');
}

/** Problems with control pages: missing, duplicated, unknown, mistitled, or pointing nowhere. */
export function checkControls(standard: StandardCatalogue, controls: ControlPage[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const expected = new Map(
    standard.groups.flatMap((group) => group.controls.map((control) => [control.id, { ...control, group: group.id }])),
  );
  const clauseIds = new Set(standard.clauses.map((clause) => clause.id));
  const nist = listNistSubcategories(standard.nistAiRmf);
  const articles = new Set(standard.euAiActArticles.map((article) => article.id));
  const seen = new Map<string, string>();

  for (const page of controls) {
    const fact = expected.get(page.id);
    const add = (field: string, message: string) => problems.push({ file: page.file, field, message });
    if (!fact) {
      add('id', `"${page.id}" is not an Annex A control; expected one of ${listed(expected.keys())}`);
      continue;
    }
    const earlier = seen.get(page.id);
    if (earlier) add('id', `"${page.id}" is already used by ${earlier}; each control needs exactly one file`);
    seen.set(page.id, page.file);
    if (!page.file.endsWith(`/${controlSlug(page.id)}.mdx`)) {
      add('id', `file name does not match the ID; expected ${controlSlug(page.id)}.mdx`);
    }
    if (page.title !== fact.title) add('title', `"${page.title}" differs from the published title "${fact.title}"`);
    if (page.group !== fact.group) add('group', `"${page.group}" is wrong for ${page.id}; expected "${fact.group}"`);
    page.crosswalk.nistAiRmf
      .filter((name) => !nist.has(name))
      .forEach((name) => add('crosswalk.nistAiRmf', `"${name}" is not a NIST AI RMF 1.0 subcategory`));
    page.crosswalk.euAiAct
      .filter((article) => !articles.has(article))
      .forEach((article) =>
        add('crosswalk.euAiAct', `"${article}" is not in the indicative mapping; expected one of ${listed(articles)}`),
      );
    page.related.controls
      .filter((id) => !expected.has(id))
      .forEach((id) => add('related.controls', `"${id}" is not an Annex A control`));
    page.related.clauses
      .filter((id) => !clauseIds.has(id))
      .forEach((id) => add('related.clauses', `"${id}" is not a clause or sub-clause of ISO/IEC 42001`));
  }
  for (const id of expected.keys()) {
    if (!seen.has(id)) {
      problems.push({
        file: `content/controls/${controlSlug(id)}.mdx`,
        field: 'id',
        message: `control ${id} has no page; expected a file for every one of the ${expected.size} Annex A controls`,
      });
    }
  }
  return problems;
}

/** Problems with clause pages: sub-clauses missing, unknown, without a heading, or bad crosswalks. */
export function checkClauses(standard: StandardCatalogue, clauses: ClausePage[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const titles = new Map(standard.clauses.map((clause) => [clause.id, clause.title]));
  const nist = listNistSubcategories(standard.nistAiRmf);
  const articles = new Set(standard.euAiActArticles.map((article) => article.id));

  for (const page of clauses) {
    const add = (field: string, message: string) => problems.push({ file: page.file, field, message });
    if (!page.file.endsWith(`/${page.clause}.mdx`)) add('clause', `file name must be ${page.clause}.mdx`);
    const expectedIds = standard.clauses.map((clause) => clause.id).filter((id) => id.startsWith(`${page.clause}.`));
    const sectionIds = page.sections.map((section) => section.id);
    expectedIds
      .filter((id) => !sectionIds.includes(id))
      .forEach((id) => add('sections', `sub-clause ${id} "${titles.get(id)}" is missing`));
    page.sections.forEach((section, index) => {
      const field = `sections[${index}]`;
      const title = titles.get(section.id);
      if (!expectedIds.includes(section.id)) {
        add(`${field}.id`, `"${section.id}" is not a sub-clause of clause ${page.clause}`);
        return;
      }
      if (title !== section.title) add(`${field}.title`, `"${section.title}" differs from "${title}"`);
      if (!page.headings.some((heading) => heading.startsWith(`${section.id} `))) {
        add(`${field}.id`, `the body has no heading starting with "${section.id} "`);
      }
      section.nistAiRmf
        .filter((name) => !nist.has(name))
        .forEach((name) => add(`${field}.nistAiRmf`, `"${name}" is not a NIST AI RMF 1.0 subcategory`));
      section.euAiAct
        .filter((article) => !articles.has(article))
        .forEach((article) => add(`${field}.euAiAct`, `"${article}" is not in the indicative mapping`));
    });
  }
  const present = new Set(clauses.map((page) => page.clause));
  for (const clause of ['4', '5', '6', '7', '8', '9', '10']) {
    if (!present.has(clause)) {
      problems.push({
        file: `content/clauses/${clause}.mdx`,
        field: 'clause',
        message: `clause ${clause} has no page`,
      });
    }
  }
  return problems;
}

/** One problem a line: `file  field: message`, the format every content check prints. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}  ${problem.field}: ${problem.message}`).join('\n');
}
