"""Which figures of two reports of one event are compared (issue 14, pairs round 5)."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import Report, analyse, find_conflicts, parse_published
from quizapp.core.suggest.analysis import analyse_document
from quizapp.core.suggest.conflicts import _listed_together, _place_of
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.lexicon import load_lexicon


def _reports(*texts: str) -> list[Report]:
    return [Report(f"r{i}", text, parse_published(text)) for i, text in enumerate(texts)]


def _pairs(*texts: str, quantity: str = "deaths") -> dict[tuple[str, str], str]:
    """(figure of one report, figure of the other) -> verdict, for one quantity."""
    return {
        (c.a.text, c.b.text): c.verdict
        for c in find_conflicts(_reports(*texts), events=[0] * len(texts))
        if c.quantity == quantity
    }


def _quantity(sentence: str, figure: str) -> str | None:
    found = {s.text: s.quantity for s in analyse(sentence) if s.label == "figure"}
    assert figure in found, found
    return found[figure]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("10,000 feared dead after Philippines typhoon", "10,000"),
        ("As many as 10,000 people were feared dead in the city.", "As many as 10,000 people"),
        (
            "At least 10,000 people are thought to have been killed in the city, officials say.",
            "At least 10,000 people",
        ),
        ("Hundreds are feared dead after the ferry sank.", "Hundreds"),
    ],
)
def test_the_dead_hedged_right_after_the_count_are_a_feared_toll(
    sentence: str, figure: str
) -> None:
    """ "10,000 feared dead", "are thought to have been killed": the dead themselves hedged
    by the words right after the count are a feared toll, not a count."""
    assert _quantity(sentence, figure) == "deaths (feared)"


@pytest.mark.parametrize(
    ("sentence", "figure", "quantity"),
    [
        # an evidential only qualifies the count: still the count
        (
            "At this stage, it appears at least 25 people including children have been killed.",
            "at least 25 people",
            "deaths",
        ),
        # the missing feared dead stay the missing (the dead are counted apart)
        ("Officials said 76 people remain missing and feared dead.", "76 people", None),
    ],
)
def test_an_evidential_or_the_missing_are_no_feared_toll(
    sentence: str, figure: str, quantity: str | None
) -> None:
    """ "it appears at least 25 people have been killed" is the count; "76 remain missing and
    feared dead" is not a feared toll of the dead."""
    found = _quantity(sentence, figure)
    assert found != "deaths (feared)"
    if quantity is not None:
        assert found == quantity


def test_one_place_alone_is_compared_only_with_that_place() -> None:
    """ "10,000 might have died in the island of Leyte alone": that place's share, not
    compared with another report's whole toll; the whole tolls still are."""
    a = (
        "Typhoon toll could reach 10,000\n\nThe death toll could reach 10,000, officials said."
        "\n\nThe governor said 10,000 might have died in the island of Leyte alone."
    )
    b = "Typhoon death toll\n\nOfficials said more than 10,000 people may have been killed."
    pairs = _pairs(a, b, quantity="deaths (feared)")
    assert len(pairs) == 1, pairs


def test_a_toll_at_just_one_place_after_it_is_a_part() -> None:
    """ "As many as 10,000 people were feared dead in just one city": one of several places,
    never compared with a whole toll."""
    a = (
        "Typhoon toll\n\nThe storm killed 1,200 people, officials said.\n\nAs many as 300 people"
        " died in just one city, the mayor said."
    )
    b = "Typhoon\n\nThe toll reached 250, the disaster agency said."
    assert all("300" not in x for x, _ in _pairs(a, b)), _pairs(a, b)


def test_an_earlier_event_in_a_relative_clause_is_not_this_ones() -> None:
    """ "The collapse follows a November fire at the Tazreen factory that killed 112 people",
    "came eight years after the collapse of Spectrum Garments that left 64 workers dead": the
    tolls of earlier events, not compared with this event's toll."""
    a = (
        "Building collapse toll rises to 160\n\nThe death toll has risen to 160, police said."
        "\n\nThe collapse follows a November fire at the Tazreen Fashion factory that killed 112"
        " people."
    )
    b = (
        "Death toll rises to 86\n\nMore than 86 people were killed on Wednesday.\n\nThe disaster"
        " came eight years after the collapse of Spectrum Garments in Savar that left 64 workers"
        " dead."
    )
    pairs = _pairs(a, b)
    assert pairs and all(x == "160" for x, _ in pairs), pairs


def test_the_event_itself_in_a_relative_clause_stays_compared() -> None:
    """ "The evacuation came after the explosion that killed 14 people": the event itself,
    its toll compared."""
    a = "Plant explosion\n\nThe evacuation came after the explosion that killed 14 people."
    b = "Plant explosion\n\nTwelve people died in the explosion, officials said."
    assert ("14 people", "Twelve people") in _pairs(a, b)


def test_a_record_in_a_countrys_history_is_no_place() -> None:
    """ "the worst disaster in Bangladesh's history" does not make a toll Bangladesh's
    share; "in Bangladesh" does."""
    lexicon = load_lexicon()
    for sentence, place in [
        ("Rescuers identified 250 bodies in the worst disaster in Bangladesh's history.", None),
        ("Rescuers identified 250 bodies in Bangladesh on Thursday.", "Bangladesh"),
    ]:
        doc, found = analyse_document(sentence, lexicon)
        figure = next(f for f in found if f.label == "figure")
        assert _place_of(doc, figure) == place, sentence


