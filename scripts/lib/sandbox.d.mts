// Types for sandbox.mjs (used by the unit tests).
export interface SandboxFacts {
  platform: string;
  uid: number;
  helper?: { path: string; file: boolean; uid: number; mode: number } | null;
  userns?: boolean;
  apparmorRestricts?: boolean;
}
export type SandboxPlan = { switches: string[]; note?: string; problem?: undefined } | { problem: string; switches?: undefined; note?: undefined };
export function probeSandbox(electronDir: string, o?: Partial<SandboxFacts> & { helperPath?: string }): SandboxFacts;
export function sandboxPlan(facts: SandboxFacts, env?: Readonly<Record<string, string | undefined>>): SandboxPlan;
