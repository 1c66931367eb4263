"""The question-set audit (quizapp.core.audit and `quizapp audit`): each rule, case by case."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.audit import CODES, Finding, audit_paths, audit_text, is_reviewed

PROJECT_DIR = Path(__file__).resolve().parents[2]
FINDING_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): \[(?P<code>[a-z-]+)\] (?P<message>\S.*)$")

ARTICLE = """\
quizapp: 1
id: audit-test
title: Audit test
language: en
articles:
  - id: a
    outlet: Test Wire
    text: |
      The fire killed [three people]{.figure quantity=deaths}, the fire service said.
      The toll [could rise]{.speculation}.

      [A person familiar with the inquiry]{.unconfirmed} said a door had been forced.
  - id: b
    outlet: Test Post
    text: |
      [Four people]{.figure quantity=deaths} died and [45 people]{.figure quantity=injured}
      were hurt, the fire service said.
questions:
"""


def make(questions: str, article: str = ARTICLE) -> str:
    """A set made of the test articles and the given questions (YAML, indented by 2)."""
    return article + textwrap.indent(textwrap.dedent(questions), "  ")


def codes(text: str) -> list[str]:
    return [finding.code for finding in audit_text(text, "set.yaml", assistant=False)]


def choice_codes(text: str) -> list[str]:
    """The findings of a choice-only set, less the labels no question targets."""
    return [code for code in codes(text) if code != "unused-label"]


def messages(text: str, code: str) -> list[str]:
    return [f.message for f in audit_text(text, "set.yaml", assistant=False) if f.code == code]


CLEAN = make(
    """\
    - id: q-spec
      type: highlight
      prompt: Mark the phrase that is a prediction.
      excerpt: {article: a, paragraphs: [1, 1]}
      targets: [speculation]
      explanation: A prediction is not a fact yet.
    - id: q-source
      type: choice
      prompt: Who says a door was forced?
      excerpt: {article: a, paragraphs: [2, 2]}
      options:
        - {text: "Someone who is not named", correct: true}
        - {text: "The fire service spokesman"}
        - {text: "A police officer on the record"}
    - id: q-deaths
      type: compare
      prompt: Mark the number of dead in each report. Do the figures conflict?
      excerpts: [{article: a, paragraphs: [1, 1]}, {article: b, paragraphs: [1, 1]}]
      targets: [figure]
      quantity: deaths
      verdict: conflict
      explanation: Three and four are exact, so both cannot be the toll.
      reasons:
        - {text: "The toll rose during the day.", correct: true}
        - {text: "One report counts the injured.", feedback: "Both count the dead."}
    - id: q-label
      type: classify
      prompt: Label each marked phrase as a figure, speculation or an unconfirmed attribution.
      excerpt: {article: a, paragraphs: [1, 2]}
      targets: [figure, speculation, unconfirmed]
    """
)


def test_clean_set_has_no_findings() -> None:
    """A set whose prompts, keys, explanations and options agree gives no finding."""
    assert audit_text(CLEAN, "set.yaml", assistant=False) == []


def test_finding_prints_as_path_line_code_message() -> None:
    """A finding prints as one line, path:line: [code] message."""
    finding = Finding("q/set.yaml", 12, "prompt-key", "the prompt is wrong")
    assert str(finding) == "q/set.yaml:12: [prompt-key] the prompt is wrong"
    assert FINDING_LINE.match(str(finding))


@pytest.mark.parametrize(
    ("prompt", "targets", "flagged"),
    [
        ("Mark the phrase that is speculation.", "[unconfirmed]", True),
        ("Mark every phrase that rests on an unnamed source.", "[speculation]", True),
        ("Mark the phrase that is a guess.", "[speculation]", False),
        ("Mark the phrase that rests a claim on an unnamed source.", "[unconfirmed]", False),
        ("Mark the phrases that are speculation.", "[speculation, unconfirmed]", True),
        ("Marquez la spéculation.", "[unconfirmed]", True),
        ("Read the paragraph and mark what you find.", "[unconfirmed]", False),
    ],
)
def test_prompt_names_another_kind(prompt: str, targets: str, flagged: bool) -> None:
    """A prompt naming a kind of phrase that is not the key's is a prompt-key finding."""
    text = make(
        f"""\
        - id: q
          type: highlight
          prompt: "{prompt}"
          excerpt: {{article: a, paragraphs: [1, 2]}}
          targets: {targets}
        """
    )
    assert ("prompt-key" in codes(text)) is flagged


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("Mark every phrase that rests a claim on an unnamed source.", True),
        ("Mark all the unnamed sources.", True),
        ("Mark the phrase that rests a claim on an unnamed source.", False),
    ],
)
def test_every_over_a_key_of_one(prompt: str, flagged: bool) -> None:
    """'Mark every ...' over a key of a single span is a prompt-key finding."""
    text = make(
        f"""\
        - id: q
          type: highlight
          prompt: "{prompt}"
          excerpt: {{article: a, paragraphs: [2, 2]}}
          targets: [unconfirmed]
        """
    )
    found = messages(text, "prompt-key")
    assert bool(found) is flagged
    if flagged:
        assert "one span" in found[0]


