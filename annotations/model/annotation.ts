/** The internal annotation model: one discriminated union over the layers (the wire format is W3C JSON-LD). */
import type { BlockSelectors } from './selectors';

export const LAYERS = ['claim', 'evidence', 'term', 'vietnamese', 'editorial'] as const;
export type Layer = (typeof LAYERS)[number];

export const CLAIM_ROLES = ['thesis', 'sub-claim', 'rival', 'rebuttal', 'conclusion'] as const;
export type ClaimRole = (typeof CLAIM_ROLES)[number];

export const EVIDENCE_TYPES = [
  'event',
  'statistic',
  'quotation',
  'document',
  'scholarship',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

interface AnnotationBase {
  /** An IRI, `urn:triglot:anno:<doc>:<layer>:<local>` (see annotations/FORMAT.md). */
  id: string;
  target: BlockSelectors;
}

export interface ClaimAnnotation extends AnnotationBase {
  layer: 'claim';
  role: ClaimRole;
  /** One English sentence, written by the project (not the author). */
  paraphrase: string;
}

export interface EvidenceAnnotation extends AnnotationBase {
  layer: 'evidence';
  evidenceType: EvidenceType;
  /** Ids of the claim annotations this passage supports (at least one). */
  supports: string[];
  /** Optional project note on what the passage shows. */
  note?: string;
}

export interface TermAnnotation extends AnnotationBase {
  layer: 'term';
  /** Glossary entry id (`hedging`, `soft-balancing`, …). */
  termId: string;
}

export interface VietnameseAnnotation extends AnnotationBase {
  layer: 'vietnamese';
  /** Vietnamese item id (`bien-dong`, `nguyen-phu-trong`, …). */
  itemId: string;
}

export interface EditorialAnnotation extends AnnotationBase {
  layer: 'editorial';
  /** What the text should say, written by the project. */
  correction: string;
  /** Why, with the evidence, written by the project. */
  note: string;
  /** Where the correction comes from (URLs from the research file), if any. */
  sources: string[];
  confidence: Confidence;
}

export type TriglotAnnotation =
  | ClaimAnnotation
  | EvidenceAnnotation
  | TermAnnotation
  | VietnameseAnnotation
  | EditorialAnnotation;
