/**
 * A strict reader for iCalendar text (RFC 5545), written for the tests so that the calendar is
 * checked by parsing it, not by comparing strings. It throws on anything a careful client rejects.
 */
export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const CONTENT_LINE = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/;

/** Physical lines, checking CRLF endings and the 75-octet limit (3.1). */
function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('the file must end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  lines.forEach((line, index) => {
    if (/[\r\n]/.test(line)) throw new Error(`line ${index + 1} contains a bare CR or LF`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) throw new Error(`line ${index + 1} is ${octets} octets long, over 75`);
  });
  return lines;
}

/** Joins folded lines: a line starting with a space or tab continues the one before (3.1). */
export function unfold(text: string): string[] {
  const logical: string[] = [];
  for (const line of physicalLines(text)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('the file starts with a continuation line');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  return logical;
}

/** The text a TEXT value stands for (3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}

export function parseICalendar(text: string): Component {
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of unfold(text)) {
    const match = CONTENT_LINE.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, rawName, rawParams, value] = match as unknown as [string, string, string, string];
    const name = rawName.toUpperCase();
    const params = Object.fromEntries(
      rawParams
        .split(';')
        .filter(Boolean)
        .map((param) => param.split('=') as [string, string]),
    );
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: [], components: [] };
      if (stack.length === 0) {
        if (root) throw new Error('more than one top-level component');
        root = component;
      } else stack.at(-1)!.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      const open = stack.pop();
      if (open?.name !== value) throw new Error(`END:${value} does not close BEGIN:${open?.name ?? 'nothing'}`);
    } else {
      const current = stack.at(-1);
      if (!current) throw new Error(`property ${name} outside any component`);
      current.properties.push({ name, params, value });
    }
  }
  if (!root || stack.length > 0) throw new Error('unbalanced BEGIN/END');
  return root;
}

/** The one value of a property that must appear exactly once. */
export function single(component: Component, name: string): Property {
  const found = component.properties.filter((property) => property.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name} properties, expected 1`);
  return found[0]!;
}
