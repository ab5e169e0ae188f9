"""The ranking dev suite: several graphs and vocabularies built from ../shared/data, so ranking is
developed on more than the one graph it would otherwise be fitted to.

    python bench/devsuite.py build            # graphs and question files under $DEVSUITE (/tmp/devsuite)
    python bench/devsuite.py run [--sets a,b] # every set: hits@1, answer in block, coverage, precision

Sets:
- `metaqa`: MetaQA dev (1-3 hops) on its own relation names.
- `metaqa-wikidata`, `metaqa-freebase`, `metaqa-schema`: the same questions over the same KB with
  its nine relations renamed to the labels of three public vocabularies (Wikidata property labels,
  Freebase dotted ids, schema.org Movie properties). Renaming is by this script only: nothing in
  the product knows any of these names.
- `ntm`: MetaQA's back-translated 1-hop paraphrases (noisy, closest to typed questions).
- `ntm-wikidata`, `ntm-freebase`, `ntm-schema`: the same paraphrases over the three renamed
  graphs (answers are entity names, which renaming keeps), so a fix for noisy wording is seen to
  carry beyond MetaQA's own nine relation names.
- `nlpcc`: NLPCC 2016 Chinese 1-hop.
- `constraints`: two-constraint questions generated from the MetaQA KB ("which films directed by
  A starred B"), several phrasings, answers = the intersection.
- `abstain`, `abstain-people`, `abstain-words`: MetaQA subgraphs with two relations removed (on
  MetaQA's names, Wikidata's and schema.org's); the questions that asked for them must be
  answered "don't know", the others answered.
- `nlpcc-2hop`: 66 two-hop questions over NLPCC's graph, written by hand in everyday Chinese
  from chains sampled at random (`bench/questions/nlpcc_2hop.jsonl`; answers read from the KB):
  the only multi-hop set on a graph other than MetaQA's.
- `para-multi`: 60 MetaQA dev 2- and 3-hop questions (sampled at random) rewritten by hand in
  everyday English ("Who was behind the camera for the scripts of Steven Peros?",
  `bench/questions/metaqa_paraphrase_multi.jsonl`), asked over the Freebase-named graph: paraphrase
  and another vocabulary at once, for multi-hop.
- `para-multi-b`: 40 more, written the same way on 2026-12-01 after `para-multi` had been used to
  develop against, asked over the Wikidata-named graph; kept unscored until the end of that
  session to tell what carried over.
- `nlpcc-abstain`: NLPCC's graph without the facts that answer half of its dev questions (the
  topics keep their other facts): those must be answered "don't know".
- `people`, `people-freebase`, `people-names`: a small graph of two families (kin, professions,
  birth and death places, what contains what; `bench/graphs/people.tsv`) with 30 2- and 3-hop
  questions written by hand with it on 2026-12-01, before any run (`bench/questions/people_multi.jsonl`):
  the first English multi-hop set off the movie graph. Three forms: snake-case ids in graph and
  question ("john_kennedy", `place_of_birth`), Freebase-style dotted relations, and display
  names ("John Kennedy", `place of birth`).
- `orgs`, `orgs-dbpedia`: a graph of firms, their founders, chiefs, owners, products, people's
  schools and birthplaces, and what contains what (`bench/graphs/orgs.tsv`, Wikidata property
  labels), with 29 2- and 3-hop questions written with it, before any run
  (`bench/questions/orgs_multi.jsonl`); and the same with DBpedia-ontology-style names
  (`foundedBy`, `almaMater`, `isPartOf`).
- `books`, `books-wikidata` (fifth session): writers, their books, publishers, translators,
  prizes, schools and birthplaces, and what contains what (`bench/graphs/books.tsv`, snake-case
  labels, `author_of` from the writer), with 32 2- and 3-hop questions written with it before any
  run (`bench/questions/books_multi.jsonl`); and the same with Wikidata property labels, where
  `author` runs from the book to the writer (the edges turned round).
- `music`, `music-wikidata` (sixth session): bands, members, albums, tracks, labels, producers,
  songwriters, awards, birthplaces and what contains what (`bench/graphs/music.tsv`, snake-case),
  with 32 2- and 3-hop questions written with it by someone who had not read the ranking code,
  before any run (`bench/questions/music_multi.jsonl`); and the same with Wikidata property
  labels, where `has part(s)` (band → member) and `tracklist` (album → track) run the other way.
- `sport`, `sport-wikidata` (ninth session): clubs, players, coaches, stadiums, leagues, owners,
  national teams, trophies, birthplaces and what contains what (`bench/graphs/sport.tsv`,
  snake-case), with 32 2- and 3-hop questions written with it by someone who had not read the
  ranking code, committed before any run (`bench/questions/sport_multi.jsonl`); and the same with
  Wikidata-style labels, where `head coach` and `captain` run from the team. Held out until the
  thirteenth session, when its failures were read and it joined the dev sets (`science` took its
  place).
- `politics`, `politics-wikidata` (tenth session): politicians current and former, offices,
  parties and their leaders, legislatures, constituencies, universities, spouses, children,
  successions, government bodies and what contains what (`bench/graphs/politics.tsv`), with 32
  2- and 3-hop questions written with it by someone who had not read the ranking code, committed
  before any run (`bench/questions/politics_multi.jsonl`); and the same with Wikidata-style
  labels, where `father` and `capital of` run the other way. Held out until the twenty-seventh
  session, when its failures were read and it joined the dev sets (`transport` took its place).
- `science`, `science-wikidata` (thirteenth session, held out): scientists, doctoral advisors,
  prizes and who awards them, institutions, what they are known for, kin, birthplaces and what
  contains what (`bench/graphs/science.tsv`), with 32 2- and 3-hop questions written with it by
  someone who had not read the ranking code, committed before any run
  (`bench/questions/science_multi.jsonl`); and the same relabelled by
  `bench/graphs/science.relabel.json` (Wikidata-style labels, two relations turned round).
- `art`, `art-wikidata` (fourteenth session, held out): painters and sculptors, their teachers and
  pupils, works, the museums that hold them, movements and who founded them, patrons, spouses,
  children, schools, birth and death places and what contains what (`bench/graphs/art.tsv`), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code, committed
  before any run (`bench/questions/art_multi.jsonl`); and the same relabelled by
  `bench/graphs/art.relabel.json` (Wikidata-style labels, two relations turned round). Held out
  until the fifteenth session, when its failures were read and it joined the dev sets (`food`
  took its place).
- `food`, `food-wikidata` (fifteenth session, held out): chefs, who trained whom, their restaurants
  and the awards those won, signature dishes and what goes into them, where dishes come from,
  cookbooks and their publishers, culinary schools and their founders, food firms, their founders,
  head offices and products, birthplaces and what contains what (`bench/graphs/food.tsv`), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code, committed
  before any run (`bench/questions/food_multi.jsonl`); and the same relabelled by
  `bench/graphs/food.relabel.json` (Wikidata-style labels, two relations turned round).
- `space`, `space-wikidata` (nineteenth session, held out): astronauts, the missions they flew and
  commanded, rockets and spacecraft and who built them, the firms' founders and head offices,
  agencies, launch sites and what contains what, schools, services and awards
  (`bench/graphs/space.tsv`), with 32 2- and 3-hop questions written with it by someone who had
  not read the ranking code, committed before any run (`bench/questions/space_multi.jsonl`); and
  the same relabelled by `bench/graphs/space.relabel.json` (Wikidata-style labels, two relations
  turned round).
- `health`, `health-wikidata` (twentieth session, held out): diseases, what causes them, the drugs
  and vaccines against them, the firms that make those and their head offices, discoverers, their
  schools and countries, hospitals and cities (`bench/graphs/health.tsv`), with 32 2- and 3-hop
  questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/health_multi.jsonl`); and the same relabelled by
  `bench/graphs/health.relabel.json` (Wikidata-style labels, two relations turned round).
- `transport`, `transport-wikidata` (twenty-seventh session): airlines, their hubs and
  alliances, airports and the cities they serve, aircraft and trains and their makers, rail lines,
  their end stations and operators, parent companies, founders, chief executives, birthplaces and
  schools, and what contains what (`bench/graphs/transport.tsv`), with 32 2- and 3-hop questions
  written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/transport_multi.jsonl`); and the same relabelled by
  `bench/graphs/transport.relabel.json` (Wikidata-style labels, two relations turned round). Held
  out until the twenty-eighth session, when its failures were read and it joined the dev sets
  (`academia` took its place).
- `academia`, `academia-wikidata` (twenty-eighth session; held out until the twenty-ninth, when its
  failures were read and it joined the dev sets, `games` taking its place): universities, their founders,
  founding years, cities and leagues, scholars, their schools, doctoral advisors, employers, fields
  and awards, who confers the awards, research institutes and their parents, journals, their
  publishers and editors, birthplaces and what contains what (`bench/graphs/academia.tsv`), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code,
  committed before any run (`bench/questions/academia_multi.jsonl`); and the same relabelled by
  `bench/graphs/academia.relabel.json` (Wikidata-style labels, two relations turned round).
- `games`, `games-wikidata` (twenty-ninth session; held out until the thirtieth, when its failures
  were read and it joined the dev sets, `architecture` taking its place): video games, the studios
  that made them, their publishers, engines, platforms and the consoles' makers, composers and
  directors, series, release years and awards, who presents the awards, the companies' founders,
  chief executives, owners and headquarters, and what contains what (`bench/graphs/games.tsv`), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code, committed
  before any run (`bench/questions/games_multi.jsonl`); and the same relabelled by
  `bench/graphs/games.relabel.json` (Wikidata-style labels, two relations turned round).
- `architecture`, `architecture-wikidata` (thirtieth session; held out until the thirty-first, when
  its failures were read and it joined the dev sets, `maritime` taking its place): buildings, their
  architects, clients, styles, opening years and cities, what contains what, the architects'
  schools, teachers, employers, birthplaces and awards, who confers the awards, firms, their
  founders, owners and headquarters (`bench/graphs/architecture.tsv`), with 32 2- and 3-hop
  questions written with it by someone who had not read the ranking code, committed before any
  run (`bench/questions/architecture_multi.jsonl`); and the same relabelled by
  `bench/graphs/architecture.relabel.json` (Wikidata-style labels, two relations turned round).
- `maritime`, `maritime-wikidata` (thirty-first session; held out until the thirty-second, when its
  failures were read and it joined the dev sets, `law` taking its place): ships, the yards that built
  them, their operators, owners, home ports, launch years, classes, designers and commanders, what
  they were named after, the people's birthplaces, schools and employers, the companies' founders
  and headquarters, and what contains what (`bench/graphs/maritime.tsv`), with 32 2- and 3-hop
  questions written with it by someone who had not read the ranking code, committed before any
  run (`bench/questions/maritime_multi.jsonl`); and the same relabelled by
  `bench/graphs/maritime.relabel.json` (Wikidata-style labels, two relations turned round).
- `law`, `law-wikidata` (thirty-second session; held out until the thirty-third, when its failures
  were read and it joined the dev sets, `energy` taking its place): courts, judges and landmark cases, who
  decided, argued and wrote them, the laws they concern and when, who appointed the judges, where
  they were born and studied, where the courts sit, the laws' and treaties' origins, law firms,
  their founders and headquarters, and what contains what (`bench/graphs/law.tsv`, 400 triples, 18
  relations), with 32 2- and 3-hop questions written with it by someone who had not read the
  ranking code, committed before any run (`bench/questions/law_multi.jsonl`); and the same
  relabelled by `bench/graphs/law.relabel.json` (Wikidata-style labels, two relations turned round).
- `energy`, `energy-wikidata` (thirty-third session; held out until the thirty-fourth, when its
  failures were read and it joined the dev sets, `television` taking its place): dams, power stations and wind farms,
  the rivers they stand on and where those flow, their operators, owners, designers, reactor and
  turbine types and the makers of those, commissioning years, the companies' founders, parents and
  headquarters, the designers' birthplaces and schools, what reservoirs are named after, and what
  contains what (`bench/graphs/energy.tsv`, 451 triples, 19 relations), with 32 2- and 3-hop
  questions written with it by someone who had not read the ranking code, committed before any
  run (`bench/questions/energy_multi.jsonl`); and the same relabelled by
  `bench/graphs/energy.relabel.json` (Wikidata-style labels, two relations turned round).
- `television`, `television-wikidata` (thirty-fourth session; held out until the thirty-fifth, when
  its failures were read and it joined the dev sets, `fashion` taking its place): series, the networks that
  aired them and those networks' owners, founders and headquarters, creators, cast, studios, where
  the series were filmed and set, premiere years, the books and films they adapt and those works'
  authors and years, theme composers, the people's birthplaces and schools, and what contains what
  (`bench/graphs/television.tsv`, 480 triples, 18 relations), with 32 2- and 3-hop questions written
  with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/television_multi.jsonl`); and the same relabelled by
  `bench/graphs/television.relabel.json` (Wikidata-style labels, two relations turned round).
- `fashion`, `fashion-wikidata` (thirty-fifth session; held out until the thirty-sixth, when its
  failures were read and it joined the dev sets, `mountains` taking its place): fashion houses and brands, their
  founders, creative directors, parent groups, headquarters and founding years, perfumes, who made
  them and when, the people's birthplaces, schools and places of death, the faces of brands,
  magazines, their editors and publishers, fashion weeks and their organisers, and what contains
  what (`bench/graphs/fashion.tsv`, 491 triples, 19 relations), with 32 2- and 3-hop questions
  written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/fashion_multi.jsonl`); and the same relabelled by
  `bench/graphs/fashion.relabel.json` (Wikidata-style labels, two relations turned round).
- `mountains`, `mountains-wikidata` (thirty-sixth session; held out until the thirty-seventh, when its
  failures were read and it joined the dev sets, `zoology` taking its place): mountains and their ranges,
  heights, first ascents and their years, what they are named after and the huts on them, ranges
  inside ranges and countries, climbers' birthplaces, nationalities, clubs and the mountains they
  died on, expeditions, their leaders, members, goals, years and sponsors, the clubs' founding years
  and seats, and what contains what (`bench/graphs/mountains.tsv`, 499 triples, 20 relations), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code, committed
  before any run (`bench/questions/mountains_multi.jsonl`); and the same relabelled by
  `bench/graphs/mountains.relabel.json` (Wikidata-style labels, two relations turned round).
- `zoology`, `zoology-wikidata` (thirty-seventh session; held out until the thirty-eighth, when its
  failures were read and it joined the dev sets, `waterways` taking its place): animal species, their genera and
  families, who described them and when, what they are named after, where they are native and kept,
  the naturalists' birthplaces, nationalities, schools and workplaces, expeditions with their leaders,
  years and ships, institutions' founders, founding years and seats, and what contains what
  (`bench/graphs/zoology.tsv`, 500 triples, 20 relations), with 32 2- and 3-hop questions written with
  it by someone who had not read the ranking code, committed before any run
  (`bench/questions/zoology_multi.jsonl`); and the same relabelled by `bench/graphs/zoology.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `waterways`, `waterways-wikidata` (thirty-eighth session; held out until the thirty-ninth, when its
  failures were read and it joined the dev sets, `archaeology` taking its place): rivers, their sources, mouths,
  lengths and the countries they flow through, bridges and aqueducts with what they cross, where they
  stand, their years, designers, chief engineers and namesakes, dams with their rivers, reservoirs,
  heights and designers, canals and what they join, the engineers' birthplaces, birth years, schools
  and employers, and capitals (`bench/graphs/waterways.tsv`, 489 triples, 20 relations), with 32 2- and
  3-hop questions written with it by someone who had not read the ranking code, committed before any
  run (`bench/questions/waterways_multi.jsonl`); and the same relabelled by
  `bench/graphs/waterways.relabel.json` (Wikidata-style labels, two relations turned round).
- `archaeology`, `archaeology-wikidata` (thirty-ninth session; held out until the fortieth, when its
  failures were read and it joined the dev sets, `finance` taking its place): excavation sites, ancient cities
  and tombs, finds with what they are made of, what they depict and the script they are written in, who
  discovered, excavated or deciphered them and when, the museums that hold them, the cultures they belong
  to, where sites and museums are, the archaeologists' birthplaces, birth years, schools, employers and
  sponsors (`bench/graphs/archaeology.tsv`, 535 triples, 20 relations), with 32 2- and 3-hop questions
  written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/archaeology_multi.jsonl`); and the same relabelled by
  `bench/graphs/archaeology.relabel.json` (Wikidata-style labels, two relations turned round).
- `finance`, `finance-wikidata` (fortieth session; held out until the forty-first, when its failures were
  read and it joined the dev sets, `theatre` taking its place): banks, insurers, exchanges and central banks,
  their founders, founding years, headquarters, listings, leaders, parents and acquirers, currencies and
  who issues them, the financiers' and economists' birthplaces, birth years, schools, employers, doctoral
  advisers and prizes, crises and when they began, and capitals (`bench/graphs/finance.tsv`, 540 triples,
  20 relations), with 32 2- and 3-hop questions written with it by someone who had not read the ranking
  code, committed before any run (`bench/questions/finance_multi.jsonl`); and the same relabelled by
  `bench/graphs/finance.relabel.json` (Wikidata-style labels, two relations turned round).
- `theatre`, `theatre-wikidata` (forty-first session; held out until the forty-second, when its failures
  were read and it joined the dev sets, `aviation` taking its place): plays and operas, their playwrights,
  composers and librettists, premieres with their theatres and years, theatres and opera houses with their
  cities, opening years and architects, companies with their founders and directors, the performers who
  created roles, awards, the people's birthplaces, birth years, schools and spouses, and the cities'
  countries (`bench/graphs/theatre.tsv`, 534 triples, 20 relations), with 32 2- and 3-hop questions
  written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/theatre_multi.jsonl`); and the same relabelled by `bench/graphs/theatre.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `aviation`, `aviation-wikidata` (forty-second session; held out until the forty-third, when its failures were
  read and it joined the dev sets, `automotive` taking its place): airlines with their founders, founding
  years, headquarters, hubs, alliances and the aircraft they fly, flag carriers, airports with the cities
  they serve and the people they are named after, aircraft with their makers, designers and first flights,
  the makers' headquarters, aviators with the aircraft they flew, birthplaces, schools, spouses and
  awards, and the cities' countries (`bench/graphs/aviation.tsv`, 543 triples, 19 relations), with 32 2- and
  3-hop questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/aviation_multi.jsonl`); and the same relabelled by `bench/graphs/aviation.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `automotive`, `automotive-wikidata` (forty-third session; held out until the forty-fourth, when its failures
  were read and it joined the dev sets, `military` taking its place): car makers with their founders, founding
  years, headquarters and owners, models with their makers, designers, engines, the plants' cities and the
  years they came out, companies and places named after people, racing drivers with the cars they drove, the
  teams they raced for and the races they won, the people's birthplaces, schools, spouses and awards, and the
  cities' countries and capitals (`bench/graphs/automotive.tsv`, 560 triples, 19 relations), with 32 2- and
  3-hop questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/automotive_multi.jsonl`); and the same relabelled by `bench/graphs/automotive.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `military`, `military-wikidata` (forty-fourth session; held out until the forty-fifth, when its failures
  were read and it joined the dev sets, `journalism` taking its place): battles with the wars they belong to,
  where and when they were fought, who won them and who commanded, wars with the years they began and
  their winners, armies, fleets and ships with their commanders and the battles they fought, ships, tanks,
  forts and cities named after commanders, the commanders' birthplaces, places of death, academies, ranks,
  decorations, branches and allegiances, the academies' towns and founding years, and the places' countries
  and capitals (`bench/graphs/military.tsv`, 537 triples, 19 relations), with 32 2- and 3-hop questions
  written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/military_multi.jsonl`); and the same relabelled by `bench/graphs/military.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `journalism`, `journalism-wikidata` (forty-fifth session; held out until the forty-sixth, when its failures
  were read and it joined the dev sets, `computing` taking its place): newspapers, magazines, news agencies
  and broadcasters with their founders, owners, editors, headquarters, founding years and languages,
  journalists with the outlets they worked for, their birthplaces, places of death, schools, spouses,
  citizenships and awards, prizes with who confers them and whom they are named after, and the cities'
  countries, capitals and languages (`bench/graphs/journalism.tsv`, 548 triples, 19 relations), with 32 2- and
  3-hop questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/journalism_multi.jsonl`); and the same relabelled by `bench/graphs/journalism.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `computing`, `computing-wikidata` (forty-sixth session; held out until the forty-seventh, when its failures
  were read and it joined the dev sets, `philosophy` taking its place): programming languages, operating
  systems and software with their designers, developers and release years, computer companies with their
  founders, founding years, headquarters and parent companies, the people's birthplaces, places of death,
  universities, employers, spouses, nationalities and awards, awards with who confers them and whom they are
  named after, universities' cities, and the cities' countries, capitals and languages
  (`bench/graphs/computing.tsv`, 558 triples, 20 relations), with 32 2- and 3-hop questions written with it
  by someone who had not read the ranking code, committed before any run
  (`bench/questions/computing_multi.jsonl`); and the same relabelled by `bench/graphs/computing.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `philosophy`, `philosophy-wikidata` (forty-seventh session; held out until the forty-eighth, when its
  failures were read and it joined the dev sets, `museums` taking its place): philosophers with their works, the
  works' years and languages, schools and movements with their founders, teachers and students, who influenced
  whom, birthplaces and birth years, places of death, citizenships, awards, the universities they studied or
  taught at with their cities and founding years, and the cities' countries, capitals and languages
  (`bench/graphs/philosophy.tsv`, 557 triples, 19 relations), with 32 2- and 3-hop questions written with it
  by someone who had not read the ranking code, committed before any run
  (`bench/questions/philosophy_multi.jsonl`); and the same relabelled by `bench/graphs/philosophy.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `museums`, `museums-wikidata` (forty-eighth session; held out until the forty-ninth, when its failures were
  read and it joined the dev sets, `botany` taking its place): museums with their cities, founding years,
  founders and architects, the artworks they house with their makers, years and materials, the artists'
  and architects' birthplaces, birth and death years, places of death, movements and citizenships, and the
  cities' countries and rivers, the countries' capitals, languages and currencies
  (`bench/graphs/museums.tsv`, 554 triples, 19 relations), with 32 2- and 3-hop questions written with it
  by someone who had not read the ranking code, committed before any run
  (`bench/questions/museums_multi.jsonl`); and the same relabelled by `bench/graphs/museums.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `botany`, `botany-wikidata` (forty-ninth session; held out until the fiftieth, when its failures were read
  and it joined the dev sets, `linguistics` taking its place): plant species with their genera, families,
  native countries, who described them and when, the people genera are named after, the botanists'
  birthplaces, birth years, places of death, employers, teachers and awards, botanic gardens and
  universities with their cities, founding years and founders, and the cities' countries, the countries'
  capitals, official languages and continents (`bench/graphs/botany.tsv`, 559 triples, 19 relations), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code, committed before
  any run (`bench/questions/botany_multi.jsonl`); and the same relabelled by `bench/graphs/botany.relabel.json`
  (Wikidata-style labels, two relations turned round).
- `linguistics`, `linguistics-wikidata` (fiftieth session; held out until the fifty-first, when its failures
  were read and it joined the dev sets, `exploration` taking its place): languages with their families, scripts
  and the countries where they are official, scripts with their creators, years and the scripts they derive
  from, linguists with their birthplaces, birth years, places of death, employers, teachers, awards, books
  and the books' years, the languages they studied, universities with their cities and founding years, and
  the cities' countries, the countries' capitals and continents (`bench/graphs/linguistics.tsv`, 557 triples,
  20 relations), with 32 2- and 3-hop questions written with it by someone who had not read the ranking code,
  committed before any run (`bench/questions/linguistics_multi.jsonl`); and the same relabelled by
  `bench/graphs/linguistics.relabel.json` (Wikidata-style labels, two relations turned round).
- `exploration`, `exploration-wikidata` (fifty-first session; held out until the fifty-second, when its
  failures were read and it joined the dev sets, `photography` taking its place): explorers with their birthplaces,
  birth years, places of death and citizenships, the expeditions they led with their ships, sponsors,
  destinations, ports of departure and years, the ships with where and when they were built, sponsors and
  societies with their seats and founding years, places named after explorers, and the cities' countries,
  the countries' capitals and continents (`bench/graphs/exploration.tsv`, 559 triples, 18 relations), with 32
  2- and 3-hop questions written with it by someone who had not read the ranking code, committed before any
  run (`bench/questions/exploration_multi.jsonl`); and the same relabelled by
  `bench/graphs/exploration.relabel.json` (Wikidata-style labels, two relations turned round).
- `photography`, `photography-wikidata` (fifty-second session; held out until the fifty-third, when its
  failures were read and it joined the dev sets, `ceramics` taking its place): photographers with their birthplaces,
  birth years, places of death, nationalities, the agencies they belonged to, their awards and the museums that
  hold their work, their photobooks with publishers and years, the cameras they used with makers and release
  years, agencies and museums with their founders, founding years and seats, and the cities' countries, the
  countries' capitals and continents (`bench/graphs/photography.tsv`, 555 triples, 20 relations), with 32 2- and
  3-hop questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/photography_multi.jsonl`); and the same relabelled by
  `bench/graphs/photography.relabel.json` (Wikidata-style labels, two relations turned round).
- `ceramics`, `ceramics-wikidata` (fifty-third session; held out until the fifty-fourth, when its failures were
  read and it joined the dev sets, `horology` taking its place): porcelain manufactories and potteries with
  their founders, founding years, seats and owners, the wares and patterns they made with their designers,
  materials and years, ceramic artists with their birthplaces, birth years, places of death, citizenships,
  teachers, schools, employers, awards and the museums that hold their work, and the cities' countries
  (`bench/graphs/ceramics.tsv`, 558 triples, 19 relations), with 32 2- and 3-hop questions written with it by
  someone who had not read the ranking code, committed before any run (`bench/questions/ceramics_multi.jsonl`);
  and the same relabelled by `bench/graphs/ceramics.relabel.json` (Wikidata-style labels, two relations
  turned round).
- `horology`, `horology-wikidata` (fifty-fourth session; held out until the fifty-fifth, when its failures were
  read and it joined the dev sets, `typography` taking its place): watch companies and luxury groups with their
  founders, founding years, headquarters and parent groups, watch models and movements with their makers, launch
  years, designers, the movements inside them and famous wearers, historic clocks with their makers and where
  they are kept, watchmakers with their birthplaces, birth years, places of death, employers and masters, and
  places up to their regions, countries, capitals and continents (`bench/graphs/horology.tsv`, 558 triples, 20
  relations), with 32 2- and 3-hop questions written with it by someone who had not read the ranking code,
  committed before any run (`bench/questions/horology_multi.jsonl`); and the same relabelled by
  `bench/graphs/horology.relabel.json` (Wikidata-style labels, two relations turned round).
- `typography`, `typography-wikidata` (fifty-fifth session; held out until the fifty-sixth, when its failures were
  read and it joined the dev sets, `cartography` taking its place): typefaces with their designers, the
  foundries and firms that issued them, release years, classifications and the older faces they revive, printed
  books and newspapers with their printers and the faces they are set in, type foundries, presses, publishers and
  printing firms with their founders, founding years, seats and parent companies, type designers and printers
  with their birthplaces, birth years, places of death, employers and masters, and places up to their regions,
  countries, capitals and continents (`bench/graphs/typography.tsv`, 555 triples, 20 relations), with 32 2- and
  3-hop questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/typography_multi.jsonl`); and the same relabelled by
  `bench/graphs/typography.relabel.json` (Wikidata-style labels, two relations turned round).
- `cartography`, `cartography-wikidata` (fifty-sixth session; held out until the fifty-seventh, when its failures
  were read and it joined the dev sets, `dance` taking its place): maps, atlases and globes with their makers,
  publishers, printers, patrons, publication years, the regions they show and the libraries and museums that
  keep them, cartographers, printers and patrons with their birthplaces, birth years, places of death,
  teachers, employers and the academies and societies they belonged to, map publishers, surveys, observatories,
  academies and geographic societies with their founders, founding years and seats, and places up to their
  regions, countries, capitals and continents (`bench/graphs/cartography.tsv`, 541 triples, 20 relations), with
  32 2- and 3-hop questions written with it by someone who had not read the ranking code, committed before any
  run (`bench/questions/cartography_multi.jsonl`); and the same relabelled by
  `bench/graphs/cartography.relabel.json` (Wikidata-style labels, two relations turned round).
- `dance`, `dance-wikidata` (fifty-seventh session, held out): ballets and modern dance works with their
  choreographers, composers, premiere years and the companies and theatres that first staged them, ballet and
  modern dance companies, ballet schools and conservatories with their founders, founding years, home cities and
  home theatres, choreographers, dancers and composers with their birthplaces, birth years, places of death,
  teachers, schools and the companies they danced for, theatres with their cities, and places up to their
  regions, countries, capitals and continents (`bench/graphs/dance.tsv`, 558 triples, 19 relations), with 32 2-
  and 3-hop questions written with it by someone who had not read the ranking code, committed before any run
  (`bench/questions/dance_multi.jsonl`); and the same relabelled by `bench/graphs/dance.relabel.json`
  (Wikidata-style labels, two relations turned round).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = Path(os.environ.get("DEVSUITE", "/tmp/devsuite"))

# The benchmark's relation names appear here, in the bench, and nowhere in the product.
VOCABULARIES = {
    "wikidata": {"directed_by": "director", "written_by": "screenwriter", "starred_actors": "cast member",
                 "release_year": "publication date", "in_language": "original language of film or TV show",
                 "has_tags": "main subject", "has_genre": "genre", "has_imdb_votes": "number of reviews/ratings",
                 "has_imdb_rating": "review score"},
    "freebase": {"directed_by": "film.film.directed_by", "written_by": "film.film.written_by",
                 "starred_actors": "film.film.starring", "release_year": "film.film.initial_release_date",
                 "in_language": "film.film.language", "has_tags": "film.film.subjects",
                 "has_genre": "film.film.genre", "has_imdb_votes": "film.film.vote_count",
                 "has_imdb_rating": "film.film.rating"},
    "schema": {"directed_by": "director", "written_by": "author", "starred_actors": "actor",
               "release_year": "datePublished", "in_language": "inLanguage", "has_tags": "keywords",
               "has_genre": "genre", "has_imdb_votes": "ratingCount", "has_imdb_rating": "ratingValue"},
}

PEOPLE_FREEBASE = {"spouse": "people.person.spouse_s", "children": "people.person.children",
                   "parents": "people.person.parents", "nationality": "people.person.nationality",
                   "place_of_birth": "people.person.place_of_birth", "profession": "people.person.profession",
                   "religion": "people.person.religion", "gender": "people.person.gender",
                   "place_of_death": "people.deceased_person.place_of_death",
                   "cause_of_death": "people.deceased_person.cause_of_death",
                   "containedby": "location.location.containedby"}

ORGS_DBPEDIA = {"founded by": "foundedBy", "headquarters location": "headquarter", "chief executive officer": "keyPerson",
                "industry": "industry", "product or material produced": "product", "inception": "foundingYear",
                "parent organization": "parentCompany", "educated at": "almaMater", "place of birth": "birthPlace",
                "employer": "employer", "located in the administrative territorial entity": "isPartOf",
                "country": "country", "capital": "capital", "official language": "officialLanguage",
                "operating system": "operatingSystem", "developer": "developer"}

BOOKS_WIKIDATA = {"publisher": "publisher", "first_published": "publication date",
                  "original_language": "language of work or name", "literary_genre": "genre", "translator": "translator",
                  "award_received": "award received", "birthplace": "place of birth", "married_to": "spouse",
                  "alma_mater": "educated at", "headquarters": "headquarters location", "founder": "founded by",
                  "owned_by": "owned by", "part_of": "located in the administrative territorial entity",
                  "located_in": "location", "presented_by": "conferred by", "official_language": "official language"}

MUSIC_WIKIDATA = {"album_by": "performer", "record_label": "record label", "produced_by": "producer",
                  "written_by": "composer", "genre": "genre", "born_in": "place of birth",
                  "formed_in": "location of formation", "located_in": "located in the administrative territorial entity",
                  "parent_company": "parent organization", "headquarters": "headquarters location",
                  "award_won": "award received", "spouse": "spouse"}
MUSIC_TURNED = {"member_of": "has part(s)", "track_on": "tracklist"}  # Wikidata states these from the other end
SPORT_WIKIDATA = {"plays_for": "member of sports team", "former_club": "previous team",
                  "previously_managed": "former head coach of", "home_ground": "home venue", "competes_in": "league",
                  "based_in": "headquarters location", "located_in": "located in the administrative territorial entity",
                  "owned_by": "owned by", "represents": "national team", "won": "winner of", "born_in": "place of birth",
                  "spouse_of": "spouse", "founded_in": "inception", "operates_in": "country"}
SPORT_TURNED = {"manager_of": "head coach", "captain_of": "captain"}  # stated from the team
POLITICS_WIKIDATA = {"held_office": "position held", "member_of_party": "member of political party",
                     "member_of_legislature": "member of legislative body", "represents": "electoral district",
                     "born_in": "place of birth", "educated_at": "educated at", "spouse": "spouse",
                     "succeeded": "replaces", "party_leader": "chairperson",
                     "headquartered_in": "headquarters location", "founded_by": "founded by",
                     "headed_by": "director / manager", "jurisdiction": "applies to jurisdiction",
                     "located_in": "located in the administrative territorial entity"}
POLITICS_TURNED = {"child": "father", "capital": "capital of"}  # stated from the other end

SETS = ["metaqa", "metaqa-wikidata", "metaqa-freebase", "metaqa-schema", "ntm", "ntm-wikidata", "ntm-freebase",
        "ntm-schema", "nlpcc", "constraints", "abstain", "abstain-people",
        "abstain-words", "nlpcc-abstain", "nlpcc-2hop", "para-multi", "para-multi-b", "people", "people-freebase",
        "people-names", "orgs", "orgs-dbpedia", "books", "books-wikidata", "music", "music-wikidata",
        "sport", "sport-wikidata", "politics", "politics-wikidata", "science", "science-wikidata",
        "art", "art-wikidata", "food", "food-wikidata", "space", "space-wikidata",
        "health", "health-wikidata", "transport", "transport-wikidata", "academia", "academia-wikidata",
        "games", "games-wikidata", "architecture", "architecture-wikidata", "maritime", "maritime-wikidata",
        "law", "law-wikidata", "energy", "energy-wikidata", "television", "television-wikidata",
        "fashion", "fashion-wikidata", "mountains", "mountains-wikidata", "zoology", "zoology-wikidata",
        "waterways", "waterways-wikidata", "archaeology", "archaeology-wikidata", "finance", "finance-wikidata",
        "theatre", "theatre-wikidata", "aviation", "aviation-wikidata", "automotive", "automotive-wikidata",
        "military", "military-wikidata", "journalism", "journalism-wikidata", "computing", "computing-wikidata",
        "philosophy", "philosophy-wikidata", "museums", "museums-wikidata", "botany", "botany-wikidata",
        "linguistics", "linguistics-wikidata", "exploration", "exploration-wikidata", "photography",
        "photography-wikidata", "ceramics", "ceramics-wikidata", "horology", "horology-wikidata",
        "typography", "typography-wikidata", "cartography", "cartography-wikidata", "dance",
        "dance-wikidata"]
# graphs written by hand with their 2/3-hop questions (bench/graphs/NAME.tsv, bench/questions/NAME_multi.jsonl)
HAND_WRITTEN = ("people", "orgs", "books", "music", "sport", "politics", "science", "art", "food", "space", "health",
                "transport", "academia", "games", "architecture", "maritime", "law", "energy", "television", "fashion",
                "mountains", "zoology", "waterways", "archaeology", "finance", "theatre", "aviation", "automotive",
                "military", "journalism", "computing", "philosophy", "museums", "botany", "linguistics",
                "exploration", "photography", "ceramics", "horology", "typography", "cartography", "dance")
RELABEL_FILES = ("science", "art", "food", "space", "health", "transport", "academia", "games", "architecture",
                 "maritime", "law", "energy", "television", "fashion", "mountains", "zoology", "waterways",
                 "archaeology", "finance", "theatre", "aviation", "automotive",
                 "military", "journalism", "computing", "philosophy", "museums", "botany",
                 "linguistics", "exploration", "photography", "ceramics", "horology",
                 "typography", "cartography", "dance")  # with bench/graphs/NAME.relabel.json
GRAPH_OF = {name: name for name in SETS} | {"ntm": "metaqa", "constraints": "metaqa", "nlpcc-2hop": "nlpcc",
                                              "para-multi": "metaqa-freebase", "para-multi-b": "metaqa-wikidata"} \
    | {f"ntm-{v}": f"metaqa-{v}" for v in VOCABULARIES}  # the graph each set asks


def _kb(path: Path) -> list[tuple[str, str, str]]:
    return [tuple(line.rstrip("\n").split("\t")) for line in path.open(encoding="utf-8") if line.strip()]


def _write_kb(path: Path, triples) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for s, r, o in triples:
            f.write(f"{s}\t{r}\t{o}\n")


def _relabel(triples, labels: dict[str, str], turned: dict[str, str]):
    """Another vocabulary's labels; a relation in `turned` runs the other way under its new label."""
    return ((o, turned[r], s) if r in turned else (s, labels[r], o) for s, r, o in triples)