def test_a_dateline_city_and_country_is_no_list_of_places() -> None:
    """ "Dhaka, Bangladesh (BBN)" names a city and its country: not two places an event
    spans, as "Turkey, Syria" are."""
    assert _listed_together(["Dhaka, Bangladesh (BBN) - A building"], {"Dhaka", "Bangladesh"}) == (
        set()
    )
    assert _listed_together(["Quake in Turkey, Syria"], {"Turkey", "Syria"}) == {"Turkey", "Syria"}


def test_bodies_handed_over_are_a_part() -> None:
    """ "340 bodies were handed over to their families", "over 100 bodies were already
    received by the families": some of the dead, not the toll."""
    a = (
        "Death toll climbs to 355\n\nThe toll climbed to 355 on Friday.\n\n340 bodies were"
        " handed over to their families."
    )
    b = (
        "Toll rises to 164\n\nThe toll rose to 164.\n\nOfficials said over 100 bodies were"
        " already received by the victims' families."
    )
    pairs = _pairs(a, b)
    assert set(pairs) == {("355", "164")}, pairs


def test_reaching_gives_a_rise() -> None:
    """ "The death toll continues to escalate reaching to 350": a rise, so an update."""
    a = "Toll rises\n\nThe death toll continues to escalate reaching to 350 this afternoon."
    b = "Collapse\n\nThe death toll stood at 164, police said."
    assert _pairs(a, b) == {("350", "164"): "update"}


def test_a_count_as_it_stands_now_gives_a_rise() -> None:
    """ "The bombing has now killed 358 people": the count as it stands now, so an update."""
    a = "Toll rises\n\nThe truck bombing in the capital has now killed 358 people, officials said."
    b = "Blast\n\nThe truck bombing in the capital killed 53 people, police said."
    assert _pairs(a, b) == {("358 people", "53 people"): "update"}


def test_a_feared_toll_with_its_place_between_is_feared() -> None:
    """ "An estimated 10,000 people in the province of Leyte might be killed": the place
    between the count and its hedge does not make it a count."""
    sentence = "An estimated 10,000 people in the province of Leyte might be killed, it said."
    assert _quantity(sentence, "An estimated 10,000 people") == "deaths (feared)"


def test_a_background_paragraph_about_an_earlier_event_is_not_this_ones() -> None:
    """A sentence recalling an earlier event ("brings to mind the deadly fire in Nimtoli") or
    opening with its year ("In September 2004, ...") starts a background: the tolls the next
    sentences of the paragraph give are that event's, not compared with this one's."""
    a = (
        "Chemical blaze kills 67\n\n22 February 2019\n\nThe death toll in the blaze rose to 67."
        "\n\nThe blaze brings to mind the deadly fire in Nimtoli. At least 124 people were killed"
        " in the fire, which started from a stove.\n\nIn September 2004, militants seized a"
        " school in Beslan. The siege ended two days later and more than 330 people were killed."
    )
    b = "Fire in Dhaka\n\n21 February 2019\n\nAt least 70 people were killed in the fire."
    pairs = _pairs(a, b)
    assert set(pairs) == {("67", "At least 70 people")}, pairs


def test_a_background_ends_where_the_paragraph_comes_back_to_this_event() -> None:
    """ "In 2010, a fire killed 124. On Wednesday, at least 70 died": the sentence naming this
    event's day is this event's, still compared."""
    a = (
        "Chemical blaze\n\n22 February 2019\n\nIn 2010, a fire in Nimtoli was the worst. On"
        " Wednesday night at least 67 people were killed in Chawkbazar."
    )
    b = "Fire in Dhaka\n\n21 February 2019\n\nAt least 70 people were killed in the fire."
    assert ("at least 67 people", "At least 70 people") in _pairs(a, b)


def test_later_members_of_a_list_of_parts_are_parts() -> None:
    """ "among them 18 are in burn unit and 37 are at the emergency unit": both are parts of
    the injured, not compared with another report's injured."""
    a = (
        "Fire kills 70\n\nAt least 70 people were killed and 55 others injured.\n\nHe said 55"
        " injured people are admitted to the hospital and among them 18 are in burn unit and 37"
        " are at the emergency unit."
    )
    b = "Fire in Dhaka\n\nOver 50 people were injured in the fire, officials said."
    pairs = _pairs(a, b, quantity="injured")
    assert pairs and all(x == "55 others" for x, _ in pairs), pairs


def test_the_toll_in_a_relative_clause_about_the_event_is_the_whole() -> None:
    """ "Mozambique's minister said ... after a cyclone triggered floods that have killed
    hundreds of people": the toll of the whole event, compared with the other reports'
    totals, not with Mozambique's count."""
    a = (
        "Cyclone toll\n\nMozambique's minister said the death toll has risen to 242 in the"
        " country, after a cyclone ripped through southern Africa and triggered floods that have"
        " killed hundreds of people.\n\nIn Zimbabwe the toll rose to 98, and in Malawi to 56."
    )
    b = (
        "Cyclone Idai\n\nAbout 700 people have died across Mozambique, Zimbabwe and Malawi.\n\n"
        "In Mozambique, 417 people have died."
    )
    pairs = _pairs(a, b)
    assert ("hundreds of people", "About 700 people") in pairs, pairs
    assert ("hundreds of people", "417 people") not in pairs, pairs


def test_those_who_died_at_the_scene_are_a_part() -> None:
    """ "Twelve victims died at the scene, and six others died later": a split of the toll of
    18, not compared with another report's toll."""
    a = (
        "Bomb kills 18\n\nA bomb killed at least 18 people on Monday.\n\nTwelve victims died at"
        " the scene, and six others died later in hospital, officials said."
    )
    b = "Shrine blast\n\nAt least 19 people were killed in the blast, police said."
    pairs = _pairs(a, b)
    assert pairs and all(x != "Twelve victims" for x, _ in pairs), pairs


