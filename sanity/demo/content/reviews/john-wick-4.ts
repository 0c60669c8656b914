// Review: John Wick: Chapter 4.
import { johnWick4Look } from '../films/john-wick.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const johnWick4Review: Review = {
  _id: id('review', 'john-wick-chapter-4'),
  _type: 'review',
  headline: 'Film review | John Wick: Chapter 4 takes the stairway to heaven, the long way round',
  slug: slug('john-wick-chapter-4'),
  standfirst:
    'Keanu Reeves runs, falls and keeps getting up for almost three hours in the most extravagant chapter yet, a film that treats excess as a form of devotion.',
  film: ref('film', 'john-wick-chapter-4'),
  rating: 4,
  verdict: 'Overlong, over the top and frequently magnificent: action cinema as endurance art.',
  authors: refs('author', ['tom-ellery']),
  publishedAt: at('2023-03-22', '08:00'),
  heroImage: stillOf(johnWick4Look, 0, 'Two silhouettes at the foot of a night skyline lit in electric blue'),
  body: [
    p(
      "The fourth John Wick film runs 169 minutes, and at some point in its final hour you stop checking your watch and start checking your own pulse. Chad Stahelski's film is not so much a sequel as an argument that action cinema can be monumental, that a fight scene can be held, varied and built upon like a piece of music until it becomes something closer to a ritual.",
    ),
    p(
      'The plot is a pretext, cheerfully admitted as one. John is still excommunicated, the High Table has appointed a foppish enforcer in Bill Skarsgård’s Marquis, and the only way out is a formal duel that requires the right sponsor, the right paperwork and the right number of dead men in between. The mythology grows ever more baroque, and the film is wise enough to let Ian McShane and Laurence Fishburne deliver it as if it were scripture.',
    ),
    h2('Osaka, Berlin, Paris'),
    p(
      'Each city gets its own palette and its own idea. A hotel in Osaka becomes a glass-walled maze lit like an aquarium; Berlin is all thumping bass and a nightclub full of water; Paris is saved for the climax, which includes a fight in the traffic around the Arc de Triomphe and a sequence shot from directly above a derelict building that plays like a video game someone has turned into a painting. It is the kind of invention that makes most blockbusters look as if they were assembled from spare parts.',
    ),
    pullQuote('Action cinema as endurance art, with Keanu Reeves as its most devoted performer.'),
    p(
      'Donnie Yen is the film’s secret weapon. His Caine, a blind assassin forced to hunt an old friend, gets the best jokes and the most graceful fights, and Yen makes his ambivalence the emotional spine of the story. Hiroyuki Sanada and Rina Sawayama, in her first film role, lend the Osaka chapter a gravity that the later stretches sometimes lack.',
    ),
    p(
      'Reeves himself speaks perhaps a few hundred words. He does not need more. His Wick is now pure momentum, a body that keeps getting up, and there is something moving about the film’s insistence on his exhaustion. When he finally reaches the steps up to Sacré-Cœur, the staircase becomes a punchline, a test and a pilgrimage all at once.',
    ),
    h2('The case against'),
    p(
      "The length is a choice, and not every minute justifies it. A detour in Berlin could lose a third of its running time without anyone noticing, and the series' fondness for exposition delivered in solemn tableaux is starting to feel like padding. Those who found the third film exhausting will not be converted.",
    ),
    p(
      'But as a summation of what this series has been doing since 2014, and of how much pleasure there is in seeing stunt performers given room to work, it is hard to beat. Look for it on the biggest screen you can find, and check the [BBFC](https://www.bbfc.co.uk) guidance before bringing anyone squeamish: the 15 certificate is earned many times over.',
    ),
  ],
  tags: refs('tag', ['action', 'franchise', 'stunts', 'keanu-reeves', 'blockbuster']),
  section: ref('section', 'reviews'),
}
