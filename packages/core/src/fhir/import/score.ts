/**
 * Ordinal values → a score: each scored option of an enabled, answered
 * question adds its points to `total_score`.
 */
import type { Field, Variable } from '../careway-types.js';
import type { IdAllocator } from '../ids.js';
import { and, type Cond, print } from './condition.js';
import type { ItemInfo, VisibilityResolver } from './enable-when.js';

/** The `total_score` variable, when any option of the form is scored. */
export function scoreVariable(
  order: ItemInfo[],
  fields: Map<ItemInfo, Field>,
  resolver: VisibilityResolver,
  ids: IdAllocator,
): Variable | undefined {
  const items: { label: string; when: string; points: number }[] = [];
  for (const info of order) {
    const field = fields.get(info);
    if (!field || (field.type !== 'choice' && field.type !== 'multi-choice')) continue;
    for (const o of field.options) {
      if (o.score === undefined || o.score === 0) continue;
      const chosen: Cond =
        field.type === 'multi-choice'
          ? { k: 'has', field: field.id, value: o.value }
          : { k: 'cmp', field: field.id, op: '=', value: { t: 'str', v: o.value } };
      items.push({
        label: `${field.label}: ${o.label}`,
        when: print(and(resolver.present(info), chosen)) ?? 'true',
        points: o.score,
      });
    }
  }
  if (
    items.length === 0 &&
    !order.some(
      (i) =>
        fields.get(i) &&
        'options' in (fields.get(i) as Field) &&
        (fields.get(i) as { options: { score?: number }[] }).options.some((o) => o.score !== undefined),
    )
  ) {
    return undefined;
  }
  return { id: ids.take('total_score'), label: 'Total score', kind: 'score', items, show: true };
}
