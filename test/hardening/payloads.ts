/**
 * Script-injection payloads: tags, event-handler attributes, `javascript:`
 * and `data:` URLs, SVG, CSS, broken markup, and bidi and zero-width tricks.
 * Each one that executed would set `window.__pwned` or open a dialog.
 */
export const PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe src="javascript:window.top.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click me</a>',
  '[read the guidance](javascript:window.__pwned=1)',
  '[an image](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<object data="data:text/html,<script>parent.__pwned=1</script>"></object>',
  '<style>body{display:none}</style>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '"><script>window.__pwned=1</script>',
  "'; window.__pwned=1; '",
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<details open ontoggle="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '<!--<img src="--><img src=x onerror=window.__pwned=1//">',
  '<body onload="window.__pwned=1">',
  '<form><button formaction="javascript:window.__pwned=1">Go</button></form>',
  '<input autofocus onfocus="window.__pwned=1">',
  '<template><img src=x onerror="window.__pwned=1"></template>',
  'javascript:window.__pwned=1',
  '\u202eRLO override: txt.exe\u202c and zero\u200bwidth\u200djoiner\ufeff',
  '<<script>script>window.__pwned=1<</script>/script>',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '<p>unclosed <b>bold <i>italic',
  '**bold [link](https://example.org/"><script>window.__pwned=1</script>)**',
];
