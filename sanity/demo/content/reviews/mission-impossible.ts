// Reviews: Mission: Impossible – Dead Reckoning Part One and The Final Reckoning.
import { deadReckoningLook, finalReckoningLook } from '../films/mission-impossible.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const deadReckoningReview: Review = {
  _id: id('review', 'mission-impossible-dead-reckoning-part-one'),
  _type: 'review',
  headline: 'Film review | Dead Reckoning goes off the rails in the best possible way',
  slug: slug('mission-impossible-dead-reckoning-part-one'),
  standfirst:
    'Tom Cruise takes on an all-seeing artificial intelligence with a motorbike, a small yellow car and a very long train. The seventh mission is old-fashioned fun with a timely villain.',
  film: ref('film', 'mission-impossible-dead-reckoning-part-one'),
  rating: 4,
  verdict: 'A glorious stunt reel with a smart, if talky, villain: half a story told with full commitment.',
  authors: refs('author', ['tom-ellery']),
  publishedAt: at('2023-07-07', '08:00'),
  heroImage: stillOf(deadReckoningLook, 0, 'A road running to a red horizon at dusk, two figures beside it'),
  body: [
    p(
      'The villain of the seventh Mission: Impossible is an artificial intelligence that can rewrite any record, impersonate any voice and predict any move. Its opponent is a man who insists on doing everything for real. That is the series’ whole argument in one premise, and Christopher McQuarrie’s film makes it with enormous gusto.',
    ),
    p(
      'The plot concerns a two-part key, a lot of people who want it and a great deal of explanation about why. Scenes of agency chiefs in dark rooms describing the Entity are the film’s weakest stretches, delivered with a solemnity that sits oddly beside the slapstick elsewhere. But McQuarrie knows this, and keeps the talk short between set pieces.',
    ),
    h2('A car chase with handcuffs'),
    p(
      'And what set pieces. A chase through Rome has Ethan handcuffed to Hayley Atwell’s thief, Grace, squeezed into a tiny yellow car, and plays like a screwball comedy at sixty miles an hour. Atwell is a terrific addition, wary and quick, with none of the reverence other characters show Ethan.',
    ),
    stillOf(deadReckoningLook, 1, 'A low amber sun over a dark sea streaked with light', {
      caption: 'The film travels from the desert to Venice and the Alps (Marquee illustration)',
    }),
    p(
      'The climax is the one the marketing spent a year on: Cruise riding a motorbike off a Norwegian cliff and parachuting onto a train. Knowing it is real does not spoil it; it makes it. What follows, with carriages tipping one by one over a ruined bridge, is a masterclass in escalating a single situation rather than cutting to a new one.',
    ),
    pullQuote('A villain that can fake anything, against a star who insists on doing everything for real.'),
    p(
      'Rebecca Ferguson’s Ilsa and Vanessa Kirby’s White Widow get less to do than they deserve, and Esai Morales’s Gabriel is more a presence than a character. The Part One in the title also means the film stops rather than ends.',
    ),
    p(
      'The opening, aboard a submarine under Arctic ice, sets the tone: a sequence without Ethan in it at all, in which the enemy is an idea rather than a person. McQuarrie keeps returning to that unease, cutting from screens to faces as if the real question is who is still in control of their own story.',
    ),
    p(
      'It helps that the film has a sense of humour about its hero. Ethan keeps being outpaced by a villain that has read his file, and Cruise plays the frustration with a comic exasperation we have not seen from him in years. Simon Pegg and Ving Rhames, the series’ longest-serving double act, get the jokes and the dread in equal measure.',
    ),
    p(
      'Still, at 163 minutes it moves faster than films an hour shorter, and it is hard to think of another franchise this deep into its run that feels so alive. Paramount’s [official site](https://www.paramount.com) will sell you the stunts; the film sells you on the people doing them.',
    ),
  ],
  tags: refs('tag', ['action', 'spy', 'franchise', 'stunts', 'tom-cruise', 'blockbuster', 'summer-2023']),
  section: ref('section', 'reviews'),
  relatedPins: refs('review', ['mission-impossible-the-final-reckoning']),
}

