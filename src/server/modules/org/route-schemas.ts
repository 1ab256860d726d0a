import { apiError } from '../../../contracts/common';

/** Error answers every org route may give, and the OpenAPI tag of the module. */
export const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
export const tags = ['org'];
