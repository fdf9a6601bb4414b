/** The generated files under public/data/, as the app asks for them. */
export const DATA_FILES = {
  events: 'events.json',
  countries: 'countries.json',
  context: 'context.json',
  shapes: 'shapes.json',
  labels: 'labels.json',
  stories: 'stories.json',
  sources: 'sources.json',
} as const;
