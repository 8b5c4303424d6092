"""The word rules of search, one at a time: which words are stemmed and how, where text is cut
into words, the edit distance and how many typing errors a word may hold. Every expected key
is worked out by hand from the rule it tests."""

from __future__ import annotations

from edu_app.core.search_text import Token, key, query_words, stem, tokens, typo_limit, within
from edu_app.core.thai import Segmenter

# ------------------------------------------------------------------ which words are stemmed


def test_words_of_three_letters_or_fewer_are_not_stemmed() -> None:
    assert stem("gas") == "gas"  # not "ga"
    assert stem("its") == "its"
    assert stem("cats") == "cat"  # four letters are


def test_a_possessive_is_dropped_before_the_word_is_stemmed() -> None:
    # the "'s" goes first, then the word is stemmed as it would be without it
    assert stem("cat's") == "cat"
    assert stem("it's") == "it"
    assert stem("allergy's") == "allerg" == stem("allergy")
    assert stem("nurse's") == "nurs" == stem("nurses")
    assert stem("doctor's") == "doctor"
    assert key("Cat’s") == "cat"  # curly apostrophe and capital, as typed


def test_only_plain_ascii_letter_words_are_stemmed() -> None:
    assert stem("x-rays") == "x-rays"  # a hyphen: left whole, not "x-ra"
    assert stem("b12s") == "b12s"
    assert stem("crèmes") == "crèmes"  # the English rules are not for other languages


# ------------------------------------------------------------------ plural endings


def test_ies_becomes_y_only_after_more_than_one_letter() -> None:
    assert stem("flies") == "fly"
    assert stem("ties") == "tie"  # "ies" with one letter before it: only the s goes


def test_es_goes_after_ss_ch_sh_and_x_even_in_short_words() -> None:
    # five-letter words: dropping only the s would leave "asse", "ashe", "boxe"
    assert stem("asses") == "ass"
    assert stem("ashes") == "ash"
    assert stem("boxes") == "box"
    assert stem("fixes") == "fix"
    # aches, ached and aching find each other
    assert key("aches") == key("ached") == key("aching") == "ach"


def test_a_final_s_stays_after_ss_us_and_is() -> None:
    assert stem("kiss") == "kiss"
    assert stem("dress") == "dress"
    assert stem("virus") == "virus"
    assert stem("psoriasis") == "psoriasis"
    assert stem("creams") == "cream"


# ------------------------------------------------------------------ -ing and -ed


def test_ing_goes_from_words_of_six_letters_or_more() -> None:
    assert stem("eating") == "eat"
    assert stem("icing") == "icing"  # five letters: kept


def test_ed_goes_from_words_of_five_letters_or_more() -> None:
    assert stem("acted") == "act"
    assert stem("used") == "used"  # four letters: kept


def test_a_doubled_consonant_left_by_ing_or_ed_is_undoubled() -> None:
    assert stem("rubbing") == "rub"
    assert stem("rubbed") == "rub"
    assert stem("stopping") == "stop"
    assert stem("stopped") == "stop"
    assert stem("scrubbing") == "scrub"
    assert stem("fitted") == "fit"  # "fitt" has four letters: the least that is undoubled


def test_a_doubled_l_s_or_z_is_kept() -> None:
    assert stem("spelling") == "spell"
    assert stem("spelled") == "spell"
    assert stem("dressing") == "dress"
    assert stem("dressed") == "dress"
    assert stem("fizzing") == "fizz"


def test_undoubling_looks_at_the_doubled_letter_itself() -> None:
    # stem is case-sensitive (callers casefold first): a capital X is not l, s or z
    assert stem("faXXing") == "faX"
    assert stem("faXXed") == "faX"


# ------------------------------------------------------------------ -ment, -ic, -y and -e


def test_ment_goes_from_words_of_eight_letters_or_more() -> None:
    assert stem("ointment") == "oint"
    assert key("ointments") == "oint"
    assert stem("payment") == "payment"  # seven letters: kept


def test_ic_goes_from_words_of_seven_letters_or_more() -> None:
    assert stem("chronic") == "chron"
    assert stem("atopic") == "atopic"  # six letters: kept


def test_a_final_e_goes_from_words_of_five_letters_or_more() -> None:
    assert stem("rinse") == "rins"
    assert stem("dose") == "dose"  # four letters: kept
    assert key("rinses") == key("rinsed") == key("rinsing") == "rins"


# ------------------------------------------------------------------ cutting text into words


def test_latin_words_are_never_cut_by_the_thai_dictionary() -> None:
    segmenter = Segmenter(["skin", "care"])
    # one word, keyed "skincar" (a final e dropped), not "skin" + "car"
    assert tokens("skincare", segmenter) == [Token("skincar", 0, 8)]


def test_a_thai_run_is_cut_into_words_with_their_places() -> None:
    segmenter = Segmenter(["กิน", "ข้าว"])
    # the run begins with the first Thai letter (ก, U+0E01)
    assert tokens("กินข้าว", segmenter) == [Token("กิน", 0, 3), Token("ข้าว", 3, 7)]
    # ... or with the last Thai sign a run may hold (๏, U+0E4F), a cluster of its own
    assert tokens("๏กินข้าว", segmenter) == [Token("๏", 0, 1), Token("กิน", 1, 4), Token("ข้าว", 4, 8)]


def test_a_query_is_normalised_whole_then_cut_into_keys() -> None:
    segmenter = Segmenter(["กิน", "ข้าว"])
    assert query_words("Itching กินข้าว", segmenter) == ["itch", "กิน", "ข้าว"]
    assert query_words("ec\u200bzema", segmenter) == ["eczema"]  # one word, not "ec" + "zema"
    assert query_words("", segmenter) == []


# ------------------------------------------------------------------ edit distance


def test_the_distance_to_an_empty_word_is_the_other_words_length() -> None:
    assert within("", "abc", 3) == 3
    assert within("", "ab", 2) == 2
    assert within("ab", "", 2) == 2
    assert within("", "", 0) == 0


def test_a_wrong_letter_counts_one() -> None:
    assert within("cat", "cut", 1) == 1


def test_a_letter_too_many_counts_one() -> None:
    assert within("creamm", "cream", 1) == 1
    assert within("abc", "ab", 1) == 1


def test_a_swap_of_the_first_two_letters_counts_one() -> None:
    assert within("hte", "the", 1) == 1
    assert within("ba", "ab", 1) == 1


def test_two_letters_too_many_count_two_not_a_swap() -> None:
    # a swap needs two letters in each word: "aaa" to "a" is two deletions
    assert within("aaa", "a", 2) == 2


def test_a_distance_over_the_limit_is_none_even_when_a_row_stays_under_it() -> None:
    # "a" to "bc": a wrong letter and a letter missing, 2; the row's best is 1
    assert within("a", "bc", 1) is None
    assert within("a", "bc", 2) == 2


def test_typing_errors_allowed_by_word_length() -> None:
    assert typo_limit("itc") == 0  # under four letters: none
    assert typo_limit("itch") == 1
    assert typo_limit("itchy") == 1
    assert typo_limit("eczema") == 2  # six letters or more: two
    assert typo_limit("dupilumab") == 2
