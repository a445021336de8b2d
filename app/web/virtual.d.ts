declare module 'virtual:triglot/documents' {
  import type { Document } from '../../corpus/model/document';
  const documents: Document[];
  export default documents;
}

declare module 'virtual:triglot/annotations' {
  const data: Record<string, unknown>;
  export default data;
}
