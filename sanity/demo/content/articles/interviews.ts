// Interviews. The interviewees are fictional characters (see people/crew.ts): we do not invent quotes
// from real people, so the magazine talks to its own invented crew about real films.
import { dune2Look } from '../films/dune.ts'
import { oppenheimerLook } from '../films/summer-2023.ts'
import { coverOf, stillOf } from '../looks.ts'
import type { Article } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, refs } from '../refs.ts'
import { article } from './story.ts'

export const largeFormatInterview: Article = article({
  kind: 'interview',
  slug: 'cinematographer-on-large-format',
  headline: '‘The frame is a window you can fall into’: a cinematographer on the return of giant images',
  standfirst:
    'Oppenheimer, Dune: Part Two and Sinners all sold themselves on the size of their pictures. We asked Teodor Varga, a fictional cinematographer created for this demo magazine, why big formats are back.',
  films: refs('film', ['oppenheimer', 'dune-part-two', 'sinners']),
  people: refs('person', ['teodor-varga', 'christopher-nolan', 'denis-villeneuve', 'ryan-coogler']),
  authors: refs('author', ['harriet-okafor']),
  publishedAt: at('2025-05-02', '09:00'),
  heroImage: coverOf(
    'Think big',
    oppenheimerLook,
    'The words Think big in capitals over an illustrated white fireball on a dark plain',
  ),
  body: [
    p(
      '*Teodor Varga is a fictional cinematographer, invented so this demo magazine can show an interview without putting words in real people’s mouths. He did not work on any of the films discussed.*',
    ),
    p(
      'In the space of two years, three of the most talked-about films in cinemas made the format they were shot in part of the pitch. Oppenheimer was shot on large-format film, including black-and-white IMAX stock; Dune: Part Two was filmed for IMAX screens; Sinners used both IMAX film cameras and Ultra Panavision 70. Audiences travelled to see them on particular screens.',
    ),
    p('**Why does a bigger frame matter, if most people will watch on a television eventually?**'),
    p(
      'Because the first time matters. A huge image changes how you pay attention. Your eyes move around the frame instead of being told where to look, and that makes you an active viewer. Directors who shoot this way are asking the audience to explore.',
    ),
    stillOf(dune2Look, 0, 'Silhouettes on a ridge of red dunes as a sun sets in a burnt-orange sky', {
      caption: 'Landscapes gain the most from the tallest frames (Marquee illustration)',
    }),
    h2('Faces and landscapes'),
    p('**Is it only for deserts and explosions?**'),
    p(
      'The opposite. The format is extraordinary for faces. When a face fills a screen that size, you see thought happening. The best recent large-format films cut between the vast and the intimate, and the intimate is what stays with you.',
    ),
    pullQuote('When a face fills a screen that size, you see thought happening.', 'Teodor Varga (fictional)'),
    p('**What does film, rather than digital, add?**'),
    p(
      'Texture, and a certain humility. You cannot check every take instantly, so you light more carefully and commit. Both can make beautiful images. The important thing is that the choice is made for the story, not for the poster.',
    ),
  ],
  tags: refs('tag', ['imax', 'christopher-nolan', 'denis-villeneuve', 'ryan-coogler']),
})
