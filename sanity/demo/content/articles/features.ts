// Features: careers and moments that connect the films in the magazine.
import { sinnersLook, twentyEightYearsLaterLook } from '../films/2025.ts'
import { duneLook } from '../films/dune.ts'
import { barbieLook } from '../films/summer-2023.ts'
import { coverOf, stillOf } from '../looks.ts'
import type { Article } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, refs } from '../refs.ts'
import { article } from './story.ts'

export const rebeccaFergusonFeature: Article = article({
  kind: 'feature',
  slug: 'rebecca-ferguson-two-franchises',
  headline: 'Rebecca Ferguson, the quiet centre of two blockbuster franchises',
  standfirst:
    'In Mission: Impossible she was the spy who matched Ethan Hunt move for move; in Dune she is the mother who sets a messiah in motion. Our features editor on an actor who makes stillness look like action.',
  films: refs('film', ['dune', 'dune-part-two', 'mission-impossible-dead-reckoning-part-one']),
  people: refs('person', ['rebecca-ferguson', 'tom-cruise', 'timothee-chalamet', 'denis-villeneuve']),
  authors: refs('author', ['priya-lal']),
  publishedAt: at('2024-03-08', '10:00'),
  updatedAt: at('2024-03-09', '09:00'),
  heroImage: coverOf(
    'Two franchises',
    duneLook,
    'The words Two franchises in capitals over an illustrated desert at dusk',
  ),
  body: [
    p(
      'Most actors who land a role in a long-running franchise spend years trying to be noticed in it. Rebecca Ferguson has managed it twice, in two very different series, and both times by doing less than anyone around her.',
    ),
    h2('The spy'),
    p(
      'When Ferguson first appeared as Ilsa Faust in Mission: Impossible – Rogue Nation in 2015, she was introduced as a possible double agent and quickly became the only character in the series who seemed Ethan Hunt’s equal. Her fights were precise, her loyalties opaque, and she never once looked impressed by Tom Cruise, which may be the single most refreshing thing the series has done.',
    ),
    p(
      'She returned for Fallout and Dead Reckoning Part One, and part of what made those films work was the sense that Ilsa had her own story running in parallel, one we only saw in glimpses.',
    ),
    pullQuote(
      'She never once looked impressed by Tom Cruise, the most refreshing thing the series has done.',
    ),
    h2('The mother'),
    p(
      'In Denis Villeneuve’s Dune, Ferguson plays Lady Jessica, a member of the secretive Bene Gesserit and mother to Paul Atreides. In the first film she is all barely contained fear, a woman who has trained her son for a danger she cannot name. In Part Two the fear hardens into purpose, and she becomes the film’s most unsettling figure: a believer who knows exactly how belief can be engineered.',
    ),
    p(
      'The two roles share a quality that is hard to describe and easy to see. Ferguson is an actor of the held look, the half-second pause before a decision. Big films tend to reward volume; she is proof that an audience will lean in if you give it a reason to.',
    ),
  ],
  tags: refs('tag', ['franchise', 'sci-fi', 'spy', 'denis-villeneuve', 'tom-cruise']),
  relatedPins: refs('review', ['dune-part-two', 'mission-impossible-dead-reckoning-part-one']),
})

