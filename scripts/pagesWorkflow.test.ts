/**
 * The GitHub Pages workflow cannot run on our machines, so its shape is checked here: the
 * official Pages actions, tests before anything is published, the base path taken from the
 * Pages setup, and only npm scripts and files that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as Workflow;
const { build, deploy } = workflow.jobs;
if (!build || !deploy) throw new Error('pages.yml needs a build and a deploy job');
const stepIndex = (predicate: (step: Step) => boolean) => build.steps.findIndex(predicate);

describe('the Pages workflow', () => {
  it('runs on each push to main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('publishes with the official actions, and only the deploy job may', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : [])),
    );
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/configure-pages',
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
      ]),
    );
    expect(uses.every((action) => action?.startsWith('actions/'))).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(build.permissions).toBeUndefined();
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
  });

  it('tests before it uploads, and builds for the address Pages gives', () => {
    const test = stepIndex((step) => step.run === 'npm test');
    const pages = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages'));
    const rebuild = stepIndex((step) => step.run === 'npm run build');
    const upload = stepIndex(
      (step) => step.uses?.startsWith('actions/upload-pages-artifact') ?? false,
    );
    expect(test).toBeGreaterThanOrEqual(0);
    expect(test).toBeLessThan(rebuild);
    expect(rebuild).toBeLessThan(upload);
    expect(pages?.id).toBe('pages');
    const env = build.steps[rebuild]?.env;
    expect(env?.ATLAS_BASE).toBe('${{ steps.pages.outputs.base_path }}');
    expect(env?.ATLAS_SITE_URL).toBe('${{ steps.pages.outputs.base_url }}');
    expect(build.steps[upload]?.with?.path).toBe('dist');
  });

  it('names only npm scripts and files that exist', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
        .scripts,
    );
    const named = build.steps.flatMap((step) =>
      [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(scripts).toContain(name);
    const setupNode = build.steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    const versionFile = setupNode?.with?.['node-version-file'];
    expect(versionFile && existsSync(versionFile)).toBe(true);
  });
});
