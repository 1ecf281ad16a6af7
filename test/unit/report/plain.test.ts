/** Plain text from the Markdown of messages, and the CSV and brat exports, as tables of cases. */
import * as assert from 'assert';
import { capitalizeFirst, plainText } from '../../../server/src/core/report/plain';
import { renderBrat, renderCsv } from '../../../server/src/core/report/exports';
import type { DocumentAnalysis } from '../../../server/src/core/index';

const PLAIN: [string, string][] = [
  ['`hơn 79%` không khớp', '“hơn 79%” không khớp'],
  ['**+69,5%** here', '+69,5% here'],
  ['a *stressed* word', 'a stressed word'],
  ['2 * 3 and a*b stay', '2 * 3 and a*b stay'],
  ['lima_20241114.txt and _draft.txt', 'lima_20241114.txt and _draft.txt'],
  ['an escaped \\* star and \\`tick\\`', 'an escaped * star and `tick`'],
  ['``a `b` c`` span', '“a `b` c” span'],
  ['an unmatched ` tick', 'an unmatched ` tick'],
  ['no markdown at all', 'no markdown at all'],
];

describe('capitalizeFirst', () => {
  const CASES: [string, string][] = [
    ['**kim ngạch**, Việt Nam', '**Kim ngạch**, Việt Nam'],
    ['đã tăng', 'Đã tăng'],
    ['`hơn 79%` quoted stays', '`hơn 79%` quoted stays'],
    ['Already', 'Already'],
  ];
  for (const [md, want] of CASES) it(`${md} → ${want}`, () => assert.strictEqual(capitalizeFirst(md), want));
});

describe('plainText', () => {
  for (const [md, plain] of PLAIN) it(`${md} → ${plain}`, () => assert.strictEqual(plainText(md), plain));
});

function doc(text: string, over: Partial<DocumentAnalysis> = {}): DocumentAnalysis {
  return { uri: 'file:///ws/a.txt', text, language: 'vi', referenceDate: null, structure: { blocks: [], sentences: [] }, entities: [], figures: [], findings: [], problems: [], ...over };
}

describe('exports', () => {
  it('csv quotes commas, quotes and line breaks, and defuses formulas in text cells', () => {
    const text = '=HYPERLINK("x"), "Lima"\nend';
    const csv = renderCsv([doc(text, { entities: [{ type: 'place', text, canonical: '=1+1', entityId: 'place:lima', start: 0, end: text.length }] })], { cwd: '/ws' });
    const row = csv.split('\r\n')[1];
    assert.strictEqual(row.slice(0, row.indexOf(',0,')), `a.txt,entity,place,"'=HYPERLINK(""x""), ""Lima""\nend"`);
    assert.match(csv, /,'=1\+1,/);
  });

  it('brat counts code points (an emoji before a name) and splits a span at line breaks', () => {
    const text = '😀 Lima\nPeru và Chile';
    const start = text.indexOf('Lima');
    const end = text.indexOf(' và');
    const ann = renderBrat(doc(text, { entities: [{ type: 'place', text: text.slice(start, end), canonical: 'Lima, Peru', entityId: 'place:lima', start, end }] }));
    assert.strictEqual(ann, 'T1\tPlace 2 6;7 11\tLima Peru\n#1\tAnnotatorNotes T1\tLima, Peru\n');
  });
});
