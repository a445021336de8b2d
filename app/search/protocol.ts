/** Messages between the search client (main thread) and the search worker. */
import type { Span } from '../../corpus/model/document';
import type { EngineStats } from './engine/search-engine';
import type {
  RecordOccurrences,
  ResultPage,
  ResultSummary,
  SearchRequest,
  SearchResultInfo,
} from './engine/types';
import type { WordKeyMode } from './index/index-keys';
import type { Folds } from './normalize/folds';
import type { GlossaryEntryLike } from './records/glossary';
import type { SearchRecord } from './records/search-record';

export type WorkerRequest =
  | {
      type: 'load';
      id: number;
      records: SearchRecord[];
      glossary?: GlossaryEntryLike[];
      wordKeys?: WordKeyMode;
    }
  | { type: 'search'; id: number; request: SearchRequest }
  | { type: 'page'; id: number; resultId: number; index: number }
  | { type: 'summary'; id: number; resultId: number }
  | { type: 'hit-ranges'; id: number; resultId: number }
  | { type: 'occurrences'; id: number; recordId: string; query: string; folds?: Partial<Folds> }
  | { type: 'release'; id: number; resultId: number };

export type WorkerReply =
  | { type: 'loaded'; id: number; stats: EngineStats }
  /** Sent without a request, once the index of the load with this id is complete. */
  | { type: 'indexed'; id: number; stats: EngineStats }
  | { type: 'searched'; id: number; resultId: number; info: SearchResultInfo; page: ResultPage }
  | { type: 'page'; id: number; page: ResultPage }
  | { type: 'summary'; id: number; summary: ResultSummary }
  | { type: 'hit-ranges'; id: number; hits: RecordOccurrences[] }
  | { type: 'occurrences'; id: number; ranges: Span[] }
  | { type: 'released'; id: number }
  | { type: 'error'; id: number; message: string };

/** What both a Worker and a MessagePort offer (so the client can be tested without a browser). */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
