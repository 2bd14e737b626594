/**
 * The components an edition may use, passed to every rendered edition so
 * authors write `<Correction …>` without importing anything.
 */
import Byline from './Byline.astro';
import Column from './Column.astro';
import Correction from './Correction.astro';
import EditorNote from './EditorNote.astro';
import Kicker from './Kicker.astro';
import Note from './Note.astro';
import Omission from './Omission.astro';
import PhotoCaption from './PhotoCaption.astro';
import Sic from './Sic.astro';

/** `Term`, `NoTerm` and `CrossRef` need no component: remark plugins turn them into links or text. */
export const editorialComponents = {
  Byline,
  Column,
  Correction,
  EditorNote,
  Kicker,
  Note,
  Omission,
  PhotoCaption,
  Sic,
};
