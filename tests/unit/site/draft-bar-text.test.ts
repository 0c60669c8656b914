// The draft bar's sentence: drafts alone, or the releases shown over them.
import { describe, expect, it } from 'vitest'
import { previewDescription } from '#components/preview/DraftModeBar.tsx'

describe('previewDescription', () => {
  it('says drafts when no release is previewed', () => {
    expect(previewDescription([])).toBe('you are seeing unpublished drafts.')
  })

  it('names one release, or several, over the drafts', () => {
    expect(previewDescription(['Cannes embargo'])).toBe(
      'you are seeing release “Cannes embargo”, over unpublished drafts.',
    )
    expect(previewDescription(['Cannes embargo', 'Venice'])).toBe(
      'you are seeing releases “Cannes embargo”, “Venice”, over unpublished drafts.',
    )
  })
})
