import type { z } from 'zod';
import * as R from '../../review/schemas.js';

// The QA workflows' part of GET /v1/openapi.json, from the schemas that
// validate them; openapi.ts lends its helpers.

interface Helpers {
  json: (s: z.ZodType, description: string) => unknown;
  error: (description: string) => unknown;
  queryParams: (s: z.ZodObject) => unknown[];
  pathParam: (name: string) => unknown;
  read: unknown[];
}

export function reviewPaths({ json, error, queryParams, pathParam, read }: Helpers) {
  const unauthorized = error('missing or wrong token');
  const jsonBody = (id: 'ReviewBody' | 'AssignmentBody') => ({ required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } } });
  const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
  return {
    '/v1/samples': {
      get: {
        summary: 'A reproducible audit sample (same seed and filters → same replies)',
        security: read,
        parameters: queryParams(R.SampleQuerySchema),
        responses: { 200: json(R.SampleSchema, 'the sample, with its seed'), 400: error('bad query'), 401: unauthorized },
      },
    },
    '/v1/results/{id}/reviews': {
      get: {
        summary: 'The automatic verdicts and every human review of a result, side by side',
        security: read,
        parameters: [pathParam('id')],
        responses: { 200: json(R.ReviewsSchema, 'machine and human verdicts'), 401: unauthorized, 404: error('no scored result with this id') },
      },
      post: {
        summary: "Record a reviewer's verdicts (a second review by the same reviewer replaces the first)",
        security: read,
        parameters: [pathParam('id')],
        requestBody: jsonBody('ReviewBody'),
        responses: {
          201: json(R.ReviewsSchema, 'stored; the result with every review'),
          400: error('bad review, or a criterion the result does not have'),
          401: unauthorized,
          404: error('no result with this id'),
          409: error('the message was not scored'),
          415: error('not application/json'),
        },
      },
    },
    '/v1/assignments': {
      get: { summary: 'Review assignments, newest first', security: read, parameters: queryParams(R.AssignmentsQuerySchema), responses: { 200: { description: '{"assignments": [Assignment]}' }, 401: unauthorized } },
      post: {
        summary: 'Save a sample (or a list of ids) as a named review assignment for a reviewer',
        security: read,
        requestBody: jsonBody('AssignmentBody'),
        responses: { 201: json(R.AssignmentSchema, 'the assignment with its progress'), 400: error('bad body'), 401: unauthorized, 422: error('the sample is empty') },
      },
    },
    '/v1/assignments/{id}': {
      get: { summary: 'One assignment and its progress', security: read, parameters: [pathParam('id')], responses: { 200: json(R.AssignmentSchema, 'the assignment'), 401: unauthorized, 404: error('unknown or expired') } },
    },
    '/v1/calibration': {
      get: {
        summary: "Machine vs reviewers and reviewer vs reviewer, per criterion: agreement, Cohen's kappa, confusion matrix; the most disputed replies",
        security: read,
        parameters: queryParams(R.CalibrationQuerySchema),
        responses: { 200: json(R.CalibrationSchema, 'the calibration report'), 400: error('bad query'), 401: unauthorized },
      },
    },
    '/v1/export/results.csv': {
      get: { summary: 'Results as CSV (RFC 4180, UTF-8), one row each, with human verdicts', security: read, parameters: queryParams(R.ExportQuerySchema), responses: { 200: csv('streamed CSV'), 400: error('bad query'), 401: unauthorized } },
    },
    '/v1/export/agents.csv': {
      get: { summary: 'Per-agent aggregates as CSV', security: read, parameters: queryParams(R.ExportQuerySchema.pick({ from: true, to: true, agent: true, team: true, bom: true })), responses: { 200: csv('CSV'), 400: error('bad query'), 401: unauthorized } },
    },
    '/dashboard/': { get: { summary: 'The dashboard (static files; its data comes from the API with the read token)', responses: { 200: { description: 'HTML' } } } },
  };
}