export const finalReckoningReview: Review = {
  _id: id('review', 'mission-impossible-the-final-reckoning'),
  _type: 'review',
  headline: 'Film review | The Final Reckoning sinks before it soars',
  slug: slug('mission-impossible-the-final-reckoning'),
  standfirst:
    'The eighth Mission: Impossible has two of the series’ greatest stunts and an hour of exposition in between. Tom Cruise deserves a better send-off, if that is what this is.',
  film: ref('film', 'mission-impossible-the-final-reckoning'),
  rating: 2.5,
  verdict: 'Breathtaking at the bottom of the sea and in the sky, becalmed everywhere else.',
  authors: refs('author', ['tom-ellery', 'harriet-okafor']),
  publishedAt: at('2025-05-19', '09:00'),
  heroImage: stillOf(
    finalReckoningLook,
    0,
    'A pale sun low over a cold blue sea, a dark headland in the foreground',
  ),
  body: [
    p(
      'Every Mission: Impossible film has had to explain itself a little. The Final Reckoning explains itself almost constantly. For most of its first hour, characters stand in rooms telling each other what the Entity is, what it wants, what Ethan has done and what he must now do, often illustrated with flashbacks to films we have seen, sometimes to scenes from ten minutes earlier.',
    ),
    p(
      'It is a strange choice for a series that has always trusted action to carry story. Dead Reckoning had its longueurs but moved like a thriller. This one moves like a briefing, and the weight of tying up three decades of continuity, with Henry Czerny’s Kittridge and other returning faces, presses on every scene.',
    ),
    h2('Under the ice'),
    p(
      'Then Ethan goes into the sea, and for twenty minutes the film becomes something extraordinary. The submarine sequence is nearly wordless, a slow, claustrophobic descent into a tilted, flooding wreck where every movement has a consequence. It is the best thing McQuarrie has directed, and a reminder that suspense is about patience as much as speed.',
    ),
    stillOf(finalReckoningLook, 1, 'A dim control room with three tall panels of cold light', {
      caption: 'Too much of the film happens in rooms like this one (Marquee illustration)',
    }),
    p(
      'The finale, with Cruise clinging to the wings of a biplane, is almost as good: the kind of image that makes an audience gasp in unison. Angela Bassett brings authority to a role that largely involves reacting to screens, and Hayley Atwell and Simon Pegg do their best with thin material.',
    ),
    pullQuote('Suspense is about patience as much as speed, and the submarine sequence has both.'),
    h2('A goodbye that keeps saying goodbye'),
    p(
      'The villain suffers most. The Entity was an unnerving idea in Dead Reckoning; here it is mostly a glowing presence on monitors and a source of ominous speeches, and the more the characters describe it, the less frightening it becomes.',
    ),
    p(
      'What undoes the film is its sense of its own importance. Ethan is talked about as a saviour so often that the character disappears under the legend, and the humour that made the series feel light on its feet is mostly gone. At 169 minutes, it is both too long and oddly rushed.',
    ),
    p(
      'There are pleasures in the margins. Pom Klementieff’s Paris, now on Ethan’s side, brings welcome mischief, and a face from the 1996 film returns for a moment that long-time fans will treasure. But these are grace notes in a film that keeps stopping to remind you of its own significance.',
    ),
    p(
      'Watch it for the two great sequences, and on the biggest screen available. But the best film in this series about the value of doing things for real spends a surprising amount of time just telling us about them.',
    ),
  ],
  tags: refs('tag', ['action', 'spy', 'franchise', 'stunts', 'tom-cruise', 'blockbuster']),
  section: ref('section', 'reviews'),
  seo: {
    title: 'The Final Reckoning review: Mission: Impossible sinks, then soars',
    description:
      'Two of the series’ greatest stunts and an hour of exposition between them: our review of Tom Cruise’s eighth Mission: Impossible.',
  },
}
