// The `x11` package ships no types; only what linux-presenting.ts uses is declared (loosely,
// it is narrowed there).
declare module 'x11' {
  export function createClient(options: object, cb: (err: Error | null, display: unknown) => void): unknown;
}
declare module 'x11/lib/xcore' {
  export function createClient(options: object, cb: (err: Error | null, display: unknown) => void): unknown;
}
