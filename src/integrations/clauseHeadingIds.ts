// Headings that start with a clause number ("6.1.2 AI risk assessment") get the id "6-1-2",
// so links such as /clauses/6/#6-1-2 stay stable when a heading's wording changes. The id rule is
// the one every link to a sub-clause uses (clauseAnchor).
import type { HastPluginDefinition } from 'satteri';
import { clauseAnchor } from '../lib/slugs';

export const clauseHeadingIds: HastPluginDefinition = {
  name: 'clause-heading-ids',
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit(node, ctx) {
      const match = ctx.textContent(node).match(/^(\d+(?:\.\d+)*)\s/);
      if (match) ctx.setProperty(node, 'id', clauseAnchor(match[1]!));
    },
  },
};