def test_words_only_prompt_over_a_long_span() -> None:
    """'not whole sentences' over a long key span with no core is a prompt-key finding."""
    article = ARTICLE.replace(
        "The toll [could rise]{.speculation}.",
        "The toll [rises further as divers search the whole harbour]{.speculation}.",
    )
    question = """\
        - id: q
          type: highlight
          prompt: Mark the words that signal a guess, not whole sentences.
          excerpt: {article: a, paragraphs: [1, 1]}
          targets: [speculation]
        """
    assert "8 words" in messages(make(question, article), "prompt-key")[0]
    with_core = article.replace("{.speculation}", '{.speculation core="rises further"}')
    assert messages(make(question, with_core), "prompt-key") == []
    hedged = article.replace("rises further", "could rise further")  # "could" is its core
    assert messages(make(question, hedged), "prompt-key") == []


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("Mark the number of injured in each report. Do they conflict?", True),
        ("Mark the number of dead in each report. Do they conflict?", False),
        ("Mark the death toll in each report (not the injured). Do they conflict?", False),
        ("Mark the figure in each report. Do they conflict?", False),
    ],
)
def test_compare_prompt_names_another_quantity(prompt: str, flagged: bool) -> None:
    """A compare prompt naming a quantity other than `quantity` is a prompt-key finding."""
    text = make(
        f"""\
        - id: q
          type: compare
          prompt: "{prompt}"
          excerpts: [{{article: a, paragraphs: [1, 1]}}, {{article: b, paragraphs: [1, 1]}}]
          targets: [figure]
          quantity: deaths
          verdict: conflict
        """
    )
    assert ("prompt-key" in codes(text)) is flagged


@pytest.mark.parametrize(
    ("verdict", "explanation", "flagged"),
    [
        ("compatible", "The two figures conflict.", True),
        ("compatible", "The later report contradicts the earlier one.", True),
        ("compatible", "A floor of 45 does not contradict more than 40.", False),
        ("compatible", "Both can be true: 45 is more than 40.", False),
        ("conflict", "Both can be true at once.", True),
        ("conflict", "Three and four cannot both be right.", False),
        ("cannot-tell", "They are compatible.", True),
        ("cannot-tell", "Without the method you cannot tell.", False),
        ("compatible", "A total over a day can be bigger than a peak.", False),
    ],
)
def test_explanation_against_verdict(verdict: str, explanation: str, flagged: bool) -> None:
    """An explanation that states another verdict than the question's is a finding."""
    text = make(
        f"""\
        - id: q
          type: compare
          prompt: Mark the number of dead in each report. Do the figures conflict?
          excerpts: [{{article: a, paragraphs: [1, 1]}}, {{article: b, paragraphs: [1, 1]}}]
          targets: [figure]
          quantity: deaths
          verdict: {verdict}
          explanation: "{explanation}"
        """
    )
    assert ("explanation-verdict" in codes(text)) is flagged


