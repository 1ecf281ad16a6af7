import * as assert from 'assert';
import { analyzeDocument, createWorkspace, dateFromFileName } from '../../server/src/core/index';

describe('reference date from outside the text', () => {
  const names: [string, string | undefined][] = [
    ['2024-11-14-lima.txt', '2024-11-14'],
    ['/news/peru/lima_20241114.txt', '2024-11-14'],
    ['file:///news/2024.11.14%20Lima.txt', '2024-11-14'],
    ['C:\\news\\2023-04-21 dai su.txt', '2023-04-21'],
    ['lima-2024-02-30.txt', undefined],
    ['report-12345678.txt', undefined],
    ['lima.txt', undefined],
  ];
  for (const [name, expected] of names) {
    it(`reads ${expected ?? 'no date'} from ${name}`, () => assert.strictEqual(dateFromFileName(name), expected));
  }

  const text = 'Ngày 14/11, Chủ tịch nước thăm Lima.\nKim ngạch năm ngoái đạt 486 triệu USD.';

  it('resolves year-less dates against a date the front end gives, and says where it came from', () => {
    const a = analyzeDocument({ uri: 'x.txt', text, referenceDate: '2024-11-20', referenceDateSource: 'file name' });
    assert.strictEqual(a.referenceDate?.date, '2024-11-20');
    assert.strictEqual(a.referenceDate?.source, 'option');
    assert.match(a.referenceDate!.explanation, /file name/);
    assert.ok(a.entities.some((e) => e.type === 'date' && e.value === '2024-11-14'), JSON.stringify(a.entities));
  });

  it('lets a marker line in the text win over the given date', () => {
    const a = analyzeDocument({ uri: 'x.txt', text: `${text}\n% communique: date=2023-11-20`, referenceDate: '2024-11-20' });
    assert.strictEqual(a.referenceDate?.date, '2023-11-20');
    assert.strictEqual(a.referenceDate?.source, 'marker');
  });

  it('ignores a malformed date', () => {
    const a = analyzeDocument({ uri: 'x.txt', text, referenceDate: '2024-13-45' });
    assert.notStrictEqual(a.referenceDate?.source, 'option');
  });

  it('re-analyses a document when only its given date changes', () => {
    const ws = createWorkspace();
    ws.set({ uri: 'x.txt', text, referenceDate: '2024-11-20' });
    assert.strictEqual(ws.analysis('x.txt')?.referenceDate?.date, '2024-11-20');
    ws.set({ uri: 'x.txt', text, referenceDate: '2023-11-20' });
    assert.strictEqual(ws.analysis('x.txt')?.referenceDate?.date, '2023-11-20');
  });
});

describe('reference date from a month compared with', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a month compared with the same month of a named year, named again without one, is that month a year later',
      'Rubber exports in January\n\nVietnam exported 260,000 tons of rubber in January worth $365 million, nearly double compared to January 2023.\n\nVietnam earned $2.89 billion from rubber exports last year.',
      /^2024-02/,
    ],
    [
      'so is one against it (`against January 2023`)',
      'Rubber in January\n\nThe average export price in January was $1,404 per ton, up 3.7 per cent against January 2023.',
      /^2024-02/,
    ],
    [
      'but not when the month named again is itself a base (`so với tháng 2`)',
      'Xuất khẩu sắn tháng 3\n\nTrong tháng 3, xuất khẩu sắn tăng mạnh so với tháng 2. Giá bình quân tháng 3/2024 đạt 451 USD/tấn, tăng 1,7% so với tháng 2/2024.',
      /^2024-/,
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const a = analyzeDocument({ uri: 'x.txt', text });
      assert.match(a.referenceDate?.date ?? '', expected, JSON.stringify(a.referenceDate));
    });
  }
});

describe('periods a figure is not of', () => {
  const figure = (text: string, at: string) => {
    const a = analyzeDocument({ uri: 'x.txt', text });
    const f = a.figures.find((g) => text.slice(g.start, g.end).includes(at));
    assert.ok(f, `no figure at ${at}`);
    return f!;
  };
  it('a quarter named without its year is of the year its paragraph reports on, not the reference year', () => {
    const text = 'date 2025-01 Kinh tế thành phố năm 2024\n\nTheo Cục Thống kê, kinh tế thành phố năm 2024 tiếp tục phục hồi: Quý I tăng 6,54%; quý II tăng 6,31%; quý III tăng 7,33%.';
    assert.strictEqual(figure(text, '6,54%').period, '2024-01/2024-03');
    assert.strictEqual(figure(text, '7,33%').period, '2024-07/2024-09');
  });
  it('but not of a year the paragraph compares with (`so với năm 2023`)', () => {
    const text = 'date 2024-07 Xuất khẩu quý II\n\nSo với năm 2023, xuất khẩu chuyển biến tốt: quý II tăng 12%.';
    assert.notStrictEqual(figure(text, '12%').period, '2023-04/2023-06');
  });
  it('a year a figure is set above or below (`cao hơn năm 2023`) is no period of it', () => {
    const text = 'Kinh tế tỉnh\n\nTăng trưởng kinh tế GRDP ước đạt 7,38%, cao hơn năm 2023 (5,11%); GRDP bình quân đầu người đạt 97,5 triệu đồng.';
    assert.notStrictEqual(figure(text, '97,5').period, '2023');
  });
  it('the year of the prices a value is measured in is no period (`theo giá so sánh 2010`, `at constant 2010 prices`)', () => {
    const vi = 'Tổng sản phẩm trên địa bàn (GRDP) năm 2024 theo giá so sánh 2010 đạt 1,17 triệu tỷ đồng, tăng 7,17%.';
    assert.strictEqual(figure(vi, '1,17 triệu').period, '2024');
    const en = "The province's GRDP reached VND60 trillion at constant 2010 prices in 2023.";
    assert.strictEqual(figure(en, 'VND60').period, '2023');
  });
});
