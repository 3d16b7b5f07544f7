// Types of ingest-flags.mjs (plain JavaScript: bin/ runs before tsx is registered).
export declare const INGEST_V8_FLAGS: readonly string[];
export declare const INGEST_MALLOC_TUNABLES: readonly string[];
export declare function mallocTunables(current?: string): string;
export declare function wantsIngestFlags(): boolean;
export declare function relaunchWithIngestFlags(script: string, args: readonly string[]): Promise<number>;
