import * as assert from 'assert';
import { analyzeDocument, type EntityMention } from '../../../server/src/core/index';

/**
 * Mention cases of the genre, one row each: a sentence (written for these tests), and the mentions
 * expected in it as `type|text|entityId` (plus `role=` / `person=` / `acronym=` when asserted).
 * Every mention of the sentence that is not a date must be listed: extra mentions fail too.
 */
interface Row {
  text: string;
  lang?: 'vi' | 'en';
  want: string[];
}

const rows: Row[] = [
  {
    text: 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà Nội.',
    want: [
      'person|Thủ tướng Phạm Minh Chính|person:pham-minh-chinh|role=prime-minister:VN',
      'person|Bộ trưởng Ngoại giao Bùi Thanh Sơn|person:bui-thanh-son|role=minister/foreign-affairs:VN',
      'place|Hà Nội|place:ha-noi',
    ],
  },
  {
    text: 'Tổng Bí thư Tô Lâm dự phiên họp của Liên hợp quốc và gặp lãnh đạo Liên minh châu Âu (EU).',
    want: [
      'person|Tổng Bí thư Tô Lâm|person:to-lam|role=general-secretary:VN',
      'organization|Liên hợp quốc|org:un',
      'organization|Liên minh châu Âu|org:eu|acronym=EU',
      'organization|EU|org:eu|acronym=EU',
    ],
  },
  {
    text: 'Chủ tịch nước Lương Cường hội kiến Tổng thống Peru Dina Boluarte. Ông Cường cảm ơn bà Boluarte.',
    want: [
      'person|Chủ tịch nước Lương Cường|person:luong-cuong|role=state-president:VN',
      'person|Tổng thống Peru Dina Boluarte|person:dina-boluarte|role=president:PE',
      'person|Cường|person:luong-cuong',
      'person|Boluarte|person:dina-boluarte',
    ],
  },
  {
    text: 'Đại sứ Việt Nam tại Argentina kiêm nhiệm Uruguay, ông Trần Văn Minh, cho biết như vậy.',
    want: [
      'title|Đại sứ Việt Nam tại Argentina kiêm nhiệm Uruguay|title:ambassador:VN>AR+UY|person=person:tran-van-minh',
      'person|Trần Văn Minh|person:tran-van-minh|role=ambassador:VN>AR+UY',
    ],
  },
  {
    text: 'Tập đoàn Dầu khí Quốc gia (PVN) và Tập đoàn Viễn thông Quân đội Viettel đầu tư tại TP Hồ Chí Minh.',
    want: [
      'organization|Tập đoàn Dầu khí Quốc gia|org:pvn|acronym=PVN',
      'organization|PVN|org:pvn|acronym=PVN',
      'organization|Tập đoàn Viễn thông Quân đội Viettel|org:viettel',
      'place|TP Hồ Chí Minh|place:tp-ho-chi-minh',
    ],
  },
  {
    text: 'Hai bên nhất trí thúc đẩy hợp tác. Trong năm nay, Theo kế hoạch, Nhân dịp này các bộ ngành làm việc.',
    want: [],
  },
  {
    text: 'Peruvian President Dina Boluarte received Prime Minister Pham Minh Chinh in Lima.',
    lang: 'en',
    want: [
      'person|Peruvian President Dina Boluarte|person:dina-boluarte|role=president:PE',
      'person|Prime Minister Pham Minh Chinh|person:pham-minh-chinh|role=prime-minister:VN',
      'place|Lima|place:lima',
    ],
  },
  {
    text: 'The Vietnam News Agency (VNA) quoted the Ministry of Foreign Affairs as saying that ASEAN and APEC matter.',
    lang: 'en',
    want: [
      'organization|Vietnam News Agency|org:vna|acronym=VNA',
      'organization|VNA|org:vna|acronym=VNA',
      'organization|Ministry of Foreign Affairs|org:ministry-of-foreign-affairs',
      'organization|ASEAN|org:asean',
      'organization|APEC|org:apec',
    ],
  },
  {
    text: 'Kim ngạch với Pê-ru, Chi-lê và Mỹ Latinh tăng; Casa de Pizarro đón đoàn.',
    want: ['country|Pê-ru|country:PE', 'country|Chi-lê|country:CL', 'place|Mỹ Latinh|place:latin-america', 'place|Casa de Pizarro|place:casa-de-pizarro'],
  },
];

function show(m: EntityMention, want: string): string {
  let s = `${m.type}|${m.text}|${m.entityId}`;
  if (want.includes('|role=')) s += `|role=${m.role}`;
  if (want.includes('|person=')) s += `|person=${m.person}`;
  if (want.includes('|acronym=')) s += `|acronym=${m.acronym}`;
  return s;
}

describe('entity mentions: genre cases', () => {
  for (const row of rows) {
    it(row.text, () => {
      const a = analyzeDocument({ uri: 't.txt', text: row.text, languageHint: row.lang ?? 'vi' });
      const got = a.entities.filter((m) => m.type !== 'date');
      const shown = got.map((m, i) => show(m, row.want[i] ?? ''));
      assert.deepStrictEqual(shown, row.want);
    });
  }
});
