import type { DocumentReference } from '../../../contracts/documents';
import { documentTypes, typesBySymbol } from '../../../domain/party-document-types';
import { formatPartyNumber } from '../../../domain/party-numbers';
import { findReferences } from '../../../domain/party-references';
import type { Tx } from '../../db/client';
import type { DocumentAccess } from './access';
import { documentsByNumber } from './queries';

/** The number as the registry writes it: the type's current symbol ("QĐi" of 2017-2018 is stored as "QĐ"). */
function registryNumberText(r: { number: number; symbol: string; issuer: string; type: string | null }) {
  const type = (r.type ?? typesBySymbol(r.symbol)[0]) as keyof typeof documentTypes | undefined;
  const symbol = type ? documentTypes[type].symbol : r.symbol;
  return formatPartyNumber({ number: r.number, symbol, issuer: r.issuer });
}

/** Every Party document reference in the text, linked to the registry entry it names when there is one. */
export async function resolvedReferences(
  tx: Tx,
  access: DocumentAccess,
  text: string,
): Promise<DocumentReference[]> {
  const found = findReferences(text);
  const keys = found.map(registryNumberText);
  const ids = await documentsByNumber(tx, access, keys);
  return found.map((r, i) => {
    const documentId = ids.get(keys[i] as string);
    return {
      raw: r.raw,
      type: r.type,
      number: r.number,
      symbol: r.symbol,
      issuer: r.issuer,
      ...(r.date ? { date: r.date } : {}),
      start: r.start,
      end: r.end,
      ...(documentId ? { documentId } : {}),
    };
  });
}
