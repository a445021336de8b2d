/**
 * An absent layer file is an empty layer. Where a list of things to tag requires the layer (the
 * glossary requires the `term` layer, the Vietnamese items the `vietnamese` layer), `validate`
 * says so in one line naming the file, rather than one line per untagged occurrence.
 */

/** The one problem of a required layer whose file is absent. */
export function absentLayerMessage(untagged: number, requiredBy: string): string {
  return `the layer file is missing, so the ${untagged} occurrence(s) that ${requiredBy} requires tagged are untagged`;
}
