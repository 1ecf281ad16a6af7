import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/index';

describe('article structure', () => {
  const text = [
    'Hai nước ký thỏa thuận mới',
    '',
    'Ngày 3/5, hai bên đã ký thỏa thuận. TP. Hồ Chí Minh sẽ đăng cai.',
    'Hai nước ký thỏa thuận mới ảnh 1Bộ trưởng phát biểu. (Ảnh: TTXVN phát)',
    '[Peru coi Việt Nam là đối tác quan trọng]',
    'Kim ngạch tăng 2,5%. Ông J. Smith cho biết như vậy (Ảnh: VNA)',
    '(TTXVN/Vietnam+)',
    'Tin cùng chuyên mục',
    'Một tin khác',
  ].join('\r\n');
  const a = analyzeDocument({ uri: 'x.txt', text });
  const kinds = a.structure.blocks.map((b) => `${b.kind}:${text.slice(b.start, b.end)}`);

  it('classifies title, lead, body and furniture', () => {
    assert.deepStrictEqual(kinds, [
      'title:Hai nước ký thỏa thuận mới',
      'lead:Ngày 3/5, hai bên đã ký thỏa thuận. TP. Hồ Chí Minh sẽ đăng cai.',
      'caption:Hai nước ký thỏa thuận mới ảnh 1Bộ trưởng phát biểu. (Ảnh: TTXVN phát)',
      'related:[Peru coi Việt Nam là đối tác quan trọng]',
      'body:Kim ngạch tăng 2,5%. Ông J. Smith cho biết như vậy',
      'credit:(Ảnh: VNA)',
      'source:(TTXVN/Vietnam+)',
      'trailer:Tin cùng chuyên mục',
      'trailer:Một tin khác',
    ]);
  });

  it('reads the same blocks, figures and entities whatever ends the lines: LF, CRLF or CR alone', () => {
    const lines = ['Hai nước ký thỏa thuận mới', '', 'Ngày 3/5, hai bên đã ký thỏa thuận trị giá 2,5 tỷ USD.', 'Tổng thống Peru Dina Boluarte phát biểu.', '(TTXVN)'];
    const seen = (eol: string) => {
      const t = lines.join(eol);
      const d = analyzeDocument({ uri: 'eol.txt', text: t });
      return {
        blocks: d.structure.blocks.map((b) => `${b.kind}:${t.slice(b.start, b.end)}`),
        figures: d.figures.map((f) => f.text),
        entities: d.entities.map((m) => `${m.type}:${m.text}`),
      };
    };
    const lf = seen('\n');
    assert.strictEqual(lf.blocks.length, 4);
    for (const eol of ['\r\n', '\r']) assert.deepStrictEqual(seen(eol), lf, JSON.stringify(eol));
  });

  it('reads a one-line related link inside the article, and the article going on after a trailing heading', () => {
    const body = 'European firms hold 2,500 projects in Vietnam. The Netherlands registered $2.1 billion this year. Officials expect more. '.repeat(3);
    const t = ['EU trade grows', '', 'Trade rose 5%.', 'Related news: Vietnam seeks EU support', body, 'Tin liên quan', 'Một tin khác', body].join('\n');
    const k = analyzeDocument({ uri: 'r.txt', text: t }).structure.blocks.map((b) => b.kind);
    assert.deepStrictEqual(k, ['title', 'lead', 'related', 'body', 'trailer', 'trailer', 'body']);
  });

  it('reads a run of linked headlines that ends on a bar as links, and a line with a sentence before its bar as text (blind set 172)', () => {
    const t = [
      'Cao su đầu năm',
      '',
      'Xuất khẩu cao su thu về hơn 650 triệu USD Giá cao su tăng cao nhờ nhu cầu Giá xuất khẩu cao su quý III tăng 30% so với cùng kỳ |',
      'Quý I/2025, xuất khẩu cao su đạt 738 triệu USD.',
      'Giá cao su tăng mạnh. Xem thêm |',
    ].join('\n');
    const a = analyzeDocument({ uri: 'h.txt', text: t });
    assert.deepStrictEqual(a.structure.blocks.map((b) => b.kind), ['title', 'related', 'lead', 'body']);
    assert.deepStrictEqual(a.figures.filter((f) => f.metric).map((f) => f.text), ['738 triệu USD']);
  });

  it('splits sentences, not at abbreviations, initials or decimals', () => {
    const sentences = a.structure.sentences.map((s) => text.slice(s.start, s.end));
    assert.deepStrictEqual(sentences, [
      'Hai nước ký thỏa thuận mới',
      'Ngày 3/5, hai bên đã ký thỏa thuận.',
      'TP. Hồ Chí Minh sẽ đăng cai.',
      'Kim ngạch tăng 2,5%.',
      'Ông J. Smith cho biết như vậy',
    ]);
  });

  it('splits sentences a lost line break glued, not names or addresses that carry dots', () => {
    const t = [
      'Vietnam and Chile talk trade',
      '',
      'The envoy met the DCCI board.The talks went well. Trade reached 1.2 billion USD in 2016.Vietnam will host APEC.',
      'Ông Dung cho biết như vậy.Bộ trưởng nói thêm. Tin từ TP.Hồ Chí Minh và Vietnamplus.vn do J.Smith gửi, theo BS.Nguyễn An.',
    ].join('\n');
    const d = analyzeDocument({ uri: 'g.txt', text: t });
    assert.deepStrictEqual(d.structure.sentences.map((s) => t.slice(s.start, s.end)), [
      'Vietnam and Chile talk trade',
      'The envoy met the DCCI board.',
      'The talks went well.',
      'Trade reached 1.2 billion USD in 2016.',
      'Vietnam will host APEC.',
      'Ông Dung cho biết như vậy.',
      'Bộ trưởng nói thêm.',
      'Tin từ TP.Hồ Chí Minh và Vietnamplus.vn do J.Smith gửi, theo BS.Nguyễn An.',
    ]);
  });

  it('detects the language', () => {
    assert.strictEqual(a.language, 'vi');
    assert.strictEqual(analyzeDocument({ uri: 'e.txt', text: 'Two-way trade reached 600 million USD.' }).language, 'en');
  });
});