def test_the_hardest_hit_places_count_is_a_part() -> None:
    """ "at least 161 people remain missing in the hardest-hit county": that county's count,
    compared only with the hardest-hit county's, not with the state's missing."""
    a = (
        "Flood toll rises\n\nThe sheriff said at least 161 people remain missing in the"
        " hardest-hit county.\n\nThe governor said at least 173 people were unaccounted for."
    )
    b = "Floods\n\nAbout 20 people were still unaccounted for, officials said."
    b2 = "Floods\n\nIn the worst-hit county, 150 people are missing, the sheriff said."
    pairs = _pairs(a, b, quantity="missing")
    assert pairs and all(x != "at least 161 people" for x, _ in pairs), pairs
    assert ("at least 161 people", "150 people") in _pairs(a, b2, quantity="missing")


def test_the_one_place_named_after_a_toll_is_its_place_in_a_split_event() -> None:
    """ "At least four people died and dozens were wounded after a major earthquake struck
    large parts of Iraq": Iraq's share, compared with the other reports' Iraq counts, not
    with the two countries' toll."""
    a = (
        "Iran-Iraq quake\n\nAt least 67 people have been killed in Iran, state media said.\n\n"
        "At least four people died and dozens were wounded after a major earthquake struck"
        " large parts of Iraq on Sunday."
    )
    b = (
        "Quake kills 300\n\nAt least 300 people were killed in the quake on the border between"
        " Iran and Iraq.\n\nAt least 328 people were killed in Iran. Six were killed in Iraq."
    )
    pairs = _pairs(a, b)
    assert ("At least four people", "Six") in pairs, pairs
    assert ("At least four people", "At least 300 people") not in pairs, pairs


def test_a_place_after_another_count_is_that_counts() -> None:
    """ "... 21,000, eclipsing the 18,000 who died near the Turkish capital": the place named
    after the second count is not the first's."""
    a = (
        "Quake toll\n\nThe toll in Turkey and Syria passed 21,000, eclipsing the 18,000 who died"
        " near the Turkish capital in 1999.\n\nIn Turkey, 18,000 people died; in Syria, 3,000."
    )
    b = "Quake\n\nMore than 20,000 people died in Turkey and Syria, officials said."
    assert ("21,000", "More than 20,000 people") in _pairs(a, b), _pairs(a, b)


def test_hyphenated_names_labelling_the_event_are_no_place() -> None:
    """ "Iran-Iraq quake kills 300": both names label the event, so the headline's toll is
    the whole event's, not Iran's share."""
    a = (
        "Iran-Iraq quake kills 300\n\nIn Iran, 250 people died, officials said. In Iraq, 50"
        " people died, officials said."
    )
    b = "Quake on the border\n\nThe quake killed about 300 people in Iran and Iraq."
    assert ("300", "about 300 people") in _pairs(a, b), _pairs(a, b)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bilan pourrait osciller entre 60 et 80 morts, selon certains médias.",
        "The toll could be between 60 and 80 dead, officials said.",
    ],
)
def test_a_hedged_range_of_the_dead_is_a_feared_toll(sentence: str) -> None:
    """ "Le bilan pourrait osciller entre 60 et 80 morts": a feared range, not a count."""
    figures = [s for s in analyse(sentence) if s.label == "figure"]
    assert figures and all(f.quantity == "deaths (feared)" for f in figures), figures


def test_and_after_a_hedge_without_a_number_is_no_feared_toll() -> None:
    """ "the toll could rise and 80 people were injured": the 80 are a count."""
    sentence = "Officials fear the toll could rise and 80 people were injured."
    assert _quantity(sentence, "80 people") == "injured"


def test_the_speakers_words_after_a_quoted_toll_are_no_part_cue() -> None:
    """'"The death toll has risen to 373," an official of the state's authority said': the
    "of the" belongs to the speaker, so the quoted toll is still compared; "three of the
    dead" right after a figure stays a part."""
    a = (
        "Death toll nears 400 in flood-hit state\n\nThe death toll rose on Monday to nearly 400"
        ' in the state.\n\n"The death toll has risen to 373," an official of the state\'s'
        " disaster management authority told Reuters.\n\nThree of the dead were children."
    )
    b = "Floods kill 324\n\n324 people have died in the floods, officials said."
    pairs = _pairs(a, b)
    assert ("373", "324 people") in pairs, pairs
    assert not any(x.startswith("Three") for x, _ in pairs), pairs


def test_the_event_named_by_its_own_words_is_no_place() -> None:
    """ "Twenty-three people have died so far in the destructive Camp Fire" under a headline
    naming the Camp Fire is the event's earlier toll, compared with the others; a place
    inside the event ("in Kerr County") still scopes a lower count."""
    a = (
        "Camp Fire death toll soars to 42\n\nThe Camp Fire has now killed 42 people.\n\n"
        "Twenty-three people have died so far in the destructive Camp Fire, officials said"
        " on Saturday."
    )
    b = "Camp Fire toll at 23\n\nThe death toll from the Camp Fire reached 23 on Saturday."
    pairs = _pairs(a, b)
    assert ("Twenty-three people", "23") in pairs, pairs
    c = (
        "Texas floods kill 79\n\nThe floods in Texas have killed at least 79 people."
        "\n\nRescuers searched the banks of the river for a third day on Sunday as more rain"
        " fell on the region and officials warned of further flooding."
        "\n\nAt least 68 people were killed by the flooding in Kerr County, the sheriff said."
    )
    d = "Kerr County floods kill 80\n\nAt least 80 people died in the Texas floods."
    assert not any(x == "At least 68 people" for x, _ in _pairs(c, d)), _pairs(c, d)


