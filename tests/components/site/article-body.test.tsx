import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ArticleBody } from '#components/article/ArticleBody.tsx'
import { type Body, bodySchema } from '#lib/queries/body.ts'
import { figure } from './fixtures.ts'

afterEach(cleanup)

function paragraph(key: string, text: string, href?: string): unknown {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: href ? [{ _type: 'link', _key: `${key}-link`, href }] : [],
    children: [
      { _type: 'span', _key: `${key}-a`, text: 'Read ', marks: [] },
      { _type: 'span', _key: `${key}-b`, text, marks: href ? [`${key}-link`] : [] },
    ],
  }
}

/** Bodies go through the same schema as query results, so the test data has the real shape. */
function body(...blocks: unknown[]): Body {
  return bodySchema.parse(blocks)
}

describe('ArticleBody', () => {
  it('renders headings, quotes and lists', () => {
    render(
      <ArticleBody
        body={body(
          {
            _type: 'block',
            _key: 'h',
            style: 'h2',
            markDefs: [],
            children: [{ _type: 'span', _key: 's', text: 'Fighting dirty', marks: [] }],
          },
          {
            _type: 'block',
            _key: 'q',
            style: 'blockquote',
            markDefs: [],
            children: [{ _type: 'span', _key: 's', text: 'A quote', marks: [] }],
          },
          {
            _type: 'block',
            _key: 'l1',
            listItem: 'bullet',
            level: 1,
            markDefs: [],
            children: [{ _type: 'span', _key: 's', text: 'First', marks: [] }],
          },
          {
            _type: 'block',
            _key: 'l2',
            listItem: 'bullet',
            level: 1,
            markDefs: [],
            children: [{ _type: 'span', _key: 's', text: 'Second', marks: [] }],
          },
        )}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Fighting dirty' })).toBeTruthy()
    expect(screen.getByText('A quote').closest('blockquote')).toBeTruthy()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['First', 'Second'])
  })

  it('links http, https, mailto and tel, and renders anything else as plain text', () => {
    render(
      <ArticleBody
        body={body(
          paragraph('a', 'the review', 'https://example.com/review'),
          paragraph('b', 'write to us', 'mailto:letters@example.com'),
          paragraph('c', 'call us', 'tel:+442000000000'),
          paragraph('d', 'this trap', 'javascript:alert(1)'),
          paragraph('e', 'that trap', 'data:text/html,<script>alert(1)</script>'),
          paragraph('f', 'sneaky trap', ' JAVASCRIPT:alert(1)'),
        )}
      />,
    )
    expect(screen.getByRole('link', { name: 'the review' }).getAttribute('href')).toBe(
      'https://example.com/review',
    )
    expect(screen.getByRole('link', { name: 'the review' }).getAttribute('rel')).toBe('noopener noreferrer')
    expect(screen.getByRole('link', { name: 'write to us' }).getAttribute('href')).toBe(
      'mailto:letters@example.com',
    )
    expect(screen.getByRole('link', { name: 'call us' }).getAttribute('href')).toBe('tel:+442000000000')
    for (const text of ['this trap', 'that trap', 'sneaky trap']) {
      const paragraph = screen.getByText(`Read ${text}`)
      expect(paragraph.tagName).toBe('P')
      expect(paragraph.querySelector('a')).toBeNull()
    }
    expect(screen.getAllByRole('link')).toHaveLength(3)
  })

  it('renders inline images with alt text, caption and credit', () => {
    render(<ArticleBody body={body({ _type: 'image', _key: 'img', ...figure() })} />)
    const image = screen.getByRole('img', { name: 'Eve on a stage under three spotlights' })
    expect(image.getAttribute('loading')).toBe('lazy')
    expect(screen.getByText('Ana de Armas as Eve Macarro').closest('figcaption')).toBeTruthy()
    expect(screen.getByText('Credit: Lionsgate')).toBeTruthy()
  })

  it('renders pull quotes with their attribution', () => {
    render(
      <ArticleBody
        body={body({ _type: 'pullQuote', _key: 'p', text: 'She redirects it.', attribution: 'Tom Ellery' })}
      />,
    )
    expect(screen.getByText('She redirects it.').closest('blockquote')).toBeTruthy()
    expect(screen.getByText('Tom Ellery').tagName).toBe('FIGCAPTION')
  })

  it('shows a video as a button and loads no player until it is clicked', async () => {
    const { container } = render(
      <ArticleBody
        body={body({
          _type: 'videoEmbed',
          _key: 'v',
          url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          caption: 'The trailer',
        })}
      />,
    )
    expect(container.querySelector('iframe')).toBeNull()
    // No thumbnail either: nothing in the facade points at a third party except the plain link.
    expect(container.querySelector('img')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: /Play video: The trailer/ }))
    const iframe = container.querySelector('iframe')
    expect(iframe?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1')
    expect(iframe?.getAttribute('title')).toBe('The trailer')
  })

  it('renders Vimeo videos behind the same facade and ignores other hosts', () => {
    const { container } = render(
      <ArticleBody
        body={body(
          { _type: 'videoEmbed', _key: 'v', url: 'https://vimeo.com/76979871' },
          { _type: 'videoEmbed', _key: 'w', url: 'https://evil.example.com/watch?v=abc' },
        )}
      />,
    )
    expect(screen.getAllByRole('button')).toHaveLength(1)
    expect(screen.getByRole('link', { name: /Watch on Vimeo/ })).toBeTruthy()
    expect(container.querySelector('iframe')).toBeNull()
  })

  it('renders a release line and skips block types it does not know', () => {
    const { container } = render(
      <ArticleBody
        body={body(
          {
            _type: 'releaseInfo',
            _key: 'r',
            title: 'Ballerina',
            medium: 'cinema',
            territory: 'UK',
            date: '2025-06-06',
          },
          { _type: 'mysteryBlock', _key: 'm', anything: true },
        )}
      />,
    )
    expect(screen.getByText('Ballerina is out in UK cinemas on 6 June.')).toBeTruthy()
    expect(container.textContent).toBe('Ballerina is out in UK cinemas on 6 June.')
  })
})
