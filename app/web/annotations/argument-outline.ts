/**
 * The article's argument as an outline: the thesis, then the claims grouped by role — sub-claims
 * by section, each rival explanation with the rebuttals that answer it, the conclusion — each with
 * the evidence that supports it. Pure.
 *
 * The layers do not link a rebuttal to its rival; the curated data places every rebuttal after
 * its rival in the same paragraph (README, "Claims and evidence"), so a rebuttal answers the
 * nearest rival before it in its block, and one with no rival in its block answers them all.
 */
import type { Document } from '../../../corpus/model/document';
import type {
  ClaimAnnotation,
  EvidenceAnnotation,
  EvidenceType,
} from '../../../annotations/model/annotation';
import type { AnnotationIndex, Entry } from './annotation-index';
import { blockById } from './passage-info';

export interface OutlineClaim {
  claim: Entry<ClaimAnnotation>;
  /** The supporting evidence, restricted to the filter's type when there is one. */
  evidence: Entry<EvidenceAnnotation>[];
  /** How much evidence the claim has of any type. */
  allEvidence: number;
}

export interface ArgumentOutline {
  thesis: OutlineClaim[];
  /** Sub-claims grouped by the top-level section of their block (`s2`, `s4`, `abstract`…). */
  subClaims: { sectionId: string; claims: OutlineClaim[] }[];
  rivals: { rival: OutlineClaim; rebuttals: OutlineClaim[] }[];
  /** Rebuttals that answer no single rival (the article's answer to all of them at once). */
  generalRebuttals: OutlineClaim[];
  conclusions: OutlineClaim[];
  /** Every claim no evidence supports, whatever the filter. */
  withoutEvidence: Entry<ClaimAnnotation>[];
}

/** Builds the outline; with a type, only evidence of that type and the claims it supports remain. */
export function buildOutline(
  document: Document,
  index: AnnotationIndex,
  type: EvidenceType | null,
): ArgumentOutline {
  const item = (claim: Entry<ClaimAnnotation>): OutlineClaim => {
    const all = index.evidenceOf.get(claim.annotation.id) ?? [];
    return {
      claim,
      evidence: type ? all.filter((e) => e.annotation.evidenceType === type) : all,
      allEvidence: all.length,
    };
  };
  const kept = (c: OutlineClaim) => type === null || c.evidence.length > 0;
  const ofRole = (role: ClaimAnnotation['role']) =>
    index.claims.filter((c) => c.annotation.role === role).map(item);

  const subClaims: ArgumentOutline['subClaims'] = [];
  for (const claim of ofRole('sub-claim').filter(kept)) {
    const sectionId = topSection(document, claim.claim);
    const last = subClaims.at(-1);
    if (last?.sectionId === sectionId) last.claims.push(claim);
    else subClaims.push({ sectionId, claims: [claim] });
  }

  const rivals = ofRole('rival').map((rival) => ({ rival, rebuttals: [] as OutlineClaim[] }));
  const generalRebuttals: OutlineClaim[] = [];
  for (const rebuttal of ofRole('rebuttal')) {
    const answered = rivalAnswered(
      rebuttal.claim,
      rivals.map((r) => r.rival.claim),
    );
    const group = rivals.find((r) => r.rival.claim === answered);
    if (group) group.rebuttals.push(rebuttal);
    else generalRebuttals.push(rebuttal);
  }

  return {
    thesis: ofRole('thesis').filter(kept),
    subClaims,
    rivals: rivals
      .map((r) => ({ ...r, rebuttals: r.rebuttals.filter(kept) }))
      .filter((r) => kept(r.rival) || r.rebuttals.length > 0),
    generalRebuttals: generalRebuttals.filter(kept),
    conclusions: ofRole('conclusion').filter(kept),
    withoutEvidence: index.claims.filter((c) => !index.evidenceOf.get(c.annotation.id)?.length),
  };
}

/** The rival a rebuttal answers: the nearest one before it in the same block, if any. */
export function rivalAnswered(
  rebuttal: Entry<ClaimAnnotation>,
  rivals: Entry<ClaimAnnotation>[],
): Entry<ClaimAnnotation> | null {
  const at = rebuttal.anchor;
  if (at.status !== 'anchored') return null;
  let best: Entry<ClaimAnnotation> | null = null;
  for (const rival of rivals) {
    const r = rival.anchor;
    if (r.status === 'anchored' && r.blockId === at.blockId && r.start < at.start)
      if (!best || (best.anchor.status === 'anchored' && best.anchor.start < r.start)) best = rival;
  }
  return best;
}

/** The top-level section of a claim's block (`orphan` when it cannot be placed). */
function topSection(document: Document, claim: Entry<ClaimAnnotation>): string {
  if (claim.anchor.status !== 'anchored') return 'orphan';
  let id = blockById(document, claim.anchor.blockId)?.section ?? '';
  for (let s = document.sections.find((x) => x.id === id); s?.parentId;) {
    id = s.parentId;
    s = document.sections.find((x) => x.id === id);
  }
  return id;
}
