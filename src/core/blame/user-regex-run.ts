import type { RegexNode } from './user-regex-parse.js';

/**
 * A Thompson-style program run by simulating all threads at once (a Pike VM
 * without captures), so the time is O(text length x program size) whatever
 * the pattern: user patterns cannot cause catastrophic backtracking.
 */
type Instr =
  | { op: 'char'; test: (ch: string) => boolean }
  | { op: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { op: 'split'; a: number; b: number }
  | { op: 'jump'; to: number }
  | { op: 'match' };

const MAX_PROGRAM = 5000;

export class LinearRegex {
  private readonly prog: Instr[] = [];
  private readonly unicode: boolean;
  private readonly multiline: boolean;

  constructor(root: RegexNode, flags: string) {
    this.unicode = flags.includes('u');
    this.multiline = flags.includes('m');
    this.emit(root);
    this.prog.push({ op: 'match' });
  }

  /** Non-overlapping, non-empty matches [start, end), leftmost first, each as long as possible. */
  findAll(text: string): Array<{ start: number; end: number }> {
    const out: Array<{ start: number; end: number }> = [];
    let from = 0;
    while (from <= text.length) {
      const m = this.search(text, from);
      if (!m) break;
      out.push(m);
      from = m.end;
    }
    return out;
  }

  private search(text: string, from: number): { start: number; end: number } | null {
    const size = this.prog.length;
    const seen = new Int32Array(size).fill(-1);
    let best: { start: number; end: number } | null = null;
    let current: Array<{ pc: number; start: number }> = [];
    let step = 0;
    for (let pos = from; ; ) {
      if (!best) this.add(current, seen, step, 0, pos, pos, text);
      if (current.length === 0 && (best || pos >= text.length)) return best;
      const ch = pos < text.length ? this.charAt(text, pos) : '';
      const next: Array<{ pc: number; start: number }> = [];
      step++;
      for (const th of current) {
        const ins = this.prog[th.pc]!;
        if (ins.op === 'match') {
          if (pos > th.start && (!best || th.start < best.start || (th.start === best.start && pos > best.end))) {
            best = { start: th.start, end: pos };
          }
          continue;
        }
        if (ins.op === 'char' && ch !== '' && ins.test(ch)) this.add(next, seen, step, th.pc + 1, th.start, pos + ch.length, text);
      }
      if (ch === '') return best;
      current = best ? next.filter((t) => t.start <= best!.start) : next;
      pos += ch.length;
    }
  }

  /** Adds a thread and follows jumps, splits and assertions at `pos`; the first thread to reach a state keeps it. */
  private add(list: Array<{ pc: number; start: number }>, seen: Int32Array, step: number, pc: number, start: number, pos: number, text: string): void {
    if (seen[pc] === step) return;
    seen[pc] = step;
    const ins = this.prog[pc]!;
    switch (ins.op) {
      case 'jump':
        this.add(list, seen, step, ins.to, start, pos, text);
        return;
      case 'split':
        this.add(list, seen, step, ins.a, start, pos, text);
        this.add(list, seen, step, ins.b, start, pos, text);
        return;
      case 'assert':
        if (this.holds(ins.kind, text, pos)) this.add(list, seen, step, pc + 1, start, pos, text);
        return;
      default:
        list.push({ pc, start });
    }
  }

  private holds(kind: '^' | '$' | 'b' | 'B', text: string, pos: number): boolean {
    const lineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
    switch (kind) {
      case '^':
        return pos === 0 || (this.multiline && lineBreak(text[pos - 1]));
      case '$':
        return pos === text.length || (this.multiline && lineBreak(text[pos]));
      case 'b':
      case 'B': {
        const word = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);
        const edge = word(text[pos - 1]) !== word(text[pos]);
        return kind === 'b' ? edge : !edge;
      }
    }
  }

  private charAt(text: string, pos: number): string {
    return this.unicode ? String.fromCodePoint(text.codePointAt(pos)!) : text[pos]!;
  }

  private push(ins: Instr): number {
    if (this.prog.length >= MAX_PROGRAM) throw new Error('regular expression is too large');
    this.prog.push(ins);
    return this.prog.length - 1;
  }

  private emit(node: RegexNode): void {
    switch (node.type) {
      case 'char':
        this.push({ op: 'char', test: node.test });
        return;
      case 'assert':
        this.push({ op: 'assert', kind: node.kind });
        return;
      case 'group': {
        const jumps: Array<{ op: 'jump'; to: number }> = [];
        node.alternatives.forEach((alt, i) => {
          const last = i === node.alternatives.length - 1;
          const split = last ? null : { op: 'split' as const, a: 0, b: 0 };
          if (split) {
            this.push(split);
            split.a = this.prog.length;
          }
          for (const item of alt) this.emit(item);
          if (split) {
            const jump = { op: 'jump' as const, to: 0 };
            this.push(jump);
            jumps.push(jump);
            split.b = this.prog.length;
          }
        });
        for (const j of jumps) j.to = this.prog.length;
        return;
      }
      case 'repeat': {
        for (let i = 0; i < node.min; i++) this.emit(node.body);
        if (node.max === Infinity) {
          const split = { op: 'split' as const, a: 0, b: 0 };
          const loop = this.push(split);
          split.a = this.prog.length;
          this.emit(node.body);
          this.push({ op: 'jump', to: loop });
          split.b = this.prog.length;
          return;
        }
        const exits: Array<{ op: 'split'; a: number; b: number }> = [];
        for (let i = node.min; i < node.max; i++) {
          const split = { op: 'split' as const, a: 0, b: 0 };
          this.push(split);
          split.a = this.prog.length;
          exits.push(split);
          this.emit(node.body);
        }
        for (const s of exits) s.b = this.prog.length;
        return;
      }
    }
  }
}
