import type { FormDefinition } from '../../../contracts/report-forms';

/**
 * The two built-in ideological-situation and public-opinion forms (Kết luận 100-KL/TW): monthly for cells,
 * weekly at committee level. Migration 0017 inserts exactly these definitions (a test compares them).
 */

const moodSection = (membersLabel: string): FormDefinition['sections'][number] => ({
  key: 'mood',
  title: 'Tình hình tư tưởng của cán bộ, đảng viên',
  fields: [
    {
      kind: 'number',
      key: 'members',
      label: membersLabel,
      help: null,
      unit: 'người',
      integer: true,
      min: 0,
      max: null,
      aggregate: 'sum',
      source: 'members.total',
      required: true,
      retired: false,
    },
    {
      kind: 'number',
      key: 'concerned',
      label: 'Số đảng viên có biểu hiện băn khoăn, lo lắng',
      help: 'Ước tính của cấp ủy; để 0 nếu không có.',
      unit: 'người',
      integer: true,
      min: 0,
      max: null,
      aggregate: 'sum',
      source: null,
      required: false,
      retired: false,
    },
    {
      kind: 'text',
      key: 'mood',
      label: 'Tâm trạng, tư tưởng chung',
      help: 'Nhận định chung về tư tưởng, tâm trạng của đảng viên trong kỳ.',
      maxLength: 4000,
      required: true,
      retired: false,
    },
  ],
});

const opinionSections: FormDefinition['sections'] = [
  {
    key: 'opinion',
    title: 'Dư luận xã hội nổi bật',
    fields: [
      {
        kind: 'table',
        key: 'opinions',
        label: 'Những ý kiến, dư luận nổi bật',
        help: 'Mỗi dòng một ý kiến; chọn chủ đề để cấp ủy theo dõi.',
        columns: [
          { key: 'theme', label: 'Chủ đề', kind: 'theme' },
          { key: 'content', label: 'Nội dung ý kiến, dư luận', kind: 'text' },
          { key: 'proposal', label: 'Đề xuất hướng xử lý', kind: 'text' },
        ],
        rows: [],
        maxRows: 20,
        required: false,
        retired: false,
      },
    ],
  },
  {
    key: 'issues',
    title: 'Vấn đề cần quan tâm; kiến nghị, đề xuất',
    fields: [
      {
        kind: 'text',
        key: 'issues',
        label: 'Những vấn đề cần quan tâm',
        help: null,
        maxLength: 4000,
        required: false,
        retired: false,
      },
      {
        kind: 'text',
        key: 'proposals',
        label: 'Kiến nghị, đề xuất với cấp trên',
        help: null,
        maxLength: 4000,
        required: false,
        retired: false,
      },
    ],
  },
];

export const ideologyCellDefinition: FormDefinition = {
  sections: [moodSection('Số đảng viên của chi bộ'), ...opinionSections],
  rules: [{ key: 'concerned_le_members', left: 'concerned', op: '<=', right: ['members'], label: null }],
};

export const ideologyCommitteeDefinition: FormDefinition = {
  sections: [moodSection('Số đảng viên của đảng bộ'), ...opinionSections],
  rules: [{ key: 'concerned_le_members', left: 'concerned', op: '<=', right: ['members'], label: null }],
};

export const builtInFormRows = [
  {
    code: 'TT-CB',
    builtIn: 'ideology_cell' as const,
    name: 'Báo cáo tình hình tư tưởng, dư luận xã hội hằng tháng của chi bộ',
    periodType: 'month' as const,
    submitterKinds: ['cell'],
    dueDays: 3,
    opensDaysBefore: 7,
    definition: ideologyCellDefinition,
  },
  {
    code: 'TT-DU',
    builtIn: 'ideology_committee' as const,
    name: 'Báo cáo nhanh tình hình tư tưởng, dư luận xã hội hằng tuần của đảng ủy',
    periodType: 'week' as const,
    submitterKinds: ['grassroots', 'grassroots_superior'],
    dueDays: 1,
    opensDaysBefore: 2,
    definition: ideologyCommitteeDefinition,
  },
];
