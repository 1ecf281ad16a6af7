/**
 * The report's own words (panel, HTML export, CSV headers, CLI severities), in English and
 * Vietnamese. One table per language with the same keys: a test checks that no word of one
 * language's table appears in what the other language shows.
 */
import type { MessageLocale, Severity } from '../types';

/** Severities from the most to the least serious. */
export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

const EN = {
  title: 'Consistency report',
  articles: (n: number): string => (n === 1 ? 'article' : 'articles'),
  findings: (n: number): string => (n === 1 ? 'finding' : 'findings'),
  issues: (n: number): string => (n === 1 ? 'issue' : 'issues'),
  severity: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' } as Record<Severity, string>,
  severities: { error: 'errors', warning: 'warnings', information: 'notes', hint: 'hints' } as Record<Severity, string>,
  conflictingValues: (n: number): string => (n === 1 ? 'conflicting value' : 'conflicting values'),
  series: (n: number): string => (n === 1 ? 'series' : 'series'),
  entities: (n: number): string => (n === 1 ? 'entity' : 'entities'),
  lede: (findings: number, issues: number, articles: number) =>
    findings === 0
      ? `No findings in ${articles} ${articles === 1 ? 'article' : 'articles'}: figures, dates and names agree.`
      : `${issues} ${issues === 1 ? 'issue' : 'issues'} (${findings} ${findings === 1 ? 'finding' : 'findings'}) in ${articles} ${articles === 1 ? 'article' : 'articles'}.`,
  sectionFindings: 'Findings',
  sectionSeries: 'Figures over time',
  sectionEntities: 'Who and what the articles name',
  noFindings: 'Figures, dates and names agree across the articles.',
  noSeries: 'No metric is stated more than once with its subject.',
  reportedAt: (n: number) => `Reported at ${n} places.`,
  in: 'in',
  related: 'Also here',
  values: (n: number, c: number) => `${n} ${n === 1 ? 'value' : 'values'}${c ? `, ${c} conflicting` : ''}`,
  legendConflict: 'conflicting',
  legendUndated: 'no period',
  legendRange: 'range the wording allows',
  person: 'People',
  organization: 'Organizations',
  country: 'Countries',
  place: 'Places',
  name: 'Name',
  roles: 'Roles',
  mentions: 'Mentions',
  inArticles: 'Articles',
  since: 'since',
  until: 'until',
  indexing: 'Indexing the articles…',
  indexingProgress: (done: number, total: number) => `${done} of ${total} files read`,
  code: 'Code',
  export: 'Export',
};

export type ReportWords = typeof EN;

const VI: ReportWords = {
  title: 'Báo cáo nhất quán',
  articles: () => 'bài',
  findings: () => 'phát hiện',
  issues: () => 'vấn đề',
  severity: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' },
  severities: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' },
  conflictingValues: () => 'số liệu mâu thuẫn',
  series: () => 'chuỗi số liệu',
  entities: () => 'thực thể',
  lede: (findings, issues, articles) =>
    findings === 0
      ? `Không có phát hiện nào trong ${articles} bài: số liệu, ngày tháng và tên gọi khớp nhau.`
      : `${issues} vấn đề (${findings} phát hiện) trong ${articles} bài.`,
  sectionFindings: 'Phát hiện',
  sectionSeries: 'Số liệu theo thời gian',
  sectionEntities: 'Người, tổ chức và nơi chốn được nhắc đến',
  noFindings: 'Các số liệu, ngày tháng và tên gọi giữa các bài không mâu thuẫn nhau.',
  noSeries: 'Chưa có chỉ tiêu nào được nêu quá một lần cho cùng đối tượng.',
  reportedAt: (n) => `Cùng vấn đề được báo tại ${n} vị trí.`,
  in: 'trong',
  related: 'Vị trí liên quan',
  values: (n, c) => `${n} giá trị${c ? `, ${c} mâu thuẫn` : ''}`,
  legendConflict: 'mâu thuẫn',
  legendUndated: 'không rõ kỳ',
  legendRange: 'khoảng mà cách viết cho phép',
  person: 'Người',
  organization: 'Tổ chức',
  country: 'Quốc gia',
  place: 'Địa danh',
  name: 'Tên',
  roles: 'Chức vụ',
  mentions: 'Lần nhắc',
  inArticles: 'Số bài',
  since: 'từ',
  until: 'đến',
  indexing: 'Đang đọc các bài…',
  indexingProgress: (done, total) => `Đã đọc ${done}/${total} tệp`,
  code: 'Mã',
  export: 'Xuất',
};

export function reportWords(locale: MessageLocale): ReportWords {
  return locale === 'vi' ? VI : EN;
}

/** The tables themselves, for the one-language test. */
export const REPORT_WORD_TABLES = { en: EN, vi: VI };
