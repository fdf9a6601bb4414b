/**
 * The map drawn as SVG when MapLibre cannot run (no WebGL2, or the WebGL context was lost):
 * the same shapes, colours, outlines, links, labels, tooltip and selection, without pan and
 * zoom. D3 computes the paths (svgMap.ts); React draws them. The covered countries in view are
 * buttons with a roving tabindex, so the map is one tab stop and the arrows move inside it.
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  countryNameInYear,
  MALI,
  membersAt,
  statusAt,
  type AtlasIndex,
} from '../../data/atlasIndex';
import type { LabelsFile, ShapesFile } from '../../data/geoSchemas';
import { nameCollator } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import {
  useActions,
  useSelectedCountry,
  useSelectedEvent,
  useSelectedYear,
  useShownOrganisation,
} from '../../state/hooks';
import { MAP_COLOURS } from '../../theme/palette';
import { MAP_SIZES } from '../mapConstants';
import { involvedCodes, labelFeatures } from '../mapFeatures';
import { markMapReady, registerMapImage } from '../mapReadiness';
import { MapTooltip, type HoverInfo } from '../MapTooltip';
import { SvgCountries } from './SvgCountries';
import { SvgLabels } from './SvgLabels';
import { SvgLinks } from './SvgLinks';
import { SvgOutlines } from './SvgOutlines';
import {
  countryShapes,
  fillOf,
  fitFrame,
  placeLabels,
  project,
  rovingTarget,
  tabStopOf,
  visibleCodes,
  type RovingItem,
} from './svgMap';
import { useElementSize } from '../../ui/useElementSize';
import { useSvgCamera } from './useSvgCamera';
import './svgMapView.css';

export interface SvgMapViewProps {
  index: AtlasIndex;
  shapes: ShapesFile;
  /** Label points; names are drawn once they have loaded. */
  labels: LabelsFile | undefined;
  /** Called once the countries are drawn, so MapView can mark the map ready. */
  onDrawn?: () => void;
}

/** The country code a pointer or keyboard event happened on, from the path's data-iso3. */
function codeAt(target: EventTarget): string | null {
  return target instanceof SVGElement ? (target.dataset.iso3 ?? null) : null;
}

/**
 * The drawing as an image for the printed handout. Fills and strokes are attributes, so they
 * travel; the font comes from the page's CSS, which an image cannot see, so it is written in.
 */
function snapshot(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true);
  if (copy instanceof Element) copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  const xml = new XMLSerializer().serializeToString(copy);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
}

