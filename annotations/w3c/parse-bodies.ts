/**
 * The bodies of a Triglot annotation → its layer and the layer's fields (annotations/FORMAT.md):
 * `classifying` bodies name the layer and its role/type/confidence, `linking` bodies point at claims,
 * glossary entries, Vietnamese items or sources, and TextualBodies carry what the project wrote.
 */
import { CLAIM_ROLES, CONFIDENCE, EVIDENCE_TYPES, LAYERS } from '../model/annotation';
import type { Confidence, Layer, TriglotAnnotation } from '../model/annotation';
import { PROJECT_AGENT, VOCAB, glossaryIri, vietnameseItemIri } from '../model/iris';
import type { BlockSelectors } from '../model/selectors';
import { Invalid, asList, hasType, isRecord, show } from './json';

interface Bodies {
  /** Vocabulary terms of the classifying bodies (`claim`, `thesis`, `event`, `confidence-high`…). */
  classes: string[];
  /** Sources of the linking bodies. */
  links: string[];
  /** Values of the project's TextualBodies, by purpose. */
  texts: Map<string, string[]>;
}

const KNOWN_CLASSES = new Set<string>([
  ...LAYERS,
  ...CLAIM_ROLES,
  ...EVIDENCE_TYPES,
  ...CONFIDENCE.map((c) => `confidence-${c}`),
]);

/** The layer named by exactly one classifying body; throws Invalid otherwise. */
export function layerOf(body: unknown): { layer: Layer; bodies: Bodies } {
  const bodies = readBodies(body);
  const layers = bodies.classes.filter((c): c is Layer =>
    (LAYERS as readonly string[]).includes(c),
  );
  const unknown = bodies.classes.filter((c) => !KNOWN_CLASSES.has(c));
  if (layers.length === 0 && unknown.length > 0) {
    throw new Invalid(
      'unknown-layer',
      `${unknown.map((c) => VOCAB + c).join(', ')} is not a layer (${LAYERS.join(', ')})`,
    );
  }
  if (layers.length === 0) {
    throw new Invalid('missing-layer', `no classifying body names the layer (${VOCAB}<layer>)`);
  }
  if (layers.length > 1) {
    throw new Invalid(
      'several-layers',
      `classifying bodies name several layers: ${layers.join(', ')}`,
    );
  }
  if (unknown.length > 0) {
    throw new Invalid(
      'malformed-body',
      `unknown classification ${unknown.map((c) => VOCAB + c).join(', ')}`,
    );
  }
  return { layer: layers[0] as Layer, bodies };
}

/** The classifications each layer may carry besides its own name. */
const LAYER_CLASSES: Record<Layer, readonly string[]> = {
  claim: CLAIM_ROLES,
  evidence: EVIDENCE_TYPES,
  term: [],
  vietnamese: [],
  editorial: CONFIDENCE.map((c) => `confidence-${c}`),
};

/** Builds the internal annotation of `layer` from its bodies; throws Invalid on a missing field. */
export function annotationFrom(
  docId: string,
  id: string,
  layer: Layer,
  bodies: Bodies,
  target: BlockSelectors,
): TriglotAnnotation {
  const stray = bodies.classes.filter((c) => c !== layer && !LAYER_CLASSES[layer].includes(c));
  if (stray.length > 0) {
    throw new Invalid(
      'malformed-body',
      `a ${layer} annotation cannot be classified ${stray.join(', ')}`,
    );
  }
  switch (layer) {
    case 'claim':
      return {
        id,
        layer,
        target,
        role: oneOf(bodies.classes, CLAIM_ROLES, 'claim role'),
        paraphrase: oneText(bodies, 'describing', 'the paraphrase'),
      };
    case 'evidence': {
      const note = optionalText(bodies, 'commenting', 'the note');
      return {
        id,
        layer,
        target,
        evidenceType: oneOf(bodies.classes, EVIDENCE_TYPES, 'evidence type'),
        supports: bodies.links,
        ...(note === undefined ? {} : { note }),
      };
    }
    case 'term':
      return {
        id,
        layer,
        target,
        termId: linkedId(bodies.links, glossaryIri(docId, ''), 'glossary entry'),
      };
    case 'vietnamese':
      return {
        id,
        layer,
        target,
        itemId: linkedId(bodies.links, vietnameseItemIri(docId, ''), 'Vietnamese item'),
      };
    case 'editorial':
      return {
        id,
        layer,
        target,
        confidence: confidenceOf(bodies.classes),
        correction: oneText(bodies, 'editing', 'the correction'),
        note: oneText(bodies, 'commenting', 'the reasoning'),
        sources: bodies.links,
      };
  }
}

