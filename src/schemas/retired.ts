/**
 * Sources retired from the site (`content/retired.yaml`). Retiring is a
 * recorded step: the edition's file goes, its original and its address
 * ledger stay, and `/sources/<slug>/#p12` still answers with a page that
 * says when and why the source was retired and where to read on.
 */
import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const retiredSourceSchema = z
  .object({
    /** The slug the source was published under; its ledger stays in content/anchors/. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'the slug of the retired edition'),
    /** Its original, which stays in content/originals/. */
    original: z.string().regex(/^[\w.-]+\.txt$/u, 'a file name in content/originals/'),
    /** When it was retired, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'write dates as YYYY-MM-DD'),
    /** Why, in Chinese, for readers. */
    reason: nonEmpty,
    /** Why, in English, for readers of the English pages (else they see the Chinese). */
    reasonEn: nonEmpty.optional(),
    /** Where readers should go instead: a slug, or `slug#p12`. */
    replacedBy: nonEmpty.optional(),
  })
  .strict();

export const retiredFileSchema = z.array(retiredSourceSchema);

export type RetiredSource = z.infer<typeof retiredSourceSchema>;
