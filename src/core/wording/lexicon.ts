import enData from '../lang/en/wording.json';
import koData from '../lang/ko/wording.json';

/** The English vocabulary of the wording analysis (src/core/lang/en/wording.json). */
export type EnglishLexicon = typeof enData;
/** The Korean vocabulary of the wording analysis (src/core/lang/ko/wording.json). */
export type KoreanLexicon = typeof koData;

export const EN: EnglishLexicon = enData;
export const KO: KoreanLexicon = koData;

/**
 * Problems in a vocabulary file: empty or padded entries, upper case in
 * English lists (matching is on lower-cased text), duplicates within a list.
 * The data test runs this on both files, so a bad edit fails the build.
 */
export function lexiconProblems(data: unknown, path = ''): string[] {
  const problems: string[] = [];
  if (Array.isArray(data)) {
    const seen = new Set<string>();
    data.forEach((entry, i) => {
      if (typeof entry !== 'string') problems.push(`${path}[${i}] is not a string`);
      else if (entry.trim() === '' || entry !== entry.trim()) problems.push(`${path}[${i}] is empty or padded: "${entry}"`);
      else if (/[A-Z]/.test(entry) && !/^[A-Z]+$/.test(entry)) problems.push(`${path}[${i}] has upper case: "${entry}"`);
      else if (seen.has(entry)) problems.push(`${path} lists "${entry}" twice`);
      else seen.add(entry);
    });
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'language') continue;
      problems.push(...lexiconProblems(value, path ? `${path}.${key}` : key));
    }
  } else problems.push(`${path} is neither a list nor a group of lists`);
  return problems;
}
