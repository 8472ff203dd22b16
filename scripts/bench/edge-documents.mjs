// Small documents aimed at the corners the optimisations touch: suppression markers next to
// literal links (whose split text nodes have no positions), every literal-link form in every
// kind of block, quotes, possessives, casing, and blame wording at block edges.

const FRONT = '---\ntype: postmortem\n---\n\n# Edge cases\n\n';
const LINKS = [
  'see https://example.com/a?b=1. and www.Example.org, or HTTP://CAPS.IO/x',
  'mail ops@example.com, mailto:kim@corp.io, xmpp:bot@chat.example.com/res or a@b (no dot)',
  'handles like @kim, @lee_park and team@ (not e-mail), WWW.shout.com and xwww.nope',
  '[linked http://inside.io](http://inside.io) and <https://angle.io> and ![img](http://i.io/x.png)',
  // A character reference before a literal leaves it to the tree transform, whose nodes have no positions.
  'ref&#32;www.ref.com the engineer forgot to check, x&#32;http://ref.io/p we failed to see y&#32;kim@ref.io',
];
const BLAME = [
  'The engineer forgot to update the config before http://deploy.io ran.',
  "Kim's mistake broke prod; it was Lee's fault, and the on-call engineer should have caught it.",
  'He said "the engineer forgot to check" but that is a quote, and so is \'human error\' here.',
  '김 대리님이 실수로 https://ko.example.com 설정을 지웠고, 확인했어야 했다.',
  'THE ENGINEER FORGOT TO CHECK. Human Error! Who is to blame? We failed to notice.',
  'Ο ΜΗΧΑΝΙΚΟΣ forgot: ΣΊΣΥΦΟΣ’s ΌΡΟΣ ΟΔΟΣ\'s the engineer’s fault, and carelessly so.',
];

function markerDocs() {
  const body = (lines) => FRONT + lines.join('\n\n') + '\n';
  return [
    body(['## Summary', BLAME[0], '<!-- postmortem-disable blame-language -->', BLAME[1], LINKS[0], '<!-- postmortem-enable blame-language -->', BLAME[4]]),
    body(['## Timeline', `- 12:00 — ${BLAME[0]} ${LINKS[1]}`, '<!-- postmortem-disable -->', `- 12:05 — ${BLAME[1]} <!-- postmortem-disable-line counterfactual-language -->`, '<!-- postmortem-enable -->', `<!-- postmortem-disable-next-line -->\n${BLAME[4]}`]),
    body(['<!-- postmortem-disable no-such-rule blame-language -->', `## Analysis ${LINKS[2]}`, BLAME[3], `| a | b |\n| --- | --- |\n| ${LINKS[0]} | ${BLAME[0]} |`, '<!-- postmortem-enable no-such-rule -->']),
    body([LINKS.join(' '), BLAME.join(' '), '<!-- postmortem-disable-line -->', 'trailing text with http://end.io']) + '\n\n   \n',
    body(['## Summary', `${LINKS[4]} and the engineer forgot to check`, '<!-- postmortem-disable-next-line five-whys -->', BLAME[0], `- ${LINKS[4]}`]),
    body(['<!-- postmortem-disable counterfactual-language -->', `| ${LINKS[4]} | ${BLAME[4]} |\n| --- | --- |\n| ${BLAME[0]} | ${LINKS[4]} |`]),
  ];
}

function blockDocs() {
  const out = [];
  for (const text of [...LINKS, ...BLAME]) {
    out.push(FRONT + `## ${text}\n\n${text}\n\n- ${text}\n  - *${text}*\n\n> ${text}\n\n| x | y |\n| --- | --- |\n| ${text.replace(/\|/g, '\\|')} | **${text}** |\n\n[^1]: ${text}\n`);
  }
  return out;
}

export function edgeDocuments() {
  const markers = markerDocs();
  // The same with Windows and old Mac line endings: line markers are found line by line.
  const endings = markers.flatMap((d) => [d.replace(/\n/g, '\r\n'), d.replace(/\n/g, '\r')]);
  return [...markers, ...endings, ...blockDocs()];
}