@pytest.mark.parametrize(
    "sentence",
    [
        "Of those wounded, 109 have already been released from the hospital.",
        "The attack left 239 people wounded but 109 have been discharged.",
    ],
)
def test_the_injured_sent_home_are_a_part(sentence: str) -> None:
    """ "109 have been discharged", "Of those wounded, 109 have already been released from
    the hospital": some of the injured, not another count of them."""
    a = f"Airport attack kills 42\n\nThe attack killed 42 and wounded 239 people.\n\n{sentence}"
    b = "Airport attack: 147 wounded\n\nOfficials said 147 were wounded in the attack."
    pairs = _pairs(a, b, quantity="injured")
    assert not any(x == "109" for x, _ in pairs), pairs
    assert pairs, pairs


def test_a_likeness_told_opens_a_background_paragraph() -> None:
    """ "the method of the attack resembles the deadly Suruc bombing from July 20 this year.
    Dozens of people were killed in the southern town": that event's toll, not this one's."""
    a = (
        "Twin blasts kill 95 in Ankara\n\nAt least 95 people have been killed in Saturday's"
        " twin bombings in Ankara, the prime minister's office said.\n\nOfficials said the"
        " method of the attack resembles the deadly Suruc bombing from July 20 this year."
        " Dozens of people were killed in the southern town when a bomb struck activists."
    )
    b = "Ankara toll rises to 97\n\nThe toll from Saturday's bombings rose to 97 people."
    pairs = _pairs(a, b)
    assert not any(x.startswith("Dozens") for x, _ in pairs), pairs
    assert pairs, pairs


@pytest.mark.parametrize(
    ("sentence", "figure", "quantity"),
    [
        # the hedge is about who did it; the toll in its relative clause is a count
        (
            "Police blocked the site of two suspected suicide bombings that killed 95 people.",
            "95 people",
            "deaths",
        ),
        # the toll itself hedged after "that": still a feared toll
        ("It was a suspected bombing that may have killed 95 people.", "95 people", None),
    ],
)
def test_a_toll_told_of_a_hedged_noun_is_a_count(
    sentence: str, figure: str, quantity: str | None
) -> None:
    """ "two suspected suicide bombings that killed 95 people" gives a count, while "a
    suspected bombing that may have killed 95" stays a guess."""
    found = _quantity(sentence, figure)
    if quantity is None:
        assert found != "deaths", found
    else:
        assert found == quantity, found


def test_a_headline_venue_of_the_event_is_no_scope() -> None:
    """ "At Least 20 Dead, 100 Injured at Las Vegas Concert": the headline names the event's
    own venue, so its count is compared with the others' counts; a venue named below the
    headline for some of the injured ("12 injured at the Tropicana Hotel") stays apart."""
    a = (
        "At Least 20 Dead, 100 Injured at Las Vegas Concert\n\nA gunman opened fire on a"
        " country music festival on the Strip on Sunday night.\n\nPolice said 12 were"
        " injured at the Tropicana Hotel."
    )
    b = "200 injured in Las Vegas shooting\n\nThe shooting left 200 injured, police said."
    pairs = _pairs(a, b, quantity="injured")
    assert ("100 Injured", "200 injured") in pairs or ("100 Injured", "200") in pairs, pairs
    assert not any(x.startswith("12") for x, _ in pairs), pairs


def test_a_count_below_the_reports_count_of_a_group_is_some_of_them() -> None:
    """Beside "over 400 others were badly injured", "medical staff treated dozens of
    wounded residents outside the building" are some of the injured, not their total; a
    feared toll above the count ("could reach into the thousands") is no such group."""
    a = (
        "Quake toll rises to 405\n\nThe toll from the quake rose to 405 on Sunday, officials"
        " said, adding that over 400 others were badly injured.\n\nRescuers searched the"
        " ruins of the hotel through the night.\n\nAfter a local hospital was damaged,"
        " medical staff treated dozens of wounded residents just outside the building."
    )
    b = "Quake kills 832\n\nThe quake killed 832 people and left 1,500 people injured."
    assert not any(x.startswith("dozens") for x, _ in _pairs(a, b, quantity="injured")), _pairs(
        a, b, quantity="injured"
    )
    c = (
        "Quake kills 384\n\nThe quake killed 384 people, officials said.\n\nThe toll could"
        " reach into the thousands, the vice president said.\n\nSome 1,200 people were"
        " killed in the city, the agency said later."
    )
    d = "Quake kills 832\n\nThe quake killed 832 people."
    assert any(x == "Some 1,200 people" for x, _ in _pairs(c, d)), _pairs(c, d)


def test_the_injured_flown_abroad_are_a_part() -> None:
    """ "122 injured ppl flown to Turkey, Sudan & Kenya": those taken abroad, some of the
    injured, not another count of them."""
    a = (
        "Truck bomb toll rises to 358\n\nThe truck bomb has now killed 358 people and injured"
        " 228, the government said.\n\nOfficials met on Friday.\n\n\u201c122 injured ppl"
        " flown to Turkey, Sudan & Kenya,\u201d the minister wrote."
    )
    b = "Truck bomb: 300 wounded\n\nThe toll was put at 276 dead and 300 wounded."
    pairs = _pairs(a, b, quantity="injured")
    assert not any(x.startswith("122") for x, _ in pairs), pairs
    assert pairs, pairs


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # the headline comes before its standfirst, which is longer
        (
            "Three lives lost in Boston explosions\n\nAn eight-year-old boy is believed to be"
            " among those killed by two explosions during the Boston Marathon\n\n16 April"
            " 2013\n\nThree people were killed and more than 140 injured.",
            "Three lives lost in Boston explosions",
        ),
        # a byline is skipped; a standfirst ending in a comma is still no headline
        (
            "By Jane Doe\n\nEcuador quake death toll reaches 413\n\nAt least 413 people are"
            " now known to have died in the earthquake that struck Ecuador,\n\nRescuers dug"
            " through the rubble of the coastal towns on Sunday.",
            "Ecuador quake death toll reaches 413",
        ),
    ],
)
def test_the_headline_is_the_first_headline_like_line(text: str, headline: str) -> None:
    """The first line of four words or more with no full stop is the headline (above a
    longer standfirst), not a byline."""
    doc = Document(text)
    assert doc.headline is not None
    assert text[doc.headline[0] : doc.headline[1]] == headline


