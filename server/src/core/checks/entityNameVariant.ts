/**
 * `entity.name-variant`: produced by the entity engine while resolving names across the
 * workspace (see entities/). Registered here for its description and default severity only.
 */
import type { Check } from './types';

export const entityNameVariant: Check = {
  code: 'entity.name-variant',
  defaultSeverity: 'hint',
  description: {
    en: 'One word of a name is spelled two ways across the workspace: tone placement (`hoà`/`hòa`, `Uỷ`/`Ủy`) or, within one entity, diacritics (`López`/`Lopez`).',
    vi: 'Một từ trong tên được viết hai cách trong các bài: vị trí dấu thanh (`hoà`/`hòa`, `Uỷ`/`Ủy`) hoặc, trong cùng một thực thể, dấu phụ (`López`/`Lopez`).',
  },
  examples: [
    {
      texts: ['Uỷ ban Liên Chính phủ Việt Nam-Peru họp tại Lima.', 'Ủy ban Liên Chính phủ Việt Nam-Peru họp lần thứ hai tại Hà Nội.'],
      reported: true,
      note: { en: 'Old and new tone placement in one name.', vi: 'Cách bỏ dấu cũ và mới trong cùng một tên.' },
    },
    {
      texts: ['Ủy ban Liên Chính phủ Việt Nam-Peru họp tại Lima.', 'Ủy ban Liên Chính phủ Việt Nam-Peru họp lần thứ hai tại Hà Nội.'],
      reported: false,
      note: { en: 'One spelling throughout.', vi: 'Cùng một cách viết.' },
    },
  ],
};
