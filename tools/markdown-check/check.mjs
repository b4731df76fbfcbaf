// Parses each file as GitHub-flavoured Markdown and prints one JSON line per file with what a reader would see: headings,
// tables (cell texts), fenced code blocks, and every link, image and raw HTML node, which JourneyKit's output must not have.
import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

for (const file of process.argv.slice(2)) {
  const tree = fromMarkdown(readFileSync(file, 'utf8'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const result = { file, headings: [], tables: [], code: [], active: [], paragraphs: [], lists: [] };
  const visit = node => {
    switch (node.type) {
      case 'heading': result.headings.push({ depth: node.depth, text: toString(node) }); break;
      case 'table': result.tables.push(node.children.map(row => row.children.map(cell => toString(cell)))); break;
      case 'code': result.code.push({ lang: node.lang ?? null, value: node.value }); return;
      case 'paragraph': result.paragraphs.push(toString(node)); break;
      case 'listItem': result.lists.push(toString(node)); break;
      case 'link': case 'image': case 'html': case 'linkReference': case 'imageReference': case 'definition':
        result.active.push(`${node.type}: ${node.url ?? node.value ?? ''}`); break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  console.log(JSON.stringify(result));
}
