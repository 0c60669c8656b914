// Reviews: Dune (a second look before Part Two) and Dune: Part Two.
import { dune2Look, duneLook } from '../films/dune.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const dunePartTwoReview: Review = {
  _id: id('review', 'dune-part-two'),
  _type: 'review',
  headline: 'Film review | Dune: Part Two is worth its weight in spice',
  slug: slug('dune-part-two'),
  standfirst:
    'Denis Villeneuve finishes what he started with a second half that is bigger, stranger and, crucially, braver about the darkness at the heart of its hero.',
  film: ref('film', 'dune-part-two'),
  rating: 5,
  verdict: 'A blockbuster with the nerve to make its chosen one the thing to fear.',
  authors: refs('author', ['harriet-okafor']),
  publishedAt: at('2024-02-27', '09:00'),
  updatedAt: at('2024-03-01', '12:00'),
  heroImage: stillOf(
    dune2Look,
    0,
    'Silhouettes on a ridge of red dunes as a sun sets in a burnt-orange sky',
    {
      hotspot: { x: 0.5, y: 0.62, height: 0.5, width: 0.5 },
    },
  ),
  body: [
    p(
      "The first Dune ended just as it seemed to be getting going, which was the price of splitting Frank Herbert's novel in two. The second half collects the debt with interest. Where Part One was a film of arrivals and betrayals, grand but a little glacial, Part Two is a film of becoming, and what Paul Atreides becomes is frightening.",
    ),
    p(
      'We pick up with Paul and his mother sheltering among the Fremen. Timothée Chalamet, who in the first film seemed to be drifting through his own story, now has something to push against: Zendaya’s Chani, who is far less interested in prophecies than the people around her, and who watches Paul’s rise with growing alarm. Their romance is the film’s warm centre, and the script quietly reshapes Chani into its conscience.',
    ),
    h2('Riding the worm'),
    p(
      "The set pieces are staggering, and not merely because they are large. Villeneuve and his cinematographer Greig Fraser understand scale as a matter of patience: a sandworm is not impressive because it is big, but because we watch a tiny figure wait for it for what feels like an age. Paul's first ride is the best single sequence in any blockbuster of the decade so far, a mix of terror and exhilaration that needs almost no dialogue.",
    ),
    pullQuote('A blockbuster that asks whether the hero you are cheering is the problem.'),
    p(
      'On the Harkonnen homeworld, the film switches to a bleached, infrared black and white that makes the arena scenes look like something photographed on another planet, which of course they are. Austin Butler, bald and hissing, turns Feyd-Rautha into a sleek, giggling psychopath, a far more unsettling villain than Stellan Skarsgård’s floating baron.',
    ),
    p(
      "Rebecca Ferguson gets the meatiest material as Jessica, who now drives the prophecy forward with a zealot’s certainty, and Florence Pugh and Christopher Walken are used sparingly as the imperial court waiting for its comeuppance. Javier Bardem's Stilgar, the true believer, is both very funny and, by the end, rather sad.",
    ),
    h2('A warning, not a wish'),
    p(
      'What lifts Part Two above spectacle is how clearly it reads Herbert. The book was a warning about charismatic saviours, and Villeneuve stages Paul’s final speeches so that the roar of the crowd is chilling rather than rousing. Hans Zimmer’s score helps, moving from choral awe to something closer to dread.',
    ),
    p(
      'It is long, at 166 minutes, and a little breathless in its final act, where years of political manoeuvring are compressed into a handful of scenes. But this is as close as modern studio filmmaking gets to the epic in the old sense: a film of landscapes and ideas that trusts its audience to keep up. See it as large as you can; Warner Bros. released it in [IMAX](https://www.imax.com) as well as standard screens.',
    ),
  ],
  tags: refs('tag', ['sci-fi', 'adaptation', 'franchise', 'blockbuster', 'denis-villeneuve', 'imax']),
  section: ref('section', 'reviews'),
  relatedPins: refs('review', ['dune']),
  seo: {
    title: 'Dune: Part Two review – Villeneuve’s epic is worth its weight in spice',
    description:
      'Five stars for Dune: Part Two: Timothée Chalamet, Zendaya and Austin Butler in a blockbuster that turns its chosen one into the thing to fear.',
  },
}

export const duneReview: Review = {
  _id: id('review', 'dune'),
  _type: 'review',
  headline: 'Dune review: a second look at Part One before the sequel lands',
  slug: slug('dune'),
  standfirst:
    'Ahead of Part Two, we went back to the first half of Denis Villeneuve’s adaptation. It is a superb piece of world-building that still feels like an overture.',
  film: ref('film', 'dune'),
  rating: 3.5,
  verdict: 'Majestic, meticulous and oddly airless: a first act that needs its second.',
  authors: refs('author', ['nell-marchetti']),
  publishedAt: at('2024-02-16', '09:00'),
  heroImage: stillOf(duneLook, 0, 'Figures crossing ochre dunes beneath a huge hazy sun'),
  body: [
    p(
      'Watched again two and a half years on, Dune looks even more confident than it did in 2021. The design is the star: brutalist palaces, dragonfly aircraft, a planet whose people dress for the sun as if it were an enemy. Few films of its size have looked so deliberate, so sure of what they are not going to show you.',
    ),
    p(
      "The story covers roughly the first half of Frank Herbert's novel, with House Atreides taking over the desert planet Arrakis and walking, eyes open, into a trap. Oscar Isaac's Duke Leto is all noble weariness, and Rebecca Ferguson's Jessica, torn between duty to her order and love for her son, gives the film its most complicated performance.",
    ),
    h2('Grand, and a little cold'),
    p(
      'The trouble, on a second viewing, is that so much of the film is preparation. Characters are introduced with great ceremony and then set aside; Jason Momoa’s swashbuckling Duncan Idaho is the only person who seems to be having any fun. Timothée Chalamet’s Paul is meant to be a watchful, unfinished young man, but for long stretches the film watches him watching.',
    ),
    pullQuote(
      'Few films of its size have looked so deliberate, so sure of what they are not going to show you.',
    ),
    p(
      'A second viewing also shows how well the script handles Herbert’s invented vocabulary. Spaihts, Roth and Villeneuve introduce most of it through action, trusting the audience to catch up, and the Gom Jabbar test, staged as a whisper-quiet horror scene, tells you more about the Bene Gesserit than any glossary could.',
    ),
    p(
      "The Harkonnen attack on Arrakeen remains a triumph of orchestrated chaos, and the first appearance of a sandworm still produces the right mix of awe and fear. Hans Zimmer's score, all throat-singing and wind, does as much world-building as the production design.",
    ),
    p(
      'Villeneuve’s great gift is for scale that feels physical. The ornithopters have weight, the personal shields shimmer with a faint delay, and the desert is shot as an active threat rather than a backdrop. Greig Fraser’s photography drains the colour from Caladan and bleaches Arrakis until even daylight feels hostile.',
    ),
    p(
      'Zendaya, much promoted at the time, appears mostly in visions until the final stretch, which makes Chani more of a promise than a character. That is the film in miniature: a beautifully made promise, redeemed only by the next instalment.',
    ),
    p(
      'Then the film simply stops, at a point that makes sense for the novel and less for an evening at the cinema. In 2021, with no sequel guaranteed, that felt like a gamble. Knowing [Part Two](https://en.wikipedia.org/wiki/Dune:_Part_Two) exists, it plays better: less a complete film than a magnificent first act.',
    ),
  ],
  tags: refs('tag', ['sci-fi', 'adaptation', 'franchise', 'denis-villeneuve']),
  section: ref('section', 'reviews'),
}
