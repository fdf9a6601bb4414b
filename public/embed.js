/*!
 * Mali Relations Atlas: auto-height for embeds. Add data-mali-atlas to the iframe and load this
 * script once; every such iframe follows the height its content reports. No dependencies, no
 * cookies, nothing stored.
 */
(function () {
  'use strict';
  if (window.__maliAtlasResize) return;
  window.__maliAtlasResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'mali-atlas:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-mali-atlas]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // Only the iframe that sent it, and only from the origin it was loaded from.
      if (frame.contentWindow !== event.source) continue;
      try {
        if (new URL(frame.src, document.baseURI).origin !== event.origin) continue;
      } catch {
        continue;
      }
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('height', String(Math.ceil(height)));
    }
  });
})();