def test_the_city_named_after_a_toll_in_a_wide_disaster_is_its_share() -> None:
    """In a typhoon, "10,000 people are thought to have been killed in the Philippine city
    of Tacloban" is that city's toll, compared with the same city's; the event's own place
    ("over 7,000 people are still missing in the Libyan port city of Derna", named by most
    headlines) is no share."""
    a = (
        "Typhoon: 10,000 could be dead\n\nAt least 10,000 people are thought to have been"
        " killed in the Philippine city of Tacloban by the typhoon, officials believe."
    )
    b = (
        "Typhoon toll could reach 10,000\n\nOfficials said the typhoon death count could"
        " reach 10,000 across the central islands.\n\nThe toll in Tacloban alone could go"
        " up to 10,000, the city administrator said."
    )
    pairs = _pairs(a, b, quantity="deaths (feared)")
    # the headline's 10,000 with the whole's, the city's with the city's
    assert set(pairs) == {("10,000", "10,000"), ("At least 10,000 people", "up to 10,000")}
    c = (
        "Derna floods: thousands missing\n\nMore than 5,000 people have died, and over 7,000"
        " people are still missing in the Libyan port city of Derna after the floods."
    )
    d = "Derna floods leave 10,000 missing\n\nAbout 10,000 people are missing in Derna."
    assert _pairs(c, d, quantity="missing"), _pairs(c, d, quantity="missing")


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle survient trois mois après l'attaque sanglante contre le musée du Bardo à Tunis"
        " (22 morts dont 21 touristes).",
        "C'est la pire attaque depuis l'attentat contre le Musée du Bardo, à Tunis, qui avait"
        " fait 22 morts le 18 mars.",
        "L'attaque s'est produite le même jour que deux autres drames au Koweït (22 morts).",
        "Cars have been used in a series of attacks in Europe, including the attack in Nice,"
        " where a truck drove into crowds, killing 22.",
    ],
)
def test_an_earlier_event_told_in_the_sentence_is_not_compared(sentence: str) -> None:
    """ "trois mois après l'attaque contre le musée du Bardo (22 morts)", "depuis l'attentat
    ..., qui avait fait 22 morts", "le même jour que deux autres drames au Koweït (26 morts)",
    "a series of attacks ..., where a truck ..., killing 86": another event's toll."""
    a = f"Attaque à Sousse: 37 morts\n\nL'attaque a fait 37 morts vendredi à Sousse.\n\n{sentence}"
    b = "Sousse: 38 morts\n\nLe dernier bilan fait état de 38 morts."
    pairs = _pairs(a, b)
    assert not any(x.startswith("22") for x, _ in pairs), pairs
    assert pairs, pairs


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "If the toll continues to rise, the earthquake could be deadlier than one in 1979"
            " in which 40 people were killed.",
            "40 people",
        ),
        (
            "That modus operandi has killed well over 100 people in Nice, Berlin, London and"
            " Stockholm.",
            "well over 100 people",
        ),
    ],
)
def test_a_comparison_with_other_events_is_not_compared(sentence: str, figure: str) -> None:
    """ "deadlier than one in 1979 in which 40 people were killed", "has killed well over 100
    people in Nice, Berlin, London and Stockholm": other events' tolls; a toll over the
    event's own places ("in Nepal, India and Tibet" under a Nepal headline) stays compared."""
    a = (
        "Quake kills 30 in Albania\n\nThe quake that struck the coast of Albania before dawn on"
        f" Tuesday has killed 30 people, officials said.\n\n{sentence}"
    )
    b = "Albania quake toll rises to 46\n\nThe toll rose to 46 people on Thursday."
    pairs = _pairs(a, b)
    assert not any(x == figure for x, _ in pairs), pairs
    c = (
        "Nepal quake toll passes 4,000\n\nThe quake has killed more than 4,000 people in"
        " Nepal, India and Tibet, officials said."
    )
    d = "Nepal quake kills 3,000\n\nThe quake killed 3,000 people in Nepal."
    assert _pairs(c, d), _pairs(c, d)


@pytest.mark.parametrize(
    ("sentence", "figure", "quantity"),
    [
        ("Hundreds \u2014 perhaps thousands \u2014 are missing.", "thousands", "missing"),
        (
            "Cet acte a fait plusieurs dizaines, peut-être une trentaine de morts, a-t-il dit.",
            "une trentaine de morts",
            "deaths",
        ),
        # the French conditional of hearsay: a count reported unconfirmed
        (
            "Pour l'heure, le premier bilan serait d'au moins 16 morts, selon l'armée.",
            "au moins 16 morts",
            "deaths",
        ),
        # a hedged final toll stays a feared one
        ("Officials said the toll could reach thousands.", "thousands", "deaths (feared)"),
        (
            "Le bilan pourrait atteindre 100 morts, selon les secours.",
            "100 morts",
            "deaths (feared)",
        ),
    ],
)
def test_a_count_hedged_by_a_bare_perhaps_is_still_the_count(
    sentence: str, figure: str, quantity: str
) -> None:
    """ "Hundreds, perhaps thousands, are missing", "peut-être une trentaine de morts": a
    guess at how many there are now is still that count, not a feared final toll."""
    assert _quantity(sentence, figure) == quantity


