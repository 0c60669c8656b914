// Reading ?page= for paginated listings: page 1 by default; anything that is not a page number is a 404.
export function parsePageParam(value: string | string[] | undefined): number | undefined {
  if (value === undefined) return 1
  if (Array.isArray(value) || !/^[1-9]\d{0,4}$/.test(value)) return undefined
  return Number(value)
}

export function pageCountFor(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}
