/*!
 * Care Workforce Calculator embed script. No dependencies.
 *
 * Put this where the calculator should appear, with any preset as a data-* attribute named after
 * the URL parameter (see the README), then include this script once:
 *
 *   <div data-care-workforce-calculator data-view="provider" data-staff="40"></div>
 *   <script src="https://example.gov.uk/care/workforce/embed.js" async></script>
 *
 * Each such element gets an iframe of the calculator's compact layout (embed=1) with a title and
 * lazy loading. The iframe tells this page its height with
 *   postMessage({ type: "care-workforce-calculator:height", height: <CSS px> }, "*")
 * and this script sizes the iframe to it, so no inner scrollbar appears. Messages are accepted only
 * from the iframe's own window and origin.
 *
 * Optional attributes: data-title (the iframe's accessible name), data-src (another calculator
 * address), data-height (height in px before the first message, default 900).
 */
(function () {
  'use strict';
  var MESSAGE = 'care-workforce-calculator:height';
  var RESERVED = { 'care-workforce-calculator': 1, title: 1, src: 1, height: 1 };
  var script = document.currentScript;
  var home = script && script.src ? new URL('./', script.src).href : null;
  var frames = [];

  function build(el) {
    if (el.getAttribute('data-care-workforce-calculator-ready')) return;
    var base = el.getAttribute('data-src') || home;
    if (!base) return;
    var url = new URL(base, document.baseURI);
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (a.name.indexOf('data-') !== 0) continue;
      var key = a.name.slice(5);
      if (RESERVED[key] || key === 'care-workforce-calculator-ready') continue;
      url.searchParams.set(key, a.value);
    }
    url.searchParams.set('embed', '1');
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = el.getAttribute('data-title') || 'Care Workforce Calculator';
    iframe.loading = 'lazy';
    // The calculator's "Copy link" and "Copy embed code" need the clipboard inside the iframe.
    iframe.allow = 'clipboard-write';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (parseInt(el.getAttribute('data-height'), 10) || 900) + 'px';
    el.setAttribute('data-care-workforce-calculator-ready', '1');
    el.appendChild(iframe);
    frames.push({ iframe: iframe, origin: url.origin });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== MESSAGE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.iframe.contentWindow === event.source && event.origin === f.origin) {
        f.iframe.style.height = Math.ceil(height) + 'px';
      }
    }
  });

  function start() {
    var els = document.querySelectorAll('[data-care-workforce-calculator]');
    for (var i = 0; i < els.length; i++) build(els[i]);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
