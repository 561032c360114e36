// Seed article file names (in /shared/seeds), the sources the catalog's facts come from.
import type { SeedFile } from './types';

export const S000: SeedFile = '000_2cd309e82abe1791.txt';
export const S001: SeedFile = '001_5891a6a53c572c73.txt';
export const S002: SeedFile = '002_c8491789ec08c2ef.txt';
export const S003: SeedFile = '003_4e559636a5498c15.txt';
export const S004: SeedFile = '004_08db197b1c89f8ee.txt';
