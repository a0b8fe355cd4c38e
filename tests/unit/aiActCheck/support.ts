/** The real decision tree and what it cites, read as the build reads them, for the check's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { TreeReferences } from '../../../src/lib/aiActCheck/validateTree';
import type { Milestone } from '../../../src/lib/regulatory/milestones';
import { actArticlesSchema } from '../../../src/schemas/aiActArticles';
import { aiActCheckSchema, type AiActCheckData } from '../../../src/schemas/aiActCheck';
import { regulatoryTimelineSchema } from '../../../src/schemas/regulatoryTimeline';
import { standardSchema } from '../../../src/schemas/standard';

const project = path.resolve(import.meta.dirname, '../../..');
const readYaml = (file: string): unknown => parse(readFileSync(path.join(project, file), 'utf8'));

export const tree: AiActCheckData = aiActCheckSchema.parse(readYaml('content/data/ai-act-check.yaml'));
export const articles = actArticlesSchema.parse(readYaml('content/data/ai-act-articles.yaml'));
export const milestones: Milestone[] = regulatoryTimelineSchema.parse(
  readYaml('content/data/regulatory-timeline.yaml'),
).milestones;
const standard = standardSchema.parse(readYaml('content/data/standard.yaml'));

/** Control ids of the controls collection: the `id:` of every content/controls/*.mdx. */
const controlIds = readdirSync(path.join(project, 'content/controls'))
  .filter((file) => file.endsWith('.mdx'))
  .map(
    (file) =>
      /^id: ['"]?([^'"\n]+)/m.exec(readFileSync(path.join(project, 'content/controls', file), 'utf8'))?.[1] ?? '',
  );

export const references: TreeReferences = {
  articles: new Set(articles.articles.map((article) => article.id)),
  milestones: new Set(milestones.map((milestone) => milestone.id)),
  controls: new Set(controlIds),
  clauses: new Set(standard.clauses.map((clause) => clause.id)),
};

/** The raw tree file as data, for fixtures that break one thing in it before validating. */
export const rawTree = () => structuredClone(readYaml('content/data/ai-act-check.yaml')) as Record<string, unknown>;
