// The six analyzer fields a reader may correct, as detected and as they stand after corrections.
import type { Clip, ClipCorrection } from '../types';

export const CORRECTION_FIELDS = ['date', 'org', 'docNumber', 'value', 'unit', 'qualifier'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export interface FieldValues {
  date: string | null;
  org: string | null;
  docNumber: string | null;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
}

/** What the analyzer found for one field: page fields on the page, item fields on the clip. */
function detectedValue<F extends CorrectionField>(clip: Clip, field: F): FieldValues[F] {
  switch (field) {
    case 'date':
    case 'org':
    case 'docNumber':
      return clip.page[field as 'date' | 'org' | 'docNumber'] as FieldValues[F];
    default:
      return clip[field as 'value' | 'unit' | 'qualifier'] as FieldValues[F];
  }
}

/** What the analyzer found, whatever the reader corrected. */
export function detectedValues(clip: Clip): FieldValues {
  const of = <F extends CorrectionField>(field: F) => detectedValue(clip, field);
  return { date: of('date'), org: of('org'), docNumber: of('docNumber'), value: of('value'), unit: of('unit'), qualifier: of('qualifier') };
}

/** The values that count: a correction where there is one, else the detected value. */
export function correctedValues(clip: Clip): FieldValues {
  return { ...detectedValues(clip), ...clip.corrected };
}

/**
 * One field as it counts (the correction, else the detected value), without building the whole
 * record: filters and sorts call this for every clip of a 100,000-clip library.
 */
export function fieldValue<F extends CorrectionField>(clip: Clip, field: F): FieldValues[F] {
  const corrected = clip.corrected?.[field];
  return corrected !== undefined ? (corrected as FieldValues[F]) : detectedValue(clip, field);
}

/** The upper end of a range value; a corrected value is one number, not a range. */
export function valueMaxOf(clip: Clip): number | null {
  return clip.corrected?.value !== undefined ? null : clip.valueMax;
}

export function isCorrected(clip: Clip, field: CorrectionField): boolean {
  return clip.corrected?.[field] !== undefined;
}

/**
 * Corrections from the editor's text fields: a blank field or one equal to the detected value is
 * no correction. Throws when the value field is not a number.
 */
export function correctionsFromDraft(clip: Clip, draft: Record<CorrectionField, string>): ClipCorrection {
  const detected = detectedValues(clip);
  const corrected: ClipCorrection = {};
  for (const field of CORRECTION_FIELDS) {
    const text = draft[field].trim();
    if (text === '') continue;
    if (field === 'value') {
      const value = Number(text.replace(/[,，]/g, ''));
      if (!Number.isFinite(value)) throw new Error(`Not a number: ${text}`);
      if (value !== detected.value) corrected.value = value;
    } else if (text !== detected[field]) {
      corrected[field] = text;
    }
  }
  return corrected;
}
