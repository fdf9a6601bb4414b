// @vitest-environment node
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePort, isPortFree, parseStartArgs, portTakenMessage } from './start.ts';

describe('npm start -- <arguments>', () => {
  it('serves on 127.0.0.1:4173 unless told otherwise', () => {
    expect(parseStartArgs([])).toEqual({ host: '127.0.0.1', port: 4173 });
    expect(parseStartArgs(['--port', '4180'])).toEqual({ host: '127.0.0.1', port: 4180 });
    expect(parseStartArgs(['--port=4180', '--host', '0.0.0.0'])).toEqual({
      host: '0.0.0.0',
      port: 4180,
    });
  });

  it('refuses a port that is not one, and an unknown flag, with the usage', () => {
    expect(() => parseStartArgs(['--port', 'abc'])).toThrow('--port must be a whole number');
    expect(() => parseStartArgs(['--port', '70000'])).toThrow('--port must be a whole number');
    expect(() => parseStartArgs(['--prot', '4180'])).toThrow('Usage: npm start');
  });
});

describe('a port already in use', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
    const address = taken.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((closed) => taken.close(() => closed())));

  it('is seen as taken, and the next free port is chosen instead', async () => {
    expect(await isPortFree('127.0.0.1', port)).toBe(false);
    const chosen = await choosePort('127.0.0.1', port);
    expect(chosen).toBeGreaterThan(port);
  });

  it('is named, with the flag that chooses another', () => {
    expect(portTakenMessage('127.0.0.1', 4173, 4174)).toBe(
      'Port 4173 on 127.0.0.1 is already in use (another npm start, perhaps). ' +
        'Serving on port 4174 instead.\nTo choose the port: npm start -- --port 4180',
    );
    expect(portTakenMessage('127.0.0.1', 4180, undefined)).toContain('npm start -- --port 4181');
  });
});
