// Turns medians into the printed table, the ratios, the growth and the target checks.

const round2 = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

/** Ratios of our full analysis to the others, for one size. */
export function ratios(ms) {
  return {
    fullOverParse: round2(ms.full / ms.parse),
    fullOverRemarkParse: round2(ms.full / ms.remarkParse),
    fullOverMarkdownlint: round2(ms.full / ms.markdownlint),
    fullOverRemarkLint: round2(ms.full / ms.remarkLint),
    ...(ms.wording === undefined ? {} : { wordingShare: round2(ms.wording / ms.full) }),
  };
}

/** time(large) / time(small) per contender; linear growth is about large.lines / small.lines. */
export function growth(small, large, ids) {
  return Object.fromEntries(ids.map((id) => [id, round2(large.medianMs[id] / small.medianMs[id])]));
}

/**
 * The targets at the largest size: full ≤ 1.3 × remark-parse alone, full ≤
 * markdownlint, linear growth. Also shown, not a target: full against our own
 * parser (remark-parse with GFM and front matter, which the rules need).
 */
export function targets(large, grow, linear) {
  return {
    fullAtMost1_3xRemarkParse: { value: large.ratios.fullOverRemarkParse, met: large.ratios.fullOverRemarkParse <= 1.3 },
    fullAtMost1_3xOurParse: { value: large.ratios.fullOverParse, met: large.ratios.fullOverParse <= 1.3, informational: true },
    fullAtMostMarkdownlint: { value: large.ratios.fullOverMarkdownlint, met: large.ratios.fullOverMarkdownlint <= 1 },
    // Linear: grows no faster than the text (with 20% slack for noise), and no faster than our own parser does.
    fullGrowsLinearly: { value: grow.full, expected: round2(linear), met: grow.full <= linear * 1.2 || grow.full <= grow.parse * 1.1 },
    // The wording analysis (who is blamed, hindsight) is at most 15% of the full analysis.
    ...(large.ratios.wordingShare === undefined ? {} : { wordingAtMost15PercentOfFull: { value: large.ratios.wordingShare, met: large.ratios.wordingShare <= 0.15 } }),
  };
}

function cell(text, width, left = false) {
  const s = String(text);
  return left ? s.padEnd(width) : s.padStart(width);
}

export function table(rows, contenders, grow) {
  const head = ['lines', 'chars', ...contenders.map((c) => c.label + ' ms'), 'full/our parse', 'full/remark-parse', 'full/markdownlint', 'full/remark-lint'];
  const widths = head.map((h) => Math.max(h.length, 9));
  const line = (cells) => cells.map((c, i) => cell(c, widths[i], i === 0)).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) {
    out.push(
      line([
        r.name,
        r.chars.toLocaleString('en'),
        ...contenders.map((c) => r.medianMs[c.id].toFixed(1)),
        r.ratios.fullOverParse.toFixed(2),
        r.ratios.fullOverRemarkParse.toFixed(2),
        r.ratios.fullOverMarkdownlint.toFixed(2),
        r.ratios.fullOverRemarkLint.toFixed(2),
      ]),
    );
  }
  if (grow) out.push(line(['growth 1k→10k', '', ...contenders.map((c) => '×' + grow[c.id].toFixed(2)), '', '', '', '']));
  return out.join('\n');
}
