import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { labelsQuery, shapesQuery } from '../data/queries';
import { useT } from '../i18n/useT';
import { stepView } from '../lessons/lessonCapture';
import type { Tour } from '../lessons/tour';
import { SvgMapPicture } from '../map/svg/SvgMapPicture';
import { handoutEvents } from './handoutContent';
import { HandoutReferences } from './HandoutReferences';

export interface TourHandoutProps {
  index: AtlasIndex;
  tour: Tour;
}

/**
 * The drawing's own size, 16∶9. The print stylesheet draws it 105 mm wide, so that labels of
 * the map's 11.5 units print at about 7 pt, the size of the sources' text; a larger drawing
 * would print them too small to read.
 */
const PICTURE = { width: 480, height: 270 };

/**
 * A tour on paper, step by step: each step's year, caption and the map as that step shows it,
 * then the events the tour names and their sources. Captions are plain text: React writes them
 * as text, never as HTML, and the stylesheet keeps the teacher's line breaks.
 */
export function TourHandout({ index, tour }: TourHandoutProps) {
  // l() shows the reader's language, else the other: a lesson may be written in one only.
  const { t, l } = useT();
  // Loaded with the page (main.tsx), so printing reads them from the cache at once; a step
  // prints without its picture if the shapes failed to load.
  const shapes = useQuery(shapesQuery()).data;
  const labels = useQuery(labelsQuery()).data;
  const id = useId();
  // With a tour, the year and the country on screen do not choose the events: its steps do.
  const events = handoutEvents(index, { year: tour.steps[0]?.year ?? 0, country: null, tour });
  return (
    <>
      <h2>{l(tour.title)}</h2>
      {tour.steps.map((step, i) => {
        const heading = t('handout.step', { step: i + 1, year: step.year });
        const caption = l(step.caption);
        return (
          <section key={i} className="handout-step" aria-labelledby={`${id}-${String(i)}`}>
            <h3 id={`${id}-${String(i)}`}>{heading}</h3>
            {caption && <p className="handout-caption">{caption}</p>}
            {shapes && (
              <SvgMapPicture
                index={index}
                shapes={shapes}
                labels={labels}
                view={stepView(step)}
                width={PICTURE.width}
                height={PICTURE.height}
                title={t('handout.mapAlt', { year: step.year })}
              />
            )}
          </section>
        );
      })}
      <HandoutReferences events={events} />
    </>
  );
}
