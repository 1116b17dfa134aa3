import { safeReturnPath } from './auth.controller';

describe('safeReturnPath', () => {
  it('keeps a path of this application', () => {
    expect(safeReturnPath('/forslag?runde=1')).toBe('/forslag?runde=1');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', '/auth/login', 'forslag', undefined, ['/a']])(
    'sends %p to the start page instead',
    (value) => {
      expect(safeReturnPath(value)).toBe('/');
    },
  );
});
