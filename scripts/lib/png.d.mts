// Types for png.mjs (used by the browser tests).
export interface DecodedPng {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}
export function decodePng(buf: Buffer): DecodedPng;
export function distinctColours(img: DecodedPng, cap?: number): number;
