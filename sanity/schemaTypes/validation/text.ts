// Length limits an editor sees while typing. Each helper returns true or the message to show.

export const HEADLINE_MAX = 100
export const SEO_TITLE_MAX = 70
export const SEO_DESCRIPTION_MAX = 160

/** A validator for an optional string that must not be longer than `limit` characters. */
export function maxLength(limit: number, what: string) {
  return (value: unknown): true | string => {
    if (value === undefined || value === null) return true
    if (typeof value !== 'string') return `${what} must be text`
    const length = [...value].length
    return length <= limit ? true : `${what} is ${length} characters; keep it to ${limit} or fewer`
  }
}

export const validateHeadline = maxLength(HEADLINE_MAX, 'Headline')
export const validateSeoTitle = maxLength(SEO_TITLE_MAX, 'SEO title')
export const validateSeoDescription = maxLength(SEO_DESCRIPTION_MAX, 'SEO description')
