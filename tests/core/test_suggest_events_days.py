"""Event grouping by the days reports write (issue 14): two events of one kind in one city
years apart are told apart when every day one report writes ("lundi 5 novembre", "October
10, 2015") is weeks from every day the other writes; reports of one event written days
apart, a day that names an earlier event ("the Sept. 11 attacks") and a day inside recalled
background never split an event."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import events_of, group_events
from quizapp.core.suggest.recalls import recalled_spans, written_days

# two building collapses in one invented city, Varonne, years apart, told in French
NOVEMBER = [
    "Deux immeubles s'effondrent en plein centre de Varonne\n\n"
    "Deux immeubles vétustes se sont effondrés rue des Tanneurs à Varonne ce lundi 5"
    " novembre, peu après 9 heures. Selon les pompiers de Varonne, huit personnes pourraient"
    " se trouver sous les décombres. Le maire Paul Ravel est sur place.",
    "Varonne : quatre corps retrouvés sous les décombres\n\n"
    "Quatre corps ont été retrouvés ce mardi 6 novembre sous les décombres des immeubles"
    " effondrés la veille à Varonne, a annoncé le procureur. Le maire Paul Ravel a parlé"
    " d'un drame. Les pompiers de Varonne cherchent encore deux disparus.",
]
APRIL = [
    "Un immeuble s'effondre à Varonne\n\n"
    "Un immeuble d'habitation s'est effondré dans la nuit de samedi à dimanche rue du Puits à"
    " Varonne, a indiqué la préfecture dimanche 9 avril. Huit personnes ne répondent pas aux"
    " appels, selon les pompiers de Varonne. Le maire Paul Ravel est venu sur place.",
    "Varonne : six corps retrouvés après l'effondrement\n\n"
    "Six corps ont été retrouvés le 10 avril dans les décombres de l'immeuble effondré à"
    " Varonne, selon les pompiers de Varonne. Le maire Paul Ravel a décrété un deuil.",
]


def _events(texts: list[str]) -> list[int]:
    reports = [Report(f"r{i}", text) for i, text in enumerate(texts)]
    return events_of(group_events(reports), len(reports))


def test_two_collapses_whose_days_are_months_apart_are_two_events() -> None:
    """ "5 novembre" against "9 avril": one city's two collapses are two events."""
    events = _events(NOVEMBER + APRIL)
    assert events[0] == events[1]
    assert events[2] == events[3]
    assert events[0] != events[2]


def test_a_collapse_is_a_kind_of_event() -> None:
    """Reports of a building that falls are grouped as a collapse, in English and French."""
    english = [
        "Tower collapse toll rises to 36\n\nThe collapse of a 21-storey tower in Irona's"
        " Belmo district has killed 36, the emergency agency said. The tower crumbled on"
        " Monday; rescuers search the rubble.",
        "Belmo tower collapse: 40 dead\n\nForty people died when a tower collapsed in Belmo,"
        " Irona, the emergency agency said as rescuers cleared the rubble.",
    ]
    for texts in (english, NOVEMBER):
        reports = [Report(f"r{i}", text) for i, text in enumerate(texts)]
        assert [group.kind for group in group_events(reports)] == ["collapse"]


def test_reports_of_one_event_written_days_apart_stay_one_event() -> None:
    """Days "October 10" and "Oct. 12, 2015" are two days apart: one event."""
    first = (
        "Twin blasts kill 86 in Tarsa\n\nTwo bombs exploded at a peace rally near Tarsa's"
        " main station on October 10, killing 86 people, health minister Omer Kaya said."
    )
    later = (
        "Tarsa bombing toll rises to 97\n\nLast updated on Oct. 12, 2015\n\nThe toll of the"
        " twin bombings at the Tarsa peace rally rose to 97, health minister Omer Kaya said."
    )
    events = _events([first, later])
    assert events[0] == events[1]


def test_a_day_naming_an_earlier_event_or_in_background_is_not_the_reports_own() -> None:
    """The name "the Sept. 11 attacks" and a recalled "In March 2016, ..." give no own day."""
    text = (
        "Blaze kills 12 in Corva\n\nExcluding the Sept. 11 attacks, it was the worst fire in"
        " the city in decades. The blaze broke out on Dec. 28.\n\nIn March 2016, on 14 March,"
        " a fire at a mill killed 4."
    )
    days = written_days(text, recalled_spans(text))
    assert days == {(12, 28, None)}


def test_a_french_day_and_a_year_are_read() -> None:
    """French "le 1er juin 2023" and "5 juillet" are read (juin is not juillet)."""
    text = "L'incendie a eu lieu le 1er juin 2023. L'enquête a repris le 5 juillet."
    assert written_days(text, []) == {(6, 1, 2023), (7, 5, None)}


