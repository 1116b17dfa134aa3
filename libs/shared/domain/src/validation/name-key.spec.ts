import { nameKey } from './name-key';

describe('nameKey', () => {
  it('ignores case and spacing, in Danish', () => {
    expect(nameKey(' Sundhedspakken ')).toBe(nameKey('sundhedspakken'));
    expect(nameKey('Det  Nære Sundhedsvæsen')).toBe(nameKey('det nære sundhedsvæsen'));
    expect(nameKey('ÆØÅ')).toBe('æøå');
  });

  it('keeps different names apart', () => {
    expect(nameKey('sundhedspakken')).not.toBe(nameKey('sundhedspuljen'));
  });
});
