import pytest

from kzmil.segment import paragraphs, sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "In the aftermath of 9/11, U.S. and western forces were deployed. By Roger N. McDermott, the plan "
        "changed. On April 5, Mr. Nazarbaev appointed a deputy. Mr. Oynarov was a deputy minister."
    )
    assert texts(text) == [
        "In the aftermath of 9/11, U.S. and western forces were deployed.",
        "By Roger N. McDermott, the plan changed.",
        "On April 5, Mr. Nazarbaev appointed a deputy.",
        "Mr. Oynarov was a deputy minister.",
    ]


def test_offsets_point_into_the_file_and_count_paragraphs() -> None:
    text = "---\ntitle: x\n---\n\nFirst one. Second one.\n\n\nThird one.\n"
    found = sentences(text, text.index("First"))
    assert [text[s.start : s.end] for s in found] == ["First one.", "Second one.", "Third one."]
    assert [s.para for s in found] == [1, 1, 2]


def test_heading_line_is_its_own_sentence() -> None:
    text = "Domestic issues\nEarly this year the minister was recalled. He left."
    assert texts(text) == ["Domestic issues", "Early this year the minister was recalled.", "He left."]


def test_non_breaking_spaces_between_sentences() -> None:
    assert texts("One sentence.\u00a0 Another one.") == ["One sentence.", "Another one."]


def test_paragraphs_skip_blank_blocks() -> None:
    text = "a\n\n   \n\nb"
    assert [text[s:e] for s, e in paragraphs(text)] == ["a", "b"]


def test_a_long_paragraph_is_cut_between_sentences_not_inside_them() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(2000))  # one 60 kB paragraph
    assert texts(text) == [f"Sentence number {i} ends here." for i in range(2000)]


def test_a_sentence_without_full_stops_is_cut_at_spaces() -> None:
    from kzmil.segment import MAX_SENTENCE_CHARS

    text = "word " * 3000 + "end"
    parts = texts(text)
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in parts) and len(parts) == 6
    assert " ".join(parts) == text.strip()


@pytest.mark.parametrize(
    "text, want",
    [
        ("They met in May. Paris proposed it.", ["They met in May.", "Paris proposed it."]),
        ('It opened in May. "Paris" agreed.', ["It opened in May.", '"Paris" agreed.']),
        ("They met in May 2003. Paris agreed.", ["They met in May 2003.", "Paris agreed."]),
        ("Gen. Paris agreed in March.", ["Gen. Paris agreed in March."]),
    ],
)
def test_a_full_stop_after_may_ends_the_sentence(text: str, want: list[str]) -> None:
    """The whole word "May" is not an abbreviation, as the segmenter's list takes it to be."""
    assert [text[s.start : s.end] for s in sentences(text)] == want