def test_days_years_apart_split_and_undated_reports_stay_free() -> None:
    """Days "October 10, 2015" against "October 11, 2016" are a year apart; a report writing no
    day is grouped by its names alone."""
    tarsa = "Tarsa station bombing kills 95 as peace rally is hit near Tarsa's main station"
    texts = [
        f"{tarsa}\n\nThe bombs went off on October 10, 2015, minister Omer Kaya said in Tarsa.",
        f"{tarsa}\n\nThe blasts at Tarsa's main station went off on October 11, 2016, minister"
        " Omer Kaya said in Tarsa.",
        f"{tarsa}\n\nThe blasts at Tarsa's main station killed 95, minister Omer Kaya said.",
    ]
    events = _events(texts)
    assert events[0] != events[1]
    assert events[2] in (events[0], events[1])


def _attack(city: str, other: str = "") -> str:
    return (
        f"Suicide bombers strike {city}\n\nSuicide bombers attacked a {city} police post on"
        f" Sunday, killing 7, Norlandian police said. The attack in {city} was claimed by"
        f" the Red Front, president Ana Kovi said. Police in {city} said the attackers"
        f" came from the north of Norland, Interior Minister Pavel Dorsk said, and Ana Kovi"
        f" flew in from Norland's Lake Palace.{other}"
    )


def _city_attack(city: str, local: str) -> str:
    return (
        f"Suicide bombers strike {city}\n\nSuicide bombers attacked a {city} police post,"
        f" killing 7. The attack in {city} was claimed by the Red Front, Norland's"
        f" president said. {local} Police in {city} said the attackers fled."
    )


def test_two_attacks_in_two_cities_of_one_country_are_two_events() -> None:
    """Each report repeats its own city and never writes the other's: two events, although
    they share the country, the claimant and the president."""
    varsa = (
        "Mayor Edda Lunn said Saint Oda Hospital treated the wounded; Varsa Guard commander Tom"
        " Brel sealed the square, Ina Voss of the Varsa Times wrote."
    )
    kelmo = (
        "Police chief Lin Marr gave the toll on Kelmo Radio; Kelmo General's Jan Vos said the"
        " wounded were stable, Kelmo Post editor Per Holm wrote."
    )
    events = _events([_city_attack("Varsa", varsa)] * 2 + [_city_attack("Kelmo", kelmo)] * 2)
    assert events[0] == events[1] and events[2] == events[3]
    assert events[0] != events[2]


def test_reports_repeating_different_names_of_one_event_stay_together() -> None:
    """A report about the city and one about its street, each naming the other's, are one."""
    city = _attack("Varsa", " The blast hit Dorn Street.")
    street = _attack("Dorn Street", " Dorn Street is in central Varsa.")
    events = _events([city, street])
    assert events[0] == events[1]


def test_a_bombing_told_as_an_attack_and_as_an_explosion_is_one_event() -> None:
    """One report tells the bombing as an attack, another as blasts: kinds that go together."""
    attack = (
        "Attack on Tarsa market kills 30\n\nAttackers struck the Tarsa market, killing 30, in"
        " an attack the Red Front claimed. The attack came as Omer Kaya, the mayor of Tarsa,"
        " warned of more attacks. Dorn Hospital took the wounded."
    )
    blasts = (
        "Blasts kill 30 at market\n\nTwo blasts ripped through the market, the explosions"
        " killing 30, police said. A third bomb was defused. Wounded were taken to Dorn"
        " Hospital, said Selim Arda, the police chief."
    )
    events = _events([attack, blasts])
    assert events[0] == events[1]


def test_french_reports_have_their_kind_of_event() -> None:
    """An "attentat", an "incendie" and a "séisme" told in French are kinds of event, and a
    "coup de feu" or a "car" is not a fire or a crash."""
    texts = {
        "attack": "Attentat à Varonne : les assaillants ont tué 12 otages, selon le parquet."
        " L'attentat a été revendiqué.",
        "fire": "Incendie à Varonne : l'incendie d'un entrepôt a fait 3 morts, les flammes ont"
        " gagné l'immeuble voisin.",
        "quake": "Un séisme de magnitude 6,1 a frappé Varonne ; le tremblement de terre a été"
        " suivi de répliques.",
        "shooting": "Des coups de feu ont été entendus à Varonne : le tireur a été arrêté après"
        " la fusillade.",
    }
    for kind, text in texts.items():
        assert [group.kind for group in group_events([Report("r", text)])] == [kind]
    car_bomb = "A car bomb exploded in Varsa; the bomb killed 9. The car was parked at a bank."
    assert [group.kind for group in group_events([Report("r", car_bomb)])] == ["explosion"]


