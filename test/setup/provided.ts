declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a gzipped PGlite data directory that is already migrated. */
    pgliteSnapshot: string;
    /** Connection string of the PostgreSQL server, to its maintenance database. */
    postgresAdminUrl: string;
    /** Name of a migrated template database on that server. */
    postgresTemplate: string;
  }
}

export {};
