import type { CreateDocumentBody } from '../../contracts/documents';
import { createIssuer } from '../modules/documents/issuers';
import {
  addLink,
  approveDocument,
  createDocument,
  issueDocument,
  lockDocument,
} from '../modules/documents/service';
import type { Writer } from '../platform/mutate';
import { SUPERIOR_NAME } from './reference';

type Incoming = Pick<CreateDocumentBody, 'type' | 'number' | 'issuedOn' | 'summary'> & {
  issuer: string;
  /** Given to the cells to study: now, or earlier (its deadline passed). */
  study?: 'current' | 'older';
};

/** Documents from above that every grassroots registry of the Party holds (real numbers, dates and subjects). */
const fromAbove: Incoming[] = [
  {
    issuer: 'TW',
    type: 'resolution',
    number: 57,
    issuedOn: '2024-12-22',
    summary: 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    study: 'current',
  },
  {
    issuer: 'TW',
    type: 'resolution',
    number: 21,
    issuedOn: '2022-06-16',
    summary: 'Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên',
    study: 'older',
  },
  {
    issuer: 'TW',
    type: 'regulation',
    number: 22,
    issuedOn: '2021-07-28',
    summary: 'Về công tác kiểm tra, giám sát và kỷ luật của Đảng',
  },
  {
    issuer: 'TW',
    type: 'conclusion',
    number: 21,
    issuedOn: '2021-10-25',
    summary:
      'Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái',
  },
  {
    issuer: 'VPTW',
    type: 'guidance',
    number: 36,
    issuedOn: '2018-04-03',
    summary: 'Về thể thức và kỹ thuật trình bày văn bản của Đảng',
  },
];

const body57 = [
  'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Kế hoạch của Đảng ủy cấp trên,',
  'Đảng ủy xây dựng kế hoạch học tập, quán triệt và triển khai thực hiện như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '1. Tổ chức học tập, quán triệt nghiêm túc đến toàn thể cán bộ, đảng viên; mỗi chi bộ xây dựng kế hoạch thực hiện phù hợp với nhiệm vụ của cơ quan, đơn vị.',
  '',
  'II. NỘI DUNG',
  '',
  '1. Các chi bộ tổ chức học tập trong kỳ sinh hoạt chi bộ gần nhất; ghi kết quả và gửi kế hoạch thực hiện về Văn phòng Đảng ủy.',
  '',
  '2. Đảng viên đọc văn bản trên Đảng bộ số và xác nhận đã đọc.',
].join('\n');

/**
 * The demo registry: the national issuers are in the migration; here the committee and its superior get
 * theirs, the documents from above are registered, and the committee's own documents are drafted and issued
 * through the module's use cases (so numbers come from the real sequences). Returns what study needs.
 */
export async function seedDocuments(
  w: Writer,
  options: { vustaId: string; vustaPath: string; superiorId: string; grantPaths: string[]; today: string },
): Promise<{ studyDocumentIds: [current: string, older: string]; counts: Record<string, number> }> {
  const own = await createIssuer(
    w,
    {
      code: 'ĐU',
      name: 'Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      superiorName: SUPERIOR_NAME,
      unitId: options.vustaId,
    },
    options.vustaPath,
  );
  await createIssuer(w, { code: 'ĐU', name: SUPERIOR_NAME, unitId: options.superiorId }, null);
  const register = (d: Incoming, issuerId?: string) =>
    createDocument(
      w,
      {
        direction: 'incoming',
        ownerUnitId: options.vustaId,
        type: d.type,
        ...(issuerId ? { issuerId } : { issuerCode: d.issuer }),
        number: d.number,
        issuedOn: d.issuedOn,
        receivedOn: d.issuedOn,
        summary: d.summary,
        place: 'Hà Nội',
        signingForm: 'direct',
        confidentiality: 'normal',
        urgency: 'normal',
        recipients: [],
        body: '',
        congress: false,
      },
      options.grantPaths,
      options.today,
    );
  const study: Record<string, string> = {};
  for (const d of fromAbove) {
    const id = await register(d);
    if (d.study) study[d.study] = id;
  }
  const studyDocumentId = study.current as string;
  const draft = (input: Partial<CreateDocumentBody> & Pick<CreateDocumentBody, 'type' | 'summary'>) =>
    createDocument(
      w,
      {
        direction: 'outgoing',
        ownerUnitId: options.vustaId,
        issuerId: own,
        place: 'Hà Nội',
        signingForm: 'on_behalf',
        signingFor: 'Đảng ủy',
        signerTitle: 'Bí thư',
        signerName: 'Nguyễn Thị Hồng Vân',
        confidentiality: 'normal',
        urgency: 'normal',
        recipients: ['Đảng ủy cấp trên (để báo cáo)', 'Các chi bộ trực thuộc', 'Lưu Văn phòng Đảng ủy'],
        body: '',
        congress: false,
        ...input,
      },
      options.grantPaths,
      options.today,
    );
  const issue = async (id: string, issuedOn: string) => {
    await approveDocument(w, id, 1);
    await issueDocument(w, id, { version: 2, issuedOn });
  };
  const plan = await draft({
    type: 'plan',
    summary: 'Học tập, quán triệt và triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
    body: body57,
  });
  await issue(plan, '2025-09-15');
  await addLink(w, await lockDocument(w.tx, plan), 'implements', await lockDocument(w.tx, studyDocumentId));
  const resolution = await draft({
    type: 'resolution',
    summary: 'Về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026',
    body: 'Đảng ủy quyết nghị lãnh đạo các chi bộ thực hiện thắng lợi nhiệm vụ chính trị năm 2026, trọng tâm là Nghị quyết 57-NQ/TW và Quy định 22-QĐ/TW.',
  });
  await issue(resolution, '2025-12-30');
  await draft({
    type: 'report',
    summary: 'Kết quả công tác kiểm tra, giám sát năm 2026',
    body: 'Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương, Đảng ủy báo cáo kết quả như sau:',
  });
  return {
    studyDocumentIds: [studyDocumentId, study.older as string],
    counts: { documents: fromAbove.length + 3, document_issuers: 2 },
  };
}
