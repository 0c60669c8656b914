// Reviews: 28 Years Later (with spoilers) and Sinners.
import { sinnersLook, twentyEightYearsLaterLook } from '../films/2025.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const twentyEightYearsLaterReview: Review = {
  _id: id('review', '28-years-later'),
  _type: 'review',
  headline: 'Film review | 28 Years Later is infected with ambition',
  slug: slug('28-years-later'),
  standfirst:
    'Danny Boyle and Alex Garland return to their quarantined Britain with a coming-of-age story, a grieving mother and an ending that will split audiences. Spoilers follow.',
  film: ref('film', '28-years-later'),
  rating: 3,
  verdict:
    'Bold, beautiful and uneven: a horror film that cares more about grief than gore, until it doesn’t.',
  authors: refs('author', ['tom-ellery']),
  publishedAt: at('2025-06-20', '07:00'),
  heroImage: stillOf(
    twentyEightYearsLaterLook,
    0,
    'Figures at the edge of a dark pine forest under a sickly green sky',
    {
      hotspot: { x: 0.5, y: 0.7, height: 0.4, width: 0.5 },
    },
  ),
  spoilers: true,
  body: [
    p(
      'This review discusses the film’s final act. **If you have not seen 28 Years Later, you may want to stop after the second section.**',
    ),
    p(
      'Twenty-three years after 28 Days Later redefined what a British horror film could look like, Danny Boyle and Alex Garland have made a sequel that looks like nothing else either. The rage virus never burned out; Britain has been sealed off and left to it. On a tidal island in the north-east, a small community lives as if it were the Middle Ages, and sends its boys to the mainland to learn to kill.',
    ),
    h2('A father and son'),
    p(
      'The first hour, following twelve-year-old Spike on his first hunt with his father, is superb. Alfie Williams is remarkable as a boy who wants to be brave and suspects the adults are lying to him, and Aaron Taylor-Johnson plays his father with a bluff charm that slowly curdles. Boyle and cinematographer Anthony Dod Mantle shot partly on adapted iPhones, and the images have a raw, restless energy that makes every treeline feel like a threat.',
    ),
    stillOf(twentyEightYearsLaterLook, 1, 'A cold sea at dusk seen from a dark shoreline', {
      caption: 'The island’s causeway is only passable at low tide (Marquee illustration)',
    }),
    p(
      'The infected have changed too, and Garland’s script makes the most of it: bloated crawlers that feed on worms in the grass, and hulking alphas who lead the packs. The first encounter with one of the latter is the best horror sequence in the film, and Boyle cuts it with archive footage and old war poetry in a way that is startling, if sometimes heavy-handed.',
    ),
    p(
      'The second half belongs to Jodie Comer as Isla, Spike’s ill mother, and to Ralph Fiennes as a doctor who has found his own way of living with the dead. Their scenes are tender and strange, and the film becomes a meditation on mortality that is braver than most horror sequels would dare.',
    ),
    pullQuote('A horror sequel that spends its best scenes on how to say goodbye.'),
    h2('That ending'),
    p(
      'Then, in its final minutes, the film swerves. Spike meets a gang of young men in tracksuits led by Jack O’Connell’s Jimmy Crystal, and the tone lurches from elegy to something closer to a grotesque cartoon. It is clearly the set-up for the next film, and it may make sense in hindsight. Here, it feels like a different movie barging in.',
    ),
    p(
      'There is more ambition in 28 Years Later than in most franchise horror put together, and its best scenes will stay with you. But it is a film of brilliant parts that never quite become a whole.',
    ),
  ],
  tags: refs('tag', ['horror', 'franchise', 'danny-boyle', 'thriller']),
  section: ref('section', 'reviews'),
}

export const sinnersReview: Review = {
  _id: id('review', 'sinners'),
  _type: 'review',
  headline: "Film review | Sinners has the devil's own tunes",
  slug: slug('sinners'),
  standfirst:
    'Ryan Coogler’s vampire musical set in 1930s Mississippi is the most thrilling original studio film in years, with Michael B. Jordan twice over and a juke joint you will not forget.',
  film: ref('film', 'sinners'),
  rating: 4.5,
  verdict: 'A blues record, a gangster film and a creature feature in one, played loud.',
  authors: refs('author', ['harriet-okafor']),
  publishedAt: at('2025-04-16', '09:00'),
  heroImage: stillOf(sinnersLook, 0, 'Two silhouettes inside a wooden hall lit by tall amber windows'),
  body: [
    p(
      'For its first hour, Sinners barely seems to be a horror film at all. Twin brothers come home to the Mississippi Delta in 1932 with Chicago money, buy an old sawmill and set about turning it into a juke joint in a single day. Ryan Coogler stages the recruiting of staff, musicians and old flames like the gathering of a crew in a heist film, and it is so enjoyable that you almost forget what the title promised.',
    ),
    p(
      'Michael B. Jordan plays both brothers, Smoke and Stack, and the trick is invisible. They are distinguished less by costume than by temperament: one watchful and grim, the other loose and charming. Jordan, Coogler’s collaborator since [Fruitvale Station](https://en.wikipedia.org/wiki/Fruitvale_Station), has never been better.',
    ),
    h2('The music that summons'),
    p(
      'The heart of the film is their young cousin Sammie, a preacher’s son with a guitar, played by the newcomer Miles Caton. On opening night, his playing does something impossible, and Coogler responds with a single sequence that leaps across time and continents of music. It is the kind of scene that makes an audience forget to breathe.',
    ),
    stillOf(sinnersLook, 1, 'A dark forest under a low golden moon', {
      caption: 'Night falls on the Delta, and the uninvited arrive (Marquee illustration)',
    }),
    p(
      'The music also draws Remmick, a vampire played by Jack O’Connell with a lilting menace. The film’s second half becomes a siege, and Coogler uses the genre to talk about who gets invited in, what is taken from those who let them, and the price of freedom in the Jim Crow South.',
    ),
    pullQuote('A blues record, a gangster film and a creature feature in one, played loud.'),
    p(
      'Coogler handles tone with astonishing confidence. The film is funny, sexy and frightening in quick succession, and the juke joint, crowded and sweating, is one of the great film sets of recent years: a place you want to be right up until the moment you desperately want to leave.',
    ),
    p(
      'Hailee Steinfeld, Wunmi Mosaku and Delroy Lindo fill out a superb ensemble, and Ludwig Göransson’s score threads blues guitar through everything. Shot on large-format film, the images glow like old photographs brought back to life.',
    ),
    p(
      'Coogler is precise about the world around the music: the plantation economy the brothers want out of, the scrip paid to sharecroppers instead of money, the Chinese grocers across the road whose family is pulled into the night. It is a genre entertainment that never forgets its history.',
    ),
    p(
      'The final stretch stretches a little too far, with more than one ending, and the mid-credits scene is essential. But this is that rarest thing, an original story on a blockbuster scale, made by a filmmaker using everything he has learned.',
    ),
  ],
  tags: refs('tag', ['horror', 'vampires', 'period', 'music', 'ryan-coogler', 'imax']),
  section: ref('section', 'reviews'),
  relatedPins: refs('article', ['jack-oconnell-year-of-monsters']),
}
