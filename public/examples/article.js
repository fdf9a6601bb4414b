// The host side of the scrollytelling example: drives the embedded atlas as the reader scrolls,
// and logs what the atlas reports. Plain JavaScript, as a CMS would include it.
(function () {
  'use strict';
  var frame = document.getElementById('scrolly-atlas');
  var log = document.getElementById('log');
  var steps = document.querySelectorAll('.step');
  var atlasOrigin = new URL(frame.getAttribute('data-src'), document.baseURI).origin;
  var ready = false;
  var pending = null;

  // parentOrigin makes the atlas talk to this page only, in both directions.
  var src = new URL(frame.getAttribute('data-src'), document.baseURI);
  src.searchParams.set('parentOrigin', window.location.origin);
  frame.src = src.href;

  function send(message) {
    if (!ready) {
      pending = message;
      return;
    }
    frame.contentWindow.postMessage(message, atlasOrigin);
  }

  function addLog(text) {
    var item = document.createElement('li');
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== atlasOrigin || event.source !== frame.contentWindow) return;
    var data = event.data || {};
    if (data.type === 'mali-atlas:ready') {
      ready = true;
      addLog('ready: year ' + data.year);
      if (pending) {
        frame.contentWindow.postMessage(pending, atlasOrigin);
        pending = null;
      }
    } else if (data.type === 'mali-atlas:change') {
      addLog(
        'change: year ' +
          data.year +
          ', country ' +
          (data.country || '—') +
          ', event ' +
          (data.event || '—'),
      );
    }
  });

  var observer = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        steps.forEach(function (step) {
          step.classList.toggle('is-active', step === entry.target);
        });
        send({
          type: 'mali-atlas:set',
          year: Number(entry.target.getAttribute('data-year')),
          event: entry.target.getAttribute('data-event'),
        });
      });
    },
    { rootMargin: '-45% 0px -45% 0px' },
  );
  steps.forEach(function (step) {
    observer.observe(step);
  });
})();