function readBodies(body: unknown): Bodies {
  const bodies: Bodies = { classes: [], links: [], texts: new Map() };
  asList(body).forEach((item, index) => {
    const where = `body ${index + 1}`;
    if (!isRecord(item))
      throw new Invalid('malformed-body', `${where} must be an object, not ${show(item)}`);
    const purposes = asList(item.purpose);
    if (hasType(item, 'TextualBody')) {
      readText(item, purposes, where, bodies);
      return;
    }
    if (!hasType(item, 'SpecificResource') || typeof item.source !== 'string') {
      throw new Invalid(
        'malformed-body',
        `${where} must be a SpecificResource with a source or a TextualBody`,
      );
    }
    if (purposes.includes('classifying')) {
      if (!item.source.startsWith(VOCAB)) {
        throw new Invalid(
          'malformed-body',
          `${where} classifies by ${show(item.source)}, outside ${VOCAB}`,
        );
      }
      bodies.classes.push(item.source.slice(VOCAB.length));
    } else if (purposes.includes('linking')) {
      bodies.links.push(item.source);
    } else {
      throw new Invalid(
        'malformed-body',
        `${where} has purpose ${show(item.purpose)}, not classifying or linking`,
      );
    }
  });
  return bodies;
}

function readText(
  item: Record<string, unknown>,
  purposes: unknown[],
  where: string,
  bodies: Bodies,
) {
  const [purpose] = purposes;
  if (purposes.length !== 1 || typeof purpose !== 'string') {
    throw new Invalid('malformed-body', `${where}: a TextualBody needs exactly one purpose`);
  }
  if (typeof item.value !== 'string' || item.value.trim().length === 0) {
    throw new Invalid('malformed-body', `${where}: the text (value) is missing`);
  }
  const creator = item.creator;
  if (!isRecord(creator) || creator.id !== PROJECT_AGENT.id) {
    throw new Invalid(
      'malformed-body',
      `${where}: text the project writes must be credited to it (creator ${PROJECT_AGENT.id})`,
    );
  }
  bodies.texts.set(purpose, [...(bodies.texts.get(purpose) ?? []), item.value]);
}

function oneOf<T extends string>(classes: string[], allowed: readonly T[], what: string): T {
  const found = classes.filter((c): c is T => (allowed as readonly string[]).includes(c));
  if (found.length !== 1) {
    throw new Invalid(
      'malformed-body',
      `needs exactly one ${what} (${allowed.join(', ')}), found ${found.length}`,
    );
  }
  return found[0] as T;
}

function confidenceOf(classes: string[]): Confidence {
  const levels = CONFIDENCE.map((c) => `confidence-${c}`);
  const level = oneOf(classes, levels, 'confidence level');
  return level.slice('confidence-'.length) as Confidence;
}

function oneText(bodies: Bodies, purpose: string, what: string): string {
  const texts = bodies.texts.get(purpose) ?? [];
  if (texts.length !== 1) {
    throw new Invalid(
      'malformed-body',
      `needs exactly one ${purpose} TextualBody (${what}), found ${texts.length}`,
    );
  }
  return texts[0] as string;
}

function optionalText(bodies: Bodies, purpose: string, what: string): string | undefined {
  const texts = bodies.texts.get(purpose) ?? [];
  if (texts.length > 1)
    throw new Invalid('malformed-body', `more than one ${purpose} TextualBody (${what})`);
  return texts[0];
}

/** The id after `base` in the one link the layer allows (`…glossary:<doc>#hedging` → `hedging`). */
function linkedId(links: string[], base: string, what: string): string {
  if (links.length !== 1) {
    throw new Invalid(
      'malformed-body',
      `needs exactly one linking body to a ${what}, found ${links.length}`,
    );
  }
  const link = links[0] as string;
  const id = link.startsWith(base) ? link.slice(base.length) : '';
  if (!/^[A-Za-z0-9][\w.-]*$/u.test(id)) {
    throw new Invalid(
      'malformed-body',
      `the link ${show(link)} is not a ${what} of this document (${base}<id>)`,
    );
  }
  return id;
}
