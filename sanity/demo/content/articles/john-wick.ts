// John Wick stories: a ranking of the series and an interview with a (fictional) stunt coordinator.
import { ballerinaLook, johnWick4Look } from '../films/john-wick.ts'
import { coverOf, stillOf } from '../looks.ts'
import type { Article } from '../model.ts'
import { bullets, h2, p, pullQuote } from '../portable-text.ts'
import { at, refs } from '../refs.ts'
import { article } from './story.ts'

export const johnWickRanked: Article = article({
  kind: 'list',
  slug: 'john-wick-films-ranked',
  headline: 'Every John Wick film, ranked from good to glorious',
  standfirst:
    'With Ballerina in cinemas, the series that turned a grieving hitman into a genre of his own has five films. We put them in order, and argued about it for a week.',
  films: refs('film', ['ballerina', 'john-wick-chapter-4']),
  people: refs('person', ['keanu-reeves', 'chad-stahelski', 'ana-de-armas']),
  authors: refs('author', ['tom-ellery', 'priya-lal']),
  publishedAt: at('2025-06-07', '10:00'),
  heroImage: coverOf(
    'Ranked',
    johnWick4Look,
    'The word Ranked in white capitals over an illustrated night skyline in electric blue',
  ),
  body: [
    p(
      'There is no bad John Wick film, which makes ranking them a matter of taste in excess. Our rule: what does each one add that the others do not? Here is where we landed, from fifth to first.',
    ),
    h2('5. Ballerina (2025)'),
    p(
      "The spin-off has the series' most inventive small-scale fighting and Ana de Armas in full command, but it spends too long servicing the mythology. A promising first outing for a new lead rather than a film that changes anything.",
    ),
    h2('4. John Wick: Chapter 3 – Parabellum (2019)'),
    p(
      'The one that goes furthest, fastest: a knife fight in a room of antique blades, a chase on horseback through Manhattan, a detour to Casablanca with Halle Berry and her dogs. It is a thrilling first hour followed by a long wait for the next film.',
    ),
    h2('3. John Wick: Chapter 2 (2017)'),
    p(
      'The chapter that built the world: the marker, the rules, the Continental as sanctuary. A sequence in Roman catacombs is the series at its most elegant, and the ending sets the whole saga in motion.',
    ),
    h2('2. John Wick: Chapter 4 (2023)'),
    p(
      'The most ambitious, and at 169 minutes the most demanding. Donnie Yen is superb, the Paris finale is an endurance test worth passing, and the staircase to Sacré-Cœur is already a landmark of action cinema.',
    ),
    pullQuote('The first film is still the purest: a revenge story told with a stuntman’s precision.'),
    h2('1. John Wick (2014)'),
    p(
      'The first film is still the purest: a revenge story told with a stuntman’s precision, about grief as much as guns. Everything the sequels built is already here in miniature, and Keanu Reeves never had to explain a thing.',
    ),
    h2('What the series gets right'),
    ...bullets([
      'Long, legible takes that let you see the stunt performers working.',
      'Cities shot at night as if they were sets, with colour doing the world-building.',
      'A hero defined by what he loses rather than what he says.',
    ]),
  ],
  tags: refs('tag', ['action', 'franchise', 'stunts', 'keanu-reeves']),
  relatedPins: refs('review', ['ballerina', 'john-wick-chapter-4']),
})

export const ballerinaStuntInterview: Article = article({
  kind: 'interview',
  slug: 'ballerina-stunt-coordinator-interview',
  headline: '‘A dancer knows where her weight is’: a stunt coordinator on fighting like a ballerina',
  standfirst:
    'Maren Castellane, a fictional stunt coordinator invented for this demo magazine, trained in ballet before she learned to fall. We asked her what dance brings to an action scene, using Ballerina as the starting point.',
  films: refs('film', ['ballerina', 'john-wick-chapter-4']),
  people: refs('person', ['maren-castellane', 'ana-de-armas']),
  authors: refs('author', ['priya-lal']),
  publishedAt: at('2025-06-10', '08:30'),
  heroImage: stillOf(ballerinaLook, 2, 'A shadowy room with tall lit windows and a figure in silhouette'),
  body: [
    p(
      '*Maren Castellane is not a real person: she is a character we created so this demo magazine can show an interview without inventing quotes from real people. She has not worked on any John Wick film.*',
    ),
    p('**What does ballet training give a performer in a fight scene?**'),
    p(
      'Balance, first. A dancer knows where her weight is at every moment, and most of fight choreography is about weight: who has it, who loses it, who steals it. The second thing is counting. A fight is a phrase of music. If you can hold eight counts in your head, you can hold a sequence.',
    ),
    p(
      '**Ballerina makes a point of its heroine being smaller than her opponents. How do you design for that?**',
    ),
    p(
      'You stop pretending she will win a shoving match. A lighter fighter moves off the line, uses the room, and ends things quickly. That tends to make the fights more inventive because the environment becomes a partner. It is also more honest, and audiences feel honesty even when they cannot name it.',
    ),
    pullQuote(
      'A fight is a phrase of music. If you can hold eight counts in your head, you can hold a sequence.',
      'Maren Castellane (fictional)',
    ),
    p('**The John Wick films are known for long takes. Why does that matter?**'),
    p(
      'Because cutting hides things. If the camera stays wide and steady, the audience can see that a performer really did that sequence, and the tension comes from knowing it could go wrong. It is harder for everyone: more rehearsal, more takes, more bruises. The series made that the house style, and other films have followed.',
    ),
    p('**What would you tell a dancer who wants to move into stunts?**'),
    p(
      'Learn to fall before you learn to fight. Dancers are trained never to fall; stunt work is mostly falling well. And keep your turnout to yourself in a kick, unless the director asks for it.',
    ),
  ],
  tags: refs('tag', ['action', 'stunts', 'franchise']),
})
