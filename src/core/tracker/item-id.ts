/**
 * A stable id for an action item, so other tools (a tracker, a script, a
 * chat message) can name it: the postmortem's file name and a hash of what
 * the item asks for. Owner, due date, status and links are left out of the
 * hash, so filling them in or ticking the item keeps its id; rewording the
 * item makes it another item.
 */
import { textHash } from '../board/hash.js';
import { BoundedMemo } from '../bounded-memo.js';
import { postmortemName } from '../model/file-name.js';

/** What the item asks for, without the fields a team fills in later. */
export function itemEssence(text: string): string {
  return text
    .replace(/\[[ xX✓✔]\]/g, ' ')
    .replace(/\([^()]*\)|\[[^\][]*\]\([^()]*\)/g, ' ')
    .replace(/(?<![\p{L}\p{N}])@[\p{L}\p{N}_./-]+/gu, ' ')
    .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** `2026-03-14-checkout-api-outage#k3v9q2`: stable while the item's wording stays. */
export function actionItemId(path: string, itemText: string): string {
  return `${postmortemName(path)}#${essenceHashes.get(itemText, (text) => textHash(itemEssence(text)).toString(36).padStart(7, '0'))}`;
}

/** Each analysis of an open postmortem asks again for every item: the hash of an item's wording is kept. */
const essenceHashes = new BoundedMemo<string, string>(20_000);
