// The panel lives in an open shadow root inside a web page: page scripts can reach its buttons
// and call .click() or dispatch events. Only events the browser made from real input count.

/** Wraps an event handler so that it runs for trusted (user-made) events only. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted === true) handler(event);
  };
}
