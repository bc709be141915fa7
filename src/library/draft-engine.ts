/**
 * What the library's `draftCheck` runs: the draft checker with both Markdown readers, and the Word reader. One
 * module, so that the bundle can hold it as one entry of its own (`draft-engine.js`, scripts/build-bundle.ts) that a
 * program loads only when it checks a draft (./load-bundle.ts).
 */
export { checkDraft, draftInputFinding } from '../draft/check.js';
export { docxDraft, DocxError } from '../draft/docx.js';
