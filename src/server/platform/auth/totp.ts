import { generate, generateSecret, generateURI, verify } from 'otplib';

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: 'Đảng bộ số', label: username, secret });
}

/** Accepts the current code and one step either side (clock drift on elderly users' phones). */
export async function checkTotp(secret: string, code: string): Promise<boolean> {
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
  }
}

export function currentTotp(secret: string): Promise<string> {
  return generate({ secret });
}