_TWIN_ATTACKS = (
    "Norway attacks\n\nOf these, 68 were killed in Utøya and eight in Oslo, in the attacks on"
    " Oslo and Utøya, police said."
)


def test_one_place_spelt_two_ways_is_one_place() -> None:
    """ "Utøya", "Utoya" and "Utoeya" in different reports are one place: the island's toll
    is compared with the island's, never with the city's."""
    b = "Norway\n\nThe gunman killed at least 80 people on Utoya island, police said."
    c = "Norway\n\nAt least 84 people were killed in Utoeya, the party said."
    pairs = _pairs(_TWIN_ATTACKS, b, c)
    assert ("68", "at least 80 people") in pairs, pairs
    assert ("eight", "at least 80 people") not in pairs, pairs
    assert ("68", "At least 84 people") in pairs, pairs


def test_capitals_are_no_other_spelling() -> None:
    """A name in capitals ("BUTTE") is the same word, not a spelling of another place."""
    from quizapp.core.suggest.conflicts import _spellings

    assert _spellings(["BUTTE COUNTY, Calif. In Butte County", "in Zürich", "in Zuerich"]) == {
        "Zürich": "Zuerich"
    }


def test_a_dateline_is_not_what_a_toll_is_about() -> None:
    """ "Oslo, Norway (AP) - A gunman killed at least 86 people at an island retreat": the
    city where the report was filed is not the island toll's place."""
    b = (
        "Norway\n\nOslo, Norway (AP) - A gunman killed at least 86 people at an island retreat,"
        " police said. It followed an explosion in nearby Oslo that killed seven."
    )
    pairs = _pairs(_TWIN_ATTACKS, b)
    assert ("eight", "at least 86 people") not in pairs, pairs
    assert ("68", "at least 86 people") in pairs, pairs


_ANKARA = (
    "Ankara blast kills 34\n\nA car bomb exploded in central Ankara on Sunday evening, killing at"
    " least 34 people, the health minister said."
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a sentence opened by a month with no day: an earlier attack told as background
        ("In mid-February, a car bomb targeting military shuttles killed 28 people.", "28 people"),
        ("- In October an explosion at a peace rally also in the capital left 103 dead.", "103"),
        (
            "Et en novembre, la capitale malienne avait été visée par une autre attaque qui avait"
            " fait 21 morts.",
            "21 morts",
        ),
        # a past year whose clause reaches the toll
        (
            "Turkey has had several mining disasters, with the deadliest occurring in 2014, when"
            " 301 people died after a blast in Soma.",
            "301 people",
        ),
        (
            "Before that, a bombing in a nightclub on the resort island of Bali in 2002 killed"
            " 202 people, mostly foreigners.",
            "202 people",
        ),
        (
            "It was the first major violence in the capital since the 2009 bombings of two hotels"
            " that killed seven people.",
            "seven people",
        ),
        # an earlier one of the kind
        (
            "The blast occurred near the site of the most recent car bomb explosion, which killed"
            " 29 people on Feb. 27.",
            "29 people",
        ),
    ],
)
def test_an_earlier_attack_told_by_its_month_or_year_is_not_compared(
    sentence: str, figure: str
) -> None:
    """Background tolls of earlier attacks, told by a month that opens the sentence ("In
    mid-February, a car bomb ... killed 28"), a past year whose clause reaches the toll ("in
    2014, when 301 people died") or "the most recent ... which killed 29": not this event's
    toll, never compared with it."""
    b = "Ankara toll rises to 37\n\nThe toll from the car bomb rose to 37 people on Monday."
    pairs = _pairs(f"{_ANKARA}\n\n{sentence}", b)
    assert not any(figure in x for x, _ in pairs), pairs
    assert ("at least 34 people", "37 people") in pairs, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        # a past year, then this event told on its day; or this event dated in full
        "Since the 2015 elections the city has been on alert, and on Sunday a car bomb that"
        " killed 30 people hit the square.",
        "On the night of March 13, 2016, a car bomb that killed 30 people tore through a square.",
        # a month with its day is this event's date
        "On March 13, the car bomb killed 30 people, officials said.",
        "In Kizilay square, the car bomb killed 30 people.",
    ],
)
def test_this_events_toll_beside_a_year_or_a_date_stays_compared(sentence: str) -> None:
    """A past year followed by this event's day ("since the 2015 elections ..., and on Sunday a
    car bomb that killed 30"), a full date or a month with its day is no earlier event: the
    toll stays compared."""
    b = "Ankara toll rises to 37\n\nThe toll from the car bomb rose to 37 people on Monday."
    pairs = _pairs(f"Ankara blast\n\n{sentence}", b)
    assert ("30 people", "37 people") in pairs, pairs


def test_two_reports_of_the_same_earlier_attack_are_compared_together() -> None:
    """Two reports that recall the same earlier attack by its month ("In mid-February ...
    killed 28", "... which killed 29 people on Feb. 27") compare those tolls with each
    other, not with this event's."""
    a = f"{_ANKARA}\n\nIn mid-February, a car bomb targeting military shuttles killed 28 people."
    b = (
        "Ankara toll rises to 37\n\nThe toll rose to 37 people on Monday. The blast occurred"
        " near the most recent car bomb explosion, which killed 29 people on Feb. 27."
    )
    pairs = _pairs(a, b)
    assert pairs.get(("28 people", "29 people")) == "conflict", pairs
    assert ("28 people", "37 people") not in pairs, pairs


