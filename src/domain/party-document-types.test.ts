import { describe, expect, it } from 'vitest';
import {
  canonicalSymbol,
  documentTypeKeys,
  documentTypes,
  sequenceSymbol,
  typesBySymbol,
} from './party-document-types';

describe('the catalogue of Party document types', () => {
  it('has the eighteen types with the symbols of their numbers', () => {
    expect(Object.fromEntries(documentTypeKeys.map((key) => [key, documentTypes[key].symbol]))).toEqual({
      resolution: 'NQ',
      decision: 'QĐ',
      regulation: 'QĐ',
      directive: 'CT',
      conclusion: 'KL',
      rules: 'QC',
      circular: 'TT',
      guidance: 'HD',
      notice: 'TB',
      report: 'BC',
      plan: 'KH',
      program: 'CTr',
      project: 'ĐA',
      submission: 'TTr',
      letter: 'CV',
      minutes: 'BB',
      invitation: 'GM',
      introduction: 'GGT',
    });
    expect(Object.keys(documentTypes).sort()).toEqual([...documentTypeKeys].sort());
  });

  it('names each type as running text and headings write it', () => {
    expect(documentTypes.resolution).toMatchObject({ name: 'Nghị quyết', title: 'NGHỊ QUYẾT' });
    expect(documentTypes.introduction).toMatchObject({ name: 'Giấy giới thiệu', title: 'GIẤY GIỚI THIỆU' });
    expect(documentTypes.regulation.word).toContain('quy định');
    expect(documentTypes.notice.word).toEqual(['thông báo', 'thông báo kết luận']);
    for (const key of documentTypeKeys) {
      const { name, word } = documentTypes[key];
      expect(word[0]).toBe(name.toLocaleLowerCase('vi'));
      expect(word.every((w) => w === w.normalize('NFC') && w === w.toLocaleLowerCase('vi'))).toBe(true);
    }
  });

  it('reads QĐ as a decision or a regulation and QĐi as a regulation only', () => {
    expect(documentTypes.regulation.aliases).toEqual(['QĐi']);
    expect(typesBySymbol('QĐ')).toEqual(['decision', 'regulation']);
    expect(typesBySymbol('QĐi')).toEqual(['regulation']);
    expect(typesBySymbol('NQ')).toEqual(['resolution']);
    expect(typesBySymbol('CTr')).toEqual(['program']);
    expect(typesBySymbol('CT')).toEqual(['directive']);
    expect(typesBySymbol('TTr')).toEqual(['submission']);
  });

  it('accepts the all-caps spelling of mixed-case symbols, not other casings', () => {
    expect(typesBySymbol('QĐI')).toEqual(['regulation']);
    expect(typesBySymbol('CTR')).toEqual(['program']);
    expect(typesBySymbol('TTR')).toEqual(['submission']);
    expect(canonicalSymbol('QĐI')).toBe('QĐi');
    for (const wrong of ['qđi', 'Qđi', 'nq', 'Nq', 'ctr', 'NĐ', 'QĐ-', ''])
      expect(typesBySymbol(wrong)).toEqual([]);
  });

  it('numbers decisions and regulations in one sequence', () => {
    expect(sequenceSymbol('decision')).toBe('QĐ');
    expect(sequenceSymbol('regulation')).toBe('QĐ');
    expect(sequenceSymbol('program')).toBe('CTr');
    const sequences = new Set(documentTypeKeys.map(sequenceSymbol));
    expect(sequences.size).toBe(documentTypeKeys.length - 1);
  });
});
