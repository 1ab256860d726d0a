import type { TFunction } from 'i18next';
import type { UnitEvent } from '../../../contracts/units';

/** The first of `keys` whose value in `details` is non-empty text (the details are free-form JSON). */
function textOf(details: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = details[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

function numberOf(details: Record<string, unknown>, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const value = details[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

/**
 * A tree event in plain words: "Đổi tên từ … thành …", "Chuyển từ … sang …", "Sáp nhập vào …", "Giải thể".
 * Details are read leniently (old/new, from/to spellings) and missing facts give a shorter sentence, never a
 * blank.
 */
export function eventText(event: UnitEvent, t: TFunction): string {
  const d = event.details;
  switch (event.kind) {
    case 'created': {
      const parent = textOf(d, 'parentName', 'newParentName', 'toParentName');
      return parent ? t('unitHistory.createdUnder', { parent }) : t('unitHistory.created');
    }
    case 'renamed': {
      const from = textOf(d, 'oldName', 'fromName', 'previousName');
      const to = textOf(d, 'newName', 'toName', 'name');
      const sentence =
        from && to
          ? t('unitHistory.renamed', { from, to })
          : to
            ? t('unitHistory.renamedTo', { to })
            : t('unitHistory.renamedPlain');
      const fromCode = textOf(d, 'oldCode', 'fromCode', 'previousCode');
      const toCode = textOf(d, 'newCode', 'toCode', 'code');
      return fromCode && toCode && fromCode !== toCode
        ? `${sentence}; ${t('unitHistory.recoded', { from: fromCode, to: toCode })}`
        : sentence;
    }
    case 'moved': {
      const from = textOf(d, 'oldParentName', 'fromParentName', 'previousParentName');
      const to = textOf(d, 'newParentName', 'toParentName', 'parentName');
      return from && to
        ? t('unitHistory.moved', { from, to })
        : to
          ? t('unitHistory.movedTo', { to })
          : t('unitHistory.movedPlain');
    }
    case 'merged': {
      const members = numberOf(d, 'membersMoved', 'movedMembers', 'memberCount');
      const absorbed = textOf(d, 'mergedUnitName', 'mergedName', 'absorbedUnitName', 'fromUnitName');
      const receiving = absorbed !== undefined || d.successorId === event.unitId;
      const successor = textOf(d, 'successorName', 'intoName', 'toName');
      const sentence = receiving
        ? absorbed
          ? t('unitHistory.absorbed', { name: absorbed })
          : t('unitHistory.absorbedPlain')
        : successor
          ? t('unitHistory.mergedInto', { name: successor })
          : t('unitHistory.mergedPlain');
      return members !== undefined && members > 0
        ? `${sentence} ${t('unitHistory.membersMoved', { n: members })}`
        : sentence;
    }
    case 'dissolved':
      return t('unitHistory.dissolved');
  }
}
