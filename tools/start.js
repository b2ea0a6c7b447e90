// The start-up script: tools/externalize-init.mjs fills in the app's two file names and writes
// it into dist/ as start-<hash>.js (docs/prerender.md, "When the app starts" and "While the app
// loads"). It runs as a module, so after the page has been parsed. It decides when the app is
// fetched, compiled and started, and it says so on the page whenever what the page shows is not
// yet the answer to what the visitor asked: from the first edit until the app has taken over
// (the app then replaces the whole <body>, and everything this script added with it), or for
// good if the app cannot load.

const GLUE = './GLUE.js';
const WASM = './WASM_bg.wasm';
// What is done once the browser is idle after the page has loaded (docs/prerender.md measures
// each): 'compile' fetches the glue and compiles the Wasm, and the app starts at the first use;
// 'fetch' only fetches both (into the HTTP cache, which `Cache-Control: no-store` defeats);
// 'start' starts the app; 'none' waits for the first use to do anything.
const PREPARE = 'compile';

const root = document.documentElement;
const mounted = () => root.dataset.app === 'mounted';
const hasWasm = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';

// What counts as a visitor starting to use the page.
const USE = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'scroll', 'wheel'];
const OPTIONS = { capture: true, passive: true };

// ---------------------------------------------------------------------------------------------
// What the page says while the app loads, and if it cannot

// The parts of a calculator view whose figures follow the assumptions.
const FIGURES = ['#headline', '.working', '.results', '.uncertainty'];

const SAY = {
  edit: {
    loading: 'Updating the figures for your changes…',
    announce: 'Updating the figures for your changes. The calculator is still loading.',
    note: 'Not yet updated for your changes:',
    published: 'Published figures, not updated for your changes:',
  },
  link: {
    loading: 'Loading the figures in your link…',
    announce: 'Loading the figures in your link. The calculator is still loading.',
    note: 'Not yet the figures in your link:',
    published: 'Published figures, not the ones in your link:',
  },
};
// Short, so that at the top of the page the bar covers no more than the masthead.
const FAILED = { error: 'The calculator could not load', 'no-wasm': 'This browser cannot run the calculator' };

// One polite live region, there from the start so that screen readers announce what it is
// given: once while the app loads, once more if it cannot load. It is visually hidden until
// it says the app could not load, and then shows as a bar at the top of the screen.
const status = document.createElement('div');
status.id = 'startup-status';
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
document.body.append(status);

let stale = null; // why the figures shown are not the answer: 'edit' or 'link'
let failure = null; // why the app cannot start: 'error' or 'no-wasm'
const notes = [];
let recapState = null;
const recap = document.querySelector('.recap__text');

// Still the pre-rendered page? (Once the app starts, it replaces the body and `status` with it.)
const preRendered = () => status.isConnected && !mounted();

const element = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
};

function markStale(why) {
  if (stale || !preRendered()) return;
  stale = why;
  for (const region of document.querySelectorAll(FIGURES.join(','))) {
    // On screen: a veil over the part, with a label. Last in the part, so that no rule of the
    // stylesheet that picks a first child sees it; hidden from screen readers, which are told
    // by the live region and by a note at the start of the part's heading instead.
    const veil = element('span', 'startup-veil');
    veil.setAttribute('aria-hidden', 'true');
    veil.append(element('span', 'startup-veil__label', SAY[why].loading));
    region.classList.add('startup-stale');
    region.append(veil);
    const note = element('span', 'visually-hidden', `${SAY[why].note} `);
    (region.matches('p') ? region : region.querySelector('h2, summary') ?? region).prepend(note);
    notes.push(note);
  }
  if (recap) {
    recapState = element('strong', 'startup-recap', 'Updating…');
    recap.classList.add('startup-recap-stale');
    recap.append(recapState);
  }
  if (failure) showFailure();
  else status.textContent = SAY[why].announce;
}

function showFailure() {
  if (!preRendered()) return;
  const message = [element('strong', '', FAILED[failure]), ', so these are the published figures.'];
  if (failure === 'error') {
    const link = element('a', '', 'Try again');
    link.href = location.href;
    message.push(' ', link);
  }
  const text = element('p', '');
  text.append(...message);
  status.className = 'startup-failed';
  status.replaceChildren(text);
  // The published figures are what they are again: no veil, and the notes say so.
  for (const veil of document.querySelectorAll('.startup-veil')) veil.remove();
  for (const note of notes) note.textContent = `${SAY[stale].published} `;
  if (recapState) recapState.textContent = 'Not updated';
  // At the top of the page the bar takes the masthead's place (above its rule), and it covers
  // the running total whole when that is stuck at the top of the screen.
  const masthead = document.querySelector('.masthead');
  const heights = [
    masthead ? masthead.getBoundingClientRect().bottom + scrollY - parseFloat(getComputedStyle(masthead).borderBottomWidth) : 0,
    recap ? recap.offsetHeight : 0,
  ];
  status.style.minHeight = `${Math.max(...heights)}px`;
}

