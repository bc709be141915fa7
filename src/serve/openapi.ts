/** The OpenAPI 3.1 description of the API `bagalau serve` offers, served at /api/openapi.json. */

const finding = {
  type: 'object',
  required: ['ruleId', 'severity', 'message', 'path'],
  properties: {
    ruleId: { type: 'string' },
    severity: { enum: ['error', 'warning', 'info'] },
    message: { $ref: '#/components/schemas/Text3' },
    path: { type: 'string', description: 'JSON Pointer into the package' },
    place: { type: 'object', properties: { line: { type: 'integer' }, column: { type: 'integer' } } },
    file: { type: 'string' },
    cite: { type: 'object', properties: { act: { type: 'string' }, clause: { type: 'string' }, wording: { type: 'string' } } },
    facts: { type: 'object' },
    note: { $ref: '#/components/schemas/Text3' },
  },
};

const pkgBody = {
  required: true,
  description: 'An evaluation package (schemas/<methodology>/package.schema.json), JSON or YAML; at most 2 MB.',
  content: { 'application/json': { schema: { type: 'object' } }, 'application/yaml': { schema: { type: 'string' } } },
};

const errors = {
  '400': { description: 'Malformed body: the findings say what is wrong and where', content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } },
  '413': { description: 'Body larger than the limit', content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } },
  '503': { description: 'Too many requests at once, or the time limit passed', content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } },
};

