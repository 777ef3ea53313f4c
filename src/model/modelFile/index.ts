export { decodeModel } from './decodeModel';
export { encodeModel } from './encodeModel';
export { FORMAT_VERSION } from './fileFormat';
export { findModelProblem } from './findModelProblem';
export { isGzip } from './isGzip';
export { ModelFileError, type ModelFileErrorCode } from './ModelFileError';
