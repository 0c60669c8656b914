// Reviews: Past Lives and Anora.
import { anoraLook, pastLivesLook } from '../films/independent.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const pastLivesReview: Review = {
  _id: id('review', 'past-lives'),
  _type: 'review',
  headline: 'Past Lives review: the love story that happens in the gaps',
  slug: slug('past-lives'),
  standfirst:
    'Celine Song’s first film follows two childhood friends across 24 years, two countries and one very long evening in New York. It is close to perfect.',
  film: ref('film', 'past-lives'),
  rating: 5,
  verdict: 'A quiet, exact and overwhelming film about the lives we did not live.',
  authors: refs('author', ['nell-marchetti']),
  publishedAt: at('2023-09-06', '09:00'),
  heroImage: stillOf(pastLivesLook, 0, 'Two figures in front of a city skyline at blue hour'),
  body: [
    p(
      'Past Lives opens on three people at a bar, seen from across the room, while unseen strangers guess at their relationship. It is a playful opening for a film that spends the next hundred minutes answering the question, and shows that the answer is not the one anyone expected, including the three people themselves.',
    ),
    p(
      'Nora and Hae Sung are twelve and inseparable in Seoul when her family emigrates. Twelve years later, they find each other over video calls, both lonely, both on the brink of their adult lives. Twelve years after that, he flies to New York to see her. She is married to Arthur, a kind and perceptive writer, and all three know what this visit means.',
    ),
    h2('In-yun'),
    p(
      'Song, a playwright making her first film, builds the story around a Korean idea of connection across lifetimes, in-yun, and treats it with just enough irony to let it land. Her direction is patient and exact: she leaves space in scenes, lets silence do the work, and frames the city as a place that keeps people apart as often as it brings them together.',
    ),
    stillOf(pastLivesLook, 1, 'A calm sea at dusk with a path of light on the water', {
      caption: 'Distance is the film’s great subject (Marquee illustration)',
    }),
    p(
      'Song films the middle section largely through screens, and finds a surprising intimacy there: the lag of a video call, the glow of a laptop in the small hours, two people scheduling their lives around time zones. It is one of the best depictions of long-distance longing in modern film.',
    ),
    p(
      'Greta Lee is extraordinary as Nora, a woman who has spent her life choosing and refuses to apologise for it. Teo Yoo makes Hae Sung’s longing almost unbearable without asking for pity. And John Magaro, in the role that could have been a cliché, gives the film its generosity: Arthur understands exactly what he is watching and chooses grace.',
    ),
    pullQuote('A love triangle with no villain, only time.'),
    p(
      'The film is exact about language, too. Nora moves between Korean and English, and Song uses the switch to show which parts of herself she keeps for whom. When Arthur admits that she dreams in a language he cannot understand, it lands as both a joke and a confession.',
    ),
    p(
      'The final scene, a walk along a New York street that lasts about as long as it would in life, is one of the most quietly devastating endings in recent cinema. Nothing much happens, and everything does.',
    ),
    p(
      'It is rare for a debut to feel this finished. Past Lives is a small film about enormous things, and it will find you again when you least expect it. [A24](https://a24films.com) released it in the US in June; it arrives in UK cinemas this week.',
    ),
  ],
  tags: refs('tag', ['romance', 'drama', 'independent', 'celine-song', 'awards-season']),
  section: ref('section', 'reviews'),
  relatedPins: refs('review', ['anora']),
}

export const anoraReview: Review = {
  _id: id('review', 'anora'),
  _type: 'review',
  headline: 'Film review | Anora is a Cinderella story with the meter running',
  slug: slug('anora'),
  standfirst:
    'Sean Baker’s Palme d’Or winner begins as a Brooklyn fairy tale, turns into a screwball chase and ends somewhere much harder to shake off. Mikey Madison is a revelation.',
  film: ref('film', 'anora'),
  rating: 4,
  verdict: 'Wildly funny, then quietly shattering: a comedy that knows exactly what it costs.',
  authors: refs('author', ['nell-marchetti', 'harriet-okafor']),
  publishedAt: at('2024-10-30', '09:00'),
  heroImage: stillOf(anoraLook, 0, 'Tail lights on a road vanishing into a violet night'),
  body: [
    p(
      'Ani dances at a New York club, lives in Brighton Beach and takes life as it comes. When Vanya, the giggling, spendthrift son of a Russian oligarch, asks for her by name, she treats it as a job. When he pays her to be his girlfriend for a week and then proposes in Las Vegas, she lets herself believe it might be something more.',
    ),
    p(
      'Sean Baker has spent his career making films about people working at the edges of the American economy, and Anora is his most accessible and most expensive-looking yet. The first act is a giddy montage of parties and excess, shot with an eye for how money looks when it is being spent carelessly.',
    ),
    h2('The long night'),
    p(
      'Then Vanya’s parents find out, and send their fixers. What follows is a long, sustained comic set piece in the family’s mansion, as Ani fights off the men sent to contain her with a ferocity that terrifies them. Karren Karagulian’s harried Toros and Yura Borisov’s silent, watchful Igor are superb foils, and the film becomes a screwball chase across a wintry New York.',
    ),
    stillOf(anoraLook, 1, 'A dim room with three glowing windows and a figure in silhouette', {
      caption: 'Most of the film happens over one long night (Marquee illustration)',
    }),
    pullQuote(
      'It is a film about what it means to be treated as a transaction, and it refuses to look away.',
    ),
    p(
      'Baker shoots Brighton Beach and Coney Island in winter, all grey sea and shuttered attractions, and the setting gives the comedy a bruised quality even at its most frantic. Drew Daniels’s camera stays close to Ani throughout, so that we share her exhaustion as the night wears on.',
    ),
    p(
      'Mikey Madison is astonishing. Her Ani is funny, furious, proud and sharper than anyone gives her credit for, and Madison never asks for our sympathy, which is why she gets it. Mark Eydelshteyn makes Vanya charming and hollow in equal measure.',
    ),
    p(
      'It is also, crucially, a film that takes sex work seriously as work. Ani is good at her job, negotiates hard and knows what she is worth; the sting is how easily people with real money can decide she is worth nothing at all.',
    ),
    p(
      'The film is too long in its middle stretch, and some of the running jokes wear thin. But the final scene, quiet and wordless in a car in the snow, reframes everything that came before. It is a film about what it means to be treated as a transaction, and it refuses to look away.',
    ),
  ],
  tags: refs('tag', ['comedy', 'drama', 'romance', 'independent', 'sean-baker', 'awards-season']),
  section: ref('section', 'reviews'),
}