export const barbenheimerFeature: Article = article({
  kind: 'feature',
  slug: 'barbenheimer-two-years-on',
  headline: 'Barbenheimer, two years on: what the double bill taught the film business',
  standfirst:
    'On 21 July 2023, a pink comedy about a doll and a three-hour drama about the atomic bomb opened on the same day. The internet made it an event. Here is what lasted.',
  films: refs('film', ['barbie', 'oppenheimer']),
  people: refs('person', ['greta-gerwig', 'christopher-nolan', 'margot-robbie', 'cillian-murphy']),
  authors: refs('author', ['priya-lal', 'sam-whitcombe']),
  publishedAt: at('2025-07-21', '09:00'),
  heroImage: stillOf(barbieLook, 0, 'A pink sea glittering under a low sun, two small figures on the shore'),
  body: [
    p(
      'Studios usually avoid opening big films on the same weekend. Warner Bros.’ Barbie and Universal’s Oppenheimer did it anyway, and what began as a scheduling standoff turned into the most talked-about cinema weekend in years, as audiences decided to see both, often on the same day, and dressed for the occasion.',
    ),
    h2('Two hits, not one'),
    p(
      'The most important lesson was the simplest: the films did not cannibalise each other. Barbie became the biggest film of 2023 worldwide, taking more than a billion dollars, and Oppenheimer came remarkably close to the same mark for an R-rated historical drama running three hours. Each seemed to make the other feel more essential.',
    ),
    pullQuote('The films did not cannibalise each other. Each made the other feel more essential.'),
    p(
      'The awards season told a different story. Oppenheimer swept the Oscars, with seven wins including best picture, best director for Christopher Nolan and best actor for Cillian Murphy. Barbie won one, for best original song, and the omission of Greta Gerwig and Margot Robbie from the director and actress categories became its own debate.',
    ),
    h2('What changed'),
    p(
      'It is tempting to say Barbenheimer proved audiences want originality, and there is some truth in it: neither film was a sequel, and both were unmistakably the work of their directors. But the more durable lesson may be about event-making. The double bill worked because it gave people a reason to go out together and a joke to be in on.',
    ),
    p(
      'Two years later, studios still talk about recreating it. The irony is that the moment cannot be manufactured; it happened because two very different filmmakers made exactly the films they wanted to, and the calendar did the rest.',
    ),
  ],
  tags: refs('tag', ['box-office', 'summer-2023', 'christopher-nolan', 'greta-gerwig', 'awards-season']),
  relatedPins: refs('review', ['oppenheimer', 'barbie']),
})

export const jackOConnellFeature: Article = article({
  kind: 'feature',
  slug: 'jack-oconnell-year-of-monsters',
  headline: 'Jack O’Connell’s year of monsters',
  standfirst:
    'A vampire in the Mississippi Delta, a tracksuited cult leader in quarantined Britain: how an actor best known for raw realism became 2025’s most memorable villain twice over. Contains mild spoilers for 28 Years Later.',
  films: refs('film', ['sinners', '28-years-later']),
  people: refs('person', ['jack-oconnell', 'ryan-coogler', 'danny-boyle']),
  authors: refs('author', ['tom-ellery']),
  publishedAt: at('2025-07-02', '10:00'),
  heroImage: stillOf(sinnersLook, 1, 'A dark forest under a low golden moon'),
  spoilers: true,
  body: [
    p(
      'For most of his career, Jack O’Connell has been cast for his intensity. From Skins to Starred Up, he played young men whose anger was right under the skin. In 2025 he found a new use for it: two very different monsters in two of the year’s most talked-about horror films.',
    ),
    h2('Remmick'),
    p(
      'In Ryan Coogler’s Sinners, O’Connell plays Remmick, an Irish vampire drawn to a juke joint by the music. It would be easy to play him as a snarling beast; instead O’Connell makes him courtly, lonely and almost sympathetic, a man who offers belonging as bait. His folk-song sequence is one of the eeriest scenes of the year.',
    ),
    stillOf(
      twentyEightYearsLaterLook,
      0,
      'Figures at the edge of a dark pine forest under a sickly green sky',
      {
        caption: '28 Years Later saves its strangest character for its final minutes (Marquee illustration)',
      },
    ),
    h2('Jimmy Crystal'),
    p(
      'In Danny Boyle’s 28 Years Later, he arrives only at the very end, as the leader of a gang of young men in tracksuits, and the tone of the film shifts with him. It is a brief, bizarre appearance, clearly a set-up for the sequel, and he commits to its strangeness completely.',
    ),
    pullQuote('He makes his monsters courtly and lonely, offering belonging as bait.'),
    p(
      'What connects the two performances is a kind of charisma that curdles. O’Connell’s villains want to be liked, and the horror comes from how close they come to succeeding. After years of being cast as the wounded one, it is a pleasure to see him enjoying the dark side.',
    ),
  ],
  tags: refs('tag', ['horror', 'vampires', 'ryan-coogler', 'danny-boyle']),
  relatedPins: refs('review', ['sinners', '28-years-later']),
})
