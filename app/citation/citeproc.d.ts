// The small part of citeproc-js (npm `citeproc`, CommonJS, no bundled types) that Triglot uses.
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale: (lang: string) => string;
    retrieveItem: (id: string) => unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  interface Engine {
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    setLangTagsForCslTransliteration(tags: string[]): void;
    setLangPrefsForCites(prefs: Record<string, string[]>): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(
      citation: { citationItems: CitationItem[]; properties: { noteIndex: number } },
      citationsPre: unknown[],
      citationsPost: unknown[],
      format: 'text' | 'html' | 'rtf',
    ): string;
  }
  const CSL: {
    Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => Engine;
  };
  export default CSL;
}
