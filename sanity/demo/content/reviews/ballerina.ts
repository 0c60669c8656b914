// The Ballerina review: the "typical UK review" shape (punny '|' headline, standfirst ending
// 'Our review:', an inline image credited to the distributor, and a closing release line).
import { ballerinaLook } from '../films/john-wick.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote, releaseInfo } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const ballerinaReview: Review = {
  _id: id('review', 'ballerina'),
  _type: 'review',
  headline: 'Ballerina review | Pointe-blank range',
  slug: slug('ballerina'),
  standfirst:
    'Ana de Armas spins through the John Wick universe in a spin-off that is quicker on its feet than on the page. Our review:',
  film: ref('film', 'ballerina'),
  rating: 3.5,
  verdict: 'Inventive, bruising fights carry a spin-off that is too polite to its own mythology.',
  authors: refs('author', ['tom-ellery']),
  publishedAt: at('2025-06-04', '07:00'),
  updatedAt: at('2025-06-06', '10:15'),
  heroImage: stillOf(
    ballerinaLook,
    0,
    'Stage spotlights falling on a dancer’s silhouette in a dark theatre',
    {
      hotspot: { x: 0.45, y: 0.7, height: 0.4, width: 0.3 },
    },
  ),
  body: [
    p(
      "Ballerina's best idea arrives early and never leaves: Eve Macarro is lighter than almost everyone sent to kill her, so she refuses to fight fair. She trips, bites, throws and grabs whatever the set dresser has left within reach. Where John Wick absorbs punishment like a wall, Eve redirects it, and Ana de Armas plays her with a wiry, faintly startled determination that makes every win feel improvised.",
    ),
    p(
      "Set in the gap between [the third and fourth John Wick films](https://en.wikipedia.org/wiki/John_Wick_%28franchise%29), Len Wiseman's film follows Eve from a childhood loss through the Ruska Roma academy, where Anjelica Huston's Director turns dancers into killers, towards the cult that took her father. Shay Hatten's script is mostly connective tissue, a familiar name here and a gold coin there, and the first hour has the slightly dutiful air of a franchise filling in a form.",
    ),
    h2('Fighting dirty, finally'),
    p(
      'Then the action takes over and the form gets torn up. The set pieces escalate in the way the series has trained us to expect and still enjoy: a brawl in a kitchen too small for it, a long stretch in a snowbound village where nobody seems to be unarmed, and a duel with flamethrowers so gleefully absurd it tips into slapstick. The choreography prefers short, ugly exchanges to pirouettes, a neat reversal for a film with this title.',
    ),
    stillOf(ballerinaLook, 0, 'Stage spotlights falling on a dancer’s silhouette in a dark theatre', {
      caption:
        'Ana de Armas as Eve Macarro in Ballerina (a Marquee illustration standing in for the studio still)',
      credit: 'Credit: Lionsgate',
    }),
    p(
      'De Armas has done a version of this before: her ten minutes in *No Time to Die* felt like a trailer for a film built around her. Here she carries one, and she is as convincing in the hush of the rehearsal room as in the noise. The adults around her are less well served. Gabriel Byrne is given a menacing stillness and little else, and Norman Reedus plays a man with a secret that is explained rather than dramatised.',
    ),
    pullQuote('Where John Wick absorbs punishment like a wall, Eve redirects it.'),
    p(
      "The series' regulars are used sparingly and mostly well. Ian McShane does his usual trick of making three lines sound like a treaty, and it is moving to see the late Lance Reddick behind the Continental's desk one more time. Keanu Reeves's appearance is more than a cameo and less than a co-lead; it jolts the last act awake, and also reminds you whose world this is.",
    ),
    h2('Still stuck in the franchise'),
    p(
      'That is the limit. Ballerina is liveliest when it forgets it is an extension of something else and lets Eve be strange, an assassin who still thinks like a performer, counting beats and hitting marks. Too often it reins her in to serve the lore of markers, councils and tattoos. The middle sags, the cult is a sketch, and the emotional payoff leans on a flashback we have already seen. The marketing sells it as an expansion of the world; the film is best when it is a detour from it.',
    ),
    p(
      'As a night out, though, it delivers what it promises, with more invention in its fights than most action films manage in a whole franchise. If there is a second Ballerina, it should trust its dancer to lead.',
    ),
    releaseInfo({ title: 'Ballerina', medium: 'cinema', territory: 'UK', date: '2025-06-06' }),
  ],
  tags: refs('tag', ['action', 'franchise', 'stunts', 'keanu-reeves', 'thriller']),
  section: ref('section', 'reviews'),
  relatedPins: refs('article', ['john-wick-films-ranked', 'ballerina-stunt-coordinator-interview']),
  seo: {
    title: 'Ballerina review: Ana de Armas fights dirty in the John Wick world',
    description:
      'Our review of Ballerina, the John Wick spin-off with Ana de Armas: inventive, bruising fights, a thin plot, and Keanu Reeves in the last act.',
  },
}
