// grpc-gateway style errors: an HTTP status plus an rpcStatus body `{code, message, details: []}`.

export interface RpcStatus {
  code: number;
  message: string;
  details: never[];
}

export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): RpcStatus {
    return { code: this.grpcCode, message: this.message, details: [] };
  }
}

// gRPC codes and the HTTP statuses grpc-gateway maps them to.
export const badRequest = (message: string): ApiError => new ApiError(400, 3, message); // InvalidArgument
export const failedPrecondition = (message: string): ApiError => new ApiError(400, 9, message); // FailedPrecondition
export const notFound = (message: string): ApiError => new ApiError(404, 5, message); // NotFound

export const MISSING_CREDENTIALS = new ApiError(401, 16, 'Client-Id and Api-Key headers are required');
export const INVALID_API_KEY = new ApiError(404, 5, 'Invalid Api-Key, please check the key and try again');
export const PREMIUM_REQUIRED = new ApiError(403, 7, 'method is allowed starting from the premium plus subscription');
export const RATE_LIMITED = new ApiError(429, 8, 'You have reached request rate limit per second');
export const INTERNAL_ERROR = new ApiError(500, 13, 'Internal error');
export const METHOD_NOT_FOUND = new ApiError(404, 5, 'Not Found');
export const METHOD_NOT_ALLOWED = new ApiError(405, 12, 'Method Not Allowed');
