/** The OpenAPI 3.1 description served at /openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'crosscheck', version: '0.1.0', description: 'Reports in, a sourced story record out.' },
  paths: {
    '/api/reports': {
      post: {
        summary: 'Upload reports; they are stored once each and the stories are re-reconciled',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Upload' }, { type: 'array', items: { $ref: '#/components/schemas/Upload' }, maxItems: 100 }] } } },
        },
        description: 'Only an exact application/json body is taken; a request from another site (Origin, Sec-Fetch-Site) is refused with 403, and one addressed to a host this server does not answer to with 421.',
        responses: { '201': { description: 'Stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestResult' } } } }, '400': { $ref: '#/components/responses/Error' }, '403': { $ref: '#/components/responses/Error' }, '413': { $ref: '#/components/responses/Error' }, '415': { $ref: '#/components/responses/Error' }, '421': { $ref: '#/components/responses/Error' }, '422': { $ref: '#/components/responses/Error' } },
      },
    },
    '/api/reports/{id}': {
      get: { summary: 'A report with its annotations (CONTRACT §1 line)', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{16}$' } }],
        responses: { '200': { description: 'The report' }, '404': { $ref: '#/components/responses/Error' } } },
    },
    '/api/stories': { get: { summary: 'Stored stories', responses: { '200': { description: 'A list of stories' } } } },
    '/api/stories/{id}': {
      get: { summary: 'A story record (CONTRACT §2)', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The record' }, '404': { $ref: '#/components/responses/Error' } } },
    },
    '/api/status': {
      get: { summary: 'Work no story shows yet: reports not annotated yet, and reports that could not be annotated, each with why',
        responses: { '200': { description: 'Counts and failures', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } } } },
    },
    '/api/search': {
      get: { summary: 'Reports whose text or title contains q', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 2, maxLength: 200 } }],
        responses: { '200': { description: 'Matching reports' }, '400': { $ref: '#/components/responses/Error' } } },
    },
    '/stories/{id}/facts.csv': {
      get: { summary: "A story's fact sheet as CSV, one row per value", parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The fact sheet', content: { 'text/csv': {} } }, '404': { $ref: '#/components/responses/Error' } } },
    },
    '/stories/{id}/facts.json': {
      get: { summary: "A story's fact sheet as JSON: its reports and every fact with its values", parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The fact sheet', content: { 'application/json': {} } }, '404': { $ref: '#/components/responses/Error' } } },
    },
    '/stories/{id}/claims.jsonld': {
      get: { summary: "A story's facts as schema.org ClaimReview JSON-LD, without a verdict", parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The claims', content: { 'application/ld+json': {} } }, '404': { $ref: '#/components/responses/Error' } } },
    },
  },
  components: {
    schemas: {
      Upload: {
        type: 'object', additionalProperties: false, required: ['name'],
        properties: { name: { type: 'string', maxLength: 200, description: 'File name; its extension picks the format (.txt, .html, .xml, .jsonl)' },
          text: { type: 'string' }, html: { type: 'string' } },
      },
      IngestResult: { type: 'object', properties: { inserted: { type: 'array', items: { type: 'string' } }, existing: { type: 'array', items: { type: 'string' } }, story: { type: 'string', nullable: true, description: 'the story the first uploaded report belongs to' }, failed: { type: 'array', items: { type: 'string' }, description: 'ids of stored reports that could not be annotated (too long or too slow)' }, errors: { type: 'array', items: { type: 'string' } } } },
      Status: { type: 'object', properties: { reports: { type: 'integer' }, unannotated: { type: 'integer' }, failed: { type: 'integer' },
        failures: { type: 'array', items: { type: 'object', properties: { reportId: { type: 'string' }, source: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' }, failedAt: { type: 'string' } } } } } },
      Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
    },
    responses: { Error: { description: 'What was wrong', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
  },
} as const;