def test_list_items_run_into_one_line_are_sentences() -> None:
    """The items of a list run into one line ("... for the attack. - In October ...") are
    sentences of their own."""
    doc = Document("No one has claimed the attack. - In October an explosion left 103 dead.")
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "No one has claimed the attack.",
        "- In October an explosion left 103 dead.",
    ]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("An Associated Press photographer saw three bodies behind police lines.", "three bodies"),
        ('"I see three dead people on the road," said a Reuters photographer.', "three dead"),
        (
            "Un photographe de l'AFP a indiqué avoir vu de son côté sept corps sur la plage.",
            "sept corps",
        ),
    ],
)
def test_the_dead_a_witness_saw_are_not_the_toll(sentence: str, figure: str) -> None:
    """ "a photographer saw three bodies", "avoir vu sept corps sur la plage": the dead one
    witness saw are compared only with other witnesses' counts, not with the toll."""
    a = f"Attack kills 16\n\nThe attack killed 16 people, the president said. {sentence}"
    b = "Attack toll at 18\n\nThe attack killed 18 people. A witness saw three bodies on the road."
    pairs = _pairs(a, b)
    assert not any(figure in x and "18" in y for x, y in pairs), pairs
    assert any(figure in x and "three bodies" in y for x, y in pairs) or figure == "sept corps"
    assert ("16 people", "18 people") in pairs, pairs


def test_the_dead_feared_to_have_lost_their_lives_are_a_feared_toll() -> None:
    """ "around 50 individuals are feared to have lost their lives": a feared toll."""
    assert (
        _quantity(
            "Officials said that around 50 individuals are feared to have lost their lives.",
            "around 50 individuals",
        )
        == "deaths (feared)"
    )


_HERAT = (
    "Afghanistan quake toll rises to 2,000\n\nThe death toll from the earthquakes in western"
    " Afghanistan rose to 2,000, a senior official said on Sunday, adding that the number"
    " might rise further."
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Later on Saturday, the United Nations gave a preliminary figure of 320 deaths.", "320"),
        (
            "The national disaster authority said on Saturday the quake had killed 100 people.",
            "100",
        ),
        ("The Red Crescent said on Sunday that 500 people had died.", "500 people"),
    ],
)
def test_an_earlier_value_of_the_toll_below_it_stays_compared(sentence: str, figure: str) -> None:
    """ "a preliminary figure of 320 deaths", "the quake had killed 100 people", "500 people
    had died": an earlier value of the toll, far below the report's own, is no sub-count of
    it: compared with the other reports' tolls."""
    b = "Quake kills 14\n\nThe quake killed 14 people in Herat province, officials said."
    pairs = _pairs(f"{_HERAT}\n\n{sentence}", b)
    assert any(x.startswith(figure) and y == "14 people" for x, y in pairs), pairs


@pytest.mark.parametrize(
    "sentence",
    [
        # where they died: a split of the toll, though told in the pluperfect
        "The minister said 30 people had died at the scene and seven more in hospital.",
        # the cue belongs to another count of the sentence
        "At least one fatality was confirmed, but initial reports said at least 2,000 were dead.",
    ],
)
def test_a_part_or_a_count_beside_an_earlier_value_stays_a_part(sentence: str) -> None:
    """ "30 people had died at the scene", and "At least one fatality was confirmed, but
    initial reports said ...": a part of the toll, and a count whose sentence holds
    another's earlier value, are not earlier values of the toll."""
    b = "Quake kills 14\n\nThe quake killed 14 people in Herat province, officials said."
    pairs = _pairs(f"{_HERAT}\n\n{sentence}", b)
    assert not any(x.startswith(("30", "At least one")) for x, _ in pairs), pairs


def test_a_headline_city_in_a_wide_disaster_is_the_reports_own() -> None:
    """ "Death toll from floods climbs to 152 in Brazilian city of Petropolis": the city a
    headline gives its toll for is its report's event, compared with the other tolls; the
    city named after a toll in the body of a typhoon's report stays that city's share."""
    a = "Death toll from floods, landslides climbs to 152 in Brazilian city of Petropolis"
    b = "Brazil floods\n\nFloods and landslides in Rio de Janeiro state have killed 105 people."
    assert ("152", "105 people") in _pairs(a, b), _pairs(a, b)


_STATION = (
    "Suicide bomber kills 17 at Volgograd station\n\nA female suicide bomber killed at least 17"
    " people at a train station in the Russian city of Volgograd on Sunday, authorities said."
)
_TROLLEYBUS = (
    "Trolleybus bomb attack in Volgograd: 14 dead\n\n14 people were killed as a result of a bomb"
    " attack in a trolleybus in Volgograd, the ministry reported."
)
_BOTH = (
    "Volgograd trolley bus blast\n\nAt least 15 people have been killed in a trolley bus blast"
    " in Volgograd, only a day after a suicide bomb ripped through the city's railway station,"
    " killing 18."
)


def test_the_tolls_of_two_attacks_at_two_kinds_of_site_are_each_their_sites() -> None:
    """An event of two attacks (a railway station, then a trolleybus) that one report tells
    with each toll beside its site: each report's toll is compared only with the same site's
    tolls ("17 at a train station" with "18" at the station, not with the trolleybus's 14)."""
    pairs = _pairs(_STATION, _TROLLEYBUS, _BOTH)
    assert ("at least 17 people", "18") in pairs, pairs
    assert ("14 people", "At least 15 people") in pairs, pairs
    assert ("at least 17 people", "14 people") not in pairs, pairs
    assert ("at least 17 people", "At least 15 people") not in pairs, pairs


