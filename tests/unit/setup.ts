import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { installFakePorts } from './fake-ports';

const ports = installFakePorts();
beforeEach(() => ports.reset());
