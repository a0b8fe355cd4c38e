/**
 * A small, strict XML parser for tests: enough of XML 1.0 to prove a feed or sitemap is
 * well-formed (one root, matched tags, quoted attributes, only the five named entities or
 * numeric references) and to read its elements. It throws on the first error, naming the offset.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element, entities decoded, CDATA included. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;\s&<]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare "&" near offset ${at}`);
    if (entity in ENTITIES) return ENTITIES[entity]!;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(entity);
    if (!numeric) throw new Error(`unknown entity "&${entity};" near offset ${at}`);
    return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
  });
}

/** Parses a whole document and returns its root element; throws when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  let position = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${position}`);
  };
  const skipPast = (end: string) => {
    const index = source.indexOf(end, position);
    if (index < 0) fail(`unclosed construct, expected "${end}"`);
    const content = source.slice(position, index);
    position = index + end.length;
    return content;
  };

  while (position < source.length) {
    const next = source.indexOf('<', position);
    const text = source.slice(position, next < 0 ? source.length : next);
    if (text.includes(']]>')) fail('"]]>" in text');
    if (stack.length > 0) stack.at(-1)!.text += decode(text, position);
    else if (text.trim()) fail('text outside the root element');
    if (next < 0) break;
    position = next;

    if (source.startsWith('<?', position)) {
      position += 2;
      skipPast('?>');
    } else if (source.startsWith('<!--', position)) {
      position += 4;
      if (skipPast('-->').includes('--')) fail('"--" inside a comment');
    } else if (source.startsWith('<![CDATA[', position)) {
      position += 9;
      const data = skipPast(']]>');
      if (stack.length === 0) fail('CDATA outside the root element');
      stack.at(-1)!.text += data;
    } else if (source.startsWith('<!DOCTYPE', position)) {
      if (root || stack.length > 0) fail('DOCTYPE after the root element started');
      position += 9;
      skipPast('>');
    } else if (source.startsWith('</', position)) {
      position += 2;
      const name = NAME.exec(source.slice(position))?.[0] ?? fail('end tag without a name');
      position += name.length;
      const rest = skipPast('>');
      if (rest.trim()) fail(`junk in end tag </${name}>`);
      const open = stack.pop() ?? fail(`end tag </${name}> without a start tag`);
      if (open.name !== name) fail(`end tag </${name}> does not match <${open.name}>`);
    } else {
      position += 1;
      const name = NAME.exec(source.slice(position))?.[0] ?? fail('"<" that does not start a tag');
      position += name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const space = /^\s*/.exec(source.slice(position))![0];
        position += space.length;
        if (source.startsWith('/>', position) || source.startsWith('>', position)) break;
        if (!space) fail(`attributes of <${name}> must be separated by spaces`);
        const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(position));
        if (!attribute) fail(`malformed attribute in <${name}>`);
        const attributeName = attribute![1]!;
        if (attributeName in element.attributes) fail(`attribute ${attributeName} repeated in <${name}>`);
        element.attributes[attributeName] = decode(attribute![3] ?? attribute![4] ?? '', position);
        position += attribute![0].length;
      }
      const selfClosing = source.startsWith('/>', position);
      position += selfClosing ? 2 : 1;
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else if (root) fail('a second root element');
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  return root ?? fail('no root element');
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The text of the only child named `name`; throws when there is not exactly one. */
export function childText(element: XmlElement, name: string): string {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0]!.text.trim();
}
