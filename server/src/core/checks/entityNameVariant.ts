/**
 * `entity.name-variant`: produced by the entity engine while resolving names across the
 * workspace (see entities/). Registered here for its description and default severity only.
 */
import type { Check } from './types';

export const entityNameVariant: Check = {
  code: 'entity.name-variant',
  defaultSeverity: 'hint',
  description: {
    en: 'One entity is written several ways across the workspace (a short form, an acronym, another transliteration).',
    vi: 'Cùng một thực thể được viết theo nhiều cách trong các bài (tên rút gọn, viết tắt, phiên âm khác).',
  },
  examples: [
    {
      texts: ['Tổng thống Dina Ercilia Boluarte Zegarra tiếp đoàn.', 'Tổng thống Dina Boluarte phát biểu.'],
      reported: true,
      note: { en: 'A full and a short form of one name.', vi: 'Tên đầy đủ và tên rút gọn của một người.' },
    },
  ],
};
