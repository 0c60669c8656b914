// Reviews: Oppenheimer and Barbie.
import { barbieLook, oppenheimerLook } from '../films/summer-2023.ts'
import { stillOf } from '../looks.ts'
import type { Review } from '../model.ts'
import { h2, p, pullQuote } from '../portable-text.ts'
import { at, id, ref, refs, slug } from '../refs.ts'

export const oppenheimerReview: Review = {
  _id: id('review', 'oppenheimer'),
  _type: 'review',
  headline: 'Film review | Oppenheimer sets off a chain reaction',
  slug: slug('oppenheimer'),
  standfirst:
    'Christopher Nolan’s three-hour portrait of the father of the atomic bomb is a courtroom drama, a horror film and a biography at once, anchored by a haunted Cillian Murphy.',
  film: ref('film', 'oppenheimer'),
  rating: 4.5,
  verdict: 'Dense, demanding and devastating: Nolan’s most human film is also his most frightening.',
  authors: refs('author', ['harriet-okafor']),
  publishedAt: at('2023-07-19', '18:00'),
  updatedAt: at('2024-03-11', '08:00'),
  heroImage: stillOf(
    oppenheimerLook,
    0,
    'A blinding white fireball ringed with light above a dark desert plain',
    {
      hotspot: { x: 0.5, y: 0.4, height: 0.5, width: 0.4 },
    },
  ),
  body: [
    p(
      'It is tempting to describe Oppenheimer as the film in which Christopher Nolan blows up an atomic bomb, but the bomb takes up perhaps five minutes of its three hours. The rest is talk: in lecture halls, in cramped offices, in a shabby hearing room where a man’s loyalty is picked apart. It is a measure of Nolan’s control that the talk is as tense as the explosion.',
    ),
    p(
      'The film moves between two strands. In colour, we are inside Oppenheimer’s head, following him from a restless student to the director of Los Alamos. In black and white, we watch Robert Downey Jr.’s Lewis Strauss, a political operator with a long memory, prepare for a confirmation hearing. The structure is demanding, and the payoff, when the strands meet, is worth it.',
    ),
    h2('A face like a fault line'),
    p(
      'Cillian Murphy’s performance is the film’s centre of gravity. He plays Oppenheimer as charming, vain, brilliant and never quite present, a man whose mind is always partly elsewhere. The camera keeps returning to his eyes, and Murphy lets us see the moment ambition curdles into dread without ever announcing it.',
    ),
    stillOf(oppenheimerLook, 1, 'A lone figure on a flat desert at dawn under a pale sun', {
      caption: 'Los Alamos rose out of the New Mexico desert (Marquee illustration)',
    }),
    p(
      'Around him, a huge cast does sharp work in small spaces. Emily Blunt turns Kitty Oppenheimer’s frustration into one of the film’s best scenes, Matt Damon is gruffly funny as General Groves, and Downey gives the performance of his career as a man who thinks he is the hero of a different film.',
    ),
    pullQuote('The bomb takes up five minutes. The tension never lets up for three hours.'),
    p(
      'The Trinity test itself is staged with terrifying patience, with Ludwig Göransson’s score pulled away at the decisive moment. Nolan shot on large-format film, including black-and-white IMAX stock, and it is worth seeking out a screen that can show it.',
    ),
    h2('Too much, on purpose'),
    p(
      'Jennifer Lame’s editing deserves its own paragraph. The film is built from short scenes that overlap and rhyme, jumping across decades mid-conversation, and yet it rarely confuses because every cut is driven by a question Oppenheimer cannot answer. The final exchange, which we will not spoil, recasts everything before it.',
    ),
    p(
      'The film is overwhelming by design, with barely a scene that does not cut to another, and some viewers will find the barrage of names exhausting. The women in Oppenheimer’s life, Florence Pugh’s Jean Tatlock especially, are seen mostly through his guilt. But few blockbusters have asked audiences to sit with something this uncomfortable, and fewer have made it feel so urgent.',
    ),
  ],
  tags: refs('tag', ['drama', 'period', 'christopher-nolan', 'awards-season', 'imax', 'summer-2023']),
  section: ref('section', 'reviews'),
  relatedPins: refs('review', ['barbie']),
}

export const barbieReview: Review = {
  _id: id('review', 'barbie'),
  _type: 'review',
  headline: "Barbie review | A doll's house, remodelled",
  slug: slug('barbie'),
  standfirst:
    'Greta Gerwig takes the world’s most famous doll on an existential road trip and comes back with a comedy that is sillier, sadder and smarter than anyone expected.',
  film: ref('film', 'barbie'),
  rating: 4,
  verdict: 'A candy-coloured comedy with a real ache at its centre, and Ryan Gosling stealing every scene.',
  authors: refs('author', ['nell-marchetti']),
  publishedAt: at('2023-07-19', '18:00'),
  heroImage: stillOf(barbieLook, 0, 'A pink sea glittering under a low sun, two small figures on the shore'),
  body: [
    p(
      'Barbieland is a triumph of design before anyone says a word: dream houses with no walls, a painted sky, a sea nobody swims in. Greta Gerwig and her production team built it at a scale that feels like a toy box opened out, and the first ten minutes are pure delight at the sheer artifice of it.',
    ),
    p(
      'Then Barbie, the one played by Margot Robbie, starts thinking about death. Her feet go flat. Her shower runs cold. To fix it she travels to the real world, with Ken in the back seat, and discovers that the girls who played with her grew up to have complicated feelings about her.',
    ),
    h2('Ken, unbound'),
    p(
      'Ryan Gosling is the film’s comic engine. His Ken is a golden retriever with an identity crisis, and when he learns about patriarchy in the real world he brings it home with the enthusiasm of a man who has found a hobby. The musical number that follows is the funniest thing in any film this year.',
    ),
    stillOf(barbieLook, 1, 'A pastel room with three tall bright windows', {
      caption: 'Barbieland’s dream houses have no walls to hide behind (Marquee illustration)',
    }),
    p(
      'Robbie has the harder job, and does it beautifully. She plays Barbie’s growing awareness as bewilderment rather than revelation, and the film’s most moving moments are its quietest: a glance at an old woman on a bench, a conversation with the doll’s creator.',
    ),
    pullQuote('A studio comedy about a toy that finds room for grief, and never once winks about it.'),
    p(
      'Gerwig’s direction is full of small, precise jokes for anyone who grew up with the toys, from the discontinued dolls gathered at Weird Barbie’s house to the fact that nobody in Barbieland bothers with stairs. Kate McKinnon, as the doll that was played with too hard, gets some of the biggest laughs and some of the kindest lines.',
    ),
    p(
      'Underneath the jokes is a film about the gap between being an ideal and being a person, and it gives real space to a mother and daughter in the real world, played by America Ferrera and Ariana Greenblatt, who have drifted apart and find their way back through a doll.',
    ),
    p(
      'Not everything lands. The Mattel executives, led by Will Ferrell, are a joke the film returns to once too often, and America Ferrera’s big speech, while heartfelt, tells us what the film has already shown. The third act strains to tie its ideas together.',
    ),
    p(
      'But it is remarkable that a film built on a toy line has this much on its mind, and this much fun saying it. Gerwig has made a studio comedy about growing up, and it ends on one of the best final lines of the year.',
    ),
  ],
  tags: refs('tag', ['comedy', 'greta-gerwig', 'blockbuster', 'summer-2023', 'box-office']),
  section: ref('section', 'reviews'),
}
