/**
 * Runs in the page's head, before the body is drawn (a classic, blocking script; the build emits
 * it as assets/first-screen-<hash>.js, vite.config.ts). The page holds the first screen of the
 * default view, written at build time in English (src/renderFirstScreen.tsx); it may be shown
 * only when the reader asked for that view. Any query string (a year, a country, a language, a
 * lesson) or a French browser (the language startAtlas.ts picks) means another view: the page
 * shows its loading line until the script has drawn the view asked for, so a deep link never
 * flashes the default first. If this script does not run at all, the written screen stays hidden,
 * which is the safe way round.
 */
(() => {
  /**
   * The window width the written timeline was laid out for (its frame spans the window:
   * TIMELINE_INITIAL_SIZE in src/timeline/Timeline.tsx), and how far off its marks may still show.
   */
  const WRITTEN_WIDTH = 1280;
  const WIDTH_SLACK = 160;
  const page = document.documentElement;
  const fresh =
    window.location.search.length > 1 || navigator.language.toLowerCase().startsWith('fr');
  page.dataset.firstScreen = fresh ? 'hidden' : 'shown';
  // In a window much narrower or wider, the written marks would be cut off or bunched up: the
  // timeline's frame stays empty until the script lays them out for the window.
  if (Math.abs(window.innerWidth - WRITTEN_WIDTH) > WIDTH_SLACK)
    page.dataset.firstScreenMarks = 'later';
})();
