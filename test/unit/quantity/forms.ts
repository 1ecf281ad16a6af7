/**
 * The table of forms: one row per written form, with what the engine must read from it.
 *
 *   F(input, span, value, unit, bound, period, more)  a figure whose span is `span`
 *   D(input, span, value, precision)                  a date or period mention
 *   N(input, span)                                    no figure overlaps `span`
 *   R(input, date, source)                            the inferred reference date
 *
 * `% communique: date=...` in `ref` becomes a marker line before the input. Sentences are written
 * for these tests (none is taken from a real article).
 */
import type { Bound, FigureKind } from '../../../server/src/core/index';

export interface FigureRow {
  type: 'F';
  input: string;
  span: string;
  value: number | [number, number];
  unit: string | null;
  bound: Bound;
  /** `undefined` = not asserted; `null` = must be null. */
  period?: string | null;
  kind?: FigureKind;
  metric?: string | null;
  qualifier?: string;
  change?: { direction: 'up' | 'down'; base?: string | null };
  readings?: (number | [number, number])[];
  ref?: string;
  nth?: number;
}
export interface DateRow { type: 'D'; input: string; span: string; value: string; precision: string; ref?: string }
export interface NoneRow { type: 'N'; input: string; span: string }
export interface RefRow { type: 'R'; input: string; date: string | null; source?: string }
export type Row = FigureRow | DateRow | NoneRow | RefRow;

type More = Partial<Omit<FigureRow, 'type' | 'input' | 'span' | 'value' | 'unit' | 'bound'>>;
const F = (input: string, span: string, value: number | [number, number], unit: string | null, bound: Bound = 'exact', period?: string | null, more: More = {}): FigureRow =>
  ({ type: 'F', input, span, value, unit, bound, period, ...more });
const D = (input: string, span: string, value: string, precision: string, ref?: string): DateRow => ({ type: 'D', input, span, value, precision, ref });
const N = (input: string, span: string): NoneRow => ({ type: 'N', input, span });
const R = (input: string, date: string | null, source?: string): RefRow => ({ type: 'R', input, date, source });

