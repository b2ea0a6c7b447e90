// Test servers only (support/server.mjs puts it first in every page's <head>): records, in any
// engine, what a visitor's console would show as a problem, for support/engines.mjs to read.
// WebKitGTK's MiniBrowser reports no console messages to its driver, so the page keeps them
// itself: uncaught errors and rejections, failed loads of scripts, styles and images, Content
// Security Policy violations, and console.error / console.warn calls (the app's panic hook and
// wasm-bindgen log through them). Each entry: { type: 'error' | 'warning' | 'pageerror', text, location }.
(function () {
  'use strict';
  if (window.__testProblems) return;
  var problems = [];
  Object.defineProperty(window, '__testProblems', { value: problems });

  function describe(value) {
    if (value instanceof Error) return value.stack || String(value);
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }
  function record(type, text, location) {
    problems.push({ type: type, text: String(text), location: location || '' });
  }

  [['error', 'error'], ['warn', 'warning']].forEach(function (pair) {
    var original = console[pair[0]];
    console[pair[0]] = function () {
      record(pair[1], Array.prototype.map.call(arguments, describe).join(' '));
      return original.apply(this, arguments);
    };
  });

  // In the capture phase, to see failed loads of elements too (their error events do not bubble).
  window.addEventListener(
    'error',
    function (event) {
      var el = event.target;
      if (el && el !== window && el.tagName) {
        record('error', 'failed to load <' + el.tagName.toLowerCase() + '> ' + (el.currentSrc || el.src || el.href || ''));
      } else {
        record('pageerror', (event.error && event.error.stack) || event.message, event.filename + ':' + event.lineno);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    record('pageerror', 'unhandled rejection: ' + describe(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    record(
      'error',
      'Content-Security-Policy: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline'),
      event.sourceFile + ':' + event.lineNumber,
    );
  });
})();