function failed(reason, error) {
  if (!preRendered()) return; // the app had started: a panic shows its own page (src/browser.rs)
  failure = reason;
  console.error(`The calculator could not start: ${reason === 'no-wasm' ? 'this browser has no WebAssembly' : error}`);
  if (stale) showFailure();
}

// An edit before the app runs: the figures shown are no longer the answer.
for (const type of ['input', 'change']) {
  addEventListener(type, (event) => {
    const control = event.target;
    if (control instanceof Element && control.matches('input:not([readonly]), select, textarea:not([readonly])')) markStale('edit');
  }, true);
}

// ---------------------------------------------------------------------------------------------
// Fetching, compiling and starting the app

// The Wasm, fetched and compiled (streaming when the server sends application/wasm).
async function compile() {
  const response = await fetch(WASM, { priority: 'low' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} fetching ${WASM}`);
  if (typeof WebAssembly.compileStreaming === 'function' && response.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// The glue. A module that failed to load stays failed for the page's life, so a retry imports
// it under another address.
let glue = null;
let glueTries = 0;
function importGlue() {
  glue ??= import(glueTries++ ? `${GLUE}?try=${glueTries}` : GLUE).catch((error) => {
    glue = null;
    throw error;
  });
  return glue;
}

let prepared = null;
function prepare() {
  if (prepared || started || !hasWasm) return;
  if (PREPARE === 'compile') prepared = Promise.all([importGlue(), compile()]);
  if (PREPARE === 'fetch') {
    const link = element('link', '');
    link.rel = 'modulepreload';
    link.href = GLUE;
    document.head.append(link);
    prepared = fetch(WASM, { priority: 'low' }).then((r) => r.arrayBuffer()).then(() => null);
  }
  // Nothing waits on it yet: a failure here is tried again at the first use.
  prepared?.catch(() => {});
  if (PREPARE === 'start') start();
}

let started = false;
function start() {
  if (started) return;
  started = true;
  for (const type of USE) removeEventListener(type, start, OPTIONS);
  if (!hasWasm) return failed('no-wasm');
  // What `init` is given: the Wasm compiled while the browser was idle, or its address (then
  // fetched now, or from the HTTP cache). A preparation that failed is tried again.
  const ready = (prepared ?? Promise.reject(new Error('not prepared'))).then(
    (parts) => parts ?? Promise.all([importGlue(), WASM]),
    () => Promise.all([importGlue(), WASM]),
  );
  ready
    .then(async ([bindings, module]) => {
      const wasm = await bindings.default({ module_or_path: module });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    })
    .catch((error) => failed('error', error));
}

// A button pressed before the app runs is pressed again once it does (src/start.rs).
addEventListener('click', (event) => {
  if (mounted()) return;
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button) {
    for (const b of document.querySelectorAll('[data-pressed-early]')) b.removeAttribute('data-pressed-early');
    button.setAttribute('data-pressed-early', '');
  }
}, true);

// Once the browser is idle after the page has loaded and its first contentful paint has been
// shown (where the browser reports paints; else after a frame), so that nothing fetched here
// competes with the page's own figures: Lighthouse's simulation counts a request started before
// the largest paint into it. WebKit has no requestIdleCallback.
function whenIdle(fn) {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50));
  const painted = () => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(idle, 0));
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      idle();
    }).observe({ type: 'paint', buffered: true });
  };
  if (document.readyState === 'complete') painted();
  else addEventListener('load', painted, { once: true });
}

// Controls the browser filled in again (back, reload) no longer match the figures shown.
const restored = [...document.querySelectorAll('input')].some((i) =>
  i.type === 'checkbox' || i.type === 'radio' ? i.checked !== i.defaultChecked : i.value !== i.defaultValue);
const pending = root.classList.contains('prerender-pending');
const ownFigures = root.hasAttribute('data-view') && !pending;
if (restored) markStale('edit');
if (!ownFigures || restored) start();
else {
  for (const type of USE) addEventListener(type, start, OPTIONS);
  if (PREPARE !== 'none') whenIdle(prepare);
}
// A page hidden because its address asks for other figures shows after 8 s if the app has not
// taken over by then (style/main.css): it then says they are not the ones asked for.
if (pending) setTimeout(() => markStale('link'), 8000);