export function SvgMapView({ index, shapes, labels, onDrawn }: SvgMapViewProps) {
  const { t, l, lang } = useT();
  const { selectCountry } = useActions();
  const year = useSelectedYear();
  const selected = useSelectedCountry();
  const event = useSelectedEvent();
  const org = useShownOrganisation();
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(boxRef);
  const camera = useSvgCamera(index, shapes);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // Where the arrows last moved the focus, and under which selection (see tabStopOf).
  const [moved, setMoved] = useState<{ code: string; selected: string | null } | null>(null);

  const frame = useMemo(() => fitFrame(camera, size), [camera, size]);
  const labelPoints = useMemo(
    () => new Map(labels?.features.map((f) => [f.properties.iso3, f.geometry.coordinates])),
    [labels],
  );
  const drawn = useMemo(
    () => countryShapes(shapes, frame, labelPoints),
    [shapes, frame, labelPoints],
  );
  const byCode = useMemo(() => new Map(drawn.map((shape) => [shape.iso3, shape])), [drawn]);
  const inView = useMemo(() => visibleCodes(drawn, size), [drawn, size]);
  const fills = useMemo(
    () =>
      new Map(
        shapes.features.map(({ properties: { iso3 } }) => [
          iso3,
          fillOf(statusAt(index.countriesByIso.get(iso3), year)),
        ]),
      ),
    [shapes, index, year],
  );
  // The keyboard's order: the covered countries in view, by their name of the time.
  const items = useMemo<RovingItem[]>(() => {
    const collator = nameCollator(lang);
    return inView
      .flatMap((code) => {
        const country = index.countriesByIso.get(code);
        return country ? [{ code, name: l(countryNameInYear(index, country, year)) }] : [];
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [inView, index, year, l, lang]);
  const names = useMemo(
    () =>
      new Map(
        items.map(({ code, name }) => {
          const status = statusAt(index.countriesByIso.get(code), year);
          const label =
            status === 'mali'
              ? name
              : t('map.fallback.country', { name, status: t(`status.${status}`) });
          return [code, label];
        }),
      ),
    [items, index, year, t],
  );
  const involved = useMemo(
    () => involvedCodes(index, year, event).filter((code) => code !== MALI),
    [index, year, event],
  );
  const members = useMemo(() => (org ? membersAt(index, org, year) : []), [index, org, year]);
  const placed = useMemo(
    () =>
      labels
        ? placeLabels(
            labelFeatures(index, labels, year, lang, { country: selected, event }),
            (lngLat) => project(frame, lngLat),
            size,
          )
        : [],
    [labels, index, year, lang, selected, event, frame, size],
  );
  const tabStop = tabStopOf(items, moved, selected);
  const ready = drawn.length > 0 && size.width > 0 && size.height > 0;

  // The test hook and the benchmark ask which countries are drawn in view.
  const inViewRef = useRef(inView);
  useEffect(() => {
    inViewRef.current = inView;
  }, [inView]);
  useEffect(() => {
    if (!ready) return;
    markMapReady(() => inViewRef.current);
    onDrawn?.();
  }, [ready, onDrawn]);
  useEffect(() => {
    registerMapImage(() => (svgRef.current ? snapshot(svgRef.current) : null));
    return () => registerMapImage(() => null);
  }, []);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const code = codeAt(e.target);
    const rect = e.currentTarget.getBoundingClientRect();
    setHover(code ? { iso3: code, x: e.clientX - rect.left, y: e.clientY - rect.top } : null);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const code = codeAt(e.target);
    if (code && index.countriesByIso.has(code)) selectCountry(code);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const code = codeAt(e.target);
    if (!code || !names.has(code) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectCountry(code);
      return;
    }
    const next = rovingTarget(items, code, e.key);
    if (!next) return;
    e.preventDefault();
    setMoved({ code: next, selected });
    svgRef.current?.querySelector<SVGElement>(`[data-iso3="${next}"]`)?.focus();
  };
  // The focus ring and the tooltip follow the keyboard, not a click (as :focus-visible does).
  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const target = e.target;
    const code = codeAt(target);
    setFocused(
      code && target instanceof SVGElement && target.matches(':focus-visible') ? code : null,
    );
  };

  const focusAnchor = focused ? byCode.get(focused)?.anchor : undefined;
  const tooltip: HoverInfo | null =
    hover ??
    (focused && focusAnchor
      ? {
          iso3: focused,
          x: Math.max(0, Math.min(size.width, focusAnchor[0])),
          y: Math.max(0, Math.min(size.height, focusAnchor[1])),
        }
      : null);

  return (
    <div ref={boxRef} className="svg-map">
      <svg
        ref={svgRef}
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        role="group"
        aria-label={t('map.fallback.countries')}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setFocused(null)}
      >
        <rect width="100%" height="100%" fill={MAP_COLOURS.water} aria-hidden="true" />
        {ready && (
          <>
            <SvgCountries
              shapes={drawn}
              fills={fills}
              names={names}
              tabStop={tabStop}
              selected={selected}
            />
            <SvgOutlines
              shapesByCode={byCode}
              codes={members}
              colour={MAP_COLOURS.memberOutline}
              width={MAP_SIZES.member}
              dash={MAP_SIZES.memberDash}
              testId="map.member-outlines"
            />
            <SvgOutlines
              shapesByCode={byCode}
              codes={event === null ? [] : involved}
              colour={MAP_COLOURS.involvedOutline}
              width={MAP_SIZES.involved}
              testId="map.involved-outlines"
            />
            <SvgOutlines
              shapesByCode={byCode}
              codes={hover ? [hover.iso3] : []}
              colour={MAP_COLOURS.selectedOutline}
              width={MAP_SIZES.hover}
              opacity={MAP_SIZES.hoverOpacity}
            />
            <SvgOutlines
              shapesByCode={byCode}
              codes={selected ? [selected] : []}
              colour={MAP_COLOURS.selectedOutline}
              width={MAP_SIZES.selected}
              testId="map.selected-outline"
            />
            <SvgOutlines
              shapesByCode={byCode}
              codes={focused ? [focused] : []}
              colour={MAP_COLOURS.selectedOutline}
              width={MAP_SIZES.selected}
              className="svg-map-focus"
            />
            <SvgLinks index={index} codes={involved} frame={frame} />
            <SvgLabels labels={placed} />
          </>
        )}
      </svg>
      {tooltip && <MapTooltip index={index} info={tooltip} />}
    </div>
  );
}
