import { documentIds, getDocument } from './data/documents';

export function App() {
  const id = documentIds[0];
  const result = id ? getDocument(id) : null;
  if (!result?.document) return <p>…</p>;
  return (
    <main>
      {result.document.blocks.map((block) => (
        <p key={block.id} id={block.id} lang={block.lang} data-kind={block.kind}>
          {block.text}
        </p>
      ))}
    </main>
  );
}
