import { describe, expect, it } from 'vitest';
import { hostKind, hostOf } from '../../src/app/private-address';

describe('hostKind: where a link points', () => {
  it.each([
    ['http://localhost:8080/a.csv', 'own_machine'],
    ['http://LOCALHOST./a.csv', 'own_machine'],
    ['http://api.localhost/a.csv', 'own_machine'],
    ['http://127.0.0.1/a.csv', 'own_machine'],
    ['http://127.200.3.4:9000/', 'own_machine'],
    ['http://2130706433/', 'own_machine'], // 127.0.0.1 written as one number
    ['http://0x7f.1/', 'own_machine'],
    ['http://0.0.0.0:3000/', 'own_machine'],
    ['http://[::1]/', 'own_machine'],
    ['http://[::ffff:127.0.0.1]/', 'own_machine'],
    ['http://10.0.0.5/', 'own_network'],
    ['http://172.16.0.1/', 'own_network'],
    ['http://172.31.255.255/', 'own_network'],
    ['http://192.168.1.1/', 'own_network'],
    ['http://169.254.169.254/latest/meta-data', 'own_network'],
    ['http://[fd12:3456::1]/', 'own_network'],
    ['http://[fc00::1]/', 'own_network'],
    ['http://[fe80::1]/', 'own_network'],
    ['http://[febf::1]/', 'own_network'],
    ['http://[::ffff:192.168.0.1]/', 'own_network'],
    ['http://skrivare.local/', 'own_network'],
    ['https://www.scb.se/a.csv', 'elsewhere'],
    ['http://172.15.0.1/', 'elsewhere'],
    ['http://172.32.0.1/', 'elsewhere'],
    ['http://192.169.0.1/', 'elsewhere'],
    ['http://11.0.0.1/', 'elsewhere'],
    ['http://[2001:db8::1]/', 'elsewhere'],
    ['http://[fec0::1]/', 'elsewhere'],
    ['http://localhost.example.se/', 'elsewhere'],
    ['http://local/', 'elsewhere'],
    ['inte en länk', 'elsewhere'],
  ])('%s → %s', (url, kind) => {
    expect(hostKind(url)).toBe(kind);
  });
});

describe('hostOf', () => {
  it('is the host with its port, as the question shows it', () => {
    expect(hostOf('http://127.0.0.1:8080/a.csv?x=1')).toBe('127.0.0.1:8080');
    expect(hostOf('https://www.scb.se/a.csv')).toBe('www.scb.se');
    expect(hostOf('https://xn--lnsstyrelsen-7hb.se/a')).toBe('xn--lnsstyrelsen-7hb.se');
  });
});
