// A rejected bridge call as a page shows it (src-renderer/shared/bridge.ts rejectionText): the
// main process's own text, worded in the person's language there, without the English frame
// Electron's ipcRenderer.invoke() puts around it.
import { describe, expect, it } from 'vitest';
import { rejectionText } from '../../src-renderer/shared/bridge';

describe('rejectionText', () => {
  it('drops Electron’s "Error invoking remote method …: Error: " frame, keeping what main said', () => {
    const said = '[ļíɱƀéŕ: ûƥďáţéŠéţţíñĝš ŕéƒûšéď: …]';
    expect(rejectionText(new Error(`Error invoking remote method 'limber:updateSettings': Error: ${said}`))).toBe(said);
    expect(rejectionText(new Error(`Error invoking remote method 'limber:getHistory': TypeError: ${said}`))).toBe(said);
  });
  it('leaves any other error’s text as it is', () => {
    expect(rejectionText(new Error('Limber konnte die Einstellungen nicht speichern.'))).toBe('Limber konnte die Einstellungen nicht speichern.');
    expect(rejectionText('plain')).toBe('plain');
  });
});