def _write_questions(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


CONSTRAINT_TEMPLATES = [
    # (first relation, second relation, phrasings); both relations point from the film to the constraint
    ("directed_by", "starred_actors", ["which films directed by {a} starred {b}",
                                       "what movies did {a} direct that {b} acted in",
                                       "{b} appeared in which films directed by {a}"]),
    ("written_by", "starred_actors", ["which movies written by {a} star {b}",
                                      "what films did {a} write that feature {b}",
                                      "name the films with {b} that were written by {a}"]),
    ("directed_by", "written_by", ["which films were directed by {a} and written by {b}",
                                   "what movies did {a} direct from a screenplay by {b}"]),
    ("starred_actors", "release_year", ["which films starring {a} came out in {b}",
                                        "what movies did {a} act in that were released in {b}"]),
    ("directed_by", "has_genre", ["which {b} films did {a} direct",
                                  "what {b} movies were directed by {a}"]),
]


def constraint_questions(kb, n: int = 150, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    by_rel: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # rel → object → films
    film_objs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (film, rel) → objects
    for s, r, o in kb:
        by_rel[r][o].add(s)
        film_objs[(s, r)].add(o)
    films = sorted({s for s, _, _ in kb if (s, "directed_by") in film_objs})
    out, seen = [], set()
    tries = 0
    while len(out) < n and tries < 200_000:
        tries += 1
        r1, r2, phrasings = CONSTRAINT_TEMPLATES[len(out) % len(CONSTRAINT_TEMPLATES)]
        film = rnd.choice(films)
        a_opts, b_opts = sorted(film_objs.get((film, r1), ())), sorted(film_objs.get((film, r2), ()))
        if not a_opts or not b_opts:
            continue
        a, b = rnd.choice(a_opts), rnd.choice(b_opts)
        both = by_rel[r1][a] & by_rel[r2][b]
        # a real constraint: each side alone allows clearly more than both together
        if a == b or (a, b) in seen or len(both) > 3 or len(by_rel[r1][a]) < 2 * len(both) + 1 \
                or len(by_rel[r2][b]) < 2 * len(both) + 1 or len(by_rel[r2][b]) > 400:
            continue
        seen.add((a, b))
        text = rnd.choice(phrasings).format(a=a, b=b.lower() if r2 == "has_genre" else b)
        out.append({"id": f"constraints-{len(out):04d}", "question": text, "answers": sorted(both), "hops": 2,
                    "qtype": f"{r1}+{r2}"})
    return out


# Abstention graphs: MetaQA subgraphs without some relations (and so without the answers of the
# questions that ask for them), one on MetaQA's own names and two renamed, each missing relations
# of another kind: dates and classes; people (so "who directed" must not answer with the cast);
# names and free words.
ABSENT = {"abstain": (None, {"release_year": "year", "has_genre": "genre"}),
          "abstain-people": ("wikidata", {"directed_by": "director", "written_by": "writer"}),
          "abstain-words": ("schema", {"in_language": "language", "has_tags": "tags"})}


def abstain_set(kb, dev: list[dict], absent: dict[str, str], vocabulary: str | None = None, n: int = 200,
                seed: int = 11) -> tuple[list, list[dict]]:
    """A subgraph around 1-hop dev topics, without the `absent` relations (relation → the
    question type's last part): questions about those are unanswerable (gold: abstain), the rest
    stay answerable. `vocabulary` renames the relations kept."""
    rnd = random.Random(seed)
    one_hop = [q for q in dev if q["hops"] == 1]
    rnd.shuffle(one_hop)
    picked = one_hop[:n]
    topics = {q["topic_entity"] for q in picked}
    sub = [(s, r, o) for s, r, o in kb if (s in topics or o in topics) and r not in absent]
    # keep the graph from being only the topics' stars: add their films' other facts too
    films = {s for s, r, o in sub}
    sub = list(dict.fromkeys(sub + [(s, r, o) for s, r, o in kb if s in films and r not in absent]))
    if vocabulary:
        sub = [(s, VOCABULARIES[vocabulary][r], o) for s, r, o in sub]
    rows = []
    for q in picked:
        gone = q["qtype"].split("_to_")[-1] in absent.values()
        row = {"id": "abstain-" + q["id"], "question": q["question"], "hops": 1,
               "answers": [] if gone else q["answers"], "unanswerable": gone, "topic_entity": q["topic_entity"]}
        rows.append(row)
    return sub, rows


def nlpcc_abstain_set(kb, dev: list[dict], seed: int = 13) -> tuple[list, list[dict]]:
    """NLPCC's graph without the facts that answer half of the dev questions (chosen at random):
    those become unanswerable while their topics keep every other fact, as a user's graph lacks
    one fact of an entity it knows much about."""
    rnd = random.Random(seed)
    gone = {q["id"] for q in dev if rnd.random() < 0.5}
    drop = {tuple(t) for q in dev if q["id"] in gone for t in q["supporting_triples"]}
    rows = [{**{k: q[k] for k in ("question", "hops", "topic_entity")}, "id": "abstain-" + q["id"],
             "answers": [] if q["id"] in gone else q["answers"], "unanswerable": q["id"] in gone} for q in dev]
    return [t for t in kb if t not in drop], rows


def display_name(name: str) -> str:
    """"john_kennedy_jr" → "John Kennedy Jr", "charles_iii" → "Charles III": a snake-case id as
    people write the name."""
    words = name.split("_")
    return " ".join(w.upper() if set(w) <= set("ivx") and len(w) > 1 else w if w in ("of", "the", "sur") else
                    w.capitalize() for w in words)


def people_names(kb, rows: list[dict]) -> tuple[list, list[dict]]:
    """The people graph and questions with display names and spaced relation labels."""
    ids = sorted({x for s, _, o in kb for x in (s, o)}, key=len, reverse=True)
    out = []
    for row in rows:
        text = row["question"]
        for i in ids:  # longest first: "john_kennedy_jr" before "john_kennedy"
            text = text.replace(i, display_name(i))
        out.append({**row, "question": text[:1].upper() + text[1:], "answers": [display_name(a) for a in row["answers"]]})
    return [(display_name(s), r.replace("_", " "), display_name(o)) for s, r, o in kb], out


def build(force: bool = False) -> None:
    from graphrag.pipeline import GraphRAG

    kb = _kb(DATA / "metaqa" / "kb.tsv")
    dev = _read_questions(DATA / "metaqa" / "dev.jsonl")
    files: dict[str, Path] = {"metaqa": DATA / "metaqa" / "kb.tsv", "nlpcc": DATA / "nlpcc2016" / "kb.tsv"}
    for name, mapping in VOCABULARIES.items():
        files[f"metaqa-{name}"] = OUT / "kb" / f"metaqa-{name}.tsv"
        if force or not files[f"metaqa-{name}"].exists():
            _write_kb(files[f"metaqa-{name}"], ((s, mapping[r], o) for s, r, o in kb))
    for name, (vocabulary, absent) in ABSENT.items():
        sub, rows = abstain_set(kb, dev, absent, vocabulary)
        files[name] = OUT / "kb" / f"{name}.tsv"
        _write_kb(files[name], sub)
        _write_questions(OUT / "questions" / f"{name}.jsonl", rows)
    _write_questions(OUT / "questions" / "constraints.jsonl", constraint_questions(kb))
    sub, rows = nlpcc_abstain_set(_kb(DATA / "nlpcc2016" / "kb.tsv"), _read_questions(DATA / "nlpcc2016" / "dev.jsonl"))
    files["nlpcc-abstain"] = OUT / "kb" / "nlpcc-abstain.tsv"
    _write_kb(files["nlpcc-abstain"], sub)
    _write_questions(OUT / "questions" / "nlpcc-abstain.jsonl", rows)
    people = _kb(ROOT / "bench" / "graphs" / "people.tsv")
    files["people"] = ROOT / "bench" / "graphs" / "people.tsv"
    files["people-freebase"] = OUT / "kb" / "people-freebase.tsv"
    _write_kb(files["people-freebase"], ((s, PEOPLE_FREEBASE[r], o) for s, r, o in people))
    kb_names, rows = people_names(people, _read_questions(questions_of("people")))
    files["people-names"] = OUT / "kb" / "people-names.tsv"
    _write_kb(files["people-names"], kb_names)
    _write_questions(OUT / "questions" / "people-names.jsonl", rows)
    files["orgs"] = ROOT / "bench" / "graphs" / "orgs.tsv"
    files["orgs-dbpedia"] = OUT / "kb" / "orgs-dbpedia.tsv"
    _write_kb(files["orgs-dbpedia"], ((s, ORGS_DBPEDIA[r], o) for s, r, o in _kb(files["orgs"])))
    files["books"] = ROOT / "bench" / "graphs" / "books.tsv"
    files["books-wikidata"] = OUT / "kb" / "books-wikidata.tsv"
    _write_kb(files["books-wikidata"], ((o, "author", s) if r == "author_of" else (s, BOOKS_WIKIDATA[r], o)
                                        for s, r, o in _kb(files["books"])))
    files["music"] = ROOT / "bench" / "graphs" / "music.tsv"
    files["music-wikidata"] = OUT / "kb" / "music-wikidata.tsv"
    _write_kb(files["music-wikidata"], _relabel(_kb(files["music"]), MUSIC_WIKIDATA, MUSIC_TURNED))
    files["sport"] = ROOT / "bench" / "graphs" / "sport.tsv"
    files["sport-wikidata"] = OUT / "kb" / "sport-wikidata.tsv"
    _write_kb(files["sport-wikidata"], _relabel(_kb(files["sport"]), SPORT_WIKIDATA, SPORT_TURNED))
    files["politics"] = ROOT / "bench" / "graphs" / "politics.tsv"
    files["politics-wikidata"] = OUT / "kb" / "politics-wikidata.tsv"
    _write_kb(files["politics-wikidata"], _relabel(_kb(files["politics"]), POLITICS_WIKIDATA, POLITICS_TURNED))
    for graph in RELABEL_FILES:  # relabelled by the Wikidata-style labels their own file gives
        files[graph] = ROOT / "bench" / "graphs" / f"{graph}.tsv"
        files[f"{graph}-wikidata"] = OUT / "kb" / f"{graph}-wikidata.tsv"
        relabel = json.loads((ROOT / "bench" / "graphs" / f"{graph}.relabel.json").read_text())
        _write_kb(files[f"{graph}-wikidata"], _relabel(_kb(files[graph]), relabel["wikidata"], relabel["turned"]))
    for graph, path in files.items():
        home = OUT / "graphs" / graph
        if home.exists() and not force:
            continue
        with GraphRAG.open(home, llm="none") as rag:
            rag.load(path)
        print(f"built {graph}", file=sys.stderr)


def questions_of(name: str) -> Path:
    if name.startswith("ntm-"):  # the paraphrases over a renamed graph: the same questions
        return DATA / "metaqa" / "ntm_dev.jsonl"
    return {"metaqa": DATA / "metaqa" / "dev.jsonl", "ntm": DATA / "metaqa" / "ntm_dev.jsonl",
            "nlpcc": DATA / "nlpcc2016" / "dev.jsonl",
            "nlpcc-2hop": ROOT / "bench" / "questions" / "nlpcc_2hop.jsonl",
            "para-multi": ROOT / "bench" / "questions" / "metaqa_paraphrase_multi.jsonl",
            "para-multi-b": ROOT / "bench" / "questions" / "metaqa_paraphrase_multi_b.jsonl",
            **{g: ROOT / "bench" / "questions" / f"{g.split('-')[0]}_multi.jsonl" for g in SETS
               if g.split("-")[0] in HAND_WRITTEN and g != "people-names"}}.get(name) or (
        DATA / "metaqa" / "dev.jsonl" if name.startswith("metaqa-") else OUT / "questions" / f"{name}.jsonl")


def run(sets: list[str], limit: int | None, overrides: dict, out_json: str | None, weights=None) -> dict:
    from graphrag.evaluate.questions import read_questions
    from graphrag.evaluate.runner import aggregate, evaluate, warm_up
    from graphrag.pipeline import GraphRAG

    results = {}
    for name in sets:
        qs = read_questions(questions_of(name), limit=limit)
        with GraphRAG.open(OUT / "graphs" / GRAPH_OF[name], llm="none") as rag:
            if weights is not None:
                rag.weights = weights
            warm_up(rag, qs[0].question)
            report = aggregate(evaluate(rag, qs, progress=False, **overrides))
        results[name] = report.to_dict()
        print(format_row(name, report.to_dict()), flush=True)
    if out_json:
        Path(out_json).write_text(json.dumps(results, indent=1))
    return results


BINS = (0.0, 0.2, 0.4, 0.6, 0.8)


def calibrate(sets: list[str], limit: int | None) -> dict[str, tuple]:
    """Measure what `confidence` should say: the share of right answers per evidence bin, for
    uncontested and contested readings apart (and for answers of a kind the question did not
    ask for), over all `sets` together; adjacent bins that would break the order are pooled (the
    hit rate must not fall as evidence grows)."""
    from dataclasses import replace

    from graphrag.evaluate import metrics
    from graphrag.evaluate.questions import read_questions
    from graphrag.pipeline import GraphRAG
    from graphrag.retrievers.weights import DEFAULT

    # confidence = the bin's floor (contested: + 10), so the bin can be read back from it
    probe = replace(DEFAULT, calibration=tuple((b, b) for b in BINS), contested=tuple((b, b + 10) for b in BINS),
                    mismatch_rate=-1.0, trace_rate=-2.0)
    tally: dict[float, list[int]] = {}
    for name in sets:
        with GraphRAG.open(OUT / "graphs" / GRAPH_OF[name], llm="none") as rag:
            rag.weights = probe
            for q in read_questions(questions_of(name), limit=limit):
                r = rag.retrieve(q.question, min_confidence=-2.0)
                if not r.answers:  # nothing found: no answer to be sure of
                    continue
                hit = metrics.hits_at_1(r.answers, q.answers) if q.answerable else 0.0
                tally.setdefault(round(r.confidence, 2), [0, 0])[0] += 1
                tally[round(r.confidence, 2)][1] += int(hit)
        print(f"{name}: done", flush=True)
    mismatch = tally.pop(-1.0, [0, 0])
    print(f"kind mismatch:  {mismatch[0]:5d} answers, {mismatch[1] / max(mismatch[0], 1):.3f} right")
    trace = tally.pop(-2.0, [0, 0])
    print(f"read a trace:   {trace[0]:5d} answers, {trace[1] / max(trace[0], 1):.3f} right")
    out = {"mismatch_rate": round(mismatch[1] / max(mismatch[0], 1), 2),
           "trace_rate": round(trace[1] / max(trace[0], 1), 2)}
    for table, offset in (("calibration", 0), ("contested", 10)):
        pools = [[b, *tally[b + offset]] for b in BINS if tally.get(b + offset, [0])[0]]
        for b, n, hits in pools:
            print(f"{table}: evidence ≥ {b:.1f}: {n:5d} answers, {hits / n:.3f} right")
        merged: list[list] = []
        for b, n, hits in pools:
            merged.append([b, n, hits])
            while len(merged) > 1 and merged[-1][2] / merged[-1][1] < merged[-2][2] / merged[-2][1]:
                last = merged.pop()
                merged[-1][1] += last[1]
                merged[-1][2] += last[2]
        out[table] = tuple((b, round(hits / n, 2)) for b, n, hits in merged)
    for k, v in out.items():
        print(f"{k} = {v}")
    return out


def format_row(name: str, rep: dict) -> str:
    hops = rep["per_hop"]
    h1 = " / ".join(f"{hops[h]['hits_at_1']:.3f}" for h in sorted(hops))
    fh = " / ".join(f"{hops[h]['fact_hit']:.3f}" for h in sorted(hops))
    o = rep["overall"]
    cov = o.get("coverage")
    extra = f" coverage {cov:.3f} precision {o.get('precision') or 0:.3f}" if cov is not None else ""
    return f"{name:16s} hits@1 {h1:24s} in block {fh:24s} p50 {o['retrieve_p50_ms']} ms{extra}"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--force", action="store_true")
    c = sub.add_parser("calibrate", help="measure the confidence table (RankingWeights.calibration)")
    c.add_argument("--sets", default=",".join(SETS))
    c.add_argument("--limit", type=int, default=None)
    r = sub.add_parser("run")
    r.add_argument("--sets", default=",".join(SETS))
    r.add_argument("--limit", type=int, default=None)
    r.add_argument("--json", default=None)
    r.add_argument("--min-confidence", type=float, default=None, help="abstain at or below (setting min_confidence)")
    r.add_argument("--weight", action="append", default=[], metavar="NAME=VALUE",
                   help="a RankingWeights field for this run (fitting), e.g. z_low=1.4")
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if a.cmd == "build":
        build(a.force)
    elif a.cmd == "calibrate":
        calibrate(a.sets.split(","), a.limit)
    else:
        from dataclasses import replace

        from graphrag.retrievers.weights import DEFAULT

        overrides = {} if a.min_confidence is None else {"min_confidence": a.min_confidence}
        given = dict(w.split("=", 1) for w in a.weight)
        weights = replace(DEFAULT, **{k: type(getattr(DEFAULT, k))(v) for k, v in given.items()}) if given else None
        run(a.sets.split(","), a.limit, overrides, a.json, weights)


if __name__ == "__main__":
    main()
