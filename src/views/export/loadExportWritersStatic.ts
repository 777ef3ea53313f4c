import * as writers from './exportWriters';

/** Export's file writers, bundled in (the embed script's build uses this for loadExportWriters). */
export const loadExportWriters = () => Promise.resolve(writers);