def test_one_attack_told_in_french_and_in_english_stays_one_event() -> None:
    """ "Londres" in the French reports and "London" in the English ones name one city: the
    focus names of two languages do not split an event."""
    french = (
        "Attentat à Londres : sept morts\n\nUne attaque au couteau a fait sept morts à Londres"
        " samedi soir, selon la police de Londres. Les trois assaillants ont été abattus par la"
        " police sur le pont de Tarsa. Le maire Sadik Kan a dénoncé l'attaque à Londres."
    )
    english = (
        "London attack: seven dead\n\nA knife attack killed seven people in London on Saturday"
        " night, London police said. The three attackers were shot dead by police on Tarsa"
        " bridge. Mayor Sadik Kan condemned the attack in London."
    )
    events = _events([french, french.replace("sept morts", "7 morts"), english, english])
    assert len(set(events)) == 1


def test_a_headline_in_title_case_gives_no_names_of_its_own() -> None:
    """ "Varo Train Crash Updates: Death Toll Rises, Probe Ordered": only the words written as
    names elsewhere ("Varo") are names; "Toll", "Rises" and "Probe" are not."""
    text = (
        "Varo Train Crash Updates: Death Toll Rises, Probe Ordered\n\nThe railways said on"
        " Monday the toll of the Varo crash rose to 278, as the inquiry in Varo began."
    )
    (group,) = group_events([Report("r", text)])
    assert "Varo" in group.cues
    assert not {"Toll", "Rises", "Probe", "Updates", "Ordered", "Death"} & set(group.cues)


def test_a_crowd_crush_and_a_landslide_are_kinds_and_a_landslide_goes_with_its_floods() -> None:
    """ "stampede", "crushed or trampled" and "mudslide" name kinds; a report telling the
    landslides of a flood is of the flood's event."""
    crush = "Stampede at Varo shrine kills 90: pilgrims were crushed and trampled in the stampede."
    (group,) = group_events([Report("r", crush)])
    assert group.kind == "stampede"
    flood = (
        "Floods kill 100 in Petra Hills\n\nTorrential rain flooded Petra Hills, said mayor Ana"
        " Kovi; the floods swept cars away as the river rose. Governor Tom Brel sent the army."
    )
    slide = (
        "Mudslides bury homes\n\nMudslides and a landslide buried 80 homes in Petra Hills after"
        " the rain, said Jon Dale of the Red Cross. Rescuers from Lima Corps dug all night."
    )
    events = _events([flood, slide])
    assert events[0] == events[1]


def test_two_spellings_of_one_place_in_reports_otherwise_alike_stay_one_event() -> None:
    """Reports repeating "Mekka" and reports repeating "Makkah" that share the rest of their
    names (the bridge, the ministry, the spokesman) are one crush, not two."""

    def crush(city: str) -> str:
        return (
            f"Crush near {city} kills 700\n\nA crush at the Jamarat bridge in Mina near {city}"
            f" killed 700 pilgrims, the Saudi civil defence said. Spokesman Mansur Turki said"
            f" the Jamarat crowd surged. Pilgrims had come to {city} for the hajj; Mina's"
            f" camps near {city} were full, Mansur Turki of the Saudi ministry said."
        )

    events = _events([crush("Mekka"), crush("Mekka"), crush("Makkah"), crush("Makkah")])
    assert len(set(events)) == 1


def test_a_cyclone_written_about_weeks_apart_stays_one_event() -> None:
    """A cyclone's landfall "on February 21" and its toll "on March 14" are one lasting
    event: storms, floods and fires are given a longer span of days than a bombing."""
    landfall = (
        "Cyclone Tara makes landfall\n\nCyclone Tara hit the coast of Marva on February 21,"
        " the storm's winds tearing roofs off in Port Lune, the Marva weather office said."
    )
    toll = (
        "Cyclone Tara toll rises to 400\n\nThe cyclone's toll in Marva rose to 400 on March 14,"
        " the Marva weather office said, as the storm's rains flooded Port Lune."
    )
    events = _events([landfall, toll])
    assert events[0] == events[1]


def test_the_day_of_an_archive_picture_is_not_the_reports_own() -> None:
    """ "(File photo taken on March 3, 2014.)" dates a picture, not the event; the next
    sentence's "June 2" is the report's own day."""
    text = (
        "Rescuers at the site. (File photo taken on March 3, 2014.) The blast on June 2 killed"
        " 9. FILE PHOTO: the square on June 1, 2019."
    )
    assert written_days(text, []) == {(6, 2, None)}