def test_sites_of_one_kind_or_where_the_dead_were_seen_split_nothing() -> None:
    """Two bars of one shooting, or a beach where a witness saw some of the dead beside the
    hotels attacked, are no two attacks: every toll stays compared with every other."""
    a = (
        "Gunman kills nine at two shisha bars\n\nThe gunman killed three people at the Midnight"
        " bar and then five at the Arena bar, police said."
    )
    b = "Hanau shootings: nine dead\n\nAt least nine people were killed in shootings at two bars."
    c = "Hanau: eight dead\n\nEight people were killed in the shootings at the bars, police said."
    assert ("At least nine people", "Eight people") in _pairs(a, b, c), _pairs(a, b, c)
    d = (
        "Attaque à Grand-Bassam: 16 morts\n\nL'attaque de trois hôtels a fait 16 morts. Un"
        " témoin a dit avoir vu sept corps sur la plage et un autre dans un hôtel."
    )
    e = "Grand-Bassam: 18 morts\n\nL'attaque contre les hôtels a fait 18 morts, selon l'armée."
    assert ("16 morts", "18 morts") in _pairs(d, e), _pairs(d, e)


def test_a_toll_told_after_its_attack_takes_the_site_of_the_sentence_before() -> None:
    """ "Another family carried out an attack at a police station ... Ten people were wounded
    in the attack": the toll of the attack the sentence before tells, in an event of bombings
    at churches and at the police headquarters."""
    a = (
        "Surabaya attacks\n\nSuicide blasts at three churches on Sunday killed eight people."
        " Another family carried out a bomb attack at a police station on Monday morning.\n\nTen"
        " people were wounded in the attack."
    )
    b = (
        "Surabaya police attack\n\nA family carried out a suicide bombing at the police"
        " headquarters on Monday. At least 12 people were injured in the bombing at the police"
        " headquarters."
    )
    c = (
        "Surabaya churches\n\nSuicide bombings at three churches on Sunday killed 13 people and"
        " injured 40 in the attacks on the churches."
    )
    d = "Surabaya\n\nThe suicide attacks on the churches killed 11 people and injured 41 people."
    injured = _pairs(a, b, c, d, quantity="injured")
    assert ("Ten people", "At least 12 people") in injured, injured
    assert not any(x == "Ten people" and y in ("40", "41 people") for x, y in injured), injured


def test_a_group_among_the_dead_is_a_part() -> None:
    """ "Thirty policemen and seven civilians were among the dead": a group of the dead, not
    another value of the toll."""
    a = (
        "Istanbul blasts death toll rises to 38\n\nThirty policemen and seven civilians were among"
        " the dead in the twin attacks, the minister said."
    )
    b = "Istanbul twin bombings\n\nThe twin bombings killed 29 people, the minister said."
    pairs = _pairs(a, b)
    assert ("38", "29 people") in pairs, pairs
    assert not any(x == "seven civilians" for x, _ in pairs), pairs


def test_another_event_at_the_same_location_is_not_compared() -> None:
    """ "at the same location as Somalia's largest bombing, which killed more than 500":
    another event's toll."""
    a = (
        "At least 100 killed in Mogadishu car bombs\n\nAt least 100 people were killed in two car"
        " bombs on Saturday. This attack occurred at the same location as Somalia's largest"
        " bombing, which killed more than 500, in the same month in 2017."
    )
    b = "Mogadishu bombings\n\nThe twin car bombings killed 100 people, the president said."
    pairs = _pairs(a, b)
    assert not any(x == "more than 500" for x, _ in pairs), pairs
    assert pairs, pairs


def test_a_count_before_the_rise_its_sentence_tells_stays_compared() -> None:
    """ "with 30 people reported dead but the government since stated the death toll increased
    to 100": the 30 is an earlier value of the toll, compared with the other reports'."""
    a = (
        "Somalia's twin bombing kills 100 people\n\nMore than 100 have been killed in Mogadishu."
        " The twin bombings occurred on Saturday with 30 people reported dead but the government"
        " since stated the death toll increased to 100."
    )
    b = "Mogadishu bombings\n\nThe twin car bombings killed 100 people, the president said."
    pairs = _pairs(a, b)
    assert ("30 people", "100 people") in pairs, pairs


def test_an_open_ended_count_told_as_a_part_is_a_part() -> None:
    """ "Over 450 people have been injured in this incident of which, at least 350 are at
    CMCH": an open-ended count below the report's own, told as a part, is some of them; an
    open-ended count with no part cue stays compared."""
    a = (
        "Bangladesh depot fire\n\nOver 450 people were injured in the fire, officials said.\n\n"
        '"Over 450 people have been injured in this incident of which, at least 350 are at'
        ' CMCH," a health official said.'
    )
    b = "Depot fire\n\nAt least 200 people were injured in the fire, police said."
    pairs = _pairs(a, b, quantity="injured")
    assert not any(x == "at least 350" for x, _ in pairs), pairs
    assert any(x == "Over 450 people" for x, _ in pairs), pairs


def test_more_than_after_another_counts_verb_is_no_part_cue() -> None:
    """ "The explosion killed at least three people and injured more than 30 others": the
    "more" is the injured count's, not "three more": the toll stays compared."""
    a = (
        "Explosion kills 11\n\nThe toll rose to 11 on Tuesday, officials said.\n\nThe Monday"
        " explosion killed at least three people and injured more than 30 others, authorities"
        " said."
    )
    b = "Explosion in San Cristobal\n\nThe explosion killed 27 people, officials said."
    assert ("at least three people", "27 people") in _pairs(a, b), _pairs(a, b)
