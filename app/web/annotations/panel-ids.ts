/** The ids of the annotation panels and the URL parameters they own. */
export const OUTLINE_PANEL = 'outline';
export const GLOSSARY_PANEL = 'glossary';
/** The glossary entry open in the glossary panel (`term=soft-balancing`). */
export const TERM_PARAM = 'term';
/** The glossary's order (`termsort=count`). */
export const TERM_SORT_PARAM = 'termsort';
/** The outline's evidence-type filter (`evidence=statistic`). */
export const EVIDENCE_FILTER_PARAM = 'evidence';
