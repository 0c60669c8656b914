// Every image a reader can see needs alternative text (screen readers, broken images, share cards).

export function validateAltText(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') {
    return 'Alternative text is required: describe the image for readers who cannot see it'
  }
  return true
}

/** For a whole image value: an image with an asset must carry alt text. */
export function validateFigure(value: unknown): true | string {
  if (typeof value !== 'object' || value === null || !('asset' in value) || !value.asset) return true
  return validateAltText('alt' in value ? value.alt : undefined)
}