def test_right_reason_against_verdict() -> None:
    """A right reason that says the figures agree under verdict: conflict is a finding."""
    text = make(
        """\
        - id: q
          type: compare
          prompt: Mark the number of dead in each report. Do the figures conflict?
          excerpts: [{article: a, paragraphs: [1, 1]}, {article: b, paragraphs: [1, 1]}]
          targets: [figure]
          quantity: deaths
          verdict: conflict
          reasons:
            - {text: "Both can be true, the counts agree.", correct: true}
            - {text: "One report counts the injured."}
        """
    )
    assert "the right reason" in messages(text, "explanation-verdict")[0]


def choice(options: str) -> str:
    question = textwrap.dedent(
        """\
        - id: q
          type: choice
          prompt: Who says a door was forced?
          excerpt: {article: a, paragraphs: [2, 2]}
          options:
        """
    )
    return make(question + textwrap.indent(textwrap.dedent(options), "    "))


def test_longest_option() -> None:
    """A right option with far more words than every wrong one is a longest-option finding."""
    text = choice(
        """\
        - {text: "A person who is not named and whose job we do not know at all", correct: true}
        - {text: "The fire chief"}
        - {text: "The police"}
        """
    )
    assert choice_codes(text) == ["longest-option"]
    balanced = choice(
        """\
        - {text: "A person who is not named", correct: true}
        - {text: "The chief of the fire service"}
        - {text: "A police officer on the record"}
        """
    )
    assert choice_codes(balanced) == []


def test_only_option_with_a_reason() -> None:
    """The right option alone giving a reason ("because ...") is an only-reason finding."""
    text = choice(
        """\
        - {text: "Nobody we know, because no name is given", correct: true}
        - {text: "The chief of the fire service"}
        - {text: "A police officer on the record"}
        """
    )
    assert choice_codes(text) == ["only-reason"]
    all_reasoned = choice(
        """\
        - {text: "Nobody we know, because no name is given", correct: true}
        - {text: "The fire chief, because she is named"}
        - {text: "The police, since they speak officially"}
        """
    )
    assert choice_codes(all_reasoned) == []


def test_repeated_options_across_questions_and_files(tmp_path: Path) -> None:
    """An option text used by two questions, in one file or across files, is a finding."""
    one = choice(
        """\
        - {text: "Someone who is not named", correct: true}
        - {text: "The chief of the fire service"}
        - {text: "No"}
        """
    )
    (tmp_path / "one.yaml").write_text(one)
    (tmp_path / "two.yaml").write_text(one.replace("id: audit-test", "id: audit-two"))
    findings = [f for f in audit_paths([tmp_path], assistant=False) if f.code == "repeated-option"]
    assert len(findings) == 2  # two long options repeat; "No" is too short to count
    assert all(f.path.endswith("two.yaml") for f in findings)
    assert "one.yaml" in findings[0].message


def test_unused_label() -> None:
    """A label tagged on spans (or declared) that no question targets is a finding."""
    text = make(
        """\
        - id: q
          type: highlight
          prompt: Mark the phrase that is a prediction.
          excerpt: {article: a, paragraphs: [1, 1]}
          targets: [speculation]
        """
    )
    found = messages(text, "unused-label")
    assert any("'figure'" in message and "3 spans" in message for message in found)
    assert any("'unconfirmed'" in message for message in found)
    assert not any("'speculation'" in message for message in found)