export const ROWS: Row[] = [
  // ---- Money, Vietnamese
  F('Kim ngạch xuất khẩu đạt 5,2 tỷ USD.', '5,2 tỷ USD', 5.2e9, 'USD', 'exact', null, { kind: 'money', metric: 'export' }),
  F('Dự án có tổng vốn 1.500 tỷ đồng.', '1.500 tỷ đồng', 1.5e12, 'VND', 'exact', null, { metric: 'investment.capital' }),
  // One quantity, one metric: registered and disbursed FDI however the sentence orders its words.
  F('Năm 2023, các nhà đầu tư Nhật Bản đăng ký 1,5 tỷ USD vốn FDI.', '1,5 tỷ USD', 1.5e9, 'USD', 'exact', '2023', { metric: 'investment.fdi.registered' }),
  F('Năm 2023, vốn FDI đăng ký của Nhật Bản đạt 1.500 triệu USD.', '1.500 triệu USD', 1.5e9, 'USD', 'exact', '2023', { metric: 'investment.fdi.registered' }),
  F('In 2023, Japanese investors registered US$1.5 billion in new FDI.', 'US$1.5 billion', 1.5e9, 'USD', 'exact', '2023', { metric: 'investment.fdi.registered' }),
  F('Năm 2023, vốn FDI giải ngân đạt 23,2 tỷ USD.', '23,2 tỷ USD', 23.2e9, 'USD', 'exact', '2023', { metric: 'investment.fdi.disbursed' }),
  F('Năm 2023, tổng vốn đầu tư của dự án là 2 tỷ USD.', '2 tỷ USD', 2e9, 'USD', 'exact', '2023', { metric: 'investment.capital' }),
  F('Giá trị hợp đồng khoảng 300 triệu euro.', '300 triệu euro', 3e8, 'EUR', 'approx', null, { qualifier: 'khoảng' }),
  F('Công ty rót 20 triệu đô la Mỹ vào nhà máy.', '20 triệu đô la Mỹ', 2e7, 'USD'),
  F('Khoản viện trợ trị giá 2 triệu đô-la.', '2 triệu đô-la', 2e6, 'USD', 'exact', null, { metric: 'aid' }),
  F('Nhật Bản cam kết cho vay 100 tỷ yên.', '100 tỷ yên', 1e11, 'JPY'),
  F('Phía bạn bỏ ra 3 tỷ nhân dân tệ.', '3 tỷ nhân dân tệ', 3e9, 'CNY'),
  F('Doanh thu đạt 12.345 tỷ VNĐ.', '12.345 tỷ VNĐ', 12345e9, 'VND', 'exact', null, { metric: 'revenue' }),
  F('Mức lương tối thiểu là 5.000.000 đồng/tháng.', '5.000.000 đồng/tháng', 5e6, 'VND/month'),
  F('Quỹ học bổng có 50.000 USD.', '50.000 USD', 50000, 'USD'),
  F('Hỗ trợ 1,5 triệu USD cho người dân vùng lũ.', '1,5 triệu USD', 1.5e6, 'USD'),
  F('Vốn FDI đạt hơn 36 tỷ USD.', '36 tỷ USD', 3.6e10, 'USD', 'lower', null, { metric: 'investment.fdi', qualifier: 'hơn' }),
  F('Xuất khẩu đạt gần 400 tỷ USD.', '400 tỷ USD', 4e11, 'USD', 'upper', null, { qualifier: 'gần' }),
  F('Nhập khẩu vượt 300 tỷ USD.', '300 tỷ USD', 3e11, 'USD', 'lower', null, { qualifier: 'vượt', metric: 'import' }),
  F('Xuất siêu xấp xỉ 28 tỷ USD.', '28 tỷ USD', 2.8e10, 'USD', 'approx', null, { qualifier: 'xấp xỉ', metric: 'trade.surplus' }),
  F('Giá trị mỗi gói thầu dưới 10 triệu USD.', '10 triệu USD', 1e7, 'USD', 'upper', null, { qualifier: 'dưới' }),
  F('Mỗi dự án có vốn trên 2 tỷ USD.', '2 tỷ USD', 2e9, 'USD', 'lower', null, { qualifier: 'trên' }),
  F('Quy mô thị trường đạt 1.000 tỷ USD.', '1.000 tỷ USD', 1e12, 'USD'),
  F('Thâm hụt thương mại là 5 nghìn tỷ đồng.', '5 nghìn tỷ đồng', 5e12, 'VND', 'exact', null, { metric: 'trade.deficit' }),
  F('Ngân sách dành 3 ngàn tỷ đồng cho giáo dục.', '3 ngàn tỷ đồng', 3e12, 'VND', 'exact', null, { metric: 'budget' }),
  F('Hai nước đặt mục tiêu 10 tỉ USD.', '10 tỉ USD', 1e10, 'USD'),
  F('Giá bán là 1,2 triệu yên Nhật.', '1,2 triệu yên Nhật', 1.2e6, 'JPY'),
  F('Hàn Quốc viện trợ 500.000 USD.', '500.000 USD', 500000, 'USD'),
  F('Khoản vay trị giá 200 triệu won.', '200 triệu won', 2e8, 'KRW'),
  F('Tổng vốn đăng ký 2,7 tỷ đô la.', '2,7 tỷ đô la', 2.7e9, 'USD', 'exact', null, { metric: 'investment.capital' }),
  F('Công ty góp 15 triệu EUR.', '15 triệu EUR', 1.5e7, 'EUR'),
  F('Số tiền quyên góp là 750 nghìn USD.', '750 nghìn USD', 750000, 'USD'),
  F('Mức phạt là 50 ngàn đồng.', '50 ngàn đồng', 50000, 'VND'),
  F('Giá dầu ở mức 80 USD/thùng.', '80 USD/thùng', 80, 'USD/bbl', 'exact', null, { metric: 'price' }),
  F('Oil traded at 80 USD per barrel.', '80 USD per barrel', 80, 'USD/bbl'),
  F('Vé có giá 500.000đ.', '500.000đ', 500000, 'VND'),
  F('Khoản tài trợ 2 triệu rúp.', '2 triệu rúp', 2e6, 'RUB'),
  F('Chi phí khoảng 1 tỷ bạt.', '1 tỷ bạt', 1e9, 'THB', 'approx'),
  F('Hai bên ký hợp đồng trị giá 300 triệu bảng Anh.', '300 triệu bảng Anh', 3e8, 'GBP'),
  F('Lương bình quân đạt 8 triệu đồng.', '8 triệu đồng', 8e6, 'VND'),
  F('Dự án có mức đầu tư 2 trăm triệu USD.', '2 trăm triệu USD', 2e8, 'USD'),
  F('Kim ngạch đạt hai tỷ USD.', 'hai tỷ USD', 2e9, 'USD'),
  F('Kiều hối đạt 16 tỷ USD.', '16 tỷ USD', 1.6e10, 'USD', 'exact', null, { metric: 'remittance' }),
  F('Khoản vay ODA ước đạt 500 triệu USD.', '500 triệu USD', 5e8, 'USD', 'approx', null, { metric: 'aid.oda' }),

  // ---- Ranges
  F('Vốn đầu tư dự kiến từ 5 đến 7 tỷ USD.', '5 đến 7 tỷ USD', [5e9, 7e9], 'USD'),
  F('Dự án cần 2-3 tỷ USD.', '2-3 tỷ USD', [2e9, 3e9], 'USD'),
  F('Tổng vốn từ 5 tỷ USD đến 7 tỷ USD.', '5 tỷ USD đến 7 tỷ USD', [5e9, 7e9], 'USD'),
  F('Tăng trưởng GDP dự báo đạt 6-6,5%.', '6-6,5%', [6, 6.5], '%', 'exact', null, { metric: 'gdp.growth' }),
  F('Giá cước dự kiến tăng 20–25%.', '20–25%', [20, 25], '%', 'exact', null, { change: { direction: 'up' } }),
  F('Mỗi năm đón 3-4 triệu lượt khách.', '3-4 triệu lượt khách', [3e6, 4e6], 'lượt khách', 'exact', null, { metric: 'tourists' }),
  F('The deal is worth between 5 and 7 billion USD.', '5 and 7 billion USD', [5e9, 7e9], 'USD'),
  F('Prices rose 10-15 percent.', '10-15 percent', [10, 15], '%', 'exact', null, { change: { direction: 'up' } }),

  // ---- Percentages and points
  F('GDP tăng 5,05%.', '5,05%', 5.05, '%', 'exact', null, { kind: 'percent', metric: 'gdp', change: { direction: 'up' } }),
  F('Lạm phát ở mức 3,5 phần trăm.', '3,5 phần trăm', 3.5, '%'),
  F('Xuất khẩu giảm hơn 20%.', '20%', 20, '%', 'lower', null, { metric: 'export', change: { direction: 'down' }, qualifier: 'hơn' }),
  F('Mặt hàng này chiếm 45% tổng kim ngạch.', '45%', 45, '%'),
  F('Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm.', '1,5 điểm phần trăm', 1.5, 'pp', 'exact', null, { kind: 'percentagePoints', change: { direction: 'down' } }),
  F('Lãi suất cho vay trên 25%/năm.', '25%', 25, '%', 'lower'),
  F('Khoảng 30% dân số sống ở nông thôn.', '30%', 30, '%', 'approx'),
  F('Tỷ lệ tiêm chủng đạt gần 100%.', '100%', 100, '%', 'upper'),
  F('Xuất khẩu tăng 2,5% so với năm 2022.', '2,5%', 2.5, '%', 'exact', null, { change: { direction: 'up', base: '2022' } }),
  F('Trong 9 tháng đầu năm 2024, xuất khẩu đạt 300 tỷ USD, tăng 12% so với cùng kỳ năm ngoái.', '12%', 12, '%', 'exact', '2024-01/2024-09', { change: { direction: 'up', base: '2023-01/2023-09' } }),
  F('Exports grew 12% year on year.', '12%', 12, '%', 'exact', null, { change: { direction: 'up' } }),
  F('The unemployment rate fell 0.3 percentage points.', '0.3 percentage points', 0.3, 'pp', 'exact', null, { change: { direction: 'down' } }),
  F('Inflation stood at under 4 percent.', '4 percent', 4, '%', 'upper', null, { qualifier: 'under' }),
  F('About 30 per cent of exports go to the US.', '30 per cent', 30, '%', 'approx'),
  F('Growth reached 6.5%.', '6.5%', 6.5, '%'),

  // ---- Counts
  F('Có 4.500 doanh nghiệp tham gia hội chợ.', '4.500 doanh nghiệp', 4500, 'doanh nghiệp', 'exact', null, { kind: 'count' }),
  F('Năm qua Việt Nam đón 12,6 triệu lượt khách quốc tế.', '12,6 triệu lượt khách quốc tế', 1.26e7, 'lượt khách quốc tế', 'exact', undefined, { metric: 'tourists' }),
  F('Hơn 200 người tham dự buổi lễ.', '200 người', 200, 'người', 'lower'),
  F('Có 37 dự án được cấp phép mới.', '37 dự án', 37, 'dự án'),
  F('Hai bên ký 12 văn kiện hợp tác.', '12 văn kiện', 12, 'văn kiện'),
  F('Trường có 1.200 học sinh.', '1.200 học sinh', 1200, 'học sinh'),
  F('Chính phủ cấp 100 suất học bổng mỗi năm.', '100 suất học bổng', 100, 'suất học bổng'),
  F('Nhà mạng có 3,2 triệu thuê bao.', '3,2 triệu thuê bao', 3.2e6, 'thuê bao', 'exact', null, { metric: 'subscribers' }),
  F('Sự kiện thu hút hàng nghìn người dân.', 'hàng nghìn người dân', 1000, 'người dân', 'lower'),
  F('Hàng trăm doanh nghiệp đã đăng ký.', 'Hàng trăm doanh nghiệp', 100, 'doanh nghiệp', 'lower'),
  F('Tập đoàn có hai dự án tại nước này.', 'hai dự án', 2, 'dự án'),
  N('Cơ hội mở ra giữa hai nền kinh tế.', 'hai nền kinh tế'),
  N('Hai tập đoàn là hai nhà đầu tư lớn nhất.', 'hai nhà đầu tư'),
  F('Hai bên đã ký ba văn kiện.', 'ba văn kiện', 3, 'văn kiện'),
  F('Công ty thiệt hại hàng triệu USD.', 'hàng triệu USD', 1e6, 'USD', 'lower'),
  F('Đoàn gồm 50 đại biểu.', '50 đại biểu', 50, 'đại biểu'),
  F('Dự án tạo ra 2.000 việc làm.', '2.000 việc làm', 2000, 'việc làm'),
  F('Hội nghị có 21 nền kinh tế thành viên.', '21 nền kinh tế thành viên', 21, 'nền kinh tế thành viên'),
  F('Bệnh viện tiếp nhận 15 ca mắc mới.', '15 ca mắc', 15, 'ca mắc'),
  F('Tỉnh có 120 chiếc tàu cá.', '120 chiếc tàu cá', 120, 'chiếc tàu cá'),
  F('Cộng đồng có khoảng 6 triệu người Việt Nam ở nước ngoài.', '6 triệu người Việt Nam', 6e6, 'người việt nam', 'approx'),
  F('Hiệp định có 11 thành viên.', '11 thành viên', 11, 'thành viên'),
  F('The company provides internet to more than 4,743 schools.', '4,743 schools', 4743, 'schools', 'lower'),
  F('It donated 450 tablets.', '450 tablets', 450, 'tablets'),
  F('Services reach 112 health facilities.', '112 health facilities', 112, 'health facilities'),
  F('Bitel has over 7.1 million subscribers.', '7.1 million subscribers', 7.1e6, 'subscribers', 'lower', null, { metric: 'subscribers' }),
  F('The country welcomed 12.6 million international visitors.', '12.6 million international visitors', 1.26e7, 'international visitors', 'exact', null, { metric: 'tourists' }),
  F('Hundreds of businesses attended.', 'Hundreds of businesses', 100, 'businesses', 'lower'),
  F('The fair drew two million people.', 'two million people', 2e6, 'people'),

  // ---- Measures
  F('Sản lượng đạt 7 triệu tấn gạo.', '7 triệu tấn', 7e6, 't', 'exact', null, { kind: 'measure' }),
  F('Dự án trồng 30.000 ha rừng.', '30.000 ha', 30000, 'ha'),
  F('Tuyến đường dài 1.500 km.', '1.500 km', 1500, 'km'),
  F('Nhà máy có công suất 1.200 MW.', '1.200 MW', 1200, 'MW'),
  F('Diện tích tự nhiên là 331.000 km2.', '331.000 km2', 331000, 'km2'),
  F('Tàu bị bắt cách bờ 200 hải lý.', '200 hải lý', 200, 'nmi'),
  F('Cảng tiếp nhận 15.000 tấn hàng.', '15.000 tấn', 15000, 't'),
  F('Hạ tầng cáp quang dài 30,000km.', '30,000km', 30000, 'km', 'exact', null, { readings: [30000, 30] }),
  F('The network spans 30,000 km of fibre.', '30,000 km', 30000, 'km'),
  F('Chương trình kéo dài 5 năm.', '5 năm', 5, 'year'),
  F('Nhà máy sản xuất 2 triệu lít mỗi năm.', '2 triệu lít', 2e6, 'l'),
  F('Vietnam exported 8 million tonnes of rice.', '8 million tonnes', 8e6, 't'),

  // ---- Multiples
  F('Kim ngạch tăng gấp 3 lần.', 'gấp 3 lần', 3, '×', 'exact', null, { kind: 'multiple', change: { direction: 'up' } }),
  F('Xuất khẩu tăng gấp đôi.', 'gấp đôi', 2, '×', 'exact', null, { kind: 'multiple' }),
  F('Vốn đầu tư gấp 2,5 lần năm trước.', 'gấp 2,5 lần', 2.5, '×'),
  F('Sản lượng tăng 4 lần.', '4 lần', 4, '×', 'exact', null, { kind: 'multiple', change: { direction: 'up' } }),
  F('Trade between the two countries tripled.', 'tripled', 3, '×', 'exact', null, { kind: 'multiple' }),
  F('Investment grew 3 times.', '3 times', 3, '×', 'exact', null, { kind: 'multiple' }),
  F('Xuất khẩu gấp ba lần nhập khẩu.', 'gấp ba lần', 3, '×'),

  // ---- English money
  F('Two-way trade reached 600 million USD in 2023.', '600 million USD', 6e8, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('Bilateral trade hit $1.5 billion last year.', '$1.5 billion', 1.5e9, 'USD', 'exact', '2023', { metric: 'trade.two-way', ref: '2024-05-01' }),
  F('Exports rose 40% to US$2.3 billion.', 'US$2.3 billion', 2.3e9, 'USD', 'exact', null, { metric: 'export' }),
  F('Exports rose 40% to US$2.3 billion.', '40%', 40, '%', 'exact', null, { change: { direction: 'up' } }),
  F('The project is worth about $300mn.', '$300mn', 3e8, 'USD', 'approx', null, { qualifier: 'about' }),
  F('FDI inflows were 1.2bn USD.', '1.2bn USD', 1.2e9, 'USD', 'exact', null, { metric: 'investment.fdi' }),
  F('Trade reached nearly 290 million USD.', '290 million USD', 2.9e8, 'USD', 'upper', null, { qualifier: 'nearly' }),
  F('The EU pledged EUR 20 million.', 'EUR 20 million', 2e7, 'EUR'),
  F('The grant totals €15 million.', '€15 million', 1.5e7, 'EUR'),
  F('Total investment was 1.24 billion USD.', '1.24 billion USD', 1.24e9, 'USD', 'exact', null, { metric: 'investment.capital' }),
  F('Japan gave $500,000 in aid.', '$500,000', 500000, 'USD'),
  F('Revenue exceeded 2 billion US dollars.', '2 billion US dollars', 2e9, 'USD', 'lower', null, { qualifier: 'exceeded' }),
  F('The loan is worth more than $1 billion.', '$1 billion', 1e9, 'USD', 'lower', null, { qualifier: 'more than' }),
  F('Some 5,000 people attended.', '5,000 people', 5000, 'people', 'approx'),
  F('The fund holds 4.743 billion USD.', '4.743 billion USD', 4.743e9, 'USD'),

  F('Vietnam Welcomes 12 Million Foreign Visitors In 2024', '12 Million Foreign Visitors', 1.2e7, 'foreign visitors', 'exact', '2024', { metric: 'tourists' }),
  F('Giá cước tăng từ 10% đến 15%.', '15%', 15, '%'),
  F('Hai bên nhất trí từ 10% đến 15% dòng thuế được cắt giảm.', '10% đến 15%', [10, 15], '%'),

  F('Buổi lễ có ngoài 500 người tham dự.', '500 người', 500, 'người', 'lower', null, { qualifier: 'ngoài' }),
  F('Exports exceeded 5 billion USD.', '5 billion USD', 5e9, 'USD', 'lower', null, { qualifier: 'exceeded' }),

  F('Vốn cần khoảng từ 5 đến 7 tỷ USD.', '5 đến 7 tỷ USD', [5e9, 7e9], 'USD', 'approx', null, { qualifier: 'khoảng' }),
  F('Sản lượng tăng gấp rưỡi.', 'gấp rưỡi', 1.5, '×', 'exact', null, { kind: 'multiple' }),

  F('Doanh nghiệp có 200 lao động trở lên phải báo cáo.', '200 lao động', 200, 'lao động', 'lower', null, { qualifier: 'trở lên' }),
  F('Firms with 5,000 people or more must report.', '5,000 people', 5000, 'people', 'lower', null, { qualifier: 'or more' }),
  F('Sau kim ngạch thương mại hai chiều, kim ngạch năm 2023 đạt 486 triệu USD.', '486 triệu USD', 4.86e8, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),

  F('Tính chung 10 tháng, khách quốc tế đạt gần 14,1 triệu lượt người, tăng 41,1% so với cùng kỳ.', '41,1%', 41.1, '%', 'exact', '2024-01/2024-10', { ref: '2024-11-05', metric: 'tourists', change: { direction: 'up', base: '2023-01/2023-10' } }),
  F('Tính chung 10 tháng, khách quốc tế đạt gần 14,1 triệu lượt người.', '14,1 triệu lượt người', 1.41e7, 'lượt người', 'upper', '2024-01/2024-10', { ref: '2024-11-05', metric: 'tourists' }),
  F('Vốn FDI 10 tháng ước đạt 19,58 tỷ USD, tăng 8,8% so với cùng kỳ năm 2023.', '8,8%', 8.8, '%', 'exact', '2024-01/2024-10', { ref: '2024-11-05', change: { direction: 'up', base: '2023-01/2023-10' } }),
  F('Tổng kim ngạch 10 tháng năm 2024 đạt 647 tỷ USD. Trong đó, xuất khẩu đạt 335 tỷ USD.', '335 tỷ USD', 3.35e11, 'USD', 'exact', '2024-01/2024-10', { metric: 'export' }),
  F('Dự án kéo dài 6 tháng.', '6 tháng', 6, 'month', 'exact', null, { kind: 'measure' }),
  N('Gọi tổng đài 1900 1234 để được hỗ trợ.', '1900 1234'),

  F('Có trên dưới 100 người dự lễ.', '100 người', 100, 'người', 'approx', null, { qualifier: 'trên dưới' }),
  F('Tăng trưởng không dưới 6%.', '6%', 6, '%', 'lower', null, { qualifier: 'không dưới' }),
  F('Bội chi không vượt quá 4% GDP.', '4%', 4, '%', 'upper', null, { qualifier: 'không vượt quá' }),
  F('Inflation will be no more than 4 percent.', '4 percent', 4, '%', 'upper', null, { qualifier: 'no more than' }),
  F('Growth will be no less than 6 percent.', '6 percent', 6, '%', 'lower', null, { qualifier: 'no less than' }),

  F('Vốn FDI thực hiện ước đạt 19,58 tỷ USD.', '19,58 tỷ USD', 1.958e10, 'USD', 'approx', null, { metric: 'investment.fdi.disbursed' }),
  F('Disbursed FDI reached 19.58 billion USD.', '19.58 billion USD', 1.958e10, 'USD', 'exact', null, { metric: 'investment.fdi.disbursed' }),
  F('Vốn FDI đăng ký đạt 27 tỷ USD.', '27 tỷ USD', 2.7e10, 'USD', 'exact', null, { metric: 'investment.fdi.registered' }),

  F('Chỉ số CPI tháng 10 tăng 0,33% so với tháng trước.', '0,33%', 0.33, '%', 'exact', '2024-10', { ref: '2024-11-05', metric: 'inflation', change: { direction: 'up', base: '2024-09' } }),
  F('Prices rose 0.3% from last month.', '0.3%', 0.3, '%', 'exact', null, { ref: '2024-11-05', change: { direction: 'up', base: '2024-10' } }),

  F('Hai nước thiết lập quan hệ năm 1994, kim ngạch thương mại đạt 600 triệu USD.', '600 triệu USD', 6e8, 'USD', 'exact', null),

  F('Giá gạo xuất khẩu đạt bình quân 627 USD/tấn.', '627 USD/tấn', 627, 'USD/t', 'exact', null, { metric: 'price' }),
  F('Giá điện là 2.000 đồng/kWh.', '2.000 đồng/kWh', 2000, 'VND/kWh', 'exact', null, { metric: 'price' }),
  F('Dự án mang lại 400 triệu USD/năm.', '400 triệu USD', 4e8, 'USD'),
  F('Khoảng 70% trong số 3.000 doanh nghiệp cho biết doanh thu tăng.', '3.000 doanh nghiệp', 3000, 'doanh nghiệp'),
  F('Mỗi năm, khoảng 20.000 lượt sinh viên sang Nhật học tập.', '20.000 lượt sinh viên', 20000, 'lượt sinh viên', 'approx'),
  F('A total of 25 agreements worth 2.5 billion USD were signed.', '25 agreements', 25, 'agreements'),
  F('The ministry received 1.2 million applications, up from 900,000 the previous year.', '900,000', 900000, null, 'exact', '2023', { ref: '2024-06-01', kind: 'number' }),
  F('Tỷ lệ hộ nghèo giảm từ 4,3% xuống còn 2,93%.', '2,93%', 2.93, '%', 'exact', null, { metric: 'poverty.rate' }),
  F('Thu nhập bình quân đạt 4,284 USD.', '4,284 USD', 4.284, 'USD', 'exact', null, { readings: [4.284, 4284] }),

  F('The 1,000-km expressway will cost 12 billion USD.', '1,000-km', 1000, 'km', 'exact', null, { kind: 'measure' }),
  F('Kim ngạch tăng hơn 100 lần.', '100 lần', 100, '×', 'lower', null, { kind: 'multiple', change: { direction: 'up' } }),
  F('Seventy percent of the population is young.', 'Seventy percent', 70, '%', 'exact', null, { kind: 'percent' }),

  // ---- Separators (domain.md: ambiguous cases)
  F('Dự án trị giá 1,245 tỷ USD.', '1,245 tỷ USD', 1.245e9, 'USD'),
  F('Xã có 7,125 người.', '7,125 người', 7125, 'người', 'exact', null, { readings: [7125, 7.125] }),
  F('Quỹ nắm giữ 1.234.567,8 USD.', '1.234.567,8 USD', 1234567.8, 'USD'),
  F('The fund holds 1,234,567.8 USD.', '1,234,567.8 USD', 1234567.8, 'USD'),
  F('Kim ngạch đạt 12.5 triệu USD.', '12.5 triệu USD', 1.25e7, 'USD'),
  F('The school has 4.743 students.', '4.743 students', 4743, 'students', 'exact', null, { readings: [4743, 4.743] }),
  F('Trade reached 146,8 million USD.', '146,8 million USD', 1.468e8, 'USD'),

  // ---- domain.md: numbers, qualifiers, changes
  F('Quý I đạt 146,8 triệu USD.', '146,8 triệu USD', 1.468e8, 'USD'),
  F('Có chừng 50 người dự lễ.', '50 người', 50, 'người', 'approx', null, { qualifier: 'chừng' }),
  F('Tỷ lệ phủ sóng gần như 100%.', '100%', 100, '%', 'upper', null, { qualifier: 'gần như' }),
  F('Exports were up 40% on the year.', '40%', 40, '%', 'exact', null, { change: { direction: 'up' } }),
  F('Trade stood at around 5 billion USD.', '5 billion USD', 5e9, 'USD', 'approx', null, { qualifier: 'around' }),
  F('Kim ngạch giảm hơn 20% so với năm trước.', '20%', 20, '%', 'lower', null, { change: { direction: 'down', base: '2023' }, ref: '2024-06-01' }),
  F('Xuất khẩu năm 2023 đạt 23,3 tỷ USD, trong khi nhập khẩu đạt 21,2 tỷ USD.', '21,2 tỷ USD', 2.12e10, 'USD', 'exact', '2023', { metric: 'import' }),
  F('Năm 2014 Viettel vào Peru, hiện nay có 7 triệu thuê bao.', '7 triệu thuê bao', 7e6, 'thuê bao', 'exact', null),
  F('Năm 2014 tập đoàn vào Peru, hiện nay vốn đạt 1 tỷ USD.', '1 tỷ USD', 1e9, 'USD', 'exact', null),
  F('Hai nước đạt 600 triệu USD năm 2022, tăng 79% so với 2016.', '79%', 79, '%', 'exact', '2022', { change: { direction: 'up', base: '2016' } }),
  F('Tổng số vốn 1,24 tỷ USD (tương đương 29.000 tỷ đồng) giai đoạn 2015-2020.', '29.000 tỷ đồng', 2.9e13, 'VND', 'exact', '2015/2020'),

  F('Doanh nghiệp thu về 5 tỷ đô.', '5 tỷ đô', 5e9, 'USD'),
  F('Tổng số 300 người đã tham gia.', '300 người', 300, 'người'),
  F('Exports posted a 5% increase.', '5%', 5, '%', 'exact', null, { change: { direction: 'up' } }),
  F('Imports saw a 3.5 percent decline.', '3.5 percent', 3.5, '%', 'exact', null, { change: { direction: 'down' } }),
  F('Trade is now five times larger.', 'five times', 5, '×', 'exact', null, { kind: 'multiple' }),
  F('USD1.5 billion was pledged.', 'USD1.5 billion', 1.5e9, 'USD'),
  F('Giá trị đạt 1,5 triệu USD/năm.', '1,5 triệu USD', 1.5e6, 'USD'),
  F('Lượng khách tăng 2,5 lần.', '2,5 lần', 2.5, '×', 'exact', null, { kind: 'multiple', change: { direction: 'up' } }),

  F('Nhập khẩu gạo tăng gấp hơn 2 lần năm trước.', 'gấp hơn 2 lần', 2, '×', 'lower', undefined, { kind: 'multiple', qualifier: 'hơn' }),
  F('Over 2,000 Argentine tourists visited Vietnam.', '2,000 Argentine tourists', 2000, 'argentine tourists', 'lower', null, { metric: 'tourists' }),
  F('Trade posted a year-on-year rise of 28 percent.', '28 percent', 28, '%', 'exact', null, { change: { direction: 'up' } }),
  F('The flight takes more than 30 hours.', '30 hours', 30, 'hour', 'lower', null, { kind: 'measure' }),
  F('Beef exports rose threefold between 2019 and 2023 to 40,000 tonnes.', 'threefold', 3, '×', 'exact', '2019/2023'),

  F('Hơn một nửa số doanh nghiệp có lãi.', 'một nửa', 0.5, null, 'lower', null, { kind: 'number' }),
  F('Hai phần ba dân số sống ở đô thị.', 'Hai phần ba', 0.6666666667, null, 'exact', null, { kind: 'number' }),
  F('Lãi suất giảm năm phần trăm.', 'năm phần trăm', 5, '%', 'exact', null, { kind: 'percent', change: { direction: 'down' } }),
  F('The company earned a billion dollars.', 'a billion dollars', 1e9, 'USD'),

  F('The port handled 12.500 tonnes of cargo.', '12.500 tonnes', 12500, 't', 'exact', null, { readings: [12500, 12.5] }),
  F('Cảng bốc xếp 12,500 tấn hàng.', '12,500 tấn', 12500, 't', 'exact', null, { readings: [12500, 12.5] }),
  F('Cảng bốc xếp 12.500 tấn hàng.', '12.500 tấn', 12500, 't'),
  F('Giá trị đạt 1,250 tỷ USD.', '1,250 tỷ USD', 1.25e9, 'USD'),

  // A period set off after a verb of saying governs the reported clause.
  F('Bộ trưởng cho biết năm 2023, kim ngạch thương mại hai chiều đạt 5 tỷ USD.', '5 tỷ USD', 5e9, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('The minister said that in 2023, two-way trade hit $5 billion.', '$5 billion', 5e9, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('Thương mại Việt Nam - ASEAN đạt 80 tỷ USD năm 2023.', '80 tỷ USD', 80e9, 'USD', 'exact', '2023', { metric: 'trade' }),
  F('Xuất nhập khẩu của tỉnh đạt 2 tỷ USD năm 2023.', '2 tỷ USD', 2e9, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('In the first nine months of this year, trade rose 12.8 percent over the same period last year.', '12.8 percent', 12.8, '%', 'exact', '2024-01/2024-09', { ref: '2024-11-20', change: { direction: 'up', base: '2023-01/2023-09' } }),
  F('Inflation eased to 2.1% in October.', '2.1%', 2.1, '%', 'exact', '2024-10', { ref: '2024-11-20', metric: 'inflation' }),

  F('Kim ngạch hai chiều năm 2022 đạt 600 triệu USD. Sang năm 2023, con số này đạt 486 triệu USD.', '486 triệu USD', 4.86e8, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('Năm 2024, hai nước kỷ niệm 30 năm quan hệ (14/11/1994).', '30 năm', 30, 'year', 'exact', null),

  // ---- Periods on figures
  F('Năm 2022, xuất khẩu đạt 5 tỷ USD.', '5 tỷ USD', 5e9, 'USD', 'exact', '2022'),
  F('Xuất khẩu năm 2023 đạt 5 tỷ USD.', '5 tỷ USD', 5e9, 'USD', 'exact', '2023'),
  F('Xuất khẩu đạt 5 tỷ USD trong năm 2023.', '5 tỷ USD', 5e9, 'USD', 'exact', '2023'),
  F('Quý I/2024, xuất khẩu đạt 90 tỷ USD.', '90 tỷ USD', 9e10, 'USD', 'exact', '2024-01/2024-03'),
  F('Kim ngạch thương mại đạt 600 triệu USD.', '600 triệu USD', 6e8, 'USD', 'exact', null, { metric: 'trade.two-way' }),
  F('Kim ngạch đạt 600 triệu USD.', '600 triệu USD', 6e8, 'USD', 'exact', null, { metric: 'trade' }),
  F('Kim ngạch tăng từ 300 triệu USD năm 2016 lên 600 triệu USD năm 2022.', '300 triệu USD', 3e8, 'USD', 'exact', '2016'),
  F('Kim ngạch tăng từ 300 triệu USD năm 2016 lên 600 triệu USD năm 2022.', '600 triệu USD', 6e8, 'USD', 'exact', '2022'),
  F('Thương mại hai chiều tăng 50%, từ mức 400 triệu USD lên 600 triệu USD giai đoạn 2018-2023.', '400 triệu USD', 4e8, 'USD', 'exact', '2018', { metric: 'trade.two-way' }),
  F('Thương mại hai chiều tăng 50%, từ mức 400 triệu USD lên 600 triệu USD giai đoạn 2018-2023.', '600 triệu USD', 6e8, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('Thương mại hai chiều tăng 50%, từ mức 400 triệu USD lên 600 triệu USD giai đoạn 2018-2023.', '50%', 50, '%', 'exact', '2018/2023', { change: { direction: 'up' } }),
  F('In 2023, two-way trade reached $600 million.', '$600 million', 6e8, 'USD', 'exact', '2023', { metric: 'trade.two-way' }),
  F('Exports in the first nine months of 2024 reached $5 billion.', '$5 billion', 5e9, 'USD', 'exact', '2024-01/2024-09', { metric: 'export' }),
  F('Trong 6 tháng đầu năm, xuất khẩu đạt 190 tỷ USD.', '190 tỷ USD', 1.9e11, 'USD', 'exact', '2024-01/2024-06', { ref: '2024-07-15' }),
  F('Năm ngoái, kim ngạch đạt 1 tỷ USD.', '1 tỷ USD', 1e9, 'USD', 'exact', '2023', { ref: '2024-03-01' }),
  F('Kim ngạch thương mại hai chiều năm 2023 đạt 486 triệu USD và 9 tháng đầu năm 2024 đạt 290 triệu USD.', '290 triệu USD', 2.9e8, 'USD', 'exact', '2024-01/2024-09', { metric: 'trade.two-way' }),
  F('Kim ngạch thương mại hai chiều năm 2023 đạt 486 triệu USD và 9 tháng đầu năm 2024 đạt 290 triệu USD.', '486 triệu USD', 4.86e8, 'USD', 'exact', '2023'),
  F('Tuyến cáp được khai trương năm 2014, nay dài 3.000 km.', '3.000 km', 3000, 'km', 'exact', null),

  // ---- Metric equivalences
  F('Thương mại hai chiều đạt 1 tỷ USD.', '1 tỷ USD', 1e9, 'USD', 'exact', null, { metric: 'trade.two-way' }),
  F('Kim ngạch thương mại 2 chiều đạt 1 tỷ USD.', '1 tỷ USD', 1e9, 'USD', 'exact', null, { metric: 'trade.two-way' }),
  F('Kim ngạch thương mại song phương đạt 1 tỷ USD.', '1 tỷ USD', 1e9, 'USD', 'exact', null, { metric: 'trade.two-way' }),
  F('Bilateral trade reached $1 billion.', '$1 billion', 1e9, 'USD', 'exact', null, { metric: 'trade.two-way' }),
  F('Two-way trade turnover reached $1 billion.', '$1 billion', 1e9, 'USD', 'exact', null, { metric: 'trade.two-way' }),

  F('Trường có 2000 học sinh.', '2000 học sinh', 2000, 'học sinh'),
  F('Đoàn có 5 đồng chí lãnh đạo.', '5 đồng chí', 5, 'đồng chí', 'exact', null, { kind: 'count' }),
  F('Mỗi suất quà trị giá 500.000 đồng.', '500.000 đồng', 500000, 'VND'),
  F('Mỗi người nhận 2 triệu đồng mỗi tháng.', '2 triệu đồng', 2e6, 'VND'),
  F('Lượng khách đạt 710.000, tăng 20%.', '710.000', 710000, null, 'exact', null, { kind: 'number' }),
  F('Arrivals reached 710,000 in 2023.', '710,000', 710000, null, 'exact', '2023', { kind: 'number', metric: 'tourists' }),
  F('Exports fell 6.2% from 2022.', '6.2%', 6.2, '%', 'exact', null, { change: { direction: 'down', base: '2022' } }),
  F('In the first quarter of 2024, exports rose 8% year-on-year.', '8%', 8, '%', 'exact', '2024-01/2024-03', { change: { direction: 'up', base: '2023-01/2023-03' } }),
  F('Unemployment fell 0.2 percentage points to 2.2 percent.', '2.2 percent', 2.2, '%', 'exact', null, { metric: 'unemployment' }),
  F('Investors poured 73 billion USD in registered capital.', '73 billion USD', 7.3e10, 'USD', 'exact', null, { metric: 'investment.capital' }),
  F('Năm 2023 kim ngạch đạt 10 tỷ USD. Riêng quý I/2024 đạt 3 tỷ USD.', '3 tỷ USD', 3e9, 'USD', 'exact', '2024-01/2024-03', { metric: 'trade' }),
  F('Năm 2023 xuất khẩu đạt 10 tỷ USD. Giá điện tăng 4,5%.', '4,5%', 4.5, '%', 'exact', null, { metric: null }),

  // ---- Held-out genre classes: durations in words, base-form multiples, bare qualified numbers,
  // model numbers, comparatives, `over` + duration, `estimated at`
  F('Hai bên sẽ mở rộng sản xuất trong hai năm tới.', 'hai năm', 2, 'year'),
  F('The programme will run for three years.', 'three years', 3, 'year'),
  F('Most visitors stayed at least three nights.', 'three nights', 3, 'night', 'lower', null, { qualifier: 'at least' }),
  N('The pact was signed two years ago.', 'two years'),
  F('The leaders agreed to double bilateral investment.', 'double', 2, '×', 'exact', null, { kind: 'multiple' }),
  N('The two sides signed a double taxation agreement.', 'double'),
  F('Sales to the US tripled over five years.', 'five years', 5, 'year', 'exact'),
  F('The two countries have been partners for over 30 years.', '30 years', 30, 'year', 'lower'),
  F('The city drew 2.1 million visitors, nearly 900,000 of them from abroad.', '900,000', 900000, null, 'upper', null, { qualifier: 'nearly' }),
  N('Hơn 2024 người tham dự', '2024'),
  F('The airline will buy 50 737 MAX aircraft.', '50', 50, null),
  N('The airline will buy 50 737 MAX aircraft.', '737'),
  F('Vietjet signed a deal on 20 A330neo aircraft.', '20', 20, null),
  F('It was the first such visit in nearly a decade.', 'a decade', 1, 'decade', 'upper', null, { qualifier: 'nearly' }),
  F('Dự án đã chậm hơn một năm.', 'một năm', 1, 'year', 'lower'),
  N('Exports rose 5% from a year earlier.', 'a year'),
  F('Tính đến ngày 31/10/2024, vốn FDI đăng ký đạt 27 tỷ USD, tăng 1,9% so với cùng kỳ năm ngoái.', '27 tỷ USD', 27e9, 'USD', 'exact', '2024-01/2024-10'),
  F('TP Hồ Chí Minh, ngày 5/7/2024 - Sáu tháng đầu năm 2024, Việt Nam đón 8,8 triệu lượt khách quốc tế.', '8,8 triệu lượt khách quốc tế', 8.8e6, 'lượt khách quốc tế', 'exact', '2024-01/2024-06'),
  F('Da Nang, March 28, 2024 (VNA) - Da Nang welcomed 2.1 million visitors in the first quarter of this year.', '2.1 million visitors', 2.1e6, 'visitors', 'exact', '2024-01/2024-03'),
  F('Da Nang, March 28, 2024 (VNA) - Arrivals rose 41 percent in the first quarter. The city expects 9.3 million visitors in 2024.', '41 percent', 41, '%', 'exact', '2024-01/2024-03'),
  F('Remittances are forecast at $16 billion for the year.', '$16 billion', 16e9, 'USD', 'exact', '2024', { ref: '2024-10-15' }),
  F('Kiều hối cả năm ước đạt 16 tỷ USD.', '16 tỷ USD', 16e9, 'USD', 'approx', '2024', { ref: '2024-10-15' }),
  F('More than 1.1 million Vietnamese travelled to Thailand.', '1.1 million Vietnamese', 1.1e6, 'vietnamese', 'lower'),
  F('Growth is expected at 2.7 percent, less than half of the target.', 'half', 0.5, null, 'upper', null, { qualifier: 'less than' }),
  N('Exports rose in the first half of the year.', 'half'),
  F('Nhật Bản đã dành cho Việt Nam gần 3.000 tỷ yên vốn ODA.', '3.000 tỷ yên', 3e12, 'JPY', 'upper', null, { metric: 'aid.oda' }),
  F('Vốn đăng ký cả năm 2024 có thể đạt 36 tỷ USD, trong khi vốn thực hiện vượt 25 tỷ USD.', '25 tỷ USD', 25e9, 'USD', 'lower', '2024'),
  N('GDP grew 6.8 percent, 1.5 points higher than a year earlier.', 'a year'),
  F('Boats longer than 15 metres must carry trackers.', '15 metres', 15, 'm', 'lower', null, { qualifier: 'longer than' }),
  F('Năng suất lúa đạt bình quân gần 5 tấn/ha.', '5 tấn/ha', 5, 't/ha', 'upper'),
  F('Quan hệ đã phát triển mạnh sau một năm nâng cấp.', 'một năm', 1, 'year'),
  N('Một năm nữa lại qua.', 'Một năm'),
  F('Rice sales were more than triple the volume of last year.', 'triple', 3, '×', 'lower', null, { qualifier: 'more than' }),
  F('Coal shipments halved to about 6 million tonnes.', 'halved', 0.5, '×', 'exact', null, { kind: 'multiple' }),
  F('They aim to cut non-tariff barriers by half.', 'half', 0.5, null),
  F('Trade is set to top US$18 billion.', 'US$18 billion', 18e9, 'USD', 'lower', null, { qualifier: 'to top' }),
  N('Hanoi ranks in the top 10 cities.', '10'),
  F('He announced a 300-million-USD credit line.', '300-million-USD', 3e8, 'USD', 'exact', null, { kind: 'money' }),
  F('They signed a $2-billion deal.', '$2-billion', 2e9, 'USD'),
  F('They signed a $5 billion deal.', '$5 billion', 5e9, 'USD'),
  F('A delegation of 50 US firms arrived.', '50 US firms', 50, 'us firms'),
  F('Cộng đồng khoảng 60.000 người Việt đang sinh sống tại Nga.', '60.000 người Việt', 60000, 'người việt', 'approx'),
  F('Có 440 trên tổng số 446 đại biểu tán thành.', '440', 440, null),
  F('Kim ngạch tăng gần gấp ba lần trong một thập kỷ.', 'một thập kỷ', 1, 'decade'),
  F('Quan hệ đã phát triển hơn 3 thập kỷ.', '3 thập kỷ', 3, 'decade', 'lower'),
  N('Công ty có mặt tại thị trường này từ hơn 20 năm trước.', '20 năm'),
  N('Hai nước thiết lập quan hệ cách đây 30 năm.', '30 năm'),
  F('Trong 5 năm trước đó, xuất khẩu tăng đều.', '5 năm', 5, 'year'),
  F('The border runs through ten Vietnamese provinces.', 'ten Vietnamese provinces', 10, 'vietnamese provinces', 'exact', null, { kind: 'count' }),
  N('The three countries agreed to meet again.', 'three countries'),
  N('Two sides signed the deal.', 'Two sides'),
  F('Giá gạo cao hơn 71 USD/tấn so với cùng kỳ.', '71 USD/tấn', 71, 'USD/t', 'exact'),
  F('Tỷ lệ lấp đầy cao hơn 6 điểm phần trăm so với năm trước.', '6 điểm phần trăm', 6, 'pp', 'exact'),
  F('Giá gạo cao hơn 600 USD/tấn.', '600 USD/tấn', 600, 'USD/t', 'lower'),
  F('Tourism revenue was estimated at 7,800 billion VND.', '7,800 billion VND', 7.8e12, 'VND', 'approx', null, { qualifier: 'estimated at' }),

  // ---- Not figures
  N('Hãng mua thêm 10 máy bay Boeing 787 mới.', '787'),
  N('Vệ tinh Vinasat 2 được phóng năm 2012.', '2'),
  N('Khối ASEAN+3 họp tại Jakarta.', '3'),
  N('Virus H5N1 lây lan nhanh.', '5'),
  N('Luật số 61/2020/QH14 có hiệu lực.', '61/2020'),
  N('Công văn 1234/BNG-LS gửi các bộ.', '1234'),
  N('Lễ khai mạc lúc 8 giờ sáng.', '8 giờ'),
  N('Việt Nam là 1 trong 5 nước đầu tiên.', '1 trong'),
  N('Theo Điều 5 của Luật Đầu tư, nhà đầu tư được ưu đãi.', '5'),
  N('Nghị định 15/2022/NĐ-CP quy định về miễn thuế.', '15/2022'),
  N('Đây là lần thứ 5 hai bên gặp nhau.', '5'),
  N('Kỳ họp thứ 8 Quốc hội khóa XV khai mạc.', '8'),
  N('Buổi lễ bắt đầu lúc 9h30.', '9h30'),
  N('Ông năm nay 65 tuổi.', '65 tuổi'),
  N('Liên hệ theo số điện thoại 024 3825 3825.', '024 3825 3825'),
  N('Hội nghị thượng đỉnh G20 diễn ra tại Ấn Độ.', '20'),
  N('Đại dịch COVID-19 ảnh hưởng nặng nề.', '19'),
  N('Năm 2023, hai nước kỷ niệm quan hệ.', '2023'),
  N('Tuần lễ Cấp cao APEC 2017 tại Đà Nẵng.', '2017'),
  N('Phiên họp bắt đầu lúc 14:30.', '14:30'),
  N('Nhà mạng triển khai mạng 5G.', '5G'),
  N('Theo Quyết định số 123/QĐ-TTg của Thủ tướng.', '123'),
  N('Hai nước nhất trí tăng cường hợp tác.', 'Hai nước'),
  N('Tháng 5/2007, hai nước ký hiệp định.', '5/2007'),
  N('Quý I/2024 là quý khởi sắc.', 'I/2024'),
  N('Đoàn thăm Peru từ 17-21/4/2023.', '17-21/4/2023'),
  N('Đại sứ quán ở số 8 Lê Duẩn.', '8'),
  N('Thông tư 01/2024/TT-BTC có hiệu lực.', '01/2024'),
  N('Cuộc họp diễn ra tại phòng 201.', '201'),
  N('Việt Nam lọt top 10 thị trường.', '10'),
  N('Article 5 of the treaty applies.', '5'),
  N('The meeting opened at 9:30 am.', '9:30'),
  N('The meeting opened at 9 am.', '9 am'),
  N('It was the 5th meeting of the commission.', '5th'),
  N('The air force flies Su-30 jets.', '30'),
  N('Resolution 1325 was adopted.', '1325'),
  N('Kim ngạch thương mại 2 chiều tiếp tục tăng.', '2 chiều'),
  N('Hai bên nhất trí ngày 14/11 sẽ ký.', '14/11'),
  N('Quốc lộ 1A được mở rộng.', '1A'),
  N('Ảnh 1: Đại sứ phát biểu tại buổi lễ.', '1'),

  N('Theo Kết luận 36-KL/TW của Bộ Chính trị.', '36'),
  N('Đội tuyển thắng 3-1 trước đối thủ.', '3-1'),
  N('Tỷ lệ góp vốn là 1:1 giữa hai bên.', '1:1'),

  N('Số tài khoản 999999999999999999999999999999 USD.', '999999999999999999999999999999'),

  N('Theo Directive 24 of the Prime Minister.', '24'),
  N('Học sinh lớp 12 dự thi.', '12'),
  F('Trường có 12 lớp học.', '12 lớp học', 12, 'lớp học'),

  // Compound number words: tens and hundreds; `năm` after tens is a year, `lăm` is five.
  F('Hai nước kỷ niệm ba mươi năm quan hệ.', 'ba mươi năm', 30, 'year'),
  F('Sau mười lăm năm, dự án hoàn thành.', 'mười lăm năm', 15, 'year'),
  F('Trong mười năm qua, quan hệ phát triển.', 'mười năm', 10, 'year'),
  F('Hai bên có hai mươi lăm dự án.', 'hai mươi lăm dự án', 25, 'dự án'),
  F('Tỉnh có hai trăm năm mươi doanh nghiệp.', 'hai trăm năm mươi doanh nghiệp', 250, 'doanh nghiệp'),
  F('Việt Nam nhận hai mươi triệu USD.', 'hai mươi triệu USD', 20e6, 'USD'),
  F('The two countries marked twenty-five years of ties.', 'twenty-five years', 25, 'year'),
  F('Thirty five projects were signed over the years.', 'Thirty five projects', 35, 'projects'),
  // Hours and minutes: a duration after a word of duration, a time of day otherwise.
  F('Hai bên hội đàm trong 90 phút.', '90 phút', 90, 'minute'),
  F('Hội nghị kéo dài 48 giờ.', '48 giờ', 48, 'hour'),
  F('Chuyến bay mất 3 tiếng.', '3 tiếng', 3, 'hour'),
  N('Lễ khai mạc lúc 9 giờ sáng.', '9 giờ'),
  N('Khoảng 9 giờ sáng, đoàn tới.', '9 giờ'),
  N('Lúc 10 giờ 30 phút, đoàn đến.', '30 phút'),
  // A share written as a fraction after a qualifier of size or a word of share.
  F('Gần 1/3 dân số sống ở nông thôn.', '1/3', 0.333333333333, null, 'upper'),
  F('Xuất khẩu chiếm 2/3 tổng kim ngạch.', '2/3', 0.666666666667, null),
  N('Ngày 1/3, hai bên ký kết.', '1/3'),
  // A dash between two figures of one unit is a range.
  F('GDP dự kiến tăng 6%-6,5%.', '6%-6,5%', [6, 6.5], '%'),
  F('Mức lương đạt 5 tỷ USD - 7 tỷ USD.', '5 tỷ USD - 7 tỷ USD', [5e9, 7e9], 'USD'),
  F('Tỷ lệ 5% - 7 tỷ USD là sai.', '5%', 5, '%'),

  // ---- Dates and periods
  D('Hai nước ký hiệp định ngày 25/3/1971.', 'ngày 25/3/1971', '1971-03-25', 'day'),
  D('Quan hệ được thiết lập ngày 14-11-1994.', 'ngày 14-11-1994', '1994-11-14', 'day'),
  D('Trong các ngày từ 17-21/4/2023, đoàn làm việc tại Lima.', '17-21/4/2023', '2023-04-17/2023-04-21', 'interval'),
  D('Hội chợ diễn ra từ ngày 12 đến 16/11.', 'từ ngày 12 đến 16/11', '2023-11-12/2023-11-16', 'interval', '2023-12-01'),
  D('Hội chợ diễn ra từ ngày 9 đến ngày 12-11.', 'từ ngày 9 đến ngày 12-11', '2023-11-09/2023-11-12', 'interval', '2023-12-01'),
  D('Tháng 5/2007, hai bên ký thỏa thuận.', 'Tháng 5/2007', '2007-05', 'month'),
  D('Hiệp định có hiệu lực từ tháng 11/2011.', 'tháng 11/2011', '2011-11', 'month'),
  D('Hai nước ký hiệp định vào năm 2023.', 'năm 2023', '2023', 'year'),
  D('Relations were established on November 14, 1994.', 'November 14, 1994', '1994-11-14', 'day'),
  D('Relations were established on 14 November 1994.', '14 November 1994', '1994-11-14', 'day'),
  D('Xuất khẩu quý I/2024 tăng mạnh.', 'quý I/2024', '2024-01/2024-03', 'quarter'),
  D('Xuất khẩu 3 tháng đầu năm 2023 tăng.', '3 tháng đầu năm 2023', '2023-01/2023-03', 'quarter'),
  D('Xuất khẩu 6 tháng đầu năm tăng.', '6 tháng đầu năm', '2024-01/2024-06', 'half', '2024-08-01'),
  D('Xuất khẩu 9 tháng đầu năm 2024 tăng.', '9 tháng đầu năm 2024', '2024-01/2024-09', 'interval'),
  D('Kim ngạch tăng giai đoạn 2016-2022.', 'giai đoạn 2016-2022', '2016/2022', 'interval'),
  D('Kim ngạch tăng từ năm 2016 đến năm 2022.', 'từ năm 2016 đến năm 2022', '2016/2022', 'interval'),
  D('Năm ngoái hai bên trao đổi nhiều đoàn.', 'Năm ngoái', '2023', 'year', '2024-03-01'),
  D('Năm trước, hai bên trao đổi nhiều đoàn.', 'Năm trước', '2023', 'year', '2024-03-01'),
  D('Trade grew last year.', 'last year', '2023', 'year', '2024-03-01'),
  D('Trade will grow this year.', 'this year', '2024', 'year', '2024-03-01'),
  D('Trade grew in the first nine months of this year.', 'first nine months of this year', '2024-01/2024-09', 'interval', '2024-10-20'),
  D('Hai bên hội đàm ngày 14/11.', 'ngày 14/11', '2024-11-14', 'day', '2024-11-20'),
  D('Trade grew in the first quarter of 2024.', 'first quarter of 2024', '2024-01/2024-03', 'quarter'),
  D('Xuất khẩu quý 2 năm 2023 tăng.', 'quý 2 năm 2023', '2023-04/2023-06', 'quarter'),
  D('Xuất khẩu nửa đầu năm 2024 tăng.', 'nửa đầu năm 2024', '2024-01/2024-06', 'half'),
  D('Sự kiện diễn ra ngày 14.11.1994.', 'ngày 14.11.1994', '1994-11-14', 'day'),
  D('Nước Việt Nam ra đời ngày 2 tháng 9 năm 1945.', 'ngày 2 tháng 9 năm 1945', '1945-09-02', 'day'),
  D('Xuất khẩu tháng 1-9/2024 tăng.', 'tháng 1-9/2024', '2024-01/2024-09', 'interval'),
  D('Exports rose in H1 2024.', 'H1 2024', '2024-01/2024-06', 'half'),
  D('The talks were held on Nov. 14, 2023.', 'Nov. 14, 2023', '2023-11-14', 'day'),
  D('The forum took place in November 2023.', 'November 2023', '2023-11', 'month'),
  D('Trade grew in the 2016-2022 period.', '2016-2022', '2016/2022', 'interval'),
  D('Đoàn thăm từ 30/11-2/12/2023.', '30/11-2/12/2023', '2023-11-30/2023-12-02', 'interval'),
  D('Xuất khẩu 6 tháng cuối năm 2023 tăng.', '6 tháng cuối năm 2023', '2023-07/2023-12', 'half'),
  D('Kim ngạch năm nay dự kiến tăng.', 'năm nay', '2024', 'year', '2024-05-05'),

  D('Từ đầu năm đến nay, xuất khẩu tăng.', 'Từ đầu năm đến nay', '2024-01/2024-05', 'interval', '2024-05-20'),
  D('Exports rose 5% so far this year.', 'so far this year', '2024-01/2024-05', 'interval', '2024-05-20'),
  D('Exports rose in January-September 2024.', 'January-September 2024', '2024-01/2024-09', 'interval'),
  D('Hai bên sẽ ký vào 14/11.', '14/11', '2024-11-14', 'day', '2024-11-20'),
  D('Luật Đầu tư 2020 quy định rõ.', '2020', '2020', 'year'),
  D('Quan hệ được thiết lập năm 1973.', 'năm 1973', '1973', 'year'),
  D('Kỷ niệm 50 năm quan hệ ngoại giao (1973-2023).', '1973-2023', '1973/2023', 'interval'),
  D('Tháng 11 năm ngoái, hai bên ký hiệp định.', 'Tháng 11 năm ngoái', '2023-11', 'month', '2024-03-01'),
  D('Xuất khẩu 10 tháng năm 2023 tăng.', '10 tháng năm 2023', '2023-01/2023-10', 'interval'),
  D('Exports rose in Q1/2024.', 'Q1/2024', '2024-01/2024-03', 'quarter'),

  D('Hội nghị diễn ra ngày 14 và 15/11/2023.', 'ngày 14 và 15/11/2023', '2023-11-14/2023-11-15', 'interval'),
  D('Hội nghị diễn ra ngày 1-2/12/2023.', 'ngày 1-2/12/2023', '2023-12-01/2023-12-02', 'interval'),
  D('Hai bên gặp nhau hôm 14/11.', '14/11', '2024-11-14', 'day', '2024-11-20'),
  D('Kế hoạch giai đoạn 2021 - 2025 được thông qua.', 'giai đoạn 2021 - 2025', '2021/2025', 'interval'),
  D('Năm học 2023-2024 bắt đầu.', '2023-2024', '2023/2024', 'interval'),

  D('Inflation eased in October.', 'October', '2024-10', 'month', '2024-11-20'),

  N('Kim ngạch tiến tới 1 tỷ USD trong những năm tới.', 'năm tới'),

  D('Xuất khẩu 10 tháng năm nay tăng.', '10 tháng năm nay', '2024-01/2024-10', 'interval', '2024-11-20'),
  D('Xuất khẩu 6 tháng đầu năm nay tăng.', '6 tháng đầu năm nay', '2024-01/2024-06', 'half', '2024-11-20'),
  D('Xuất khẩu 6 tháng đầu năm ngoái tăng.', '6 tháng đầu năm ngoái', '2023-01/2023-06', 'half', '2024-11-20'),
  D('First-quarter growth was strong.', 'First-quarter', '2024-01/2024-03', 'quarter', '2024-11-20'),
  D('Exports rose in the first half.', 'first half', '2024-01/2024-06', 'half', '2024-11-20'),
  D('Trade rose in the January-September period.', 'January-September period', '2024-01/2024-09', 'interval', '2024-11-20'),

  D('Quan hệ ngoại giao được thiết lập 14/11/1994.', '14/11/1994', '1994-11-14', 'day'),
  D('Hai nước ký hiệp định (25/3/1971).', '25/3/1971', '1971-03-25', 'day'),

  D('Trong 6 tháng, xuất khẩu đạt 190 tỷ USD.', '6 tháng', '2024-01/2024-06', 'half', '2024-07-10'),
  F('Dự án hoàn thành trong 6 tháng, sớm hơn kế hoạch.', '6 tháng', 6, 'month', 'exact', null, { kind: 'measure' }),

  // ---- Blind round 2 (long tail)
  // A people noun alone before a verb or a participle; a nationality or acronym before modifiers and a plural noun.
  F('About 60 million Vietnamese shopping online spent more.', '60 million Vietnamese', 60000000, 'vietnamese', 'approx'),
  F('Around 650,000 Vietnamese are working abroad.', '650,000 Vietnamese', 650000, 'vietnamese', 'approx'),
  F('Korea will accept up to 10,000 Vietnamese seasonal workers.', '10,000 Vietnamese seasonal workers', 10000, 'vietnamese seasonal workers', 'upper'),
  F('Khanh Hoa welcomed 1.1 million South Korean visitors.', '1.1 million South Korean visitors', 1100000, 'south korean visitors'),
  F('Some 300 North Korean workers returned home.', '300 North Korean workers', 300, 'north korean workers', 'approx'),
  F('Delegates from 10 ASEAN member states attended.', '10 ASEAN member states', 10, 'asean member states'),
  F('Japan will train 1,000 IT engineers.', '1,000 IT engineers', 1000, 'it engineers'),
  N('The airline bought 50 737 MAX aircraft.', '737 MAX aircraft'),
  // Elided counts: a bare number grouped in thousands, a rate, `N more`, a change's level, a comparison base.
  F('Japan led with 65,300 workers, followed by Korea with 9,800.', '9,800', 9800, null),
  F('It exceeded the annual target of 125,000 by 5.2 percent.', '125,000', 125000, null),
  F('Direct flights have risen to 58 a week.', '58', 58, null),
  F('Flights rose to 58, compared with just 12 in 2019.', '12', 12, null),
  F('The country aims to train 100,000 more by 2030.', '100,000', 100000, null),
  N('Chapter 12 of the report covers trade.', '12'),
  N('He visited Hanoi 3 times in 2019.', '2019'),
  // `twice as many`, `twice the`: a multiple; `twice a week` is a frequency.
  F('The hotline received twice as many calls.', 'twice', 2, '×'),
  N('Flights run twice a week.', 'twice'),
  // `within` before a quantity is an upper bound.
  F('Trade should double within five years.', 'five years', 5, 'year', 'upper'),
  // An estimate before the change verb: `ước tính tăng`, `ước tăng`.
  F('GDP quý III ước tính tăng 7,4% so với cùng kỳ.', '7,4%', 7.4, '%', 'approx'),
  F('Xuất khẩu ước tăng 12% so với cùng kỳ.', '12%', 12, '%', 'approx'),
  F('Xuất khẩu tăng 12% so với cùng kỳ.', '12%', 12, '%', 'exact'),
  // The later parts of a spaced phone number.
  N('Đường dây nóng 1900 1234 hoạt động 24/7.', '1234'),
  N('Đường dây nóng 1900 1234 hoạt động 24/7.', '24/7'),
  // `hạ tầng 6 khu công nghiệp`: `tầng` of a compound is no floor number.
  F('Tỉnh hoàn thiện hạ tầng 6 khu công nghiệp.', '6 khu công nghiệp', 6, 'khu công nghiệp'),
  N('Văn phòng ở tầng 6 tòa nhà.', '6'),

  // ---- Reference date
  R('Hai bên gặp nhau ngày 14/11/1994 và ngày 3/5/2023.', '2023-05-03', 'text-latest-date'),
  R('Xuất khẩu 9 tháng đầu năm 2024 đạt 300 tỷ USD. Ngày 14/11, hai bên hội đàm. Quan hệ thiết lập ngày 14/11/1994.', '2024-11-14', 'text-year'),
  R('Xuất khẩu quý I/2024 tăng 5%.', '2024-04-01', 'text-year'),
  R('Năm 2023 kim ngạch đạt 6,5 tỷ USD. Hai bên nhất trí nâng kim ngạch lên 10 tỷ USD vào năm 2030.', '2024-01-01', 'text-year'),
  R('Khách quốc tế tháng 10/2024 đạt 1,4 triệu lượt.', '2024-11-01', 'text-year'),
  R('Quý III/2024 hai bên sẽ họp. Ngày 3/5/2024, xuất khẩu đạt 5 tỷ USD.', '2024-05-03', 'text-latest-date'),
  R('Năm 2023, xuất khẩu đạt 5 tỷ USD.', '2024-01-01', 'text-year'),
  R('Năm 2023 xuất khẩu đạt 5 tỷ USD. Năm 2030 dự kiến đạt 9 tỷ USD. Quan hệ được thiết lập ngày 14/11/1994.', '2024-01-01', 'text-year'),
  R('In 2023 trade stood at 486 million USD. The two sides aim for 1 billion USD by 2026. Talks were held on November 14. Ties were set up on November 14, 1994.', '2024-11-14', 'text-year'),
  R('Hai nước nhất trí tăng cường hợp tác.', null),
];
