/** Flags for Debian's Chromium in tests and benchmarks: headless, no sandbox (root), no network chatter, no browser download. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
