// Parses each file with Mermaid 11 and prints one JSON line per file: whether Mermaid accepts it, and the title,
// sections and tasks it read, so tests can check that no text was cut or misread.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    console.log(JSON.stringify({
      file, valid: true, error: null, type: diagram.type, title: db.getDiagramTitle(),
      sections: db.getSections(), tasks: db.getTasks().map(t => ({ section: t.section, task: t.task, score: t.score, people: t.people })),
    }));
  } catch (error) {
    console.log(JSON.stringify({ file, valid: false, error: String(error.message ?? error).split('\n').slice(0, 3).join(' '), sections: [], tasks: [] }));
  }
}