const q = (name: string, description: string, schema: object = { type: 'string' }, required = false) => ({ name, in: 'query', required, description, schema });

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'bagalau serve',
    version: '1',
    description: 'Local API of bagalau: check evaluation packages, render the official forms, check draft methodologies, the working-day calendar. Loopback only unless started with --token; nothing leaves the machine.',
  },
  servers: [{ url: '/' }],
  components: {
    schemas: {
      Text3: { type: 'object', required: ['kk', 'ru', 'en'], properties: { kk: { type: 'string' }, ru: { type: 'string' }, en: { type: 'string' } } },
      Finding: finding,
      Result: {
        type: 'object',
        description: 'One entry of `bagalau check --format json` results',
        required: ['file', 'methodology', 'wording', 'findings'],
        properties: { file: { type: 'string' }, methodology: { type: ['string', 'null'] }, wording: { type: ['string', 'null'] }, findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } } },
      },
    },
    securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'Required when the server was started with --token (any non-loopback host)' } },
  },
  paths: {
    '/api/check': {
      post: {
        summary: 'Check a package',
        parameters: [q('today', 'date open deadlines are judged against (YYYY-MM-DD)'), q('file', 'workspace path the package is saved under (session references resolve from it)')],
        requestBody: pkgBody,
        responses: { '200': { description: 'The check result', content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } }, ...errors },
      },
    },
    '/api/render': {
      post: {
        summary: 'Render a package\'s forms',
        parameters: [q('format', 'pdf, docx, or zip (every document in both formats)', { enum: ['pdf', 'docx', 'zip'] }), q('form', 'form key (e.g. managerialSheet); default: the first document'), q('file', 'workspace path of the package')],
        requestBody: pkgBody,
        responses: {
          '200': { description: 'The document', content: { 'application/pdf': {}, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {}, 'application/zip': {} } },
          ...errors,
        },
      },
    },
    '/api/draft/check': {
      post: {
        summary: 'Check a draft methodology (Markdown, Word .docx, or an act as published in .txt), as `bagalau draft check`',
        parameters: [q('date', 'the date the draft is read on (YYYY-MM-DD)'), q('lang', 'language of the alignment report', { enum: ['kk', 'ru', 'en'] }), q('name', 'the file name: .docx is read as Word, .txt imported as published, anything else is Markdown')],
        requestBody: { required: true, content: { 'text/markdown': { schema: { type: 'string' } }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {}, 'text/plain': { schema: { type: 'string' } } } },
        responses: { '200': { description: 'Findings and the alignment report' }, ...errors },
      },
    },
    '/api/methodologies': { get: { summary: 'The methodology packs, with their package schemas (and session schemas)', responses: { '200': { description: 'As `bagalau methodologies --format json`, plus each package schema and, for a pack with a commission or calibration session, `sessionSchema` (the session file\'s)' } } } },
    '/api/calendar/{year}': {
      get: {
        summary: 'A year of the working-day calendar, each day off with its source',
        parameters: [{ name: 'year', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}$' } }],
        responses: { '200': { description: 'As `bagalau calendar YEAR --format json`' }, ...errors },
      },
    },
    '/api/deadline': {
      get: {
        summary: 'Deadline calculator',
        parameters: [q('from', 'YYYY-MM-DD', { type: 'string' }, true), q('count', 'number of units', { type: 'integer' }, true), q('unit', 'working-days | calendar-days | months | years'), q('direction', 'after | before')],
        responses: { '200': { description: 'As `bagalau calendar --add DATE N --format json`' }, ...errors },
      },
    },
    '/api/info': { get: { summary: 'The server\'s check date: the page checks in the browser against the same «today» as /api/check', responses: { '200': { description: '{today}' } } } },
    '/api/files': { get: { summary: 'Package and session files of the workspace', responses: { '200': { description: '{packages, sessions}' } } } },
    '/api/file': {
      get: { summary: 'Read a workspace file', parameters: [q('path', 'workspace-relative path', { type: 'string' }, true)], responses: { '200': { description: '{path, text, version, data, findings}: version, to send back with the save' }, ...errors } },
      put: { summary: 'Save a package or session file (atomically; YAML unless the path ends in .json)', parameters: [q('path', 'workspace-relative path', { type: 'string' }, true), q('new', '1: a new package, not written over a file of that name (409)', { type: 'string' }), q('version', 'the version read (GET /api/file or the last save): a file changed since is not written over (409)', { type: 'string' })], requestBody: pkgBody, responses: { '200': { description: '{path, saved, bytes, text, version}: a YAML file there is edited in place, its comments and key order kept' }, ...errors } },
      delete: { summary: 'Remove a session file (one a copy took the place of, or one no package uses): refused (409) while a package refers to it', parameters: [q('path', 'workspace-relative path of the session file', { type: 'string' }, true), q('copy', 'the copy that took its place (must be there, if given)', { type: 'string' })], responses: { '200': { description: '{path, removed, copy?}' }, ...errors } },
    },
    '/api/unused-sessions': { get: { summary: 'The session files of the sessions/ folders that no package uses', responses: { '200': { description: '{unused: [path]}' } } } },
    '/api/session-users': { get: { summary: 'The packages that refer to a session file (session: {ref})', parameters: [q('path', 'workspace-relative path of the session file', { type: 'string' }, true)], responses: { '200': { description: '{path, users: [{path, methodology}]}' }, ...errors } } },
    '/api/copy': { post: { summary: 'Copy a workspace file byte for byte, never over a file there (409): a session moved into its package\'s reach', parameters: [q('from', 'workspace-relative path', { type: 'string' }, true), q('to', 'workspace-relative path (.yaml, .yml, .json)', { type: 'string' }, true)], responses: { '200': { description: '{path, from, saved}' }, ...errors } } },
    '/api/new': { get: { summary: 'A new package skeleton', parameters: [q('methodology', 'pack id', { type: 'string' }, true)], responses: { '200': { description: '{data, yaml}' }, ...errors } } },
    '/api/import': {
      post: {
        summary: 'Staff list (XLSX or CSV) → one package per row in the workspace',
        parameters: [q('name', 'file name (.xlsx or .csv)', { type: 'string' }, true), q('methodology', 'pack id', { type: 'string' }, true), q('period', 'YYYY, YYYY-Qn or FROM..TO', { type: 'string' }, true), q('dir', 'workspace folder to write into'), q('map', 'JSON object column → field overriding the recognised headers'), q('values', 'JSON object field → one value for every row, for a text field the list has no column for (e.g. {"body": "…"})'), q('sheet', 'the workbook\'s sheet to read, by name or by its number among the visible sheets (by default the first visible sheet that holds a list; a CSV has none)'), q('dry', '1: a preview that writes nothing')],
        requestBody: { required: true, content: { 'application/octet-stream': {} } },
        responses: { '200': { description: '{headerRow, sheet, sheets (those holding a list), above (the texts of the rows above the header), units (rows naming a department), totals (total rows, named, not servants), mapping (fullName made of its parts: their headers joined by « + »), unmatched, written ([{rowNo, path, notes?}]: notes, in kk/ru/en, what was written otherwise than the list spells it — a category code as the act prints it), rejected, codePage (a CSV that is not UTF-8: «windows-1251» or «kz-1048»)}; a preview (dry=1) of a list without a column for a required field: also missing (what is missing, in kk/ru/en) and missingFields ([{field, label, everyRow}]: everyRow — values= may fill it), no row read; a real import of such a list: 400 whose finding has facts {code: "missing-column", fields, unmatched}' }, ...errors },
      },
    },
    '/api/audit': {
      post: {
        summary: 'Audit a workspace folder or dropped files',
        parameters: [q('format', 'json, html or xlsx', { enum: ['json', 'html', 'xlsx'] }), q('lang', 'kk, ru or en: the words of html and xlsx, and the alphabet the bodies, units and servants of json\'s audit are sorted in'), q('today', 'YYYY-MM-DD')],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { dir: { type: 'string' }, files: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, text: { type: 'string' } } } } } } } } },
        responses: { '200': { description: 'Totals (as `check --format json`), per body, unit and rule, each servant\'s findings' }, ...errors },
      },
    },
  },
} as const;
