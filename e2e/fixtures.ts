/**
 * The atlas as a page object: locators by role and accessible name, plus waits on the states the
 * app announces (data-ready on the map, the store through window.__atlas). No sleeps.
 */
import {
  test as base,
  expect,
  type ConsoleMessage,
  type Page,
  type Request,
} from '@playwright/test';

/** The development server (playwright.config.ts starts it): only it carries the crash probe. */
export const DEV_SERVER_URL = 'http://127.0.0.1:4179';

export interface AtlasSnapshot {
  year: number;
  country: string | null;
  event: string | null;
  playing: boolean;
  frame: string;
  tab: string;
  lang: string;
  presenting: boolean;
  story: string | null;
  step: number;
}

export class AtlasPage {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (
        !['127.0.0.1', 'localhost'].includes(url.hostname) &&
        !['data:', 'blob:'].includes(url.protocol)
      ) {
        this.foreignRequests.push(request.url());
      }
    });
  }

  get slider() {
    return this.page.getByRole('slider', { name: 'Year' });
  }
  get details() {
    return this.page.getByRole('region', { name: 'Details' });
  }
  get countrySelect() {
    return this.page.getByRole('combobox', { name: 'Country' });
  }
  get map() {
    return this.page.getByTestId('map');
  }
  get playButton() {
    return this.page.getByRole('button', { name: 'Play', exact: true });
  }
  get pauseButton() {
    return this.page.getByRole('button', { name: 'Pause', exact: true });
  }

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.slider).toBeVisible();
  }

  async waitForMap() {
    await expect(this.map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }

  async state(): Promise<AtlasSnapshot> {
    return this.page.evaluate(() => {
      const hook = (window as unknown as { __atlas: { snapshot: () => AtlasSnapshot } }).__atlas;
      return hook.snapshot();
    });
  }

  /** Country codes the map has drawn in its viewport (asks MapLibre, not pixels). */
  async renderedCountries(): Promise<string[]> {
    return this.page.evaluate(() => {
      const hook = (window as unknown as { __atlas: { renderedCountries?: () => string[] } })
        .__atlas;
      return hook.renderedCountries?.() ?? [];
    });
  }

  /** A country's name as the map writes it (over MapLibre, or in the SVG drawing). */
  mapLabel(name: string) {
    return this.map.locator('text').filter({ hasText: new RegExp(`^${name}$`) });
  }

  /** Whether the map writes a country's name wholly inside itself (false when it is not written). */
  async labelInsideMap(name: string): Promise<boolean> {
    const label = this.mapLabel(name);
    if ((await label.count()) === 0) return false;
    const [map, box] = await Promise.all([this.map.boundingBox(), label.first().boundingBox()]);
    if (!map || !box) return false;
    return (
      box.x >= map.x &&
      box.y >= map.y &&
      box.x + box.width <= map.x + map.width &&
      box.y + box.height <= map.y + map.height
    );
  }

  searchParams(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}

export const test = base.extend<{ atlas: AtlasPage }>({
  atlas: async ({ page }, provide) => {
    await provide(new AtlasPage(page));
  },
});

export { expect };
