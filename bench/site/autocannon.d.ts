// autocannon ships no types; the bench parses its result with zod (throughput.ts), so only the call is typed.
declare module 'autocannon' {
  interface AutocannonOptions {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    headers?: Record<string, string>
  }
  export default function autocannon(options: AutocannonOptions): Promise<unknown>
}
