import type { ActionItem } from './types.js';

/** An open action item whose due date (YYYY-MM-DD) is before today. */
export function isOverdue(item: ActionItem, today: string): boolean {
  return !item.done && !!item.due && /^\d{4}-\d{2}-\d{2}$/.test(item.due) && item.due < today;
}
