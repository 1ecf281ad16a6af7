/**
 * A seeded one-topic corpus (issue #15): one dispatch — Việt Nam–Peru trade on the President's
 * visit to Lima — republished by many outlets, each copy with its own small variations: the
 * headline, the dateline, sentences kept or cut, a figure rounded or qualified (`gần 486 triệu
 * USD`, `hơn 485 triệu USD`), and in a few copies a figure or a date written wrong (`468 triệu`, a
 * scale slip `4,86 tỷ`, `giảm 9%`, `14/11/1993`). So one figure is reported by thousands of
 * articles, a few of them disagree with all the rest, and every finding about it has thousands of
 * counterparts: the worst case for what a finding carries and for what the workspace indexes.
 *
 * The same seed and count give the same files, byte for byte.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generator } from './random';

export interface OneTopicArticle {
  /** A relative path: `outlet-07/2024-11-14-lima-00123.txt`. */
  name: string;
  text: string;
}

export interface OneTopicCorpus {
  articles: OneTopicArticle[];
  /** How many copies write a figure or a date wrong (what the checks should find). */
  wrong: { trade2023: number; scaleSlip: number; change: number; relationsYear: number };
  /** Characters in all. */
  characters: number;
}

const OUTLETS = 40;

const HEADLINES = [
  'Thương mại Việt Nam - Peru: Dư địa tăng trưởng còn lớn',
  'Chủ tịch nước Lương Cường thăm chính thức Peru',
  'Việt Nam và Peru thúc đẩy hợp tác kinh tế, thương mại',
  'Kim ngạch thương mại Việt Nam - Peru năm 2023 đạt 486 triệu USD',
  'Quan hệ Việt Nam - Peru: 30 năm hữu nghị và hợp tác',
];

const DATELINES = ['Lima, 14/11 (TTXVN) - ', 'Từ Lima, phóng viên TTXVN cho biết: ', '', 'Lima (Peru), ngày 14/11/2024 - '];

const SOURCES = ['(TTXVN/Vietnam+)', '(TTXVN)', 'Theo TTXVN', '(Báo Quốc tế)', '(VOV)'];

/**
 * Writes `count` articles of the dispatch, spread over `OUTLETS` outlet folders. `pick(rnd)`
 * decisions draw from one seeded generator, in one order, so a seed names one corpus.
 */
export function oneTopicCorpus(count: number, seed = 15): OneTopicCorpus {
  const rnd = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const wrong = { trade2023: 0, scaleSlip: 0, change: 0, relationsYear: 0 };
  const articles: OneTopicArticle[] = [];
  let characters = 0;
  for (let i = 0; i < count; i++) {
    // The 2023 trade figure: the same value written many ways; about one copy in fifty swaps two
    // digits, about one in five hundred slips its scale.
    let trade2023: string;
    const r = rnd();
    if (r < 0.02) {
      trade2023 = '468 triệu USD';
      wrong.trade2023++;
    } else if (r < 0.022) {
      trade2023 = '4,86 tỷ USD';
      wrong.scaleSlip++;
    } else trade2023 = pick(['486 triệu USD', '486 triệu USD', '486 triệu USD', 'gần 486 triệu USD', 'hơn 485 triệu USD', '486,2 triệu USD', 'khoảng 486 triệu USD']);
    const trade2022 = pick(['600 triệu USD', '600 triệu USD', 'khoảng 600 triệu USD', 'gần 600 triệu USD']);
    let change = pick(['giảm 19%', 'giảm 19%', 'giảm gần 19%', 'giảm 19,0%']);
    if (chance(0.01)) {
      change = 'giảm 9%';
      wrong.change++;
    }
    let relationsYear = 1994;
    if (chance(0.01)) {
      relationsYear = 1993;
      wrong.relationsYear++;
    }
    const nineMonths = pick(['289,6 triệu USD', 'gần 290 triệu USD', '289,6 triệu USD']);
    const exports = pick(['301,5 triệu USD', 'hơn 301 triệu USD']);
    const imports = pick(['184,5 triệu USD', 'gần 185 triệu USD']);
    const investment = pick(['1,24 tỷ USD', 'hơn 1,2 tỷ USD', '1,24 tỷ USD']);
    const day = 13 + Math.floor(rnd() * 3);

    const lines = [pick(HEADLINES), ''];
    lines.push(
      `${pick(DATELINES)}Nhân chuyến thăm chính thức Peru của Chủ tịch nước Lương Cường từ ngày 13 đến 14/11/2024, ` +
        `Thương vụ Việt Nam tại Peru cho biết quan hệ kinh tế song phương còn nhiều dư địa.`,
      '',
    );
    lines.push(
      `Theo số liệu của Thương vụ, kim ngạch thương mại hai chiều giữa hai nước năm 2022 đạt ${trade2022}, mức cao nhất kể từ khi thiết lập quan hệ ngoại giao. ` +
        `Năm 2023, kim ngạch thương mại hai chiều đạt ${trade2023}, ${change} so với năm 2022.`,
      '',
    );
    if (chance(0.8)) lines.push(`Cả năm 2023, Việt Nam xuất khẩu sang Peru ${exports} và nhập khẩu từ thị trường này ${imports}.`, '');
    if (chance(0.7)) lines.push(`Trong 9 tháng đầu năm 2024, thương mại song phương đạt ${nineMonths}.`, '');
    if (chance(0.6)) lines.push(`Viettel và Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) có hai dự án tại Peru với tổng vốn đầu tư ${investment}.`, '');
    lines.push(`Việt Nam và Peru thiết lập quan hệ ngoại giao ngày 14/11/${relationsYear}. Tổng thống Peru Dina Boluarte đã hội đàm với Chủ tịch nước Lương Cường tại Lima.`, '');
    if (chance(0.5)) lines.push(`Hiệp định CPTPP có hiệu lực đối với Peru từ ngày 19/9/2021, giúp phần lớn dòng thuế giữa hai nước được cắt giảm theo lộ trình./.`, '');
    lines.push(pick(SOURCES));
    const text = `${lines.join('\n')}\n`;
    const outlet = String(i % OUTLETS).padStart(2, '0');
    articles.push({ name: path.join(`outlet-${outlet}`, `2024-11-${day}-lima-${String(i).padStart(5, '0')}.txt`), text });
    characters += text.length;
  }
  return { articles, wrong, characters };
}

/** Writes the corpus under `dir` (created); returns it. */
export function writeOneTopicCorpus(dir: string, count: number, seed = 15): OneTopicCorpus {
  const corpus = oneTopicCorpus(count, seed);
  for (const a of corpus.articles) {
    const file = path.join(dir, a.name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, a.text);
  }
  return corpus;
}
