// runtime.connect / runtime.onConnect for unit tests, which WXT's fake browser leaves out: ports
// in pairs, messages delivered asynchronously and as JSON (as the browser serialises them), and a
// disconnect on one end heard on the other (as when Chrome stops the service worker).
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener<T extends unknown[]> = (...args: T) => void;

class FakeEvent<T extends unknown[]> {
  private listeners: Array<Listener<T>> = [];
  addListener = (l: Listener<T>) => void this.listeners.push(l);
  removeListener = (l: Listener<T>) => void (this.listeners = this.listeners.filter((x) => x !== l));
  hasListener = (l: Listener<T>) => this.listeners.includes(l);
  fire(...args: T): void {
    for (const l of [...this.listeners]) l(...args);
  }
  clear(): void {
    this.listeners = [];
  }
}

export class FakePort {
  other!: FakePort;
  connected = true;
  readonly onMessage = new FakeEvent<[unknown, FakePort]>();
  readonly onDisconnect = new FakeEvent<[FakePort]>();
  constructor(
    readonly name: string,
    readonly sender?: object,
  ) {}

  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    const copy = JSON.parse(JSON.stringify(message ?? null));
    setTimeout(() => {
      if (this.other.connected) this.other.onMessage.fire(copy, this.other);
    }, 0);
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.other.connected = false;
    setTimeout(() => this.other.onDisconnect.fire(this.other), 0);
  }
}

const onConnect = new FakeEvent<[FakePort]>();
/** The background's end of every port opened, in order. */
export const openedPorts: FakePort[] = [];
/** Who the next ports say opened them (a content script of tab 7 unless a test says otherwise). */
const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, url: 'https://www.cast.org.cn/a.html', tab: { id: 7 }, frameId: 0 };
export const portSender: { value: object } = { value: CONTENT_SCRIPT };

function connect(info?: { name?: string }): FakePort {
  const page = new FakePort(info?.name ?? '');
  const background = new FakePort(info?.name ?? '', portSender.value);
  page.other = background;
  background.other = page;
  openedPorts.push(background);
  onConnect.fire(background);
  return page;
}

/** Installs the fake ports; `reset` forgets listeners and ports (call it with fakeBrowser.reset). */
export function installFakePorts(): { reset(): void } {
  const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
  runtime.connect = connect;
  runtime.onConnect = onConnect;
  return {
    reset() {
      onConnect.clear();
      openedPorts.length = 0;
      portSender.value = CONTENT_SCRIPT;
    },
  };
}
