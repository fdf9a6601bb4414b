import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { labelsQuery, shapesQuery } from '../data/queries';
import { useT } from '../i18n/useT';
import { fullAtlasLink } from '../share/shareLinks';
import { useSelectionSnapshot } from '../state/hooks';
import { saveFile } from '../ui/savedFile';
import { PICTURE_FORMATS, type PictureFormat } from './pictureConstants';
import { PictureError } from './pictureError';
import { pictureFileName } from './pictureFile';
import { pictureText } from './pictureText';
import './picture.css';

export interface DownloadImageProps {
  index: AtlasIndex;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; reason: 'canvas' | 'map' | 'shapes' };

/**
 * The Share dialog's Image section: the view as a picture for a slide or an article (a PNG at
 * two sizes: map, legend, year, selection, the atlas's name and the link), or the map alone as
 * SVG. Drawn from the SVG drawing, not the live map, so it works without WebGL. It takes the
 * view when the dialog opens, as the rest of the dialog does.
 */
export function DownloadImage({ index }: DownloadImageProps) {
  const { t, lang } = useT();
  const [snapshot] = useSelectionSnapshot();
  const shapes = useQuery(shapesQuery());
  const labels = useQuery(labelsQuery());
  const [format, setFormat] = useState<PictureFormat>('png');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const group = useId();

  const download = async () => {
    if (!shapes.data) {
      setStatus({ kind: 'failed', reason: 'shapes' });
      return;
    }
    setStatus({ kind: 'making' });
    const { year, country, event, frame, org } = snapshot;
    const link = fullAtlasLink({ ...snapshot, lang });
    const file = pictureFileName({ atlasName: t('app.title'), year, country, event, format });
    try {
      // The composer is loaded on the first press: the first screen does not carry it.
      const { makePicture } = await import('./makePicture');
      const blob = await makePicture({
        index,
        shapes: shapes.data,
        labels: labels.data,
        view: { year, country, event, frame, org },
        lang,
        mapTitle: t('picture.mapTitle', { year }),
        text: pictureText(index, snapshot, lang, link),
        format,
      });
      saveFile(blob, file);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({
        kind: 'failed',
        reason: error instanceof PictureError ? error.reason : 'canvas',
      });
    }
  };

  return (
    <fieldset className="picture-options">
      <legend>{t('picture.heading')}</legend>
      <p className="note">{t('picture.note')}</p>
      {PICTURE_FORMATS.map((f) => (
        <label key={f}>
          <input
            type="radio"
            name={group}
            value={f}
            checked={format === f}
            onChange={() => setFormat(f)}
          />{' '}
          {t(`picture.format.${f}`)}
        </label>
      ))}
      <div className="picture-row">
        <button
          type="button"
          className="button-small"
          disabled={status.kind === 'making'}
          onClick={() => void download()}
        >
          {t('picture.download')}
        </button>
        <p role="status" className="note">
          {status.kind === 'making' && t('picture.making')}
          {status.kind === 'done' && t('picture.done', { file: status.file })}
        </p>
      </div>
      {status.kind === 'failed' && (
        <p role="alert">{t('picture.failed', { detail: t(`picture.failed.${status.reason}`) })}</p>
      )}
    </fieldset>
  );
}
