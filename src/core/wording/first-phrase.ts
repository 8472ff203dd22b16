/**
 * The first phrase of a list, in the list's order, that occurs in a text
 * starting before a given offset, where it first occurs there. The same
 * answer as trying each phrase with indexOf, without reading the text once
 * per phrase: phrases are indexed by their first character, so only those
 * that can start at a position are tried there.
 */
export class FirstPhrase {
  private readonly byFirst = new Map<string, number[]>();
  private readonly empty: number;

  constructor(private readonly list: readonly string[]) {
    let empty = -1;
    list.forEach((phrase, i) => {
      if (phrase === '') {
        if (empty < 0) empty = i;
        return;
      }
      const ids = this.byFirst.get(phrase[0]!);
      if (ids) ids.push(i);
      else this.byFirst.set(phrase[0]!, [i]);
    });
    this.empty = empty;
  }

  /**
   * The earliest phrase in the list whose first occurrence in `text` starts
   * before `within` and that `accept(phrase, at)` takes at that occurrence.
   */
  find(text: string, within: number, accept: (phrase: string, at: number) => boolean): string | undefined {
    let best = Infinity;
    // An empty phrase first occurs at 0.
    if (this.empty >= 0 && within > 0 && accept('', 0)) best = this.empty;
    const tried = new Set<number>();
    const end = Math.min(within, text.length);
    for (let p = 0; p < end; p++) {
      const ids = this.byFirst.get(text[p]!);
      if (!ids) continue;
      for (const i of ids) {
        // Ids ascend: none after `best` can win.
        if (i >= best) break;
        if (tried.has(i) || !text.startsWith(this.list[i]!, p)) continue;
        // Positions ascend, so this is the phrase's first occurrence: the only one indexOf would see.
        tried.add(i);
        if (accept(this.list[i]!, p)) best = i;
      }
    }
    return best === Infinity ? undefined : this.list[best];
  }
}