def test_assistant_disagreement_and_reviewed() -> None:
    """A span the assistant does not see is a finding until it is marked reviewed=yes."""
    article = ARTICLE.replace(
        "[A person familiar with the inquiry]{.unconfirmed}",
        "A person [familiar with the inquiry]{.unconfirmed} of the coast",
    ).replace("The toll [could rise]{.speculation}.", "The [toll]{.speculation} rose.")
    text = make(CLEAN.split("questions:\n", 1)[1], article)
    assistant = [f for f in audit_text(text, "set.yaml") if f.code == "assistant"]
    assert any("'toll'" in f.message for f in assistant)
    reviewed = text.replace("{.speculation}", "{.speculation reviewed=yes}")
    after = [f for f in audit_text(reviewed, "set.yaml") if f.code == "assistant"]
    assert not any("'toll'" in f.message for f in after)


def test_assistant_untagged_phrase_in_a_key() -> None:
    """An untagged hedge inside a highlight excerpt is a finding unless the explanation says why."""
    article = ARTICLE.replace(
        "the fire service said.\n      The toll",
        "the fire service said, and it may spread.\n      The toll",
    )
    question = """\
        - id: q
          type: highlight
          prompt: Mark the phrase that is a prediction.
          excerpt: {article: a, paragraphs: [1, 1]}
          targets: [speculation]
          explanation: EXPLANATION
        """
    flagged = audit_text(make(question.replace("EXPLANATION", "A guess."), article), "s.yaml")
    assert any(f.code == "assistant" and "'may spread'" in f.message for f in flagged)
    explained = make(question.replace("EXPLANATION", "'May spread' is reported."), article)
    assert not any("may spread" in f.message for f in audit_text(explained, "s.yaml"))


def test_classify_span_with_a_second_reading() -> None:
    """A classify span the assistant reads as another target kind too is a finding."""
    article = ARTICLE.replace(
        "[Four people]{.figure quantity=deaths}",
        "[Four people, possibly five]{.figure quantity=deaths}",
    )
    question = """\
        - id: q
          type: classify
          prompt: Label each marked phrase as a figure, speculation or an unconfirmed attribution.
          excerpt: {article: b, paragraphs: [1, 1]}
          targets: [figure, speculation, unconfirmed]
        """
    found = [f for f in audit_text(make(question, article), "s.yaml") if f.code == "assistant"]
    assert any("possibly five" in f.message and "defend" in f.message for f in found)
    both = article.replace("five]{.figure", "five]{.figure .speculation")
    found = [f for f in audit_text(make(question, both), "s.yaml") if f.code == "assistant"]
    assert not any("possibly five" in f.message for f in found)


def test_is_reviewed_values() -> None:
    """reviewed=yes (any value but no/false/0) records a review; absence does not."""
    assert is_reviewed({"reviewed": "yes"})
    assert is_reviewed({"reviewed": "2024-05-01"})
    assert not is_reviewed({"reviewed": "no"})
    assert not is_reviewed({})


def test_invalid_file_is_reported_not_raised(tmp_path: Path) -> None:
    """A file that does not validate gives 'invalid' findings with its lines, no traceback."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("quizapp: 1\nid: [unclosed\n")
    findings = audit_paths([bad])
    assert findings and all(f.code == "invalid" for f in findings)
    assert audit_paths([tmp_path / "missing.yaml"])[0].code == "invalid"


def test_findings_name_known_codes() -> None:
    """Every code a rule can report is listed in CODES (the README documents them)."""
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in readme


def test_cli_audit_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """audit exits 0 with findings, 1 with --strict, 0 with --strict on a clean file."""
    flagged = tmp_path / "flagged.yaml"
    flagged.write_text(
        choice(
            """\
            - {text: "Nobody we know, because no name is given", correct: true}
            - {text: "The chief of the fire service"}
            """
        )
    )
    assert main(["audit", str(flagged)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines and all(FINDING_LINE.match(line) for line in lines)
    assert "[only-reason]" in out and "finding" in err
    assert main(["audit", "--strict", str(flagged)]) == 1
    capsys.readouterr()
    clean = tmp_path / "clean.yaml"
    clean.write_text(CLEAN)
    assert main(["audit", "--strict", str(clean)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "No findings" in err
