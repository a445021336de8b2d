import { useTranslation } from 'react-i18next';
import type { Document } from '../../../corpus/model/document';
import type { FacetCounts } from '../../search';
import { sectionHeading, topSections, valueKey } from './labels';
import type { FilterDimension, SearchParams } from './search-params';

interface Props {
  /** Whether the list of filters starts open (on a phone it would push the results far down). */
  open: boolean;
  document: Document;
  params: SearchParams;
  facets: FacetCounts;
  onChange: (dimension: FilterDimension, values: string[]) => void;
}

/** Values of a dimension with their counts; sections are summed into their top-level section. */
function valuesOf(document: Document, facets: FacetCounts, dimension: FilterDimension) {
  const counts = new Map<string, number>();
  const top = topSections(document);
  for (const { value, count } of facets[dimension]) {
    const key = dimension === 'section' ? top(value) : value;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  if (dimension !== 'section') return [...counts];
  // Sections in the order of the document, the glossary (not a section of the text) last.
  const order = new Map(document.sections.map((s, i) => [s.id, i]));
  return [...counts].sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

/**
 * Counts per filter — section, block kind, language, annotation layer — as checkboxes that narrow
 * the list. Each dimension is counted with the other dimensions' choices applied, so a chosen
 * value never hides the counts of its alternatives.
 */
export function FacetFilters({ open, document, params, facets, onChange }: Props) {
  const { t } = useTranslation('search');
  const groups = (['section', 'kind', 'lang', 'layer'] as const).map((dimension) => {
    const chosen = params.filters[dimension];
    const values = valuesOf(document, facets, dimension);
    for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    return { dimension, chosen, values };
  });
  const chosenCount = groups.reduce((n, g) => n + g.chosen.length, 0);
  return (
    <details className="search-filters" open={open || undefined}>
      <summary>
        {chosenCount ? t('filters.summaryChosen', { count: chosenCount }) : t('filters.summary')}
      </summary>
      <div className="search-facets">
        {groups
          // A dimension with one value and no choice narrows nothing.
          .filter((g) => g.values.length > 1 || g.chosen.length > 0)
          .map(({ dimension, chosen, values }) => (
            <fieldset key={dimension} className="facet-group">
              <legend>{t(`filters.${dimension}`)}</legend>
              {values.map(([value, count]) => {
                const checked = chosen.includes(value);
                const heading = dimension === 'section' ? sectionHeading(document, value) : null;
                const label =
                  dimension === 'section' ? (
                    heading ? (
                      <span lang={heading.lang} data-content="">
                        {heading.text}
                      </span>
                    ) : (
                      t(valueKey('layer', value))
                    )
                  ) : (
                    t(valueKey(dimension, value))
                  );
                return (
                  <label key={value} className={`facet${checked ? ' is-chosen' : ''}`}>
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() =>
                        onChange(
                          dimension,
                          checked ? chosen.filter((v) => v !== value) : [...chosen, value],
                        )
                      }
                    />
                    <span className="facet-label">{label}</span>
                    <span className="facet-count">{t('facetCount', { count })}</span>
                  </label>
                );
              })}
            </fieldset>
          ))}
      </div>
    </details>
  );
}
