"""Understanding by mechanism: normalising, entities, intents, refusals, other datasets, random text."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.dataset.loader import load_dataset
from bot.engine import Engine
from bot.engine.entities import extract
from bot.engine.normalise import stem, words
from bot.render.text import render_text
from tests.engine_helpers import DATA, ask, engine, failure

ROOT = Path(__file__).resolve().parents[1]
OTHER = str(DATA / "other-campaign.yaml")


def _replied(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The bot answers the question (or declines it) as `answered` says, with `said` in its reply and not `unsaid`."""
    ok, _, text = ask(question)
    assert ok is answered and said in text and unsaid not in text, text


def _entities(text: str):
    return extract(text, engine().lexicon)


def test_normalise_folds_mentions_quotes_accents_and_numbers() -> None:
    assert words("<@123> What’s Emeli Sandé's 13,400,000?") == ["what", "emeli", "sande", "13400000"]
    assert words("@CampaignBot !top 3") == ["top", "3"]
    assert stem("videos") == "video" and stem("tories") == "tory" and stem("nhs") == "nhs"


@pytest.mark.parametrize(("text", "value"), [
    ("over 5m views", 5_000_000), ("over 2.4 million", 2_400_000), ("more than five million", 5_000_000),
    ("above 300k", 300_000),
])
def test_number_words_and_multipliers(text: str, value: int) -> None:
    assert _entities(text).thresholds == [(">", value)]


def test_between_scales_the_low_end() -> None:
    assert _entities("between 3 and 7 million").thresholds == [(">", 3_000_000), ("<", 7_000_000)]


@pytest.mark.parametrize(("text", "ranks"), [
    ("#4", [4]), ("number four", [4]), ("7th place", [7]), ("the third one", [3]), ("rank 9", [9]),
])
def test_rank_references(text: str, ranks: list[int]) -> None:
    assert _entities(text).ranks == ranks


def test_dates_months_years() -> None:
    ent = _entities("posted on 11 december or the 9th of december in 2019")
    assert ent.days == [(12, 11), (12, 9)] and ent.years == [2019]
    assert _entities("videos from november").months == [11]


@pytest.mark.parametrize(("text", "title"), [
    ("veiws of our wonderfull nhs", "Our wonderful NHS"),  # typos
    ("corbin mean tweets thing", "Mean tweets with Jeremy Corbyn"),  # a name beside title words
    ("boris quotes", "Boris Johnson quotes"),  # title words out of order
    ("60 sec challenge", "Jeremy Corbyn’s 60 second challenge"),  # an alias from the YAML
    ("the rob delaney video", "Our wonderful NHS"),  # the only video a person posted
    ("the immigration clip", "Labour’s immigration video"),  # a synonym from the vocabulary
])
def test_video_references(text: str, title: str) -> None:
    ent = _entities(text)
    assert engine().dataset.videos[ent.videos[0].best].title == title


def test_typo_correction_keeps_short_real_words() -> None:
    ent = _entities("pls send the link to the jayne vid")  # "send" is not "spend"
    assert ent.words[1] == "send" and ent.measures == []
    assert _entities("meen tweets veiws").words == ["mean", "tweets", "views"]


@pytest.mark.parametrize("word", ["pull", "fans", "rack", "match", "whole", "mum", "swears", "settle"])
def test_common_english_words_are_not_corrected_into_the_vocabulary(word: str) -> None:
    assert _entities(f"my {word} video").words == ["my", word, "video"]


@pytest.mark.parametrize(("typo", "meant"), [("veiws", "views"), ("vidoe", "video"), ("wonderfull", "wonderful"),
                                             ("jessie", "jessi")])  # a name spelt another way still reads
def test_typos_are_still_corrected(typo: str, meant: str) -> None:
    assert engine().lexicon.correct(typo) == meant


def test_a_typo_as_near_two_words_is_left_alone() -> None:
    lex = engine().lexicon
    assert {"bonus", "boris"} <= lex.known  # "borus" is one letter from both
    assert lex.correct("borus") == "borus"
    assert lex.correct("claimd") == "claim"  # "claim" and "claims" are one word: no rival


def test_the_common_word_list_is_read_only_for_a_typo() -> None:
    # In a fresh process: start-up (and every question the tables know) must not pay for reading it.
    code = (
        "from bot.dataset.loader import load_dataset\n"
        "from bot.engine import Engine\n"
        "from bot.engine.lexicon import common_words\n"
        "e = Engine(load_dataset(None)); e.answer('most viewed video')\n"
        "print(common_words.cache_info().currsize, end=' ')\n"
        "e.answer('most veiwed video'); print(common_words.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["0", "1"]


def test_a_common_word_in_a_question_is_not_read_as_a_figure() -> None:
    # "pull" once became "poll" (a measure the data lacks) and the question was declined.
    answered, _, text = ask("what does the top video pull in views")
    assert answered and "13,400,000" in text


def test_a_generic_word_beside_a_name_is_no_video() -> None:
    ent = _entities("what did corbyn tweet with the boris quotes video")
    titles = [engine().dataset.videos[r.best].title for r in ent.videos]
    assert titles == ["Boris Johnson quotes"]


def test_person_names_inside_a_title_are_not_subjects() -> None:
    ent = _entities("how did the boris johnson quotes video do")
    assert ent.people == [] and len(ent.videos) == 1
    ent = _entities("did corbyn beat boris on facebook")
    assert ent.people == ["jeremy-corbyn", "boris-johnson"] and ent.videos == []


def test_unknown_parties_and_unsupported_measures_are_found() -> None:
    ent = _entities("how many likes did the lib dems get on youtube")
    assert ent.others == ["lib dem"] and "likes" in ent.measures and ent.platforms == ["youtube"]


def test_explain_reports_scores_and_margin() -> None:
    ex = engine().explain("how many views did mean tweets get")
    assert ex.chosen == "video" and ex.margin > 0
    assert ex.entities["videos"][0]["candidates"] == ["Mean tweets with Jeremy Corbyn"]
    assert ex.scores[0][0] == "video"


def test_our_paraphrase_set() -> None:
    items = yaml.safe_load((DATA / "paraphrases.yaml").read_text(encoding="utf-8"))
    failures = []
    for item in items:
        answered, _, text = ask(item["q"])
        reason = failure(item, answered, text)
        if reason:
            failures.append(f"{item['q']!r}: {reason}")
    assert failures == []


OPEN = yaml.safe_load((DATA / "open-questions.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(OPEN))
def test_question_set_ratchet(name: str) -> None:
    """The blind compositional set and every blind batch: all pass except the listed open ones, which still fail."""
    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    failing = {item["q"] for item in items if failure(item, *_answered_and_text(item["q"]))}
    open_questions = set(OPEN[name] or [])
    assert sorted(failing - open_questions) == []  # regressions
    assert sorted(open_questions - failing) == []  # fixed: run scripts/open-questions to take them off
    assert len(items) >= 100 and len(open_questions) <= len(items) // 10


def _answered_and_text(question: str) -> tuple[bool, str]:
    answered, _, text = ask(question)
    return answered, text


def test_a_second_dataset_is_answered_by_the_same_code() -> None:
    assert "Rivers run clean: 5,000,000" in ask("top 2", OTHER)[2]
    assert "3,000,000" in ask("how many views did the bike video get", OTHER)[2]
    text = ask("greenleaf vs iron union", OTHER)[2]
    assert "about 12,000,000" in text and "under 4,000,000" in text
    assert not ask("what was iron union's most viewed video", OTHER)[0]
    assert not ask("how many views did the nhs video get", OTHER)[0]
    assert "Bicycles for every town" in ask("videos in june", OTHER)[2]


def test_no_name_from_the_shipped_dataset_in_engine_code() -> None:
    ds = engine().dataset
    names = {v.title for v in ds.videos} | {p.name for p in ds.parties} | {p.name for p in ds.people}
    names |= {a for v in ds.videos for a in v.aliases} | {a for p in ds.parties for a in p.aliases}
    names |= {a for p in ds.people for a in p.aliases}
    code = "\n".join(p.read_text(encoding="utf-8").casefold() for p in (ROOT / "bot" / "engine").rglob("*.py"))
    code += (ROOT / "bot" / "vocabulary.yaml").read_text(encoding="utf-8").casefold()
    found = sorted(n for n in names if re.search(rf"\b{re.escape(n.casefold())}\b", code))
    assert found == []


def test_vocabulary_has_only_strings() -> None:
    voc = yaml.safe_load((ROOT / "bot" / "vocabulary.yaml").read_text(encoding="utf-8"))
    for key in ("stopwords", "rank_words"):
        assert all(isinstance(w, str) for w in voc[key]), key  # YAML reads bare no/yes/on/off as booleans

    def not_strings(node: object, path: str) -> list[str]:
        """Every word list's items and every table's keys, wherever they sit, that YAML did not read as text."""
        if isinstance(node, dict):
            bad = [f"{path}: key {k!r}" for k in node if not isinstance(k, str)]
            bad += [f"{path}/{k}: {v!r}" for k, v in node.items() if isinstance(v, bool)]  # ("aye: yes" is True)
            nested = [b for k, v in node.items() if isinstance(v, (dict, list)) for b in not_strings(v, f"{path}/{k}")]
            return bad + nested
        if isinstance(node, list):
            return [f"{path}: {w!r}" for w in node if not isinstance(w, str)]
        return []

    assert not_strings(voc, "") == []


def test_vocabulary_has_no_key_twice_in_one_table() -> None:
    """YAML keeps the last of two equal keys silently: a weight written twice is one of them lost."""
    twice: list[str] = []

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                twice.append(f"{key!r} (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load((ROOT / "bot" / "vocabulary.yaml").read_text(encoding="utf-8"), Loader=Strict)  # (a safe loader)
    assert twice == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_well_formed_reply(text: str) -> None:
    answer = engine().answer(text)
    rendered = render_text(answer)
    assert answer.title and rendered.startswith(f"**{answer.title}**")
    assert isinstance(answer.answered, bool) and answer.intent
    assert (answer.source is not None) == answer.answered or answer.intent == "help"
    assert len(answer.suggestions) <= 3


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=6, max_size=40))  # short ones are real: "rts", "nhs"
def test_consonant_nonsense_is_declined(text: str) -> None:
    assert not engine().answer(text).answered


def test_explain_shows_the_parsed_query() -> None:
    ex = engine().explain("add up the views of the three least watched")
    assert ex.query is not None
    assert "op='sum'" in ex.query and "Order(field='views', descending=False)" in ex.query
    assert "Slice(n=3" in ex.query
    assert engine().explain("how many views did mean tweets get").query is None


def test_open_channels_answer_questions_and_ignore_chatter() -> None:
    """In an answer channel: no line of the blind chatter batch is answered; nearly every question is."""
    chatter = yaml.safe_load((DATA / "batches" / "chatter.yaml").read_text(encoding="utf-8"))
    assert [line for line in chatter if engine().answer_if_asked(line) is not None] == []
    questions = [item["q"] for item in yaml.safe_load((DATA / "paraphrases.yaml").read_text(encoding="utf-8"))
                 if not item.get("refuse")]
    silent = [q for q in questions if engine().answer_if_asked(q) is None]
    assert len(silent) <= len(questions) // 20, silent  # a question with several unknown words may go unheard
    assert engine().answer_if_asked("!top 3") is not None  # commands are always answered


def test_a_link_in_a_question_is_not_read_as_words() -> None:
    assert words("views of the nhs video? https://phish.example/login-now www.spam.example") == [
        "views", "of", "the", "nhs", "video"]
    assert "Jeremy Corbyn’s friend Jayne" in ask("which vid is pic.twitter.com/dWvZAUqyQF")[2]  # a media id still names


@pytest.mark.parametrize(("question", "line"), [
    ("most liked video", "The video with the most likes: Bicycles for every town"),
    ("how many likes did the bike video get", "Bicycles for every town: 250,000 likes"),
    ("total likes of the top 2", "Total likes of the 2 videos with the most likes: 370,000"),
    ("likes of the river video vs the bike video",
     "Bicycles for every town had 130,000 more likes than Rivers run clean"),
    ("videos with over 200k likes", "Videos with over 200,000 likes: Bicycles for every town"),
    ("total likes of all videos", "Total likes of all 3 videos (2 of them with likes figures): 370,000"),
])
def test_another_per_video_count_is_answered_by_the_same_code(question: str, line: str) -> None:
    """The second dataset's videos also carry likes: the query model computes on them with no code change."""
    answered, _, text = ask(question, OTHER)
    assert answered and text.splitlines()[0] == f"**{line}**"


def test_a_video_without_the_count_is_declined_not_zero() -> None:
    answered, _, text = ask("how many likes did the lighthouse keeper get", OTHER)
    assert not answered and "I don't have likes for The lighthouse keeper." in text
    assert not ask("how many likes did the nhs video get")[0]  # the shipped dataset has no likes at all


@pytest.mark.parametrize(("typed", "meant"), [("vews", "views"), ("imigrashun", "immigration"), ("corbin", "corbyn"),
                                              ("sandy", "sande")])
def test_words_spelt_as_they_sound_are_read(typed: str, meant: str) -> None:
    assert engine().lexicon.correct(typed) == meant


@pytest.mark.parametrize("typed", ["send", "news", "pull", "borus"])
def test_frequent_words_and_ties_are_not_read_as_sound_alikes(typed: str) -> None:
    assert engine().lexicon.correct(typed) == typed


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("how many times was the jayne video shared", False, "I don't have how many times a video was shared or posted"),
    ("how often was the immigration video tweeted", False, "I don't have how many times a video was shared"),
    ("how many times was the mean tweets video watched", True, "Mean tweets with Jeremy Corbyn: 3,700,000"),
    ("how many times more views did the nhs video get than jayne's", True, "5.2 times the views"),
])
def test_how_many_times_counts_an_event_not_videos(question: str, answered: bool, line: str) -> None:
    """ "how many times was X shared" is an event no figure counts; "... watched" is its views; never "1 video"."""
    ok, _, text = ask(question)
    assert ok is answered and line in text and "How many videos" not in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("what did nicky morgan say on gmb", False, "I don't have what is said in Nicky Morgan on Good Morning Britain"),
    ("what did jayne say", False, "The tweet by Jeremy Corbyn says: “I met Jayne in July"),
    ("what did delaney say", True, "The tweet with Our wonderful NHS says: “May I ask you"),
    ("what did corbyn say about the nicky morgan clip", True, "says: “Why don't you just be honest?”"),
])
def test_words_spoken_in_a_video_are_not_its_tweet(question: str, answered: bool, line: str) -> None:
    """ "what did <name in the title> say" is declined with the tweet offered; "what did <poster> say" is the tweet."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


def test_initials_name_a_video_that_names_the_person() -> None:
    """A person's initials stand for their name inside a title, as a nickname does ("<initials> quotes")."""
    answered, _, text = ask("BJ quotes, rank and views")
    assert answered and text.splitlines()[0] == "**Boris Johnson quotes**" and "3,000,000" in text


@pytest.mark.parametrize("question", [
    "what did labour say about their social media campaign",
    "why did labour go all in on social media videos, cos of the tories?",
])
def test_the_sources_own_words_ask_about_the_campaign_itself(question: str) -> None:
    """Two of the source's words side by side ("social media") ask for what it says; two parties named
    with no figure asked are no figure question."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == "**Where the data comes from**"
    assert "most successful social media campaign" in text and "mainstream media" in text


@pytest.mark.parametrize(("typed", "title"), [
    ("goggle box views", "Gogglebox reacts to nurses pledge"),
    ("meantweets views", "Mean tweets with Jeremy Corbyn"),
])
def test_a_names_words_written_apart_or_together(typed: str, title: str) -> None:
    """A title's or alias's word split in two, or two run together, still names the video."""
    answered, _, text = ask(typed)
    assert answered and text.splitlines()[0] == f"**{title}**"


def test_common_words_are_not_run_together_into_a_name() -> None:
    assert words("the box set") == ["the", "box", "set"] and ask("what's in the box")[0] is False


@pytest.mark.parametrize(("question", "first_line"), [
    ("avg of #6-#10", "**Average views of videos ranked #6–#10: 3,009,400**"),
    ("total of #4-#6", "**Total views of videos ranked #4–#6: 13,800,000**"),
    ("#1 vs #10", "**Our wonderful NHS had 10,800,000 more views than Jeremy Corbyn’s friend Jayne**"),
    ("the 2nd and 3rd most viewed videos", "**2nd, 3rd most viewed video (#2–#3)**"),
])
def test_places_written_as_list_positions(question: str, first_line: str) -> None:
    """"#6-#10" is a range, "#1 vs #10" a comparison, "2nd and 3rd most viewed" both places."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


def test_a_list_position_is_never_a_place_in_posting_order() -> None:
    answered, _, text = ask("was #3 or #2 posted first")
    assert answered and "ranked #2–#3" in text.splitlines()[0] and "earliest posted" in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("how many views did the bonus favourites get", False, "The article gives no figures, dates or tweets for"),
    ("what are the bonus favourites, do they have view figures", True,
     "(the article gives no figures, dates or tweets for them"),
    ("labour's facebook video views during the 2017 general election", False, "I don't have views figures for 2017."),
    ("how many times greater was the top video than the tenth", True, "5.2 times the views"),
    ("which vids landed in the 3 mils", True, "Videos with between 3,000,000 and 3,999,999 views"),
])
def test_sections_years_and_words_for_figures(question: str, answered: bool, line: str) -> None:
    """The bonus section's figures and another campaign's platform figure are declined; chat forms of a
    ratio and a band of figures are read."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "line"), [
    ("who is nicky morgan", "I don't have who Nicky Morgan is beyond the video's title, Nicky Morgan on Good Morning"),
    ("who is rob delaney", "Rob Delaney posted 1 of the videos: Our wonderful NHS."),
])
def test_who_someone_is_is_declined_with_what_the_data_holds(question: str, line: str) -> None:
    answered, _, text = ask(question)
    assert not answered and line in text


def test_who_is_does_not_decline_a_field_question() -> None:
    answered, _, text = ask("who was the nhs video posted by")
    assert answered and "Rob Delaney (@robdelaney) posted Our wonderful NHS." in text


def test_a_common_word_is_not_corrected_into_another_common_word() -> None:
    """ "vague" is not "value" (a title word): two real English words, each typed as meant."""
    assert "vague" in _entities("the article seems rather vague").words


@pytest.mark.parametrize(("question", "first_line"), [
    ("what was the view count of the video which came second? the precise figure rather than a rounded one",
     "**If you’re not sure who to vote for, watch this.**"),
    ("do the view figures cover facebook alone, or are other platforms included?", "**Where the data comes from**"),
    ("how many of the videos were tweeted from corbyn's account, so far as the article shows?",
     "**How many videos posted by Jeremy Corbyn: 8**"),
])
def test_formal_phrasing_is_read(question: str, first_line: str) -> None:
    """ "rather than" is a preference, not a comparison; "alone", "included" ask what the counts cover;
    "so far as" is no date."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


def test_a_named_videos_own_day_describes_it() -> None:
    """ "X on the fourteenth of November": the day X was posted, in words, says which X; it filters nothing."""
    answered, _, text = ask("how many days between the immigration video on the fourteenth of november and the "
                            "sixty-second challenge on the twelfth of december")
    assert answered and text.splitlines()[0].startswith("**28 days between Labour’s immigration video")


def test_a_handle_asked_beside_an_unrelated_negation() -> None:
    answered, _, text = ask("what is corbyn's twitter handle? i'm not sure what a handle is")
    assert answered and text.splitlines()[0] == "**Jeremy Corbyn: @jeremycorbyn on Twitter**"


@pytest.mark.parametrize(("question", "first_line"), [
    ("take the nhs one out, whats the average of the other nine",
     "**Average views of videos other than Our wonderful NHS: 4,660,778**"),
    ("mean tweets aside, total of the rest", "**Total views of videos other than Mean tweets with Jeremy Corbyn: "
                                              "51,647,000**"),
])
def test_the_others_after_a_named_video_are_every_video_but_it(question: str, first_line: str) -> None:
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("vids in the 3m-4m band", True, "Videos with between 3,000,000 and 4,000,000 views"),
    ("rank 1-10 by views", True, "10 of the 10 videos ranked #1–#10"),
    ("#1 is how many x #10", True, "5.2 times the views"),
    ("mean tweets vs gogglebox how many times more", True, "1.03 times the views"),
    ("delta between 5th and 6th", True, "100,000 more views"),
    ("retweets in the 2017 election how many", True, "1,400,000"),
    ("corbyn got 1.4m retweets in 2017, how many this time", True, "2,400,000"),
    ("corbyn retweets per day this campaign", True, "about 57,143 a day"),
    ("did labour do tiktok n how many views there", False, "I don't have TikTok figures."),
    ("fb vs twitter split for #1", False, "I don't have the views split by platform"),
])
def test_data_desk_and_chat_forms(question: str, answered: bool, line: str) -> None:
    """Figure ranges with a dash, place ranges, ratios kept apart from a near tie, the year asked (or "this
    time"), a platform no figure is from, and a split per platform for a place."""
    ok, _, text = ask(question)
    assert ok is answered and line in text
    if "2017 election how many" in question:
        assert "2,400,000" not in text


@pytest.mark.parametrize(("question", "first_line"), [
    ("the one where its like one person said all these, what date was that", "**Boris Johnson quotes**"),
    ("which video has the tweet that says why don't you just be honest", "**Nicky Morgan on Good Morning Britain**"),
    ("the good morning britain with nicky morgan or was it nicky morgan's show, how many views",
     "**Nicky Morgan on Good Morning Britain**"),
    ("nhs vs nhs", "**Our wonderful NHS vs Jessi on the value of our NHS**"),
])
def test_a_tweets_words_in_a_row_and_one_video_named_twice(question: str, first_line: str) -> None:
    """A tweet's words, unquoted, name its video (a negation inside them is the tweet's); one video named
    twice is that video, not a comparison with itself; a group named twice is its two videos."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "line"), [
    ("what cpm were labour getting on facebook", "I don't have spending figures."),
    ("organic vs paid split of the 86m views", "I don't have whether the views were paid or organic."),
    ("who was presenting good morning britain that day", "I don't have details about the people in the videos"),
    ("where did corbyn meet jayne, which town", "I don't have details about the people in the videos"),
])
def test_trade_and_personal_facts_are_declined(question: str, line: str) -> None:
    answered, _, text = ask(question)
    assert not answered and line in text


def test_in_absolute_terms_is_no_place() -> None:
    answered, _, text = ask("gap between lab and con fb views in absolute terms")
    assert answered and "about 61,000,000 more Facebook views" in text


@pytest.mark.parametrize(("question", "first_line"), [
    ("good morning how many views did the nhs video get", "**Our wonderful NHS**"),
    ("good morning britain clip views", "**Nicky Morgan on Good Morning Britain**"),
])
def test_a_greeting_opening_a_message_is_no_title(question: str, first_line: str) -> None:
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("typed", "read"), [
    ("three million six hundred thousand views", ["3600000", "views"]),
    ("in twenty seventeen", ["in", "2017"]),
    ("two thousand and seventeen", ["2017"]),
    ("top three million", ["top", "three", "million"]),
    ("twenty seven", ["27"]),  # tens and units said apart
    ("forty two days", ["42", "days"]),
    ("twenty three million views", ["23000000", "views"]),  # (was read as a range from 20m to 3m)
    ("on the twenty third", ["on", "the", "23th"]),  # a day said in two words (any ending reads as one)
])
def test_numbers_said_in_several_words(typed: str, read: list[str]) -> None:
    """A figure of several parts or a year said in words is read as one number; one part stays as typed."""
    assert engine().lexicon.expand(typed.split()) == read


@pytest.mark.parametrize(("typed", "meant"), [("emigration", "immigration"), ("emmigration", "immigration"),
                                              ("handel", "handle")])
def test_slips_read_as_the_word_meant(typed: str, meant: str) -> None:
    """A long word's first vowel written as heard; a rare word that is a common one with two letters swapped."""
    assert engine().lexicon.correct(typed) == meant


def test_a_titles_own_negation_misspelt_around_it() -> None:
    answered, _, text = ask("how many views the not shure who to vote for one")
    assert answered and text.splitlines()[0] == "**If you’re not sure who to vote for, watch this.**"
    answered, _, text = ask("total views of all videos not the who to vote for one")
    assert answered and "other than If you’re not sure who to vote for" in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("which one had 3 mil flat", True, "Boris Johnson quotes: 3,000,000"),
    ("what were the two bonus favs at the end", True, "(the article gives no figures, dates or tweets for them"),
    ("how many favs did the nhs video get", False, "I don't have likes figures."),
    ("corbyn retweets up to dec 9, 2.4m or 4.2m? money on the line", True, "2,400,000"),
    ("the number 2 vid had nine and a half mil, confirm or he buys the round", True,
     "The 2nd most viewed video is If you’re not sure who to vote for"),
])
def test_pub_quiz_talk(question: str, answered: bool, line: str) -> None:
    """ "flat" after a figure, "favs" as favourites unless counted, "money" only as spending, and a lone "or"
    joining clauses is no comparison of places."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "first_line"), [
    ("give us the pic link for the boris supercut", "**Boris Johnson quotes**"),
    ("jessi v jayne, how many views in it", "**Jessi on the value of our NHS vs Jeremy Corbyn’s friend Jayne**"),
    ("fb views lab+corbyn vs tories+johnson - exact numbers pls", "**Labour and Jeremy Corbyn vs Boris Johnson and "
                                                                  "the Conservatives**"),
])
def test_a_coined_word_after_a_name_in_one_title_and_v_for_versus(question: str, first_line: str) -> None:
    """A word no dictionary has right after a name that only a title holds is a word for that video; a
    common word there is not; "v" is "versus"."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "answered", "first_line"), [
    ("which tory was on good morning britain in that vid", True, "**Nicky Morgan on Good Morning Britain**"),
    ("the tory on good morning britain in that clip, who was it", True, "**Nicky Morgan on Good Morning Britain**"),
    ("the tories' nhs video views", False, "**I don't have that**"),
])
def test_a_party_word_for_someone_in_a_named_video_is_no_owner(question: str, answered: bool,
                                                                first_line: str) -> None:
    ok, _, text = ask(question)
    assert ok is answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "first_line"), [
    ("which account posted most of the top ten", "**Posted the most of all 10 videos: Jeremy Corbyn, 8 of 10**"),
    ("who posted the most videos in november",
     "**Posted the most of videos posted in November 2019: Jeremy Corbyn, 4 of 5**"),
    ("who posted the most viewed video", "**Our wonderful NHS**"),
])
def test_who_posted_the_most_of_a_set(question: str, first_line: str) -> None:
    """A question type added in two files ('posters'): each poster's number of a set's videos."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("how long in seconds is the mean tweets video", False, "I don't have figures on how long the videos are"),
    ("how many of the 13.4 million views were facebook vs twitter", False, "I don't have the views split by platform"),
    ("mean tweets video went up on the 19th of december didn't it? after polling day?", True,
     "No: Mean tweets with Jeremy Corbyn was posted on 9 December 2019, not on the day the question says"),
    ("emeli's one was called what", True, "Emeli Sande: You are not alone"),
    ("the 42 days are up to what date", True, "The count runs up to 9 December 2019."),
    ("retweets per day this time vs 2017, go on do the maths clever clogs", True, "about 57,143 against 26,923"),
    ("if u combine labour + tory fb views what percent was labour's", True, "77.5%"),
])
def test_parents_pedants_and_staffers(question: str, answered: bool, line: str) -> None:
    """Seconds are a length; a video's figure split by platform is declined; a posting day claimed beside
    "polling day" is corrected, not read as a day's views; a bonus title's own word names it; a period's
    length names its figures; a sound-alike is no vocabulary word two letters off; "combine" is a sum."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "answered", "first_line"), [
    ("con's most viewed vid + views?", False, "**I don't have that**"),
    ("lab vs con facebook views", True, "**Labour and Jeremy Corbyn vs Boris Johnson and the Conservatives**"),
    ("what ranked 7th? there's a tory minister involved", True, "**Nicky Morgan on Good Morning Britain**"),
    ("tory 7th video", False, "**I don't have that**"),
    ("median views of the top 10, being pedantic about skew", True, "**Median views of all 10 videos: 3,650,000**"),
    ("whats the reason given for lab going all in on vids", True, "**Where the data comes from**"),
])
def test_results_night_and_debaters(question: str, answered: bool, first_line: str) -> None:
    """The parties' short names ("lab", "con"); a party word for someone in a video named by its place; a
    sound-alike is no vocabulary word more than a letter off ("skew" is not "sick"); "reason" asks the source."""
    ok, _, text = ask(question)
    assert ok is answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("whats top of the most viewed list and how many views? presenter wants it for the intro", True,
     "Our wonderful NHS, with 13,400,000"),
    ("who is jessi, like what does she do for a job", False, "I don't have details about the people in the videos"),
    ("so did labour win lol whats the result", False, "I don't have election results."),
    ("did the nhs video win the election for labour", False, "I don't have election results."),
])
def test_words_about_people_and_winning_in_their_place(question: str, answered: bool, line: str) -> None:
    """A word about people ("presenter") counts only beside someone, a video or a "who"; "win" alone is
    the election's, beside views or a video word a contest of views."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "answered"), [
    ("which gogglebox families were in the nurses clip", False),
    ("did nicky morgan ever respond to the gmb vid", False),
    ("who read out the mean tweets to him, was it a celeb?", False),
    ("the one where corbyn reads out mean tweets, views?", True),
    ("mean tweets or gogglebox who won", True),
])
def test_what_happens_in_a_video_is_declined(question: str, answered: bool) -> None:
    """Who or what is in a video beyond its title (a family, an episode, a response) is declined, beside the
    video named; a description of the video asking its views is answered; "who won" between two videos is views."""
    ok, _, text = ask(question)
    assert ok is answered
    if not answered:
        assert "I don't have what happens in the videos beyond their titles." in text


@pytest.mark.parametrize(("question", "first_line"), [
    ("video 1 title?", "**Our wonderful NHS**"),
    ("video 4 date + poster?", "**Labour’s immigration video**"),
    ("vid 3 views", "**Jeremy Corbyn’s 60 second challenge**"),
    ("videos 4 to 6", "**Videos ranked #4–#6**"),
    ("the 2 videos with most views", "**The 2 most viewed campaign videos**"),
])
def test_a_number_after_a_video_word_is_its_place(question: str, first_line: str) -> None:
    """ "video 4" is the 4th in the list, as "#4" is (never "video for", never the 4th posted); "the 2 videos"
    counts them."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


@pytest.mark.parametrize(("question", "first_line"), [
    ("how many times the average did the top video get",
     "**Our wonderful NHS had 2.4 times the views of the average of all 10 videos**"),
    ("nhs video vs the median", "**Our wonderful NHS is 9,750,000 views above the median of all 10 videos**"),
    ("how long was the gap between the last november post and the first december one?",
     "**8 days between Jessi on the value of our NHS and Boris Johnson quotes**"),
])
def test_a_set_figure_and_an_end_of_each_month_as_sides(question: str, first_line: str) -> None:
    """A set figure asked with one video ("times the average") is every video's; "the last November post
    and the first December one": each end of the posting order within its own month."""
    answered, _, text = ask(question)
    assert answered and text.splitlines()[0] == first_line


def test_other_videos_matching_a_name_are_named_without_their_figures() -> None:
    """ "the NHS video": the best match's views, and the other match by name and place only (a second figure
    beside the asked one reads as the answer)."""
    answered, _, text = ask("how much views had the video of the NHS")
    assert answered and "Also matching: Jessi on the value of our NHS (#9)" in text and "2,747,000" not in text


@pytest.mark.parametrize(("question", "line"), [
    ("ratio of #1 views to #10 views, 2 d.p.", "5.15 times the views"),
    ("ratio 2019 retweets : 2017 retweets, 2 dp", "1.71 times"),
    ("labour + tory fb views combined, what percent was labour's, to two decimal places", "77.48%"),
    ("ratio of #1 views to #10 views", "5.2 times the views"),
])
def test_decimal_places_asked(question: str, line: str) -> None:
    """ "2dp", "2 d.p.", "to two decimal places" set how a ratio or percentage is shown."""
    answered, _, text = ask(question)
    assert answered and line in text


@pytest.mark.parametrize(("question", "line"), [
    ("can u give daily view counts for the nhs video so i can do a line chart", "I don't have views by day"),
    ("whats the breakdown of the tories 25m fb views by video", "I don't have that figure broken down"),
])
def test_daily_counts_and_a_campaign_figures_breakdown_are_declined(question: str, line: str) -> None:
    answered, _, text = ask(question)
    assert not answered and line in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("what was the tories most viewed nhs video", False, "I don't have Conservatives videos."),
    ("how much extra money did labour pledge for the nhs", False, "I don't have spending figures."),
])
def test_a_superlative_after_a_party_is_theirs_and_money_beside_a_party(question: str, answered: bool,
                                                                          line: str) -> None:
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "line", "wrong"), [
    ("which video got two and three quarter million views", "Jessi on the value of our NHS: 2,747,000", "Sorry"),
    ("which vid is closest to two and a half mil", "Jeremy Corbyn’s friend Jayne: 2,600,000", "Sorry"),
    ("which video was nearest to 5 million views", "Mean tweets with Jeremy Corbyn: 3,700,000", "6,500,000"),
    ("closest to 3.05m?", "Also matching: Nicky Morgan on Good Morning Britain", "Sorry"),
])
def test_fractions_in_words_and_the_count_nearest_a_figure(question: str, line: str, wrong: str) -> None:
    """ "and three quarter" after a number is its decimals; "closest to" a figure names the video whose count
    is nearest, whatever the gap, and a tie shows both."""
    ok, _, text = ask(question)
    assert ok and line in text and wrong not in text


@pytest.mark.parametrize("question", [
    "videos top to bottom", "list the videos from highest to lowest", "rank all vids best to worst",
    "most viewed to least viewed",
])
def test_both_ends_of_the_views_order_said_as_a_range_sort_every_video(question: str) -> None:
    """ "top to bottom": the whole list in that order, not its last video."""
    ok, _, text = ask(question)
    assert ok and text.startswith("**Videos, most viewed first (#1–#10)**")
    assert "#10 Jeremy Corbyn’s friend Jayne: 2,600,000 views" in text


def test_a_video_whose_poster_is_not_given_is_asked_about_a_poster() -> None:
    """ "did <name> tweet the <title> one" for a video the article gives no tweet for: its views and that who
    posted it is not known, never "no video fits"."""
    ok, _, text = ask("gogglebox one how many views n did corbin tweet it")
    assert ok and "3,600,000" in text and "I don't have who posted it" in text
    ok, _, text = ask("did corbyn tweet the gogglebox one")
    assert not ok and "I don't have who posted it for Gogglebox reacts to nurses pledge" in text


@pytest.mark.parametrize("question", [
    "which videos were not tweeted by corbyn", "were any of the top ten NOT tweeted by Mr Corbyn?"])
def test_not_tweeted_by_someone_is_their_negation_not_videos_without_a_tweet(question: str) -> None:
    ok, _, text = ask(question)
    assert ok and "Our wonderful NHS" in text and "with no tweet in the article" not in text


@pytest.mark.parametrize("question", [
    "Labour says Mr Corbyn was retweeted 2.4 million times. What was the 2017 figure?",
    "according to labour how many retweets did corbyn get in 2017",
    "the tories say corbyn got 1m retweets in 2017, true?",
])
def test_a_party_whose_claim_it_is_is_not_whose_figure(question: str) -> None:
    ok, _, text = ask(question)
    assert ok and "1,400,000" in text and "I don't have retweets figures" not in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("Did Ms Angela Rayner appear in any of these top ten videos?", False, "I don't have figures for Angela Rayner."),
    ("how many views did Ms Morgan's video get", True, "Nicky Morgan on Good Morning Britain: 3,100,000"),
    ("did mr corbyn post the nhs one", True, "No: Our wonderful NHS was posted by Rob Delaney"),
])
def test_a_title_before_a_name_no_table_knows_is_someone_the_data_does_not_carry(
        question: str, answered: bool, line: str) -> None:
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize("question", [
    "why did labour go all in on videos", "what was labour's strategy", "what is the article about"])
def test_why_the_campaign_went_for_video_is_the_articles_context(question: str) -> None:
    """A "why did" about the campaign, its strategy, what the article is about: the source's own context."""
    ok, _, text = ask(question)
    assert ok and "bypass the largely Conservative-supporting mainstream media" in text


@pytest.mark.parametrize(("question", "line"), [
    ("what came 4th in the top 10", "The 4th most viewed video is Labour’s immigration video"),
    ("whats 4th place in the top ten", "Labour’s immigration video is #4 of 10"),
    ("whats the #1 video on labours top 10", "The most viewed video is Our wonderful NHS"),
])
def test_a_place_in_the_top_n_is_that_place_not_the_list(question: str, line: str) -> None:
    """ "in/on the top N" after a place names the list searched, as after a singular superlative."""
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "line"), [
    ("hw many vids got ova 5 mil", "4 of the 10 videos with over 5,000,000 views"),
    ("nhs 1 n jessi 1 togetha hw many views", "16,147,000"),
    ("y did labour go big on vids anyway", "bypass the largely Conservative-supporting mainstream media"),
    ("gap in days tween nicky morgan 1 n boris 1", "13 days between Nicky Morgan on Good Morning Britain and Boris"),
    ("video 1 title?", "Our wonderful NHS"),
])
def test_r_dropped_endings_and_a_digit_for_one_after_a_name(question: str, line: str) -> None:
    """ "ova", "togetha": an "-er" written as said; "boris 1": the one with the name (not after "video")."""
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("the gogglebox episode, how many views", True, "Gogglebox reacts to nurses pledge: 3,600,000"),
    ("what happens in the gogglebox episode", False, "I don't have what happens in the videos"),
])
def test_a_content_word_right_after_a_title_with_views_asked_is_the_video(
        question: str, answered: bool, line: str) -> None:
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "line"), [
    ("is jessi a nurse or wat", "I don't have who Jessi is beyond the video's title"),
    ("is rob delaney an actor", "I don't have who Rob Delaney is beyond what the article says."),
])
def test_is_someone_a_something_is_who_they_are_declined(question: str, line: str) -> None:
    """ "is <name> a <word>": a guess at who someone is, which the data does not hold (not two videos compared
    because a title has the word)."""
    ok, _, text = ask(question)
    assert not ok and line in text


@pytest.mark.parametrize("question", [
    "whats that url in rob delaney's display name", "delaney's display name on the tweet has something after it?",
    "rob delaney name had a website in it whats that",
])
def test_a_website_in_an_accounts_name_is_its_display_name(question: str) -> None:
    ok, _, text = ask(question)
    assert ok and "Display name: rob delaney 🌹mycampaignmap.com." in text


def test_a_posts_field_asked_of_someone_is_still_their_posts() -> None:
    ok, _, text = ask("link to rob delaney's tweet")
    assert ok and "https://pic.twitter.com/VNzKPYGgq2" in text


@pytest.mark.parametrize(("question", "title"), [
    ("videos from 8 dec onwards", "Videos posted from 8 December 2019 on"),
    ("videos posted 8 dec or later", "Videos posted from 8 December 2019 on"),
    ("how many tweets dated on or after 1 dec", "How many videos posted from 1 December 2019 on: 4"),
    ("videos posted on the 25th of november or earlier", "Videos posted up to 25 November 2019"),
    ("videos posted after 8 dec", "Videos posted from 9 December 2019 on"),
])
def test_a_bound_that_takes_the_day_in(question: str, title: str) -> None:
    """ "8 Dec onwards", "on or after 1 Dec": from that day, the day included (was: that day only)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}")


@pytest.mark.parametrize(("question", "title"), [
    ("combined views of the videos 5, 6 and 7?", "Total views of videos ranked #5–#7: 10,400,000"),
    ("videos 2 and 3 combined", "Total views of videos ranked #2–#3: 16,700,000"),
])
def test_places_listed_after_a_plural_video_word(question: str, title: str) -> None:
    """ "videos 5, 6 and 7": each place (was #5-#6 only); "videos 2 and 3": a number, not "to" (was all ten)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**")


@pytest.mark.parametrize(("question", "line"), [
    ("Which video is n° 4 in the list pls", "The 4th most viewed video is Labour’s immigration video"),
    ("Which video was tweeted on 17.11.2019?", "Videos posted on 17 November 2019: Jeremy Corbyn’s friend Jayne"),
    ("which video was posted 25.11.?", "Videos posted on 25 November 2019: Nicky Morgan on Good Morning Britain"),
    ("what was posted 25/11/19", "Videos posted on 25 November 2019: Nicky Morgan on Good Morning Britain"),
    ("the nhs one had 13.4m", "Our wonderful NHS: 13,400,000"),
    ("Who is on Good Morning Britain in the video no. 7?", "Nicky Morgan on Good Morning Britain: 3,100,000"),
    ("What video came on 10th place, and how many views in total across FB and TW?",
     "Jeremy Corbyn’s friend Jayne: 2,600,000"),
])
def test_european_forms_and_a_place_with_the_counts_platforms_said(question: str, line: str) -> None:
    """ "n° 4"; dates with dots, day first, a two-digit year a year; "who is on <rest of a title>" is who appears
    in it; the platforms a video's count covers said in full, with a place, ask that video's count."""
    ok, _, text = ask(question)
    assert ok and line in text and "55,347,000" not in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("runner up video", True, "2nd most viewed video: If you’re not sure who to vote for"),
    ("labour's runner up video", True, "2nd most viewed video: If you’re not sure who to vote for"),
    ("labour total views", True, "over 86,000,000"),
    ("peak concurrent viewers on the mean tweets clip?", False, "I don't have live or peak viewer counts"),
    ("who edited the mean tweets vid", False, "I don't have who made the videos or how they were filmed."),
    ("what cam did they shoot the 60 second challenge on", False, "I don't have who made the videos or how"),
    ("rob delaney - what's he known for? need an intro line for the presenter", False,
     "I don't have details about the people"),
    # a title's plural noun asked with "which"/"what": the things in the video, not the video
    ("which mean tweets did he read out in it", False, "I don't have what happens in the videos beyond"),
    ("what were the actual boris quotes in that video?", False, "I don't have what happens in the videos beyond"),
    ("which boris quotes did better, or mean tweets", True, "3,700,000 (3.7M) against 3,000,000"),
])
def test_runner_up_a_party_owning_every_video_and_live_or_production_asks(
        question: str, answered: bool, line: str) -> None:
    """ "runner up" alone is the 2nd place; a party that owns every video, before a video word, narrows nothing
    (no campaign figure asked); peak viewers and editing are not in the data."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


def test_a_party_before_a_video_word_still_narrows_when_it_does_not_own_every_video() -> None:
    assert not ask("what was iron union's most viewed video", OTHER)[0]


@pytest.mark.parametrize(("question", "line"), [
    ("how many days between Rob Delaney's post and Corbyn's 'If you're not sure who to vote for' tweet?",
     "18 days between Our wonderful NHS and If you’re not sure who to vote for"),
    ("who's the singer in the first bonus pick", "The 1st of the bonus favourites (Our added favourites): Emeli Sande"),
])
def test_a_posters_title_beside_someone_else_and_a_place_among_the_bonus_favourites(question: str, line: str) -> None:
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "title"), [
    ("which vids were tweeted dec 11 and dec 12", "Videos posted on 11 or 12 December 2019"),
    ("what was tweeted on the 8th and 9th of December", "Videos posted on 8 or 9 December 2019"),
    ("which two vids went out on back-to-back days around 8/9 dec", "Neighbours closest in posting order: 1 day apart"),
    ("views of videos posted 23 nov and 30 nov combined",
     "Total views of videos posted on 23 or 30 November 2019: 16,147,000"),
    ("which video did best in the final week (6 to 12 December)?", "The most viewed video posted from 6 December"),
    # (each day with its video word names the one video posted that day: the two videos compared)
    ("dec 11 vid vs dec 12 vid, which did better",
     "If you’re not sure who to vote for, watch this. vs Jeremy Corbyn’s 60 second challenge"),
])
def test_several_days_are_either_day(question: str, title: str) -> None:
    """Days listed ("11 and 12 Dec", "8/9 Dec") pick videos posted on any of them (was: none, or the last day
    only); a range stays a range and two days compared stay two sides."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}")


@pytest.mark.parametrize(("question", "line"), [
    ("which video was tweeted on the 12th?", "posted on 12 November 2019 or 12 December 2019: Jeremy Corbyn’s 60"),
    ("whats the date on the 2nd least watched", "Jessi on the value of our NHS was posted on 30 November 2019"),
])
def test_on_the_nth_posted_with_no_month_is_that_day_of_each_posting_month(question: str, line: str) -> None:
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "line"), [
    ("bottom 5 combined, the shitcoin tier", "Total views of the 5 least viewed videos"),
    ("what rank is jessi sitting at", "Jessi on the value of our NHS is #9 of 10"),
    ("what % of the top 10 total is the nhs vid by itself, dominance ratio lol", "had 24.2% of the views"),
    ("emily sandy song what was it called in the article", "Emeli Sande: You are not alone"),
])
def test_a_real_word_far_from_a_name_a_verb_after_a_title_and_a_share_over_a_ratio(question: str, line: str) -> None:
    """ "tier" is not "tory" (three letters off); "what rank is <title> sitting at" asks its place; "what % of
    the total ... ratio" with one video is its share."""
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("how many days before the article was the mean tweets video posted?", True,
     "3 days between Mean tweets with Jeremy Corbyn and the article of 12 December 2019"),
    ("how many days before the article was the jayne one tweeted", True, "25 days between"),
    ("how many days before the article was the gogglebox one posted", False,
     "I don't have a posting date for Gogglebox reacts to nurses pledge."),
])
def test_days_from_a_video_to_the_article(question: str, answered: bool, line: str) -> None:
    """The article's own date is a day to count from (was: the video's card)."""
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize(("question", "title"), [
    ("what did corbyns own tweeted vids rack up combined? (so not the rob delaney one or gogglebox)",
     "Total views of videos other than Our wonderful NHS and Gogglebox reacts to nurses pledge posted by Jeremy"),
    ("total views of everything but rob delaney's or the gogglebox one",
     "Total views of videos other than Gogglebox reacts to nurses pledge not posted by Rob Delaney: 38,347,000"),
    ("average of all except the nhs one and jayne",
     "Average views of videos other than Our wonderful NHS and Jeremy Corbyn’s friend Jayne: 4,918,375"),
])
def test_a_negation_takes_out_every_video_listed_after_it(question: str, title: str) -> None:
    """ "not X or Y", "not <poster>'s or Y": each is left out, said in one phrase (Y was read as the video asked)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}")


@pytest.mark.parametrize(("question", "line"), [
    ("what is half of the views on the our wonderful nhs video", "Half the views of Our wonderful NHS: 6,700,000"),
    ("if u doubled the views on the Jayne video what would it be?",
     "Double the views of Jeremy Corbyn’s friend Jayne: 5,200,000"),
    ("how far short of half the top video's views is the immigration video?",
     "Half the views of Our wonderful NHS is 200,000 views above Labour’s immigration video"),
    ("is the immigration vid more than double the mean tweets one?",
     "Double the views of Mean tweets with Jeremy Corbyn: 7,400,000 views (of 3,700,000)"),
    ("is the sixty second challenge exactly double the gogglebox one?",
     "Jeremy Corbyn’s 60 second challenge had 2.0 times the views of Gogglebox"),
    ("videos in the first half of november", "Videos posted from 1 November 2019 to 15 November 2019"),
])
def test_a_figure_scaled_by_half_or_double(question: str, line: str) -> None:
    """ "half of", "double" scale the figure named after them, alone or as one side of a comparison; "is A double
    B" with nothing else asked is their ratio; a half of a month stays a date range."""
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "title"), [
    ("#4 + #5 views?", "Total views of videos ranked #4–#5: 10,200,000"),
    ("nhs video plus the immigration one = ?",
     "Total views of videos (Our wonderful NHS and Labour’s immigration video): 19,900,000"),
    ("videos with 3m plus views", "Videos with at least 3,000,000 views"),
    ("how many videos got 3.1m or less", "How many videos with at most 3,100,000 views: 4"),
    ("total views for all ten videos added together? is it like 50 mil or more", "Total views of all 10 videos"),
])
def test_plus_adds_and_a_bound_said_after_its_figure(question: str, title: str) -> None:
    """ "+" between places and "plus" add; "3m plus", "or less" after a figure bound the videos, the figure
    included (was: the video with exactly that figure); after "like" the figure is a guess."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}")


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("What is the total view count of the videos ranked sixth to tenth?", True,
     "Total views of videos ranked #6–#10: 15,047,000"),
    ("Kindly sum the views of videos number 6 up to number 10.", True,
     "Total views of videos ranked #6–#10: 15,047,000"),
    ("What was Corbyn's mean daily retweet count during the 52 days of the 2017 election?", True, "26,923"),
    ("What is the running time of the 'Mean tweets with Jeremy Corbyn' video?", False,
     "I don't have figures on how long the videos are"),
    ("how much did labour pay for all these vids", False, "I don't have spending figures."),
])
def test_ranges_of_places_in_words_and_spending_and_running_time(question: str, answered: bool, line: str) -> None:
    """Places in words joined by a range word, or with "number ... up to number ..." (were read as two places:
    a wrong total); a title word ("mean") with "days" and "article" is no question of days before the article."""
    ok, _, text = ask(question)
    assert ok is answered and line in text and "6,200,000" not in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("Which video is placed one position above the video featuring Jessi?", True,
     "The video just above Jessi on the value of our NHS (#9): Boris Johnson quotes"),
    ("On what date was the Gogglebox nurses pledge video first posted?", False,
     "I don't have a date for Gogglebox reacts to nurses pledge"),
    ("when was the jayne video first posted", True, "Jeremy Corbyn’s friend Jayne was posted on 17 November 2019"),
])
def test_a_relative_place_through_describing_words_and_one_videos_first_posting(
        question: str, answered: bool, line: str) -> None:
    ok, _, text = ask(question)
    assert ok is answered and line in text


@pytest.mark.parametrize("question", [
    "where were the views counted, just facebook or what",
    "the view numbers, are they just facebook or other places too?"])
def test_a_platform_named_beside_a_scope_word_asks_what_the_counts_cover(question: str) -> None:
    ok, _, text = ask(question)
    assert ok and "views across Facebook and Twitter, one combined figure each" in text


@pytest.mark.parametrize(("question", "line"), [
    ("which one was bottom of the top ten, number ten", "Jeremy Corbyn’s friend Jayne"),
    ("how many views did the last place one in the top 10 get", "Jeremy Corbyn’s friend Jayne is #10 of 10"),
    ("the 3rd place one views", "Jeremy Corbyn’s 60 second challenge is #3 of 10"),
    ("total of the even ranked ones (2nd 4th 6th 8th 10th)", "ranked #2, #4, #6, #8, #10: 25,200,000"),
    ("bottom five combined views (6th-10th)?", "15,047,000"),
])
def test_places_as_list_positions_and_ordinals_listed(question: str, line: str) -> None:
    """A place given as a list position ("number ten") counts from the top, whatever "bottom" says; "one" after
    "<end or ordinal> place" is the video; ordinals side by side are a list, with a dash a range."""
    ok, _, text = ask(question)
    assert ok and line in text and "Our wonderful NHS, with" not in text


def test_seats_with_views_is_still_an_election_result() -> None:
    ok, _, text = ask("how many seats did labour end up winning? want to compare to views")
    assert not ok and "I don't have election results." in text


@pytest.mark.parametrize(("question", "line"), [
    ("jessi vid views rounded to the nearest hundred thousand?", "Rounded to the nearest 100,000: 2,700,000 (2.7M)."),
    ("immigration vid views to 1 sf", "Rounded to 1 significant figure: 7,000,000."),
    ("nhs views to 2 sig figs", "Rounded to 2 significant figures: 13,000,000."),
    ("total of all ten rounded to nearest million", "Rounded to the nearest 1,000,000: 55,000,000 (55M)."),
    ("avg views of the vids that have corbyn's name in the title",
     "Average views of videos with “Corbyn” in the title: 4,500,000"),
    ("is the emeli sande one in the top 10 or nah", "Our added favourites"),
])
def test_rounding_asked_titles_words_and_a_bonus_asked_about(question: str, line: str) -> None:
    """Rounding is said under the exact figure (half up, as taught); a name "in the title" picks videos by their
    titles, not by who posted them; a bonus favourite named is asked about, not the top list."""
    ok, _, text = ask(question)
    assert ok and line in text


def test_a_month_beside_the_end_of_a_period_asked_is_no_filter() -> None:
    ok, _, text = ask("up to what date was the retweet count taken, the article says up to some day in december")
    assert ok and "The count runs up to 9 December 2019." in text


@pytest.mark.parametrize(("question", "line"), [
    ("Afternoon all. Which got more views, Nicky Morgon on the breakfast telly or the Boris Johnson quotes one, "
     "and by how much? Regards, Ken", "Nicky Morgan on Good Morning Britain had 100,000 more views than Boris"),
    ("Morning. What's Jeremy Corbin's twitter handle as it shows in the article? Thank you, Elsie",
     "Jeremy Corbyn: @jeremycorbyn on Twitter"),
    ("evening all, whats number 4", "Labour’s immigration video"),
])
def test_greetings_and_sign_offs_are_not_part_of_the_question(question: str, line: str) -> None:
    """A sign-off and the name after it ("Regards, Ken") close a message, as a greeting opens it."""
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("I'm looking at the list my friend forwarded on WhatsApp. Which video was the one just below the Boris "
     "Johnson quotes one?", True, "The video just below Boris Johnson quotes (#8): Jessi on the value of our NHS"),
    ("how many views on whatsapp did the nhs video get", False, "I don't have WhatsApp figures."),
])
def test_a_platform_a_message_came_through_is_no_platform_of_the_counts(
        question: str, answered: bool, line: str) -> None:
    ok, _, text = ask(question)
    assert ok is answered and line in text


def test_a_lone_at_sign_before_a_question_mark_asks_the_handle() -> None:
    ok, _, text = ask("rob delaneys @?")
    assert ok and "Rob Delaney: @robdelaney on Twitter" in text


def test_nearest_a_figure_that_is_no_power_of_ten_asks_the_video_nearest_it() -> None:
    ok, _, text = ask("which video is nearest 3.5m views")
    assert ok and "Gogglebox reacts to nurses pledge: 3,600,000" in text and "Rounded" not in text


@pytest.mark.parametrize("question", [
    "what came 10th on the list, bottom of the pile", "quiz q: which video finished 10th, bottom of the list?"])
def test_the_last_place_said_with_bottom_is_the_last_video(question: str) -> None:
    """The 10th of ten with "bottom" is the last video (was the 10th least viewed: the top one)."""
    ok, _, text = ask(question)
    assert ok and "Jeremy Corbyn’s friend Jayne" in text and "Our wonderful NHS" not in text


@pytest.mark.parametrize(("question", "line"), [
    ("which handle posted most of the top 10", "Jeremy Corbyn (@jeremycorbyn): 8 of 10."),
    ("how many times was corbyn rt'd", "2,400,000"),
])
def test_posters_with_their_handles_and_rtd(question: str, line: str) -> None:
    ok, _, text = ask(question)
    assert ok and line in text


@pytest.mark.parametrize(("question", "line"), [
    # a figure said in words, the question's own else the answer's first (British "and")
    ("how do I say 2,747,000 out loud, which video is it", "2,747,000 in words: two million, seven hundred and "
     "forty-seven thousand."),
    ("total views of the top 3 written out", "30,100,000 in words: thirty million, one hundred thousand."),
    # an empty selection names the closest each side of its bound
    ("any vid over 15 mil? if not whats the highest", "Closest below 15,000,000: Our wonderful NHS, 13,400,000 views."),
    ("anything posted on 1 dec? if not the closest before", "Closest before 1 December 2019: Jessi on the value of "
     "our NHS, posted 30 November 2019."),
    # the asker's own sum is no range of figures
    ("mean of the top 3 = 30.1/3 = 10.3m?", "Average views of the 3 most viewed videos (#1–#3): 10,033,333"),
    # a figure said in two parts; a digit before "above" counts places
    ("2 mil 747 thousand views, which vid is that", "Jessi on the value of our NHS"),
    ("the video 2 above boris quotes, what is it", "The video 2 places above Boris Johnson quotes (#8): Gogglebox"),
    # the places between two videos asked: how far apart they stand, the higher first
    ("which ranked higher, delaney's nhs one or jessi's, by how many places",
     "Our wonderful NHS is 8 places above Jessi on the value of our NHS."),
    # two campaign periods' days
    ("2017 campaign was how many days longer than the 2019 one", "10 days longer than the 42 days"),
    # a hashtag alone names its tweet; "your" for "you're" in a title
    ("the one with the votelabour hashtag, what was it", "Jeremy Corbyn’s 60 second challenge"),
    ("nhs vid vs the if your not sure vid, whats the diff", "Our wonderful NHS had 3,900,000 more views than If "
     "you’re not sure"),
    # "<name> and <title> combined": the person's one video and the title
    ("rob delaney and jessi combined views", "Total views of videos (Our wonderful NHS and Jessi on the value of our "
     "NHS): 16,147,000"),
])
def test_spoken_figures_empty_sets_places_apart_and_names_in_other_forms(question: str, line: str) -> None:
    """Forms found by blind batches 90-93, each read by a mechanism (not the batch's wording)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("it says bonus favourites at the bottom, what were they",
     "Our added favourites, two of them (the article gives no figures"),
    ("why did labour use social media instead of tv", "mainstream media"),
])
def test_the_article_speaking_and_what_a_platform_is_set_against_are_not_asked(question: str, line: str) -> None:
    """ "it says" opening a question is the article speaking (no tweet text asked); a platform after "instead of"
    is what something is set against (no TV figures asked)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_who_appears_in_a_video_is_its_content() -> None:
    ok, _, text = ask("which tory MPs were quoted in the boris quotes vid")
    assert not ok and "what happens in the videos beyond their titles" in text


@pytest.mark.parametrize(("question", "line"), [
    # the set said after "of"/"in" is the one searched, wherever it stands
    ("which is the newest of the bottom 3", "The latest posted video among the 3 least viewed videos (#8–#10): Boris"),
    ("which was posted first out of the top 5", "The earliest posted video among the 5 most viewed videos (#1–#5): "
     "Labour’s immigration video"),
    ("earliest in the top 3", "The earliest posted video among the 3 most viewed videos (#1–#3): Our wonderful NHS"),
    ("the least viewed of the top 3", "The least viewed video among the 3 most viewed videos (#1–#3): Jeremy "
     "Corbyn’s 60 second challenge"),
    # a bare "last" beside a posting order is that order's end
    ("and which tweet is the last one, newest?", "The latest posted video: Jeremy Corbyn’s 60 second challenge"),
    # one place said twice
    ("who finished 2nd in the league then", "If you’re not sure who to vote for, watch this."),
    ("nhs vid is what % of the top 10s total views", "24.2% of the views of all 10 videos"),
    # "media" is no link asked
    ("how many views did the nhs video get on social media", "Our wonderful NHS: 13,400,000"),
])
def test_scopes_after_of_posting_ends_and_places_said_twice(question: str, line: str) -> None:
    """Orders and places read as meant (several of these were read the other way round: a real figure for
    the wrong set)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("links for the top 3", "Jeremy Corbyn’s 60 second challenge: https://pic.twitter.com/SEMkhQKHaF"),
    ("mean tweets link, and the one for the boris quotes too", "Boris Johnson quotes: https://pic.twitter.com/"),
    ("tweet text of the bottom 2", "The tweet with Jessi on the value of our NHS says: “Thank you Jessi"),
])
def test_a_field_asked_of_a_list_is_given_for_each_video(question: str, line: str) -> None:
    """A list answer carries the field asked of each video (before, "links for the top 3" listed views only)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("videos by corbyn", "8 of the 10 videos are posted by Jeremy Corbyn:"),
    ("how many cleared 5 million views?", "How many videos with over 5,000,000 views: 4"),
    ("how far ahead was the top video over the runner-up", "Our wonderful NHS had 3,900,000 more views than If "
     "you’re not sure"),
    ("what came fourth in the top ten videos", "Labour’s immigration video"),
    ("wich video had 7,2 mln views", "Jeremy Corbyn’s 60 second challenge"),
    ("order the top 4 by date posted, earliest first", "Videos, earliest posted first among the 4 most viewed"),
    ("how many videos in 2017", "How many videos posted in 2017: 0"),
    ("Lab's GE17 facebook video views total", "I don't have views figures for 2017."),
])
def test_posters_lists_bounds_sides_of_a_gap_and_years(question: str, line: str) -> None:
    """Forms found by blind batches 94-101 and the open questions of older ones, each read by a mechanism."""
    _, _, text = ask(question)
    assert line in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a poster's name last in the question (the "<name>'s videos excluded" reader once read past the end)
    ("videos posted by corbyn", "8 of the 10 videos posted by Jeremy Corbyn:", "not posted"),
    ("corbyn's videos excluded, which was the most viewed", "not posted by Jeremy Corbyn", "8 of the 10"),
    # "added" alone is when a video went up, not a sum; "max views of 3 million" is a bound, no superlative
    ("when was the mean tweets video added", "9 December 2019", "Total views"),
    ("which videos had max views of 3 million", "", "13,400,000"),
    # a second rounding form said: its words are no tweet text asked
    ("how many views did the nhs video get, to the nearest million, in words", "Rounded to the nearest 1,000,000",
     "The tweet with"),
    ("how many videos in 2017 vs 2019", "Videos posted in 2017: 0 of the 10 videos.", "How many videos posted in 2017"),
])
def test_forms_found_by_the_outside_review(question: str, line: str, absent: str) -> None:
    """Each was a wrong reply (or a crash) in the first version of this stop's rules."""
    _, _, text = ask(question)
    assert line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a word's meaning asked is no average ("what retweeted means" gave the mean of two years' retweets)
    ("how many times was corbyn retweeted? I don't know what retweeted means", "2,400,000", "on average"),
    ("what does retweeted mean", "", "on average"),
    ("what is the meaning of views", "", "Average views"),
    ("whats the mean of the top 3", "Average views of the 3 most viewed videos (#1–#3): 10,033,333", "I don't"),
    # max and min: a superlative alone, a bound (taking the figure in) before a figure, with "of" between
    ("max views?", "The most viewed video is Our wonderful NHS", "I don't"),
    ("min views?", "The least viewed video is Jeremy Corbyn’s friend Jayne", "I don't"),
    ("videos with a maximum of 3 million views", "3 of the 10 videos", "Our wonderful NHS"),
    ("which videos had min views of 3.1 million", "7 of the 10 videos", "Jessi"),
    # "placed" is ranked; a typo near two spellings of one multiplier is still that multiplier
    ("which was the lowest placed", "Jeremy Corbyn’s friend Jayne is #10 of 10", "I don't"),
    ("which video have 6.5 milion views", "Labour’s immigration video", "I don't"),
    # what was said or promised in a video, beyond its title: declined, not the video's card
    ("what did the nurses pledge actually promise? the one gogglebox reacted to",
     "I don't have what happens in the videos beyond their titles.", "#6 of 10"),
    ("what question was nicky morgan asked on gmb and what did she say back",
     "I don't have what happens in the videos beyond their titles.", "#7 of 10"),
    # two videos joined by "and" are both asked about (the first alone was answered); one said aside is not
    ("How many views did the Jayne video and the Jessi video get", "2,747,000 (2.747M) against 2,600,000", "I don't"),
    ("how many views the nhs one got (the big one not the jessi one)", "13,400,000", "2,747,000"),
    # a guess at who someone is, said as a statement ("she is a <word>"): declined, no comparison with a title word
    ("Who is Jessi? she is a nurse or a doctor?", "I don't have details about the people in the videos", "3,600,000"),
    # two named videos with their month said: the month describes them; "first" of them is in posting order
    ("mean tweets and boris quotes both in dec, which came first", "The earliest posted video", "more views"),
    ("mean tweets and boris quotes both in december. which was first", "The earliest posted video", "most viewed"),
    ("which was earlier, mean tweets or boris quotes", "Boris Johnson quotes: posted 8 December 2019", "more views"),
    # "which show" asked: a TV said beside it is the programme's medium, not where views were counted
    ("the morning tv one, which show was it on tv", "Nicky Morgan on Good Morning Britain", "I don't"),
    ("how many views did the gogglebox show get on tv", "I don't have TV figures.", "3,600,000 (3.6M) views across"),
    # one measure said for two ends; "trail" is a gap
    ("gap between the most and least viewed", "Our wonderful NHS had 10,800,000 more views than Jeremy Corbyn’s "
     "friend Jayne", "The least viewed video is"),
    ("how far did the 60 sec challenge trail the not sure who to vote for one", "2,300,000 more views", "2 of the 10"),
    # someone who posted one video, set against a video named, stands for it
    ("is delaney's like 5x more than jessi's?", "4.9 times the views of Jessi", "was posted by"),
    # a tweet's word in another form of its verb picks its video from a group ("sending": "who sent him")
    ("who sent corbyn the nhs video he said thank you for, and what date was that",
     "Jessi on the value of our NHS was posted on 30 November 2019", "No:"),
    # a length compared with one period named: the other is the campaign's own; a length asked: that period's
    ("how many days longer was the 2017 campaign compared to this one", "10 days longer than the 42 days", "1.7 times"),
    ("and that was in how many fewer days than 2017?", "10 days longer than the 42 days", "1,000,000 (1 million) more"),
    ("over how many days was that retweet number counted", "2,400,000 (2.4 million) retweets in the 42 days",
     "52 days"),
    ("how many days did each retweet count cover", "52 days", "10 days longer"),
    # "number 3" before a posting word is a place by views; a poster said of places named only describes them
    ("when were number 2 and number 3 posted", "2 of the 10 videos ranked #2–#3", "I don't"),
    ("what day did corbyn tweet no 2 and no 3", "posted Wednesday 11 December 2019", "I don't"),
    # "at the bottom" beside the bonus is where they are in the article; alone, the bottom of the list
    ("what were the bonus ones at the bottom", "Our added favourites", "Jayne"),
    ("which video is at the bottom", "The least viewed video is Jeremy Corbyn’s friend Jayne", "favourites"),
    # places joined on one side of a comparison, an end of the list on the other; "<X> alone or <Y>" sets them apart
    ("The sum of views of the 3rd and 4th placed videos, is it higher than the first one?",
     "Videos ranked #3–#4 had 300,000 more views than Our wonderful NHS", "had 700,000"),
    ("which is bigger: the NHS vid alone or #2 and #3 put together?", "Videos ranked #2–#3 had 3,300,000 more views",
     "2,300,000"),
    ("did the nhs one outscore the bottom four combined?", "Our wonderful NHS had 1,953,000 more views than the 4",
     "I don't"),
    # a party's own numbers or maths, said of videos or someone's figures, is whose claim it is, not a subject
    ("total views of the whole top 10 added up? labour maths, go", "Total views of all 10 videos: 55,347,000",
     "I don't"),
    ("corbyn retweets this time vs 2017? labour's own numbers, naturally", "1,000,000 (1 million) more", "I don't"),
    ("labour's own figures for facebook views?", "over 86,000,000", "I don't"),
    # a form of a word of the named video's title ("reactions": "reacts") is what it is about, not a count,
    # unless a count of it is asked
    ("the nurses pledge video features reactions from which tv show?", "Gogglebox reacts to nurses pledge",
     "I don't"),
    ("how many reactions did the gogglebox one get", "I don't have likes figures.", "How many videos"),
    ("reactions to the gogglebox one?", "I don't have likes figures.", "#6 of 10 (6th) by views"),
    # a platform the videos' own names use, after "from" and a noun, says where someone in a video came from
    ("the video with the nurses from the TV, how many views it had?", "3,600,000 (3.6M) views", "I don't"),
    ("how many views did the gogglebox one get from tv", "I don't have TV figures.", "(3.6M) views across"),
    # two ends or places of an order set against each other are two sides, not one place
    ("the top video vs the runner-up", "Our wonderful NHS had 3,900,000 more views than If you’re not sure",
     "2nd most viewed video:"),
    ("how did the top video compare with the runner-up", "3,900,000 more views", "2nd most viewed video:"),
    # comparison signs and ISO dates as typed by people used to spreadsheets and SQL; a heart is no bound
    ("@bot SELECT title WHERE views > 5m", "4 of the 10 videos with over 5,000,000 views", "I don't"),
    ("how many vids posted < 1 dec", "How many videos posted up to 30 November 2019: 5", "I don't"),
    ("videos with tweet date >= 2019-12-08", "4 of the 10 videos posted from 8 December 2019 on", "I don't"),
    ("i <3 the nhs video", "Our wonderful NHS: 13,400,000", "just below"),
    # a figure and a word typed as one; "ascending" and "limit N"
    ("hashtag on the 60sec tweet?", "#VoteLabour", "I don't"),
    ("ORDER BY tweet_date ASC LIMIT 3", "3 of the 10 videos: the 3 earliest posted videos", "most viewed"),
    ("days btwn nicky morgan clip and mean tweets", "14 days between", "I don't"),
    # shares: "share count" is a count the data lacks; a share of a name for several, said with a plural, is all
    ("share count for the 60 sec challenge vid", "I don't have shares figures.", "(7.2M) views across"),
    ("what share of the top 10 views do the two nhs videos have", "had 29.2% of the views of all 10 videos", "24.2%"),
    ("what % of the nhs videos views did the 2nd place video get", "70.9%", "29.2"),
    ("which one aint got a tweet wi it", "Videos with no tweet in the article: Gogglebox", "I don't"),
    ("which of the ten has no accompanying tweet in the article", "Videos with no tweet in the article", "I don't"),
    # a yes/no question states its claim: a wrong place or figure is corrected; a set of places or a figure
    # rounded as coarsely as it is written is no false claim
    ("was the 60 second challenge the most viewed?", "No: Jeremy Corbyn’s 60 second challenge is #3 of 10; the most "
     "viewed is Our wonderful NHS", "Yes"),
    ("did the 60 second challenge get 9 million views?", "No: Jeremy Corbyn’s 60 second challenge has 7,200,000",
     "9,000,000"),
    ("is the 60 second challenge in the top 3?", "#3 of 10 (3rd)", "No:"),
    ("did the nhs one get 13 million", "13,400,000", "No:"),
    ("did the nhs one get 14 million", "No: Our wonderful NHS has 13,400,000 views", "Yes"),
    # one video of a poster's, asked with a singular video word, is no total of all of theirs
    ("the corbyn one, how many views", "", "38,347,000"),
    ("how many views did corbyn's videos get", "Total views of videos posted by Jeremy Corbyn: 38,347,000", "I don't"),
    # "<someone> says it was": a claim reported, not a tweet's text asked
    ("my son says it was the jayne one that came last, how many views", "Jeremy Corbyn’s friend Jayne: 2,600,000",
     "The tweet with"),
    # who a bonus favourite is by: its title, when the title names more than the question said
    ("who did the you are not alone one", "Emeli Sande: You are not alone: one of our added favourites", "I don't"),
    ("who made the 'it's time for real change' video, was it momentum?", "I don't have that", "one of our added"),
    # a scaled side: the first-named side above or below it, and the plain gap between the counts
    ("is the 60 sec challenge more than double the jayne one? and whats the actual diff",
     "The plain gap: 4,600,000 views (7,200,000 against 2,600,000).", "I don't"),
    ("is the immigration video more or less than half of the nhs one's views?",
     "Labour’s immigration video is 200,000 views below half the views of Our wonderful NHS", "above"),
    ("how many views did the top two get together and what's the difference between them",
     "Between the two: 3,900,000 (3.9M).", "I don't"),
    # a choice of two ways: which way the first side stands, in the question's words; no claim read in it
    ("is the immigration one higher or lower than the 60 sec one, and by how much", "Lower: Labour’s immigration "
     "video had 700,000 fewer views than Jeremy Corbyn’s 60 second challenge", "I don't"),
    ("is mean tweets above or below gogglebox, by how much", "Above: Mean tweets with Jeremy Corbyn had 100,000 more "
     "views", "No:"),
    ("is mean tweets more or less than gogglebox", "More: Mean tweets with Jeremy Corbyn had 100,000 more views",
     "No:"),
    ("mean tweets got less than gogglebox right?", "No: Mean tweets with Jeremy Corbyn had more views", "Yes"),
    # a video between "leave"/"take" and "out", or before "excluded": out of the set
    ("videos posted in november, leave the gogglebox one out", "videos other than Gogglebox reacts to nurses pledge "
     "posted in November 2019", "I don't"),
    ("average of the top 5, taking nhs out", "other than Our wonderful NHS (#2–#6): 6,100,000", "8,073,500"),
    ("total views with the nhs video excluded", "Total views of videos other than Our wonderful NHS: 41,947,000",
     "55,347,000"),
    # two videos' views set against each other: which was posted first too
    ("how many more views did the nhs video get than the not sure who to vote for one, and which was posted first",
     "Posted first: Our wonderful NHS (23 November 2019, by Rob Delaney), 18 days before If you’re not sure who to "
     "vote for",
     "I don't"),
    # a yes/no comparison: yes or no first; a set "together" right before the comparative is its total
    ("does the nhs video beat the top 3 combined", "No: Our wonderful NHS had 16,700,000 fewer views than the 3 most "
     "viewed videos", "Yes"),
    ("did the bottom 5 together beat the nhs one", "Yes: the 5 least viewed videos (#6–#10) had 1,647,000 more views "
     "than Our wonderful NHS", "None of the 10"),
    ("did mean tweets pass jessi", "Mean tweets with Jeremy Corbyn got more views: 3,700,000", "2 of the 10"),
    # a small figure before "times" scales the side after it; "divided by" a figure, the side before it
    ("is #2 more than 2 times #5", "Yes: If you’re not sure who to vote for, watch this is 2,100,000 views above "
     "double the views of Mean tweets", "had 5,800,000 more"),
    # (how many times the one is the other said beside, never as the answer)
    ("claim: #2 > 2×#5. true/false?", "True: If you’re not sure who to vote for, watch this is 2,100,000 views above",
     "**If you’re not sure who to vote for, watch this had 2.6 times"),
    ("is #3 < #1 ÷ 2 ? show working", "No: Jeremy Corbyn’s 60 second challenge is 500,000 views above half the "
     "views of Our wonderful NHS", "**Our wonderful NHS had 1.9 times"),
    ("is it true the nhs video got more than 5x the views of the jayne video?", "Our wonderful NHS had 5.2 times the "
     "views of Jeremy Corbyn’s friend Jayne.", "**Our wonderful NHS had"),
    ("what is #1 divided by 2", "Half the views of Our wonderful NHS: 6,700,000", "I don't"),
    ("#1 divided by #10", "Our wonderful NHS had 5.2 times the views of Jeremy Corbyn’s friend Jayne", "I don't"),
    # two ordinals in words joined by a range word: a range of places
    ("what is the sum of the sixth to tenth", "Total views of videos ranked #6–#10: 15,047,000", "6,200,000"),
    ("who was the first to post", "The earliest posted video: Labour’s immigration video", "#1–"),
    # the neighbour of a named video, and the gap between them
    ("Which video came immediately above the Jessi one, and by how many views did it beat it?",
     "Boris Johnson quotes had 253,000 more views than Jessi on the value of our NHS", "Yes:"),
    ("difference between mean tweets and the one below it", "Mean tweets with Jeremy Corbyn had 100,000 more views "
     "than Gogglebox reacts to nurses pledge", "I don't"),
    # two named videos "respectively": each video's count (no platform split)
    ("What numbers were the Nicky Morgan and the Boris Johnson quotes videos respectively, and what is their combined "
     "view count?", "Total views of videos (Nicky Morgan on Good Morning Britain and Boris Johnson quotes): 6,100,000",
     "split by platform"),
    ("nhs video views split", "I don't have the views split by platform", "13,400,000 (13.4M) views across"),
    # "which got the most views, and how many (exactly)": its views, not the number of videos
    ("which video had the most views, and how many exactly?", "The most viewed video is Our wonderful NHS, with "
     "13,400,000", "How many videos"),
    ("which video had the most views and how many videos are there", "How many videos", "I don't"),
    # "how many percent of" is a share; a percentage of one campaign figure, a share of it
    ("The immigration video has how many percent of the views of the nhs video?", "had 48.5% of the views of",
     "decrease"),
    ("The top 10 sum, how many percent is it from the 86 Mio facebook number?", "All 10 videos had 64.4% as many "
     "views as Labour and Jeremy Corbyn on Facebook", "244.0%"),
    ("Has the video of Jessi more or less than 2,75 Mio views?", "under 2,750,000, 3,000 short", "No:"),
    # a video with no date, said to have none beside a posting month: left out, not asked about
    ("total views of the top-10 videos posted in november (the gogglebox has no date so without it)",
     "Total views of videos posted in November 2019: 28,347,000", "I don't"),
    ("was the gogglebox one posted in november", "I don't have a date for Gogglebox reacts to nurses pledge",
     "Sorry"),
    ("what is directly over mean tweets in the ranking?", "The video just above Mean tweets with Jeremy Corbyn (#5): "
     "Labour’s immigration video", "I don't"),
    # two named videos set against each other, said to be neighbours
    ("difference between jessi's and jayne's views, theyre right next to each other at the bottom",
     "Jessi on the value of our NHS had 147,000 more views than Jeremy Corbyn’s friend Jayne", "None of the 10"),
    # places in the list, then their posting; a place in posting order
    ("days between the 2nd and 5th vids being tweeted", "2 days between Mean tweets with Jeremy Corbyn and If you",
     "I don't"),
    ("the third video posted", "3rd earliest posted video: Our wonderful NHS", "60 second"),
    ("which was the third video to be posted", "3rd earliest posted video: Our wonderful NHS", "60 second"),
    # a question put negatively takes nothing out; "who isn't <name>" does
    ("wasnt the nhs video the most viewed", "#1 of 10 (1st)", "other than"),
    ("wasnt the nhs video posted by rob delaney", "Rob Delaney (@robdelaney) posted Our wonderful NHS", "None of"),
    ("were any of the top 10 tweeted by someone who isnt corbyn", "2 of the 10 videos not posted by Jeremy Corbyn",
     "8 of the 10"),
    ("dont count the nhs one, whats the total", "Total views of videos other than Our wonderful NHS: 41,947,000",
     "55,347,000"),
    # "how much did A beat B by": the gap
    ("how much did the top vid beat the mean tweets one by", "Our wonderful NHS had 9,700,000 more views than Mean "
     "tweets with Jeremy Corbyn", "with more views than"),
    # the bottom N totalled; who is claimed to have posted a named video
    ("jessi's vid got exactly 2.7m so the bottom two sum to 5.3m right", "Total views of the bottom 2: 5,347,000",
     "22,900,000"),
    ("mean tweets was rob delaney's tweet on 9 dec wasnt it", "No: Mean tweets with Jeremy Corbyn was posted by "
     "Jeremy Corbyn, not Rob Delaney", "13,400,000"),
    # how long a named video runs: not held; how long between two posts: the days
    ("how long's the mean tweets vid, minutes like", "I don't have figures on how long the videos are",
     "3,700,000 (3.7M) views across"),
    ("length of the jayne video, mins/secs?", "I don't have figures on how long the videos are", "#10 of 10"),
    ("how long between the nhs video and mean tweets", "16 days between Our wonderful NHS and Mean tweets",
     "Videos between"),
    ("how long was the nhs video up before mean tweets went out", "16 days between Our wonderful NHS and Mean tweets",
     "Boris"),
    # two places of a pair are no range; a second range after the first
    ("ratio of #1 to #10 in views, 2dp", "Our wonderful NHS had 5.15 times the views of Jeremy Corbyn’s friend Jayne",
     "55,347,000"),
    ("% fall from 1st to 2nd place views, 1 decimal place", "29.1% decrease from Our wonderful NHS to If you",
     "I don't"),
    ("difference between ranks 1 to 5 and 6 to 10", "Videos ranked #1–#5 had 25,253,000 more views than videos "
     "ranked #6–#10", "Top 1"),
    ("total of ranks 4 to 6", "Total views of videos ranked #4–#6: 13,800,000", "I don't"),
    # "take out <title>"; a boast is the source's claim; a quoted line is the tweet's text
    ("what's the top 10 total if you take out the NHS video", "Total views of videos other than Our wonderful NHS: "
     "41,947,000", "I don't"),
    ("whats the big boast labour made aboot their campaign", "the most successful social media campaign", "Sorry"),
    ("which vid had the 'why don't you just be honest' line", "The tweet with Nicky Morgan on Good Morning Britain "
     "says", "I don't"),
    # a choice of two sides, one of them a total
    ("which is bigger: immigration + mean tweets combined, or the NHS vid on its own? give the numbers",
     "Our wonderful NHS had 3,200,000 more views than videos (Labour’s immigration video and Mean tweets",
     "23,600,000"),
    # a place written as a list position is the whole list's; a rise asked in percent
    ("JC tweet on no 2 vid", "The 2nd most viewed video is If you’re not sure who to vote for", "posted by Jeremy"),
    ("corbyn's 2nd most viewed", "2nd most viewed video posted by Jeremy Corbyn: Jeremy Corbyn’s 60 second", "I don't"),
    ("pct rise in JC retweets 17 to 19? 1dp", "71.4% increase in retweets from the 52 days of the 2017 general "
     "election", "I don't"),
    # a share of the figure said right after "of"; "what multiple" is a ratio
    ("what % of labour's facebook views did the tories get", "Boris Johnson and the Conservatives: about 29.1% of "
     "Labour and Jeremy Corbyn's Facebook views", "344.0%"),
    ("what percent of the tories views did labour get", "Labour and Jeremy Corbyn: about 344% of Boris Johnson",
     "29.1%"),
    ("#1 vs #10, what multiple is that roughly", "Our wonderful NHS had 5.2 times the views of Jeremy Corbyn’s friend "
     "Jayne", "I don't"),
    # quitting is a detail of people; music is in the video; "going after" attacks; a guessed video is a guess
    ("did corbyn quit after 💀", "I don't have details about the people", "8 of the 10"),
    ("What music was playing in the NHS video with the actor, please?", "I don't have what happens in the videos",
     "#1 of 10"),
    ("combined views of the two vids going after the tories (boris quotes + nicky morgan)", "Total views of videos "
     "(Boris Johnson quotes and Nicky Morgan on Good Morning Britain): 6,100,000", "places below"),
    ("what was in second place? I think it was the one telling undecided people to watch it.", "2nd most viewed "
     "video: If you’re not sure who to vote for", "only 1 fit"),
    ("since the immigration one was the last video posted, when did it go up", "14 November 2019", "I don't"),
    # a field of a list of one; "the goat" is the top
    ("who posted the top 1", "Rob Delaney (@robdelaney) posted Our wonderful NHS.", "I don't"),
    ("how many times more views did the goat vid get vs jayne's, like the multiplier", "Our wonderful NHS had 5.2 "
     "times the views of Jeremy Corbyn’s friend Jayne", "I don't"),
    # whether the article gives a tweet for a video it gives none for: it gives none (answered: a fact it holds)
    ("does the article give a tweet or posting date for the gogglebox one? cant find it", "No: the article gives no "
     "tweet for", "I don't"),
    ("was the gogglebox one posted in november", "I don't have a date for Gogglebox reacts to nurses pledge", "No:"),
    # a figure said beside a count the data lacks is no claim about views
    ("how many nurses were they pledging, was it 50k?", "I don't have a count of nurses, only figures", "No:"),
    # a list position as the place counted from
    ("whats 4 spots below the #1 video",
     "The video 4 places below Our wonderful NHS (#1): Mean tweets with Jeremy Corbyn",
     "The most viewed video is"),
    ("what's one above number 5",
     "The video just above Mean tweets with Jeremy Corbyn (#5): Labour’s immigration video",
     "I don't"),
    # dates of a list read alike; each month with the day before it
    ("sum of the vids tweeted 12/8, 12/9, 12/11 and 12/12", "Total views of videos posted on 8, 9, 11 or 12 "
     "December 2019: 23,400,000", "November"),
    ("vids tweeted 8 december, 9 december", "Videos posted on 8 or 9 December 2019", "I don't"),
    ("views of videos posted dec 9 dec 11", "Videos posted on 9 or 11 December 2019", "I don't"),
    ("what went up on 11/12", "Videos posted on 11 December 2019", "November"),
    # code-ish forms: a list indexed, a spaced hyphen between two names or places
    ("@bot videos[0].title", "The most viewed video is Our wonderful NHS", "I don't"),
    ("videos[-1] ? title + views", "Jeremy Corbyn’s friend Jayne, with 2,600,000", "I don't"),
    ("views[#1] - views[#2]", "Our wonderful NHS had 3,900,000 more views than If you", "ranked #1–#2"),
    ("jessi - jayne = ? (views)", "Jessi on the value of our NHS had 147,000 more views than Jeremy Corbyn’s friend "
     "Jayne", "2 of the 10"),
    ("jayne video - when did corbyn meet her", "Jeremy Corbyn’s friend Jayne", "minus"),
    ("3m - 4m views", "Videos with between 3,000,000 and 4,000,000 views", "I don't"),
    ("which actual boris quotes are in the quotes video? like what lines", "I don't have what happens in the videos",
     "One person said"),
    # taking out a video not among those named takes out nothing
    ("combined views of the rob delaney one and jessi's, not counting the Gogglebox one", "Total views of videos "
     "(Our wonderful NHS and Jessi on the value of our NHS): 16,147,000", "I don't"),
    ("total of the top 3 not counting the nhs one", "other than Our wonderful NHS (#2–#4): 23,200,000", "I don't"),
    # someone a video was sent to is not whose videos are asked
    ("The video ranked ninth — who sent it to Mr Corbyn, and what adjective did he use to describe it?",
     "Jessi on the value of our NHS is #9 of 10", "There is no 9th"),
    # "television" is "tv" in names
    ("nicky morgan on breakfast television views", "Nicky Morgan on Good Morning Britain: 3,100,000", "TV figures"),
    ("how many tv viewers did the nicky morgan clip get", "I don't have TV figures", "3,100,000 (3.1M) views across"),
    # a statement after the question that names nothing does not change what is asked
    ("Which of the Conservatives' own videos was the most watched? It seems only fair to include the other side.",
     "I don't have Conservatives videos.", "Where the data comes from"),
    # an account's display name asked through its owner's post: the account
    ("rob delaney's tweet has some website in his display name?? what is it", "Display name: rob delaney "
     "🌹mycampaignmap.com", "I don't"),
    # a bound, then the same figure in another sentence: no range
    ("which of them got over 5 million? 5 mil is a lot for a political video", "4 of the 10 videos with over "
     "5,000,000 views", "exactly"),
    ("which videos between 3m-4m", "videos with between 3,000,000 and 4,000,000 views", "I don't"),
    # a total, then "does it beat <title>": the total against the video, no bar for each video of the set
    ("if you add #5 to #8 together does it beat the nhs vid", "Videos ranked #5–#8 had exactly as many views as Our "
     "wonderful NHS: 13,400,000", "None of the 10"),
    ("total views of the videos that beat mean tweets", "with more views than Mean tweets with Jeremy Corbyn: "
     "36,600,000", "I don't"),
    # a scale said after its side scales that side; one said before, the side after it
    ("if the jessi vid doubled its views would it pass mean tweets?", "Double the views of Jessi on the value of our "
     "NHS is 1,794,000 views above Mean tweets", "No:"),
    ("jayne's video tripled would beat the nhs one?", "Triple the views of Jeremy Corbyn’s friend Jayne is 5,600,000 "
     "views below Our wonderful NHS", "37,600,000"),
    ("is double the jessi vid more than mean tweets", "Double the views of Jessi on the value of our NHS is 1,794,000",
     "No:"),
    ("did jessi pass mean tweets", "No: Mean tweets with Jeremy Corbyn had more views (3,700,000)", "Yes"),
    # two places of one order set against each other: one video a side, in that order
    ("difference between the 2nd and 4th most viewed", "If you’re not sure who to vote for, watch this had 3,000,000 "
     "more views than Labour’s immigration video", "13,400,000"),
    ("difference between the 3rd and 4th earliest posted", "Our wonderful NHS had 10,300,000 more views than Nicky "
     "Morgan", "immigration"),
    ("difference between the top two", "Our wonderful NHS had 3,900,000 more views than If you", "I don't"),
    # two slices side by side are two sides; a slice of a slice is taken from the one said after "of"
    ("top 5 combined views? and the bottom 5 too", "The 5 least viewed videos (#6–#10): 15,047,000 views", "among"),
    ("total views of the bottom 2 of the top 5", "(#4–#5): 10,200,000", "5,347,000"),
    ("the top 2 of the bottom 5", "(#6–#7)", "(#9–#10)"),
    # the slice said after "of" is the set the other tests narrow ("how many of the top 5 ... in December" counted
    # the top 5 of the December videos: 4, a wrong count); a slice's size before a month is no day
    ("how many of the top 5 were posted in december", "(#1–#5): 3", ": 4"),
    ("total of the top 3 posted in november", "23,000,000", "I don't"),
    ("top 3 dec vids total", "Total views of the 3 most viewed videos posted in December 2019: 20,400,000",
     "23,400,000"),
    ("videos posted 3 december", "No videos posted on 3 December 2019", "most viewed"),
    # "how many"/"videos" posted before or after a named one: all of them, not the one next to it; "beat <figure>"
    ("how many videos were posted before the nhs one", "How many videos posted up to 22 November 2019: 2",
     "just before"),
    ("which videos were posted after jessi's", "4 of the 10 videos posted from 1 December 2019 on", "just after"),
    ("which video was posted right after the immigration one", "The video posted just after Labour’s immigration "
     "video: Jeremy Corbyn’s friend Jayne", "I don't"),
    ("how many december videos beat 5m", "How many videos with over 5,000,000 views posted in December 2019: 2",
     ": 4"),
    # a party's figure against the total of the videos; a length asked of a year's count
    ("difference between labour fb views and total video views", "about 30,653,000 more views than all 10 videos",
     "61,000,000"),
    # arithmetic signs written out; a gap said between sides splits them
    ("#9 − #10 ?", "147,000 more views", "I don't"),
    ("#1 ÷ #10 to 1 dp", "5.2 times the views", "I don't"),
    ("Σ views of the whole top 10 = ?", "Total views of all 10 videos: 55,347,000", "Top 10 of 10"),
    ("sum of ranks 4th→7th", "Total views of videos ranked #4–#7: 16,900,000", "#4, #7"),
    ("#2 plus #3 minus #1", "Videos ranked #2–#3 had 3,300,000 more views than Our wonderful NHS", "I don't"),
    ("the NHS video and the video 'not sure who to vote for', how much more views has the first",
     "Our wonderful NHS had 3,900,000 more views", "22,900,000"),
    # a ratio or share asked in lowest terms
    ("#10 / #1 as a fraction in lowest terms", "In lowest terms: 13:67 (13/67).", "I don't"),
    ("ratio #5 : #6 simplest form", "In lowest terms: 37:36 (37/36).", "I don't"),
    ("labour fb views vs tory fb views as a ratio in simplest form", "In lowest terms: 86:25 (86/25).", "I don't"),
    ("ratio of 2019 retweets to 2017 retweets simplified", "In lowest terms: 12:7 (12/7).", "I don't"),
    ("ratio #5 : #6", "1.03 times", "In lowest terms"),
    # what speech-to-text writes for our words; a place taken back; captions and audio description declined
    ("how many more retreats did Corbin get this time compared to twenty seventeen", "1,000,000 more retweets",
     "I don't"),
    ("link for the mean treats one please", "Mean tweets with Jeremy Corbyn", "Average views"),
    ("the 2nd no wait 4th video views", "The 4th most viewed video is Labour’s immigration video", "2nd most"),
    ("does the NHS video with rob Delaney have subtitles or captions on it",
     "I don't have whether the videos have subtitles, captions, audio description or signing.", "The tweet with"),
    ("link for the tweet captioned 'One person said all these?'", "Boris Johnson quotes", "I don't"),
    # two sides with the same count; ">" read as "more than"; "->" an arrow; a colon between two places a ratio
    ("is #1 > #5+#6+#7+#8 ?", "Our wonderful NHS had exactly as many views as videos ranked #5–#8: 13,400,000",
     "0 more"),
    ("more than 3m and less than 7m", "4 of the 10 videos with over 3,000,000 and under 7,000,000 views", "between"),
    ("list the tweet dates oldest -> newest", "Videos, earliest posted first", "the latest posted videos"),
    ("#3:#4 simplified?", "In lowest terms: 72:65 (72/65).", "I don't"),
    ("Quick one for you: which video got the most views", "The most viewed video is Our wonderful NHS", "ratio"),
    ("#1 ≈ how many × #9? 1dp", "4.9 times the views", "I don't"),
    # one everyday word of a title beside a set's figure over a slice of the list names no video
    ("mean views per vid across the top 10, exact value", "Average views of all 10 videos: 5,534,700", "(1 video)"),
    ("which one was tweeted on the same date as the article itself", "Jeremy Corbyn’s 60 second challenge", "I don't"),
    # the end of a count asked, with the right day guessed for it
    ("up to what date were corbyns retweets counted? 12/9?", "The count runs up to 9 December 2019.", "I don't"),
    ("how many retweets did corbyn get on 9 december", "I don't have day-by-day figures.", "The count runs"),
])
def test_forms_found_in_stop_15(question: str, line: str, absent: str) -> None:
    """Each was a wrong reply or a decline of a question the data answers, before this stop's rules."""
    _, _, text = ask(question)
    assert line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a tweet's verb in its past form picks a video only asked with "who"
    ("I sent my mum the nhs video, how many views did it get?", "Our wonderful NHS: 13,400,000", "Jessi on the value "
     "of our NHS: 2,747,000"),
    # "earlier" in passing is no posting order; "ranked first" of two dated videos is a place by views
    ("as i asked earlier, which video got the most views?", "The most viewed video is Our wonderful NHS", "earliest"),
    ("of the nhs video and the jayne video, both posted in november, which ranked first?", "Our wonderful NHS",
     "earliest"),
    # "reactions" beside a title that reacts is a count the data lacks unless a programme is asked about
    ("which got more reactions, gogglebox or jayne?", "I don't have likes figures.", "got more views"),
    ("what were the reactions to the gogglebox video", "I don't have likes figures.", "(3.6M) views across"),
    # "which shows" with a count asked is a verb; views "from TV" are still TV views
    ("which shows more youtube views, the nhs video or jessi?", "I don't have YouTube figures.", "got more views"),
    ("how many views came from tv for the jessi video", "I don't have TV figures.", "(2.747M) views across"),
    ("the gmb video, views from the tv?", "I don't have TV figures.", "(3.1M) views across"),
    # the elided measure is read only with the measure said; "campaign trail" is no gap
    ("who posted the most and least videos?", "Jeremy Corbyn, 8 of 10", "Our wonderful NHS"),
    ("max and min views?", "the most viewed and the least viewed videos", "I don't"),
    ("corbyn on the campaign trail: how many retweets did he get", "2,400,000 (2.4 million) retweets", "more retweets"),
    ("did the jayne video miss out on the top 5", "#10 of 10", "more views than"),
    # two ends set against each other with "than" after a comparative are no gap in views
    ("is the least viewed video older than the most viewed?", "posted 17 November 2019", "10,800,000 more views"),
    # a range typed with signs; "and under" before another figure begins the other bound
    ("views > 3m and < 7m", "4 of the 10 videos with over 3,000,000 and under 7,000,000 views", "at most"),
    ("over 3m and under 7m", "with over 3,000,000 and under 7,000,000 views", "at most"),
    # "over" and "under" leave both ends out; "between" takes them in
    ("how many videos have over 3 million but under 7 million", "7,000,000 views: 4", "Boris Johnson quotes"),
    ("videos between 3 and 7 million", "5 of the 10 videos with between 3,000,000 and 7,000,000 views", "I don't"),
    ("3m and under", "3 of the 10 videos with at most 3,000,000 views", "I don't"),
    # another party's own numbers ask for its videos, which the data lacks
    ("the tories own numbers for the top video?", "I don't have Conservatives videos.", "13,400,000"),
    # a date said of two videos compared stays a comparison
    ("mean tweets and the boris quotes, both in december, which did better", "Mean tweets with Jeremy Corbyn got more "
     "views", "2 of the 10"),
    ("order by views asc limit 3", "Bottom 3 of 10", "Top 3"),
])
def test_forms_found_by_this_stops_outside_review(question: str, line: str, absent: str) -> None:
    """Each was a wrong reply in the first version of this stop's rules (an outside reader found them)."""
    _, _, text = ask(question)
    assert line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # "of" before a slice narrows it only after "how many of", "which of"; a filter said inside the slice is its own
    ("what were the views of the top 3 videos posted in december", "3 of the 10 videos: the 3 most viewed videos "
     "posted in December 2019", "among"),
    ("give me a list of the top 3 videos posted in november", "the 3 most viewed videos posted in November 2019",
     "among"),
    ("how many of the top 3 december videos were posted by corbyn", ": 3", ": 2"),
    # a bar above any one video's count, said with a total, is the total's
    ("did corbyn's videos beat 35m in total", "Total views of videos posted by Jeremy Corbyn: 38,347,000", "No videos"),
    ("did the top 5 combined beat 40 million", "40,300,000", "No video"),
    ("total views of videos over 5 million", "Total views of videos with over 5,000,000 views: 36,600,000", "I don't"),
    # a spaced colon asks a ratio only before a figure or a place
    ("quick question : was the nhs video posted by corbyn", "No: Our wonderful NHS was posted by Rob Delaney",
     "times the views"),
    ("labour : how many facebook views", "over 86,000,000 (86 million) Facebook views", "3.4 times"),
    # an arrow after a figure; a sign before a place compares, before a figure bounds
    ("#4->#7", "4 of the 10 videos ranked #4–#7", "more views than"),
    ("#2->#5 total views", "Total views of videos ranked #2–#5: 26,900,000", "more views than"),
    ("is #1 > #5+#6+#7+#8 ?", "exactly as many views as videos ranked #5–#8: 13,400,000", "I don't"),
    # a title's everyday word with a video word after it still names the video
    ("average of the top 5 vs the friend one", "5,460,000 views above Jeremy Corbyn’s friend Jayne", "all 10"),
    # all of a poster's videos; a place taken back only when another follows; "captions" of a tweet
    ("how many views did all the corbyn video get", "Total views of videos posted by Jeremy Corbyn: 38,347,000",
     "I don't"),
    ("the 1st no sorry", "The most viewed video is Our wonderful NHS", "I don't"),
    ("what are the captions on the mean tweets tweet", "This was surprisingly fun", "I don't"),
    # the gap between a set of two only when a gap is asked
    ("how many views did the top two get together", "Total views of the 2 most viewed videos (#1–#2): 22,900,000",
     "Between the two"),
])
def test_forms_found_by_this_stops_second_outside_review(question: str, line: str, absent: str) -> None:
    """Each was a wrong reply (or a decline of what was answered before) in this stop's later rules."""
    _, _, text = ask(question)
    assert line in text and absent not in text, text



@pytest.mark.parametrize(("question", "line", "absent"), [
    # places said twice are the two compared, neither a place to count from
    ("is #3 above #4?", "ranked #3–#4", "places above"),
    ("was #6 posted after #5?", "ranked #5–#6", "posted just after"),
    # a person's #1 is their own first; with their post word, the list's place
    ("what is corbyn's #1 video?", "The most viewed video posted by Jeremy Corbyn is If you", "Our wonderful NHS"),
    # "times" scales only a side right after it
    ("I asked 3 times: how many views did #2 get", "9,500,000", "Triple"),
    ("top 3 times 2", "Top 3 of 10", "Triple"),
    # no plain verdict beside a margin said, nor "more or less" opening a question
    ("did #1 beat #2 by more than 5 million?", "3,900,000 more views", "Yes:"),
    ("more or less, how many more views did #1 get than #2?", "3,900,000 more views", "More:"),
    # "if it doubled": the side "it" stands for
    ("would #5 pass #4 if it doubled?", "Yes: Double the views of Mean tweets with Jeremy Corbyn is 900,000 views "
     "above Labour’s immigration video", "No:"),
    # dashes as separators, or beside a person's or a party's name, are no minus
    ("Jayne - corbyn - when posted?", "Jeremy Corbyn’s friend Jayne was posted on 17 November 2019", "more views"),
    ("#4 - labour's immigration video?", "Labour’s immigration video: 6,500,000", "exactly as many"),
    # "rise to the top" is no percentage change; "going after" a date is a date
    ("when did the nhs video rise to the top?", "Our wonderful NHS was posted on 23 November 2019", "increase"),
    ("what was posted going after 20 november?", "7 of the 10 videos posted from 21 November 2019 on", "I don't"),
    # an aside naming a field is kept; a question put negatively takes nothing out
    ("who is #2? I meant the date it went out.", "was posted on 11 December 2019", "I don't"),
    ("weren't most videos posted by corbyn?", "8 of the 10 videos posted by Jeremy Corbyn", "not posted"),
    # days joined by "or": any of them; a figure after "pass" is a bar; "did they leave <title> out" asks
    ("posted on 25 november, 8 december or 11 december?", "3 of the 10 videos posted on 25 November 2019 or 8 "
     "December 2019 or 11 December 2019", "None"),
    ("did mean tweets pass the 3.5m mark?", "has 3,700,000 views: over 3,500,000, by 200,000", "No:"),
    ("did they leave mean tweets out of the top 5?", "Mean tweets with Jeremy Corbyn", "other than"),
    # found by the last batches of the stop
    ("number two, what date was it tweeted and what did the tweet say", "If you’re not sure who to vote for",
     "earliest"),
    ("texter says the mean tweets video was put out by rob delaney not corbyn - true?", "No: Mean tweets with "
     "Jeremy Corbyn was posted by Jeremy Corbyn, not Rob Delaney", "I don't"),
    ("who tweeted the nhs one, wasnt corbyn was it", "Rob Delaney (@robdelaney) posted Our wonderful NHS", "No:"),
    ("the nhs one with jessi in it, how many views it get", "Jessi on the value of our NHS: 2,747,000", "13,400,000"),
    ("nhs one + jessi one total views", "16,147,000", "I don't"),
    ("which was first, jayne or the delaney nhs one", "First: Jeremy Corbyn’s friend Jayne was posted 6 days before "
     "Our wonderful NHS", "I don't"),
    ("delaney vid vs corbyns not sure one, how many days between + views diff", "In views: Our wonderful NHS had "
     "3,900,000 more", "I don't"),
    # a duration said of a campaign with its year or figure: the days it covers
    ("what was the duration of the 2017 campaign", "the 52 days of the 2017 general election", "I don't"),
    ("2017 ge retweet count and duration?", "1,400,000 (1.4 million) retweets in the 52 days", "I don't"),
])
def test_forms_found_by_stop_16s_outside_review(question: str, line: str, absent: str) -> None:
    """The wrong replies an outside reader found in stop 16's first rules, each now answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a count's coverage asked is said (a platform's part of it is not held: below)
    ("was the 13.4m facebook only?", "13,400,000 is the count for Our wonderful NHS: views across Facebook and "
     "Twitter", "split by platform"),
    # a place said as one ("2nd place", "first place") is in the views order, a posting word or not
    ("whats 2nd place, and its date", "If you’re not sure who to vote for, watch this. was posted on 11 December",
     "earliest"),
    ("who posted the video in first place", "Rob Delaney (@robdelaney) posted Our wonderful NHS", "earliest"),
    # which way one of two videos stands, whatever follows the question
    ("was mean tweets above or below gogglebox? my mate says below", "Above: Mean tweets with Jeremy Corbyn had "
     "100,000 more views than Gogglebox", "just below"),
    ("is the jayne one higher or lower than boris quotes", "Lower: Jeremy Corbyn’s friend Jayne had 400,000 fewer",
     "I don't"),
    # Scots and learners' forms: "o" for "of", "yin" for "one", "who post", "what it mean", "nine and half million"
    ("whit video wis top o the list", "The most viewed video is Our wonderful NHS", "I don't"),
    ("whit did the tweet wi the jayne yin say", "The tweet with Jeremy Corbyn’s friend Jayne says", "I don't"),
    ("who post the most videos", "Posted the most of all 10 videos: Jeremy Corbyn, 8 of 10", "most viewed"),
    ("what the jayne tweet say? i dont understand what it mean", "The tweet with Jeremy Corbyn’s friend Jayne says",
     "Average"),
    ("which one got nine and half million", "If you’re not sure who to vote for, watch this.: 9,500,000", "I don't"),
    # a contest of two figures set against each other; the election's own result is still not held (below)
    ("retweets in 2019 vs 2017 per day, which one wins", "Per day: about 57,143 against 26,923", "I don't"),
    # days from a video to a day said: the day itself, not the videos posted on it; an interval is in days
    ("how many days before 9 dec was the nhs one posted", "16 days between Our wonderful NHS and 9 December 2019",
     "videos"),
    ("days between 1 dec and the jayne video?", "Jeremy Corbyn’s friend Jayne was posted 14 days before 1 December "
     "2019", "I don't"),
    ("what was the interval between the jayne video and the nhs video", "6 days between Jeremy Corbyn’s friend "
     "Jayne and Our wonderful NHS", "more views"),
    # "where" naming a video, not asking a place; greetings of the season open a message
    ("the video where he says he met her in july, when was it tweeted", "Jeremy Corbyn’s friend Jayne was posted on "
     "17 November 2019", "I don't"),
    ("merry christmas! which was the top video", "The most viewed video is Our wonderful NHS", "I don't"),
    # "miss out on", "fall short of": fewer; a derived word finds its title's word; a place restated in brackets
    ("by how much did the gogglebox vid miss out on 5th", "Mean tweets with Jeremy Corbyn had 100,000 more views "
     "than Gogglebox", "I don't"),
    ("views of the reaction one", "Gogglebox reacts to nurses pledge: 3,600,000", "I don't"),
    ("is the nhs one (no. 1) bigger than #2 and #4 together", "No: Our wonderful NHS had 2,600,000 fewer views than "
     "videos ranked #2, #4", "3,900,000"),
    ("views(#2) - views(#3)", "2,300,000", "I don't"),
    # a platform word describing what is in a video; slang for the top
    ("the one with the tv sofa people reacting to the nurses thing, views?", "Gogglebox reacts to nurses pledge: "
     "3,600,000", "I don't"),
    ("which one hit the hardest", "The most viewed video is Our wonderful NHS", "I don't"),
    # days of the week, from the posting dates; a day of the week said as chat asks nothing
    ("which videos went out on a monday", "2 of the 10 videos posted on a Monday", "I don't"),
    ("total views of the weekend videos", "Total views of videos posted on a Saturday or a Sunday: 21,747,000",
     "55,347,000"),
    ("anything posted on a sunday in november?", "Jeremy Corbyn’s friend Jayne", "Boris Johnson quotes"),
    ("how many views did the weekday ones get altogether", "posted on a weekday (Monday to Friday): 30,000,000",
     "55,347,000"),
    ("whats the top video, sunday brain sorry", "The most viewed video is Our wonderful NHS", "Sunday"),
    # either half of a full name is a name; someone's name after "before"/"after" stands for their one video
    ("delaney's plus jessi's views", "16,147,000", "I don't"),
    ("was the jessi one posted before or after delaneys?", "After: Jessi on the value of our NHS was posted 7 days "
     "after Our wonderful NHS", "not Rob Delaney"),
    ("was jayne earlier or later than the 60 second one", "Earlier: Jeremy Corbyn’s friend Jayne was posted 25 days "
     "before", "I don't"),
    # a claim in a "since ..." clause corrected, then the question after it answered (a true one: just the question)
    ("since mean tweets got 4.7m, what did #6 get?", "No: Mean tweets with Jeremy Corbyn has 3,700,000 views",
     "I don't"),
    ("since mean tweets got 4.7m, what did #6 get?", "The 6th most viewed video is Gogglebox reacts to nurses pledge",
     "I don't"),
    ("given jayne got 2.6m, how many did jessi get", "Jessi on the value of our NHS: 2,747,000", "Videos ("),
    # a range of days with the month first; "add them up", "cumulative", "through rank N": sums from the top
    ("anything tweeted nov 20-26?", "posted from 20 November 2019 to 26 November 2019", "I don't"),
    ("nhs vid + jayne vid, add them up", "16,000,000", "I don't"),
    ("cumulative views through rank 3", "Total views of videos ranked #1–#3: 30,100,000", "I don't"),
    # a claim made with "reckons"; an aside in brackets after the question; a short form a title spells out
    ("my mate reckons the jayne one got the most views, which was top?", "No: Jeremy Corbyn’s friend Jayne is #10 "
     "of 10 (last of the list: the least viewed); the most viewed is Our wonderful NHS", "I don't"),
    ("average views of the top 10? (my teacher wants it)", "Average views of all 10 videos: 5,534,700", "I don't"),
    ("total of the two nhs ones? (delaney's and jessi's)", "16,147,000", "I don't"),
    ("what does gmb stand for, in the nicky morgan one", "Nicky Morgan on Good Morning Britain", "I don't"),
    # a video about someone named in a title only
    ("was there one about boris in the top ten? views?", "Boris Johnson quotes: 3,000,000", "I don't"),
    # letters said one by one; platforms written apart; a letter and digits is one word ("Y6", "b4"); labels
    ("views of the n h s video", "Our wonderful NHS: 13,400,000", "I don't"),
    ("what did the tories get on face book", "around 25,000,000 (25 million) Facebook views", "I don't"),
    ("planning a Y6 lesson: which video got the most views?", "The most viewed video is Our wonderful NHS", "Top 6"),
    ("was jayne posted b4 the nhs one", "Jeremy Corbyn’s friend Jayne", "I don't"),
    ("for my year 11 class, whats the top video", "The most viewed video is Our wonderful NHS", "Top 11"),
    # one end of a month is that day (no views on a first day asked); "half of what <title> got"
    ("what went out on the last day of november", "Videos posted on 30 November 2019: Jessi on the value of our NHS",
     "least viewed"),
    ("anything posted on the first day of dec?", "No videos posted on 1 December 2019", "I don't"),
    ("is jayne more or less than half of what the 60 second one got", "Less: Jeremy Corbyn’s friend Jayne is "
     "1,000,000 views below half the views of Jeremy Corbyn’s 60 second challenge", "I don't"),
    # "which was first, <A> or <B>": the one posted first, said first (for "last", the later)
    ("which was first, the jessi one or the nhs one", "First: Our wonderful NHS was posted 7 days before Jessi",
     "more views"),
    ("which came last, mean tweets or boris quotes", "Last: Mean tweets with Jeremy Corbyn was posted 1 day after "
     "Boris Johnson quotes", "more views"),
    # an assumption is a guess, not whose videos to take; the asker's own words are no tweet's text asked
    ("who posted the nhs video that came top? i'd assumed it was corbyn", "No: Our wonderful NHS was posted by Rob "
     "Delaney, not Jeremy Corbyn", "I don't"),
    ("i said the top one was the nhs one, was i right?", "Our wonderful NHS: 13,400,000", "The tweet with"),
    # "and so forth" is no "fourth"; "viewings"; a guess after the question about working it out, or a claim
    ("why did labour focus on video on the internet, rather than papers and so forth?", "Where the data comes from",
     "4th"),
    ("how many viewings did the jayne film get", "Jeremy Corbyn’s friend Jayne: 2,600,000", "I don't"),
    ("median views of the ten?? so the avg of the middle two i guess", "Median views of all 10 videos: 3,650,000",
     "more views"),
    ("which one came top? i think its the jessi one", "No: Jessi on the value of our NHS is #9 of 10", "I don't"),
    ("who made the #1 video?? dont tell me it was corbyn", "Rob Delaney (@robdelaney) posted Our wonderful NHS",
     "not sure who to vote"),
    # an exact figure as the place to count from names its video
    ("the video right below the one with exactly 3.7 million?", "The video just below Mean tweets with Jeremy "
     "Corbyn (#5): Gogglebox reacts to nurses pledge", "I don't"),
    # a place and a named video in one set ("total views of #1 and the <title> one")
    ("total views of #1 and the jayne one", "Total views of videos (Our wonderful NHS and Jeremy Corbyn’s friend "
     "Jayne): 16,000,000", "I don't"),
    ("average of the number two and the jessi one", "6,123,500", "I don't"),
    # the set said first ("of the top 5, ..."), whatever is asked of it; "solo" as beating alone
    ("of the top 5, total views of those posted in december", "20,400,000", "23,400,000"),
    ("did the top vid solo the bottom 3 put together", "Yes: Our wonderful NHS had", "ranked #1:"),
    # whose count a figure is, said after it, asks no count
    ("how long was the 2017 campaign, by their own count", "the 52 days of the 2017 general election", "I don't"),
])
def test_forms_found_by_stop_17s_batches(question: str, line: str, absent: str) -> None:
    """Forms the first blind batches of stop 17 found, each read by a mechanism, not by their wording."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line"), [
    # a platform with "only" after it is that platform's count alone; a split of one video's count by platform
    ("what were the facebook only views of the nhs video", "I don't have a Facebook-only count for videos."),
    ("the facebook-only share of the views for the jayne one?", "I don't have a Facebook-only count for videos."),
    ("how much of the 13.4m was facebook and how much twitter", "I don't have the views split by platform"),
    ("did labour win? and how many retweets", "I don't have election results."),
    # where something in a video happened; who someone is, guessed; anything after polling day; another party's own
    ("where was the jayne video filmed", "I don't have who made the videos or how they were filmed."),
    ("where did corbyn meet jayne", "I don't have what happens in the videos beyond their titles."),
    ("who even is jayne, a nurse or what?", "I don't have who Jayne is beyond the video's title"),
    ("jessi's views by new year?", "I don't have figures from January 2020"),
    ("did corbyn tweet anything after the election result?", "I don't have anything after the date of the article."),
    ("the tories' most watched vid, that was boris quotes wasn't it? my dad says so", "I don't have Conservatives "
     "videos."),
    ("how long was the jayne video", "I don't have figures on how long the videos are"),
    ("what does nhs stand for", "I don't have what the words or short forms in the titles stand for"),
    ("what is gogglebox, a game?", "I don't have what gogglebox is beyond the video's title"),
    ("how many you tube views did the top video get", "I don't have YouTube figures."),
    ("did the conservatives dispute the 86m? their response?", "I don't have what anyone said in reply to the figures"),
    ("what job did nicky morgan have in government", "I don't have details about the people in the videos"),
])
def test_what_stop_17s_batches_asked_and_the_data_lacks_is_declined(question: str, line: str) -> None:
    """A platform's part of a count, a place, who someone is, anything after the article: declined, never a
    neighbouring figure."""
    ok, _, text = ask(question)
    assert not ok and line in text, text


@pytest.mark.parametrize("line", ["where did everyone go?", "add me on steam", "can you add a chart",
                                  "anyone free at the weekend?", "i reckon itll rain today", "o well",
                                  "happy new year everyone!", "see you on sunday?"])
def test_chatter_with_stop_17s_new_words_gets_no_reply(line: str) -> None:
    """Chatter using words stop 17 taught the engine (a weekday, "reckon", "add", "where") gets no reply in an
    answer channel."""
    assert engine().answer_if_asked(line) is None


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a true claim in a "since" clause, then a question that leans on it: the whole question is answered
    ("given the nhs video got 13.4m, is that more than jayne and jessi combined", "Our wonderful NHS had 8,053,000 "
     "more views", "147,000"),
    ("since the nhs video got 13.4m, how many more did it get than mean tweets", "9,700,000", "I don't"),
    ("given the nhs video got 13.4m, what percentage of the total is that", "24.2%", "I don't"),
    # a claim of its own in the question after the clause is checked too
    ("since the nhs one got 13.4m, did jayne get 5m?", "No: Jeremy Corbyn’s friend Jayne has 2,600,000 views",
     "I don't"),
    # a day of the week said as chat filters nothing
    ("i'll check again on sunday, which video got the most views?", "The most viewed video is Our wonderful NHS",
     "Sunday"),
    ("a sunday quiz: total views of all videos?", "55,347,000", "Sunday"),
    # "which ranked first, A or B" is a place by views, not the posting order
    ("which ranked first, jayne or jessi", "Jessi on the value of our NHS got more views", "posted 13 days"),
    # an aside after the question that narrows it is kept; one explaining how to work it out is not
    ("what was the total? (top 3 only)", "30,100,000", "55,347,000"),
    ("what's the average? (excluding the nhs video)", "4,660,778", "5,534,700"),
    ("median of the ten? (n even so mean of the 5th and 6th)", "Median views of all 10 videos: 3,650,000",
     "more views"),
    # "where ... in the rankings" asks a place in the list; two days said with a comma are two days
    ("where did mean tweets happen to rank", "Mean tweets with Jeremy Corbyn is #5 of 10", "I don't"),
    ("what went up nov 14, 30", "Labour’s immigration video", "from 14 November 2019 to 30 November"),
])
def test_forms_found_by_stop_17s_outside_review(question: str, line: str, absent: str) -> None:
    """The wrong replies an outside reader found in stop 17's new rules, each now answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


def test_an_aside_naming_a_platform_keeps_its_decline() -> None:
    """ "which video got the most views? (on facebook)": the aside asks a count the data lacks, still declined."""
    ok, _, text = ask("which video got the most views? (on facebook)")
    assert not ok and "I don't have a Facebook-only count for videos." in text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a hashtag asked of the tweets, no video named: the videos whose tweet carries one, the tag said
    ("did any of the tweets use a hashtag?", "with a hashtag in their tweet (#VoteLabour)", "I don't"),
    ("which tweets were posted without a hashtag", "8 of the 10 videos with a tweet with no hashtag", "#VoteLabour"),
    # someone's words reported before the question ask no tweet text
    ("my brother said there are two favourites at the end, what are they", "Emeli Sande", "I don't"),
    # two named videos "posted back to back": the days between their posts
    ("did mean tweets and the boris quotes one go out back to back?", "1 day between Boris Johnson quotes",
     "more views"),
    # code forms: spaced signs between places or indexed lists, a number written with an exponent, a month by
    # its number, a place by its key
    ("views #4 + views #6", "Total views of videos ranked #4, #6: 10,100,000", "2 of the 10"),
    ("views(#2) / views(#9)", "If you’re not sure who to vote for, watch this had 3.5 times the views", "I don't"),
    ("titles where views > 6.5e6", "Videos with over 6,500,000 views", "I don't"),
    ("count where month == 11", "videos posted in November 2019", "I don't"),
    ("views[rank=4]", "Labour’s immigration video", "I don't"),
    ("ranks 2, 6 and 9 please", "ranked #2, #6, #9", "#2–#6"),
    ("how many people posted the ten videos", "2 posters in all.", "How many videos: 10"),
    # the gap asked with its "more" said late
    ("how many views did jessi get more than jayne", "Jessi on the value of our NHS had 147,000 more views", "I don't"),
    # a day a campaign figure's period ends, after "by"
    ("how many retweets had corbyn got by 9 december?", "2,400,000", "I don't"),
    # a scaled comparison says how many times beside it
    ("was mean tweets more than 1.5 times the jayne video?", "Mean tweets with Jeremy Corbyn had 1.4 times the views",
     "I don't"),
    # a bracketed aside ending the message, explaining how to work it out, is no part of the question
    ("median views of the top 10 (so the mean of 5th and 6th)", "Median views of all 10 videos: 3,650,000",
     "more views"),
])
def test_forms_found_in_stop_18(question: str, line: str, absent: str) -> None:
    """Each was a wrong reply or a decline of a question the data answers, before this stop's rules."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what was jessi's diagnosis? the tweet sounds like she was ill", "I don't have the diagnosis"),
    ("was nicky morgan sec of state then", "I don't have details about the people"),
    ("select * from videos where rank = 12", "There is no 12th"),
    ("what did the jayne video get by the new year", "I don't have figures from January 2020"),
])
def test_declines_found_in_stop_18(question: str, line: str) -> None:
    """Questions the data cannot answer, each answered with a neighbouring figure before this stop's rules."""
    ok, _, text = ask(question)
    assert not ok and line in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a bracketed aside ending the message that names a time narrows the question
    ("how many retweets did corbyn get (in 2017)", "1,400,000", "2,400,000"),
    ("which video was posted first (december only)", "Boris Johnson quotes", "immigration"),
    # a spaced "/" or "+" is an operation only beside a list indexed; asked of both, each is answered
    ("who posted #1 / #10", "Rob Delaney", "times the views"),
    # the earliest and the latest as code writes them
    ("argmin(date)", "The earliest posted video: Labour’s immigration video", "Jayne"),
    ("argmax(date)", "The latest posted video: Jeremy Corbyn’s 60 second challenge", "Our wonderful NHS"),
    ("len(videos where views > 5e6)", "How many videos with over 5,000,000 views: 4", "10 of the 10"),
    # three places or more, their commas dropped, are a list
    ("ranks 2, 6, 9", "ranked #2, #6, #9", "#2–#6"),
    # "the rank is 3 or 4": a guess at a place, not the place itself
    ("the rank is 3 or 4 i think for immigration", "#4 of 10", "two different videos"),
    # "posted back to back" said beside another question leaves that question asked
    ("which got more views, mean tweets or boris quotes? they went up back to back", "Mean tweets with Jeremy Corbyn "
     "got more views", "1 day between"),
    # the tweet saying something, then "what was it": its text
    ("the tweet said something about immigrants, what was it", "The tweet with Labour’s immigration video says",
     "I don't"),
    ("was the jessi one posted in the new year", "No: Jessi on the value of our NHS was posted on 30 November 2019",
     "I don't"),
])
def test_forms_found_by_stop_18s_outside_review(question: str, line: str, absent: str) -> None:
    """The wrong replies an outside reader found in stop 18's new rules, each now answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


@pytest.mark.parametrize(("question", "line"), [
    # a measure asked, then taken back in the statements after it: the named video's views said beside
    ("how many likes? i mean views. for the jayne one", "2,600,000"),
    ("what hashtags were trending", "I don't have what trended on the platforms."),
])
def test_declines_found_by_stop_18s_outside_review(question: str, line: str) -> None:
    """Declined, with what the data has said beside where it helps."""
    ok, _, text = ask(question)
    assert not ok and line in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    # a word typed again later in the message mends the one autocorrect or fast thumbs mistyped before it
    ("who tweezed the jessi video? tweeted I mean", "Jeremy Corbyn (@jeremycorbyn) posted Jessi", "I don't"),
    ("how many vows for the gogglebox one? *views", "3,600,000", "I don't"),
    ("what is the link for the mean tweens video? tweets not tweens", "https://pic.twitter.com/Tjl60l70bl", "I don't"),
    ("what's the total of the top fore? four", "36,600,000", "55,347,000"),
    # (a figure "not" another is no word mended: "exactly 3 mil, not 3.1 not 3.6")
    ("which vid got 3.6 mil, not 3.7", "Gogglebox", "Mean tweets"),
    # a real word one letter off a measure, where a count is asked, is that measure
    ("how many vies did the gogglebox one get", "3,600,000", "I don't"),
    # each named video's own place said again beside it; a place after a group picks the one there
    ("jayne was 10th and boris quotes 8th, both their views please", "2,600,000", "#9"),
    ("nhs was 1st and immigration 4th, both their views please", "6,500,000", "Jessi"),
    ("the nhs one 9th, views", "Jessi on the value of our NHS: 2,747,000", "13,400,000"),
    ("the 2nd nhs video views", "Jessi on the value of our NHS: 2,747,000", "13,400,000"),
    # a place put to a yes/no question is checked
    ("was the gogglebox one 5th?", "No: Gogglebox reacts to nurses pledge is #6 of 10 (6th), not #5", "Yes"),
    # "what did <name> write when he posted <title>": the tweet's words, no date asked
    ("what did corbyn write when he put up the jessi video", "Thank you Jessi", "was posted on"),
    # an account's display name asked, whatever follows it
    ("rob delaney's display name, the part after the rose", "Display name: rob delaney", "I don't"),
    # two named videos with "to" (or an arrow) between them and days said: the days from one to the other
    ("nicky morgan to boris quotes, in days", "days between Nicky Morgan on Good Morning Britain and Boris Johnson",
     "2 of the 10 videos"),
    # places written with their word on both sides of a spaced minus
    ("position 3 - position 5", "3,500,000 more views", "ranked #3–#5"),
    # a figure asked in a unit, to the decimal places said
    ("total views of the bottom 4 in millions to 2dp", "In millions: 11.45 million (to 2 decimal places).", "I don't"),
    ("jayne views in k", "In thousands: 2,600 thousand.", "I don't"),
    # a poster put to a yes/no question about a name two videos share: the one they did post said too; a negation
    # in a sentence after the claim leaves it a claim
    ("did corbyn upload the nhs video? not trying to be funny", "No: Our wonderful NHS was posted by Rob Delaney, not "
     "Jeremy Corbyn; Jessi on the value of our NHS was posted by Jeremy Corbyn", "Average"),
])
def test_forms_found_in_stop_19(question: str, line: str, absent: str) -> None:
    """Forms stop 19's blind batches showed the engine missing, each answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text

@pytest.mark.parametrize(("question", "line", "absent"), [
    # a message of two parts, declined as one: each part answered, the second's "it" the first's video
    ("which video was placed 7th, and how did Mr Corbyn describe it in his tweet?", "Why don't you just be honest?",
     "I don't"),
    # someone named in a later clause as the tweet's speaker is no filter of the place asked before
    ("what came 2nd, and how did jeremy describe it in his tweet?", "If you’re not sure who to vote for", "60 second"),
    # a claim put as a question, then a question leaning on it: the claim corrected, the question answered about it
    ("jayne was 9th yeah? what came just above it", "The video just above Jeremy Corbyn’s friend Jayne (#10): Jessi",
     "I don't"),
    ("the jessi video went up on 2 december right? how many days after the jayne one was that", "13 days between",
     "I don't"),
    # what a worksheet says a question is worth is no place asked
    ("State the number of views of the Jayne video. (1 mark)", "2,600,000", "#1 Our wonderful NHS"),
    # the range of a set's figures: the gap between its highest and lowest
    ("what's the range of the view figures for the bottom five", "1,000,000", "I don't"),
    # "in its simplest form" is a manner, no place the data lacks
    ("ratio of the top video's views to the bottom one's in its simplest form", "In lowest terms: 67:13", "I don't"),
])
def test_parts_and_claims_found_in_stop_19(question: str, line: str, absent: str) -> None:
    """Messages stop 19's batches showed asking in parts, or putting a claim before the question."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


def test_the_reason_for_a_true_place_is_not_made_up() -> None:
    """ "why did <title> get more views than <title>", true: the article gives no reasons, and says the figure."""
    ok, _, text = ask("why did the immigration video get more views than mean tweets?")
    assert not ok and "The article doesn't say why" in text and "2,800,000 more views" in text, text
    ok, _, text = ask("why did mean tweets get more views than the immigration video?")  # (a false claim: corrected)
    assert ok and text.startswith("**No: Labour’s immigration video had more views"), text

@pytest.mark.parametrize(("question", "line", "absent"), [
    # an exclusion carried on over a list ("excl <name> and the one w/o a tweet": neither is in the set)
    ("total views of corbyn's vids excl rob delaney and the one w/o a tweet", "38,347,000", "None of the"),
    # "rank 8, 9 and 10": the first read as a place, the rest listed after it
    ("views of rank 2, 3 and 4 added up", "Total views of videos ranked #2–#4: 23,200,000", "#2–#3"),
    # a place and a video word said of a named video ("<title> was our no.2 vid"): a claim checked
    ("the jayne video was our no.2 vid wasn't it", "No: Jeremy Corbyn’s friend Jayne is #10 of 10", "Yes"),
    # someone guessed at after the question ("it is not <name> i think"): no filter of the place asked
    ("who posted the 2nd most viewed video, it is not rob delaney i think", "If you’re not sure who to vote for",
     "60 second"),
    ("who posted the nhs video, wasn't it rob delaney?", "Rob Delaney (@robdelaney) posted Our wonderful NHS",
     "Jeremy Corbyn (@jeremycorbyn) posted"),
    # a count in East Asian units ("370万": 3,700,000); a superlative said with "most" ("most early")
    ("370万 views was which video", "Mean tweets with Jeremy Corbyn", "I don't"),
    ("which video posted most early", "The earliest posted video: Labour’s immigration video", "I don't"),
    # a platform the asker passes the answer on to is no figure asked
    ("link to the jayne video pls, sending in the whatsapp", "https://pic.twitter.com/dWvZAUqyQF", "I don't"),
    # both neighbours of a named video
    ("the two videos either side of boris quotes", "#7 Nicky Morgan", "I don't"),
    ("what's just above and below boris quotes", "#9 Jessi", "The video just above"),
    # a website asked of someone named: the one in their account's display name
    ("what website is mentioned in rob delaney's twitter name", "mycampaignmap.com", "I don't"),
])
def test_forms_found_in_stop_19s_later_batches(question: str, line: str, absent: str) -> None:
    """Forms stop 19's batches 172-173 showed the engine missing, each answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


def test_a_running_time_asked_with_its_unit_is_declined() -> None:
    """ "how long minute is <title>": its length, which the data does not hold."""
    ok, _, text = ask("how long minute is the jessi video")
    assert not ok and "how long the videos are" in text, text

@pytest.mark.parametrize(("question", "line", "absent"), [
    # "mean" before a noun of unkindness is the adjective of a title, no average
    ("the clip where corbyn reads mean comments about himself, views?", "Mean tweets with Jeremy Corbyn: 3,700,000",
     "Average"),
    # an operation asked again of a second slice ("mean of the top 3 and mean of the bottom 3"): each slice's figure
    ("average views of the top 3 and average of the bottom 3", "The average of the 3 least viewed videos (#8–#10): "
     "2,782,333 views.", "among"),
    # how to work it out, said after the question, is no set of its own
    ("median of all ten? there are ten, so I'd expect it to be halfway between 5th and 6th", "3,650,000",
     "3,223,500"),
    # how spread out a set's counts are: the population's standard deviation, or the sample's when said
    ("standard deviation of the views of the top 5", "Standard deviation (population, dividing by n) of the views of "
     "the 5 most viewed videos (#1–#5): 3,248,754", "I don't"),
    ("sample sd of all ten videos' views", "(sample, dividing by n - 1)", "population"),
    # significant figures asked of a ratio: the ratio itself rounded, not a count beside it
    ("nhs views divided by jayne views to 3 sig figs", "To 3 significant figures: 5.15.", "Rounded to"),
    # marketing's words: the hero video (the top one), assets (videos)
    ("hero video views as a share of all ten", "Our wonderful NHS (#1) had 24.2% of the views of all 10 videos",
     "I don't"),
    # a share of a single video: it is named, not "all 1 videos"
    ("jayne views as a % of the hero video", "Jeremy Corbyn’s friend Jayne had 19.4% of the views of the most "
     "viewed video", "all 1 videos"),
    # "the top vid was posted by <name> himself right?": whose the top video is, claimed, not a set of theirs
    ("the top vid was posted by jeremy corbyn himself right? and when", "Rob Delaney (@robdelaney) posted",
     "posted by Jeremy Corbyn:"),
    # a multiple-choice question: the question answered, its options set aside
    ("Which video was 3rd? a) Our wonderful NHS b) Jeremy Corbyn's 60 second challenge c) Jayne",
     "The 3rd most viewed video is Jeremy Corbyn’s 60 second challenge", "I don't"),
    # "T/F:" puts a claim as a quiz; "tho" after "how much" is no thing counted
    ("T/F: mean tweets got more views than gogglebox", "True: Mean tweets with Jeremy Corbyn had 100,000 more views",
     "I don't"),
    ("how much more tho? jessi vs jayne", "147,000", "I don't"),
])
def test_forms_found_in_stop_19s_batches_174_175(question: str, line: str, absent: str) -> None:
    """Forms stop 19's batches 174-175 showed the engine missing, each answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text

@pytest.mark.parametrize(("question", "line"), [
    # "how many <things> were they ... in the <title> one": the things counted, which the data does not hold
    ("how many nurses were they pledging to hire in the gogglebox one", "I don't have a count of nurses"),
    # figures about what a video is about, not the video's own
    ("what were the nhs waiting times at the time", "figures about what the videos are about"),
])
def test_declines_found_in_stop_19s_last_batches(question: str, line: str) -> None:
    """Declined: what stop 19's last batches asked and the data does not hold (once answered with a wrong figure)."""
    ok, _, text = ask(question)
    assert not ok and line in text, text

@pytest.mark.parametrize(("question", "line", "absent"), [
    # options the question points at ("which of these") are the set asked about; parts after "Task 4:" are asked
    ("Which of these had the most views? a) Jayne b) Jessi c) Boris Johnson quotes", ": Boris Johnson quotes",
     "The most viewed video is Our wonderful NHS"),
    ("Task 4: a) Which video came 4th? b) How many views did it get?", "Labour’s immigration video", "I don't"),
    # "<title word> not <title word>" after a comparison is a guess at its answer, not a word mended
    ("did mean tweets beat gogglebox? mean not gogglebox i think", "100,000 more views", "Average"),
    # a real word a letter off a measure by another letter ("stars", "stats") is no measure
    ("how many stars did the nhs video get", "I don't have figures for stars", "How many videos"),
    # "either side of" is by views unless a posting order is said ("who posted them" is no order)
    ("either side of the immigration video, who posted them", "by views", "posting date"),
    # significant figures of a share over 100 %: shown without an exponent
    ("what % of jayne's views did nhs get, to 2 sf", "To 2 significant figures: 520%.", "e+"),
    # a claim, then "how many days after <title>" with the claimed video unsaid: the correction and its card
    ("jessi was posted on 1 december right? how many days after the nhs one?", "No: Jessi on the value of our NHS "
     "was posted on 30 November 2019", "Our wonderful NHS: 13,400,000"),
    # a figure asked "according to the article": the article named as its source, not asked about
    ("how many views did the third-ranked video get, according to the article?", "7,200,000", "Where the data"),
])
def test_wrong_replies_found_by_stop_19s_outside_review(question: str, line: str, absent: str) -> None:
    """The wrong replies an outside reader found in stop 19's new rules, each now answered as asked."""
    ok, _, text = ask(question)
    assert ok == ("I don't" not in line) and line in text and absent not in text, text




@pytest.mark.parametrize("question", ["what's the margin of error on the 86 million", "how many unique viewers did the "
                                      "jayne video get"])
def test_how_a_figure_was_arrived_at_is_declined(question: str) -> None:
    """Sampling, error margins and distinct viewers: how the figures were counted is not in the article."""
    ok, _, text = ask(question)
    assert not ok and "how a view was counted" in text, text





def test_another_partys_top_video_set_against_a_named_one_is_declined() -> None:
    """ "did the <other party>'s top video beat <title>": their videos are not held, so no figure is given."""
    ok, _, text = ask("did the tories' single most watched video beat the jayne one?")
    assert not ok and "I don't have Conservatives videos." in text, text


@pytest.mark.parametrize(("question", "line"), [
    # beside a video asked about, a guess at its day, passed over
    ("when did the jayne vid go up, like the day before the vote?", "posted on 17 November 2019"),
    # beside a day said, the day is the question's
    ("which video went out on 8 december, the eve of the poll?", "Boris Johnson quotes"),
    # alone, it is the day asked: the article gives no date for it
    ("which video was posted on the day before polling day?", "I don't have the date of polling day"),
])
def test_a_day_named_by_the_election_is_passed_over_or_declined(question: str, line: str) -> None:
    """ "the day before polls": no date for it in the data, so never a day worked out from a video's title words."""
    ok, _, text = ask(question)
    assert ok == ("I don't" not in line) and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("where are the view counts from, just youtube or what", "Not YouTube: I have no YouTube figures."),
    ("is the 13.4m just tiktok?", "Not TikTok"),
    ("nhs vid views = fb only or what", "views across Facebook and Twitter"),
])
def test_whether_the_counts_are_one_platforms_is_answered(question: str, line: str) -> None:
    """ "just youtube or what": what the counts cover is what is asked, answered with it."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", ["just youtube views for the top video?", "predict the views at the next election",
                                      "what were the opinion polls saying on 12 december?"])
def test_figures_the_article_lacks_stay_declined(question: str) -> None:
    """A platform's own count, a forecast, a poll: not held, declined."""
    ok, _, text = ask(question)
    assert not ok, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many saw the nhs video", "Our wonderful NHS: 13,400,000"),  # viewers counted with their verb: views
    ("the one made of boris johnson's sayings, views?", "Boris Johnson quotes: 3,000,000"),  # a word for a title's
    ("the one where he reads mean stuff about himself, views?", "Mean tweets with Jeremy Corbyn: 3,700,000"),
    ("did corbyn post all of them?", "Rob Delaney (@robdelaney): 1 of 10"),  # each poster's share, not his list
])
def test_everyday_words_for_a_video_or_a_count(question: str, line: str) -> None:
    """Words people use for what a title or a count says, read as the title or the count."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("which view count isn't a round 100k number", "Videos with views not a round multiple of 100,000: Jessi"),
    ("the only figure that isn't rounded to the nearest hundred thousand, which video?", "not a round multiple of"),
    ("how many videos have a round number of views", "How many videos with views a round multiple of 100,000: 9"),
    # how to show an answer, not which counts are round
    ("average views of the top 10, exact, not rounded", "Average views of all 10 videos: 5,534,700"),
    ("views of the nhs video rounded to the nearest million", "Rounded to the nearest 1,000,000: 13,000,000"),
])
def test_which_counts_are_round(question: str, line: str) -> None:
    """A count that is, or is not, a whole multiple of a step (the one said, else the one most counts keep to)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_videos_on_two_topics_are_listed_together() -> None:
    """ "which videos concern <topic> or <topic>": every video either names, not the two set against each other."""
    ok, _, text = ask("which videos in the list concern the nhs or nurses?")
    assert ok and "3 of the 10 videos" in text and "Gogglebox" in text and "Jessi" in text and " vs " not in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("does the article give a tweet or a date for the gogglebox one?", True, "No: the article gives no tweet for"),
    # who posted it is not known, which is no "no"
    ("was the gogglebox video posted by corbyn", False, "I don't have who posted it"),
])
def test_whether_the_article_gives_a_tweet_is_answered(question: str, answered: bool, line: str) -> None:
    """Whether the article gives a video's tweet is a fact it holds; what the missing tweet would say is not."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


def test_a_periods_length_against_the_others() -> None:
    """ "how many days longer was the 2017 campaign": its days against the other figure's, one period named."""
    ok, _, text = ask("how many days longer was the 2017 campaign per the retweet stat")
    assert ok and "10 days longer than the 42 days" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("whats one below the most viewed video", "The video just below Our wonderful NHS (#1): If you’re not sure"),
    ("what is just above the least viewed video", "The video just above Jeremy Corbyn’s friend Jayne (#10): Jessi"),
    ("the one above the 5th", "The video just above Mean tweets with Jeremy Corbyn (#5): Labour’s immigration video"),
    ("2 below the top video", "The video 2 places below Our wonderful NHS (#1): Jeremy Corbyn’s 60 second challenge"),
])
def test_a_place_counted_from_a_superlative_or_an_ordinal(question: str, line: str) -> None:
    """ "one below the most viewed video": the video next to a place said, not the place itself."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("wat date is the article from", "an article dated 12 December 2019"),
    ("what's the date of the article", "an article dated 12 December 2019"),
    # a video asked about beside the article's day: the videos posted on it
    ("which video was posted on the date of the article", "Videos posted on 12 December 2019"),
])
def test_the_articles_own_date(question: str, line: str) -> None:
    """The article's date asked alone is the source's; beside a video asked, it is a day to pick videos by."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "lines"), [
    # a place claimed with a tag ("yes?"), then a question about the video: both the correction and the answer
    ("mean tweets came 4th with 3.7m, yes? what came directly above it?",
     ["No: Mean tweets with Jeremy Corbyn is #5 of 10 (5th), not #4", "just above Mean tweets with Jeremy Corbyn"]),
    # "since <claim>, <question about it>": "it" is the video at its true place
    ("since jessi's video came 7th, what was just above it?",
     ["No: Jessi on the value of our NHS is #9 of 10 (9th), not #7", "Boris Johnson quotes"]),
    # a claim in its own sentence, then the two set against each other: the correction beside the comparison
    ("immigration vid was posted nov 4th yes? need the interval to the 60 sec one",
     ["posted on 14 November 2019, not on the day the question says", "7,200,000"]),
])
def test_a_false_claim_then_a_question_about_its_video(question: str, lines: list[str]) -> None:
    """The claim corrected first, then the question after it answered of the video as it truly is."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "lines", "absent"), [
    ("the jayne video was tweeted 17 december, how many days before the article is that",
     ["No: Jeremy Corbyn’s friend Jayne was posted on 17 November 2019", "25 days"], "30 days"),
    ("the jayne video was tweeted 17 november, how many days before the article is that", ["25 days"], "0 days"),
    ("the jayne vid was posted dec 17th, how many days after the jessi one was that",
     ["posted on 17 November 2019, not on the day", "13 days between"], "I don't"),
])
def test_a_date_stated_of_a_video_then_a_question_about_that(question: str, lines: list[str], absent: str) -> None:
    """ "<title> was tweeted <day>, how many days before the article is that": the day is a claim about it (checked),
    never the day counted from."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines) and absent not in text, text


def test_a_claimed_order_of_two_videos_shows_both_places() -> None:
    """ "<title> was #9 right, just above <title>": the order of the two, each at its true place (not the video next
    to the second)."""
    ok, _, text = ask("jayne's vid was #9 right, just above jessi's")
    assert ok and "#10 of 10" in text and "Boris Johnson quotes" not in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    ("views of jayne plus jessi", "5,347,000", "I don't"),
    # a field asked of both: the two listed with it, no sum
    ("who posted jayne plus jessi", "posted 17 November 2019 by Jeremy Corbyn", "Total views"),
])
def test_plus_between_two_titles(question: str, line: str, absent: str) -> None:
    """ "<title> plus <title>": their views summed, unless a field of each is what is asked."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


def test_a_side_of_one_video_is_named() -> None:
    """ "dec 11 vid vs dec 12 vid": each side picked by its day is one video, named as itself beside its figure."""
    ok, _, text = ask("dec 11 vid vs dec 12 vid, which did better n by how much")
    assert ok and "If you’re not sure who to vote for, watch this: 9,500,000 views" in text, text
    assert "Jeremy Corbyn’s 60 second challenge: 7,200,000 views" in text, text


def test_a_set_added_at_the_end_is_summed() -> None:
    """ "views on the 2 vids posted on 11 n 12 dec added": the set's views, added up."""
    ok, _, text = ask("views on the 2 vids posted on 11 n 12 dec added")
    assert ok and "Total views of videos posted on 11 or 12 December 2019: 16,700,000" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("was the 2nd video under 10m", "If you’re not sure who to vote for, watch this has 9,500,000 views: under "
     "10,000,000, 500,000 short"),
    ("video 8 views? is it exactly 3m or 'over'", "Boris Johnson quotes has 3,000,000 views: exactly 3,000,000"),
])
def test_a_place_against_a_bar(question: str, line: str) -> None:
    """ "was the 2nd video under 10m": the video at that place, where it stands to the figure."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("what were labour polling at when the 60 second challenge went out?", False, "opinion polls"),
    # the tweet said not to be what is asked: what was said in the video, which the article does not give
    ("what did nicky morgan actually say on gmb? the full exchange, not just the tweet", False, "what is said in"),
    ("was the immigration one top 5 or nah", True, "#4 of 10"),  # a yes/no tag, no second video to compare
])
def test_stop_20s_last_blind_batch(question: str, answered: bool, line: str) -> None:
    """Found by batch 187 (two answered that should be declined) and 186."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("if the jayne video had got another 200k views, what rank would it have been",
     ["with another 200,000: 2,800,000", "it would be #9 of 10 (9th)"]),
    ("If Jessi's video had 253.000 views more, with which video it would be equal?",
     ["3,000,000", "level with Boris Johnson quotes"]),
    ("if the top vid got 10% more views what would it be",
     ["10% more than the views of Our wonderful NHS: 14,740,000"]),
    # "more (views) than" compares two videos: no amount added
    ("did jayne get 200k more than jessi", ["147,000"]),
    ("which video got 500k more views than jessi", ["more views than Jessi on the value of our NHS"]),
])
def test_an_amount_added_to_a_videos_figure(question: str, lines: list[str]) -> None:
    """ "if <title> had another 200k views": its figure with the amount, where that would place it, and the video
    it would equal."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


def test_points_between_thousands() -> None:
    """ "3.000.000 views", "253.000 views": thousands, as much of Europe writes them."""
    ok, _, text = ask("which video had 3.000.000 views")
    assert ok and "Boris Johnson quotes: 3,000,000" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("Jessi and Jayne combined, as a percentage of the top-ten total, 1 dp?", "had 9.7% of the views of all 10 videos"),
    ("jessi as a share of jayne", "105.7%"),  # one against the other, no sum said
])
def test_two_videos_combined_as_a_share(question: str, line: str) -> None:
    """ "<title> and <title> combined, as a % of the total": the two together are the part (it was one of the two
    as a share of the other)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    # stop 20's outside review: a bound said with "plus", counted with "saw", and the anchors said with a place
    ("did any video get plus 10m", "Videos with over 10,000,000 views: Our wonderful NHS"),
    ("how many saw over 5m", "How many videos with over 5,000,000 views: 4"),
    ("which video's views aren't a round number", "not a round multiple of 100,000: Jessi"),
    ("what's below the 2nd most viewed", "The video just below If you’re not sure who to vote for"),
    ("what's one above the second least viewed", "The video just above Jessi on the value of our NHS (#9): Boris"),
    ("what came after the 5th", "The video just below Mean tweets with Jeremy Corbyn (#5): Gogglebox"),
    ("what % of the total were jessi and jayne together", "had 9.7% of the views of all 10 videos"),
    ("what was posted on the article's date", "Videos posted on 12 December 2019: Jeremy Corbyn’s 60 second"),
    ("did corbyn post the top 3 himself", "Posted the most of the 3 most viewed videos (#1–#3): Jeremy Corbyn, 2 of 3"),
    ("did corbyn post most of them", "Jeremy Corbyn, 8 of 10"),
    # a true place claimed, then a question about "it": answered of that video (it was declined)
    ("since jayne came 10th, who posted it", "Jeremy Corbyn (@jeremycorbyn) posted Jeremy Corbyn’s friend Jayne"),
    ("since mean tweets came 5th, when was it posted", "Mean tweets with Jeremy Corbyn was posted on 9 December"),
    # after the most viewed one: next in the list, unless "posted after" says by date
    ("the vid right after the most viewed one, who posted it", "The video just below Our wonderful NHS"),
    ("what was posted after the most viewed video", "The video posted just after Our wonderful NHS: Nicky Morgan"),
])
def test_wrong_replies_found_by_stop_20s_outside_review(question: str, line: str) -> None:
    """The wrong replies an outside reader found in stop 20's new rules, each now answered as asked."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("is the article dated 12 december", "Yes: the article is dated 12 December 2019."),
    ("the article is from 13 december right?", "No: the article is dated 12 December 2019."),
])
def test_the_articles_date_claimed(question: str, line: str) -> None:
    """A day claimed of the article itself: yes or no, and its date (not the videos posted that day)."""
    ok, _, text = ask(question)
    assert ok and line in text and "13 December" not in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("how far did the NHS vid win by over 2nd place", True, "3,900,000 more views than If you’re not sure"),
    ("who won the election", False, "I don't have election results."),
])
def test_winning(question: str, answered: bool, line: str) -> None:
    """ "how far did <title> win by over 2nd place": the gap; the election's winner is not in the article."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("nhs vid top of the league with 14.3 mil, how far clear of 2nd was it",
     ["No: Our wonderful NHS has 13,400,000 views, not the figure", "3,900,000 more views than"]),
    ("mean tweets did 7.3m iirc — whats the delta vs the hero video?", ["has 3,700,000 views, not the figure",
                                                                        "9,700,000"]),
])
def test_a_wrong_figure_said_before_a_gap_asked(question: str, lines: list[str]) -> None:
    """A figure said of a video, then its gap to another asked: the figure corrected, the gap from the true one."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("which was the most viewed video jeremy posted", True, "The most viewed video posted by Jeremy Corbyn: If you"),
    ("What was the 11th most viewed video? The one just after Jayne's", False, "There is no 11th: the list has 10"),
    ("what was #11 on the list, just outside the top 10", False, "There is no 11th: the list has 10 videos."),
    # a bound said before a bare day: the latest such day up to the article's date, named in the reply
    ("videos posted after the 11th", True, "Videos posted from 12 December 2019 on"),
    ("what went up after the 8th", True, "Videos posted from 9 December 2019 on"),
    ("videos posted before the 20th", True, "Videos posted up to 19 November 2019"),
])
def test_stop_21s_blind_batches(question: str, answered: bool, line: str) -> None:
    """Found by stop 21's blind batches: "which was the most ..." asks (no claim); a place past the list's end
    declined whatever else is said; a bare day after "after"/"before" is a bound, not that day."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("labour vs tory fb split as percentages", ["Labour and Jeremy Corbyn: about 77.5% of the Facebook views of",
                                                "Boris Johnson and the Conservatives: about 22.5% of them."]),
    ("labour share of labour+tory fb views in %", ["Labour and Jeremy Corbyn: about 77.5%"]),
    ("if we pool the two facebook figures, what share went to the tories",
     ["Boris Johnson and the Conservatives: about 22.5% of the Facebook views of"]),
    ("share of voice on fb between labour and the tories", ["about 77.5%", "about 22.5% of them"]),
    # one figure as a share of the other, not of both
    ("what % of labour's fb views did the tories get", ["Boris Johnson and the Conservatives: about 29.1% of"]),
])
def test_pooled_shares_of_two_figures(question: str, lines: list[str]) -> None:
    """ "<A> vs <B> split as percentages", "share of voice between <A> and <B>": each one's share of the two."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "lines"), [
    ("corbyn's retweets went up by how much % from 2017", ["71.4% increase in retweets from the 52 days"]),
    ("how much did corbyn's retweets go up, absolute and %", ["71.4% increase", "1,000,000"]),
    ("how much did corbyn's retweets go up", ["1,000,000 more retweets than the 52 days"]),
    ("jc retweets as a % uplift on 2017?", ["71.4% increase"]),
    ("how much longer was the 2017 retweet period than the 2019 one, in days", ["10 days longer than the 42 days"]),
])
def test_a_rise_between_two_figures(question: str, lines: list[str]) -> None:
    """ "how much did <name>'s retweets go up", with "%": the change from one campaign figure to the other, the gap
    beside it; "in days": the periods' lengths."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("will corbyn stay leader after this", False, "I don't have forecasts"),
    ("how many views will the nhs vid reach in the end", False, "I don't have forecasts"),
    ("will you show me the top 3", True, "Top 3 of 10"),  # a request, no future asked
])
def test_a_future_asked(question: str, answered: bool, line: str) -> None:
    """ "how many views will <title> hit", "will <name> stay leader": a forecast, which the data does not hold."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("if jayne had another 500k views would it beat jessi", "Yes: the views of Jeremy Corbyn’s friend Jayne with "
     "another 500,000 had 353,000 more views than Jessi"),
    ("if jessi had 100k more views would it beat boris quotes", "No: the views of Jessi on the value of our NHS with "
     "another 100,000 had 153,000 fewer views than Boris"),
])
def test_an_amount_added_against_another_video(question: str, line: str) -> None:
    """ "if <title> had 500k more, would it beat <title>": the first's figure with the amount, against the second's (it
    was read as a claim that the first beat the second, and corrected)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("mean tweets + boris quotes", "Total views of videos (Mean tweets with Jeremy Corbyn and Boris Johnson quotes): "
     "6,700,000"),
    ("jayne and jessi, cast it", "5,347,000"),
    ("variance between #1 and #2 views", "Our wonderful NHS had 3,900,000 more views than If"),
])
def test_sums_and_gaps_said_as_signs_and_jargon(question: str, line: str) -> None:
    """A spaced "+" between two videos named adds their figures; "cast it" (add the column), "variance between"
    (the gap between two figures)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_plus_sign_beside_a_field_asked_lists_the_videos() -> None:
    """ "who posted <title> + <title>": the field of each, no sum."""
    ok, _, text = ask("who posted mean tweets + boris quotes")
    assert ok and "Total" not in text and "posted 9 December 2019 by Jeremy Corbyn" in text, text


@pytest.mark.parametrize("question", ["which vid has pic.twitter.com/N6nJ0NMYRA",
                                      "whose link is https://pic.twitter.com/n6nj0nmyra ?"])
def test_a_videos_link_typed_names_it(question: str) -> None:
    """A video's link typed whole, in any case, names that video."""
    ok, _, text = ask(question)
    assert ok and text.startswith("**Boris Johnson quotes**"), text


@pytest.mark.parametrize(("question", "line"), [
    ("link to the nhs video please, I'll put it on the family WhatsApp", "Our wonderful NHS: https://pic.twitter.com/"),
    ("views of jayne, im going to tell my sister who is ill", "Jeremy Corbyn’s friend Jayne: 2,600,000"),
    ("Where's all this information from? Is it Labour saying so?", "They are Labour's own claims"),
])
def test_the_speakers_plan_after_a_question(question: str, line: str) -> None:
    """ "<question>, I'll put it on the family chat": the speaker's plan asks nothing (its "family", "ill" were
    read as what is asked of the video, and declined); "where's this information from": the source."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("sum of 6 to 10", "Total views of videos ranked #6–#10: 15,047,000"),
    ("average of 3-5", "Average views of videos ranked #3–#5: 5,800,000"),
    ("call slots 6-10 the tail. sum of their views", "Total views of videos ranked #6–#10: 15,047,000"),
    ("sum of 3 to 5 million", "with between 3,000,000 and 5,000,000 views"),  # a figure's range, no places
    ("which video was nummer 4 eh", "The 4th most viewed video is Labour’s immigration video"),
])
def test_places_said_after_an_operation(question: str, line: str) -> None:
    """ "sum of 6 to 10": places right after an operation (it was the sum of all 10); "slots"; a digit after a place
    word as read ("nummer 4 eh") is a place, not "for"."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("are the views youtube views?", True, "Not YouTube: I have no YouTube figures."),
    ("the views in the top 10 list, are they youtube views?", True, "Not YouTube: I have no YouTube figures."),
    ("what were labour's instagram views", False, "I don't have Instagram figures."),  # asked, not whether
])
def test_whether_the_counts_are_a_platforms(question: str, answered: bool, line: str) -> None:
    """ "are they youtube views?": what the counts cover, the platform asked about not among them."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("mean tweets is #3 w 3.7M views — so whats at #4?",
     ["No: Mean tweets with Jeremy Corbyn is #5 of 10 (5th), not #3", "The 4th most viewed video is Labour’s"]),
    ("jayne got 2.6m so what did jessi get", ["Jessi on the value of our NHS: 2,747,000"]),
    ("60 sec challenge was tweeted 5 dec wasnt it, how many days before the article",
     ["No: Jeremy Corbyn’s 60 second challenge was posted on 12 December 2019", "0 days between Jeremy Corbyn’s 60"]),
])
def test_a_claim_then_the_question_drawn_from_it(question: str, lines: list[str]) -> None:
    """ "<claim>, so <question>": the claim checked as one said "since ...", the question answered alone; a day
    claimed of a video, then days from it asked: from its true day."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines) and "7 days" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("which tweets were posted after 9 dec (the end of the retweet window)?", "Videos posted from 10 December 2019 on"),
    ("what's the total of the non-corbyn-tweeted ones? (nhs + gogglebox i think)",
     "Total views of videos not posted by Jeremy Corbyn: 17,000,000"),
])
def test_asides_that_say_again_or_guess(question: str, line: str) -> None:
    """A bracket after a day saying what that day is ("(the end of the retweet window)") and a guess after the
    question at what its set holds ("(<title> + <title> i think)") ask nothing more (they were read as asked)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("add up the views for the videos with Jeremy Corbyn in the title, bet its more than the nhs one",
     "Videos with “Jeremy Corbyn” in the title had 100,000 more views than Our wonderful NHS"),
    ("videos with corbyn in the title total vs our wonderful nhs", "had 100,000 more views than Our wonderful NHS"),
])
def test_a_titled_set_against_a_video(question: str, line: str) -> None:
    """The videos with a name in the title, summed, set against a video ("bet its more than <title>": "it" is the
    set said first, as a first question and after others)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("total and average views for the ones corbyn tweeted himself",
     ["Average views of videos posted by Jeremy Corbyn: 4,793,375", "Total views: 38,347,000."]),
    ("average and median views of the top 5",
     ["Median views of the 5 most viewed videos (#1–#5): 7,200,000", "Average views: 8,060,000."]),
    ("how does the median compare with the mean", ["The average of all 10 videos is 1,884,700 views above the median"]),
    ("did rob delaney post any others in the top 10 or just the nhs one",
     ["Videos posted by Rob Delaney: Our wonderful"]),
    ("which video in the list hasnt got a tweet with it", ["Videos with no tweet in the article: Gogglebox"]),
])
def test_stop_21s_second_blind_batches(question: str, lines: list[str]) -> None:
    """Two set figures joined by "and": each, of the same videos (the median of the top 5 was set against the mean
    of all 10); "any others, or just <title>": the poster's videos; "hasnt got a tweet"."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "line"), [
    ("which tweets went out in december before the 10th", "Videos posted from 1 December 2019 to 9 December 2019"),
    ("videos posted in november after the 20th", "Videos posted from 21 November 2019 to 30 November 2019"),
])
def test_a_bound_on_a_day_of_a_named_month(question: str, line: str) -> None:
    """ "in December before the 10th": the month, up to the day before (the ordinal was read as a place)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("did our wonderful nhs get more than 2 and 3 combined", "No: Our wonderful NHS had 3,300,000 fewer views than "
     "videos ranked #2–#3"),
    ("did the nhs one get more than 3.5m", "Our wonderful NHS has 13,400,000 views: over 3,500,000, by 9,900,000"),
    ("did any video get more than 2 and a half million", "Videos with over 2,500,000 views"),  # a figure, no places
])
def test_small_numbers_set_against_a_video_are_places(question: str, line: str) -> None:
    """ "did <title> get more than 2 and 3 combined": the 2nd and 3rd summed (it listed the video); one video of a
    shared name against a figure is where it stands to it (it asked for two videos to compare)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("wat was the text on the immigrationtweet", "The tweet with Labour’s immigration video says"),
    ("jaynevid views", "Jeremy Corbyn’s friend Jayne: 2,600,000"),
])
def test_a_name_run_into_a_video_word(question: str, line: str) -> None:
    """A title's word run together with "tweet", "vid" ("immigrationtweet") is the two words."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", ["each video's % share of the top 10 total, 1dp", "what share of the total did "
                                      "each video get"])
def test_each_videos_share_of_a_lists_total(question: str) -> None:
    """ "each video's share of the total": every listed video with its share of the list's views."""
    ok, _, text = ask(question)
    assert ok and "Each video's share of the 10 videos' total of 55,347,000 views" in text, text
    assert "#1 Our wonderful NHS: 24.2%." in text and "#10 Jeremy Corbyn’s friend Jayne: 4.7%." in text, text


@pytest.mark.parametrize(("question", "intent"), [
    ("views of all 10", "top"), ("list all views", "top"), ("views of each video", "top"),
    ("total views of all 10", "aggregate"),  # a figure of them all, not the list
    ("the 86m figure - is that facebook or twitter or both?", "metric"),
])
def test_every_videos_views_asked(question: str, intent: str) -> None:
    """ "views of all 10", "list all views": the whole list by views (it was not understood)."""
    answer = engine().answer(question)
    assert answer.answered and answer.intent == intent, render_text(answer)


@pytest.mark.parametrize(("question", "lines"), [
    ("what came 3rd on the list? DD says the mean tweets one, I say she's wrong",
     ["The 3rd most viewed video is Jeremy Corbyn’s 60 second challenge", "(Mean tweets with Jeremy Corbyn, the one "
      "said after the question, is #5 of 10 (5th).)"]),
    ("6.5 million views = which vid? table 3 says the 60 sec one", ["Labour’s immigration video: 6,500,000"]),
])
def test_someone_elses_answer_reported_after_the_question(question: str, lines: list[str]) -> None:
    """ "what came 3rd? <name> says <title>": the question answered, the video reported placed beside (the reported
    video was answered as if asked about)."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "line"), [
    ("the tories had 86 million on facebook, right?", "No: Boris Johnson and the Conservatives had around 25,000,000 "
     "Facebook views, not the figure in the question; that figure is Labour and Jeremy Corbyn's (over 86,000,000)."),
    ("the tories got 40m on facebook yeah?", "No: Boris Johnson and the Conservatives had around 25,000,000 Facebook "
     "views, not the figure in the question."),
    ("labour got 86m on fb right?", "Labour and Jeremy Corbyn: over 86,000,000"),  # true: no correction
])
def test_a_campaign_figure_claimed(question: str, line: str) -> None:
    """A figure claimed of a party or person ("the tories had 86m on facebook, right?"): corrected, with whose the
    figure said is (it gave the party's figure with no word that the claim was wrong)."""
    ok, _, text = ask(question)
    assert ok and line in text and ("No:" in text) == ("not the figure" in line), text


@pytest.mark.parametrize("question", ["who posted most of these videos on twitter was it the labour party account",
                                      "who posted most of the videos, was it labour"])
def test_a_party_guessed_as_the_poster(question: str) -> None:
    """ "who posted most of them, was it the <party> account": the posters counted (the party was read as whose
    videos, and its most viewed one answered)."""
    ok, _, text = ask(question)
    assert ok and "Posted the most of all 10 videos: Jeremy Corbyn, 8 of 10" in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("the immigration vid went up dec 14 yeah? how many days before the article",
     ["No: Labour’s immigration video was posted on 14 November 2019", "28 days between Labour’s immigration video "
      "and the article"]),
    ("% buff in retweets 2017 -> 2019?", ["71.4% increase in retweets"]),
])
def test_stop_21s_last_blind_batches(question: str, lines: list[str]) -> None:
    """A day claimed of one video in a first sentence, then days asked: the claim corrected, the days from its true
    day (they were counted from the claimed day); "buff" is a rise."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines) and "30 days" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("avg views of the top 5 vs avg of ranks 6-10?", "The average of the 5 most viewed videos (#1–#5) is 5,050,600 "
     "views above the average of videos ranked #6–#10"),
    ("what % of the top 10 total came from delaney's vid + gogglebox combined? 1dp", "had 30.7% of the views"),
    ("what percentage of the videos were posted in november", "Videos posted in November 2019 were 50% of all 10 "
     "videos: 5 of 10 videos."),
    ("what % of the top 10 were posted in december", "were 40% of all 10 videos"),
    ("what share of the views came from november videos", "had 51.2% of the views of all 10 videos"),
])
def test_stop_21s_statistics_tutors(question: str, line: str) -> None:
    """Found by batch 202 (answered wrongly at first look): places are a side of their own beside a slice (the top 5
    was taken within ranks 6-10); "from <title> + <title>" adds them (it took the videos between them); "what % of
    the videos were posted ..." counts videos (it gave a share of views)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    # stop 21's outside review: a bound or a gap said of a campaign figure is no wrong figure claimed
    ("labour had more than 80m on fb right?", True, "Labour and Jeremy Corbyn"),
    ("tories had under 30 million on facebook right?", True, "Boris Johnson and the Conservatives: around 25,000,000"),
    ("labour got 61 million more than the tories right?", True, "61,000,000"),
    # a rise needs an earlier figure of the same subject
    ("how much did labour's facebook views go up", True, "Labour and Jeremy Corbyn: over 86,000,000"),
    # bounds on bare days of one month; a place after "before" is no day
    ("videos posted in december after the 8th but before the 11th", True, "Videos posted from 9 December 2019 to "
     "10 December 2019: Mean tweets"),
    # "each" before a video word, a number or the measure; not "each party", "each month"
    ("how many views did each party get", False, ""),
    ("what percentage of views did each month account for", True, "November 2019: 5 videos, 28,347,000 views "
     "(51.2% of the views)."),  # (declined before the videos were grouped by month)
    ("how many days between 14 nov and 12 dec", True, "28 days between 14 November 2019 and 12 December 2019."),
    # a day claimed before "so" is checked as said, not read as "since <day>"
    ("jessi was posted 25 nov so what came out the same day", True, "No: Jessi on the value of our NHS was posted on "
     "30 November 2019"),
    ("nhs + jayne", True, "Videos (Our wonderful NHS and Jeremy Corbyn’s friend Jayne)"),  # no sum
    ("who had more fb views, I'm going to say 86m in my speech", True, "Labour and Jeremy Corbyn"),
    ("what's the sum of the top 3 (nhs + immigration i think)", True, "Total views of the 3 most viewed videos "
     "(#1–#3): 30,100,000"),
    ("sum of 2 and 3", True, "Total views of videos ranked #2–#3: 16,700,000"),
    ("average of 4 and 5", True, "Average views of videos ranked #4–#5: 5,100,000"),
    ("sum of 10 to 6", True, "Total views of videos ranked #6–#10: 15,047,000"),
])
def test_wrong_replies_found_by_stop_21s_outside_review(question: str, answered: bool, line: str) -> None:
    """The wrong replies an outside reader found in stop 21's new rules (and near them), each answered as asked."""
    ok, _, text = ask(question)
    assert ok == answered and line in text and "not the figure in the question" not in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("nhs vs jayne split as percentages", ["Our wonderful NHS had 83.8% of the views of videos (Our wonderful NHS and "
                                           "Jeremy Corbyn’s friend Jayne)", "Jeremy Corbyn’s friend Jayne: 16.2% of "
                                           "them."]),
    ("Of November's total views, what percent was the NHS video?", ["47.3%"]),  # "total" pools nothing
])
def test_two_videos_split_as_percentages(question: str, lines: list[str]) -> None:
    """ "<title> vs <title> split as percentages": each one's share of the two (it gave one as a % of the other)."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize(("question", "line"), [
    ("what came 3rd, dave says the immigration one", "The 3rd most viewed video is Jeremy Corbyn’s 60 second"),
    ("what came 3rd - dave says the immigration one", "The 3rd most viewed video is Jeremy Corbyn’s 60 second"),
    ("what came last? she thinks boris johnson quotes", "The least viewed video is Jeremy Corbyn’s friend Jayne"),
    ("what was the 2nd most viewed, my dad said mean tweets", "The 2nd most viewed video is If you’re not sure"),
])
def test_someone_elses_answer_after_a_comma_or_a_guess(question: str, line: str) -> None:
    """The reported answer after a comma or a dash, or put as a guess ("she thinks <title>"): the question answered,
    the reported video placed beside."""
    ok, _, text = ask(question)
    assert ok and line in text and "the one said after the question" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("2017 retweets per day to 1 dp", "Jeremy Corbyn: 26,923.1 retweets a day (the 52 days of the 2017 general "
     "election)."),
    ("corbyn retweets per day 2019, 2dp", "57,142.86 retweets a day"),
])
def test_a_daily_rate_to_the_places_asked(question: str, line: str) -> None:
    """ "retweets per day to 1 dp": the rate to the places asked (it was rounded to a whole number)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_figures_said_name_their_measure() -> None:
    """ "which figure's from 2017, the 1.4m or the 2.4m": the figures said are retweets, whatever "figure" reads as
    (it was declined as views for 2017)."""
    ok, _, text = ask("which figure's from 2017 — the 1.4m or the 2.4m? getting them mixed up")
    assert ok and "1,400,000 (1.4 million) retweets in the 52 days of the 2017 general election" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("which assets are sub-3m?", "with under 3,000,000 views"),
    ("what % lower is boris johnson quotes than the nicky morgan one? 1dp", "3.2% decrease from Nicky Morgan on Good "
     "Morning Britain to Boris Johnson quotes"),
])
def test_sub_and_what_percent_lower(question: str, line: str) -> None:
    """ "sub-3m": under 3m; "what % lower is A than B": the change from B to A (it was read as A's share of B)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", ["videos posted 14 nov to 20 nov", "which vids were posted 11/14 to 11/20"])
def test_two_days_joined_by_a_range_word(question: str) -> None:
    """ "posted 14 nov to 20 nov": the days between them (it was the videos of those two days)."""
    ok, _, text = ask(question)
    assert ok and "Videos posted from 14 November 2019 to 20 November 2019" in text and "Jayne" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("jayne video was tweeted 17 dec - how many days before the article date was that?",
     "25 days between Jeremy Corbyn’s friend Jayne and the article"),
    ("did labour's top 10 total beat the tories' whole facebook tally?", "Yes: all 10 videos had about 30,347,000 "
     "more views than Boris Johnson and the Conservatives on Facebook"),
    ("whats the top-line number for Labour FB video views vs the Tories?", "Labour and Jeremy Corbyn"),
])
def test_found_by_batch_203(question: str, line: str) -> None:
    """A dash ends a claim as a comma does (the days were counted from the claimed day); the owner of every video
    named before its videos narrows nothing, the other party's figure set against them (both figures were added)."""
    ok, _, text = ask(question)
    assert ok and line in text and "30 days" not in text and "111,000,000" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what does labour claim about its campaign overall, one line", "They are Labour's own claims"),
    ("who's bottom of the table", "The least viewed video is Jeremy Corbyn’s friend Jayne"),
    ("which video was top of the table", "The most viewed video is Our wonderful NHS"),
])
def test_reply_length_asked_and_league_table_words(question: str, line: str) -> None:
    """ "..., one line": how short the reply should be, nothing asked (it was not understood); "bottom of the table",
    "top of the table": the least and the most viewed."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", ["how many views did #11 get and #1", "sum of #1 to #11",
                                      "what was the 11th video posted"])
def test_a_place_past_the_list_beside_other_places(question: str) -> None:
    """A place past the list's end beside another ("#11 and #1"), or before a video word ("the 11th video posted"):
    declined (#1 alone was answered for the pair; "the 11th" was read as a day)."""
    ok, _, text = ask(question)
    assert not ok and "There is no 11th: the list has 10 videos." in text, text


@pytest.mark.parametrize("question", ["retweets of each video", "corbyn retweets per video"])
def test_a_persons_figure_asked_per_video(question: str) -> None:
    """ "retweets of each video": the data has a person's retweets over every tweet, none per video (the person's
    total was given as if it answered)."""
    ok, _, text = ask(question)
    assert not ok and "I don't have retweets per video." in text and "2,400,000" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what day of the week was the nhs video posted", "Our wonderful NHS was posted on Saturday 23 November 2019."),
    ("was the immigration video posted on a thursday", "posted on Thursday 14 November 2019."),
    ("what day of the week is the article dated", "an article dated Thursday 12 December 2019"),
])
def test_a_weekday_asked_shows_the_days_weekdays(question: str, line: str) -> None:
    """ "what day of the week", or a weekday named: the days shown carry their weekday (the date alone was given)."""
    ok, _, text = ask(question)
    assert ok and line in text and text.count("Saturday Saturday") == 0, text


def test_no_weekday_unless_asked() -> None:
    """A date shown without a weekday when none is asked."""
    ok, _, text = ask("when was the nhs video posted")
    assert ok and "posted on 23 November 2019." in text and "Saturday" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("when were the videos posted", "Jeremy Corbyn’s friend Jayne was posted on 17 November 2019."),
    ("each video's date", "Labour’s immigration video was posted on 14 November 2019."),
    ("links to all the videos", "Boris Johnson quotes: https://pic.twitter.com/N6nJ0NMYRA"),
])
def test_a_field_of_every_video(question: str, line: str) -> None:
    """ "when were the videos posted": every video's date, the one the article gives no tweet for said (it was not
    understood)."""
    ok, _, text = ask(question)
    assert ok and line in text and "No tweet in the article for: Gogglebox reacts to nurses pledge." in text, text


def test_a_poster_left_out_is_not_named_as_the_poster() -> None:
    """ "apart from <name>, ...": the list is of the others, and says so (it said "posted by <name>")."""
    ok, _, text = ask("apart from delaney, are all the other embedded tweets from one account? which")
    assert ok and "9 of the 10 videos not posted by Rob Delaney:" in text and "are posted by Rob" not in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("which month had the most views", ["Most views by month: November 2019, 28,347,000.",
                                        "December 2019: 4 videos, 23,400,000 views."]),
    ("which month were most videos posted in", ["Most videos by month: November 2019, 5 videos."]),
    ("how many videos were posted each month", ["November 2019: 5 videos", "December 2019: 4 videos"]),
    ("which day of the week had the most videos", ["Most videos by day of the week: Monday, Thursday, Saturday and "
                                                   "Sunday, 2 videos each."]),
    ("which weekday had the fewest videos", ["Fewest videos by day of the week: Tuesday and Friday"]),
    ("which month did corbyn post the most videos in", ["November 2019 and December 2019, 4 videos each"]),
])
def test_videos_grouped_by_when_they_were_posted(question: str, lines: list[str]) -> None:
    """ "which month had the most views": the videos grouped by month (or weekday), the undated one said (the most
    viewed video was given)."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines) and "The most viewed video" not in text, text
    assert "No posting date in the data for: Gogglebox reacts to nurses pledge." in text or "corbyn" in question


@pytest.mark.parametrize(("question", "line"), [
    ("which month was the most viewed video posted", "Our wonderful NHS was posted on 23 November 2019."),
    ("which month had more views, november or december", "Videos posted in November 2019 had 4,947,000 more views"),
    ("total views for the vids tweeted in november? by month", "Total views of videos posted in November 2019"),
])
def test_no_grouping_where_one_video_or_named_months_are_asked(question: str, line: str) -> None:
    """A video asked ("the most viewed video"), or months named: no grouping."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("be honest was the boris quotes vid funny or not", False, "I don't have opinions of my own"),
    ("which was the funniest video", False, "I don't have opinions of my own"),
    ("ngl the 60 sec challenge sounds cringe lol how many ppl actually watched it", True, "7,200,000"),
    ("whats the dateline on the article", True, "an article dated 12 December 2019"),
    ("how many visualizations for the gogglebox one", True, "3,600,000"),
    ("from where are these numbers", True, "They are Labour's own claims"),
    ("which videos have less of 3 million views", True, "2 of the 10 videos with under 3,000,000 views"),
    ("which videos have more of 5 million views", True, "4 of the 10 videos with over 5,000,000 views"),
])
def test_found_by_batches_205_to_209(question: str, answered: bool, line: str) -> None:
    """A judgement asked ("funny or not", "the funniest") is an opinion, declined; one said as one's own asks nothing;
    a learner's forms: "visualizations" (views), "from where" (the source), "less of"/"more of" a figure (bounds; the
    video with that figure was given); "dateline" (the article's date)."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("the jessi video is under 3 000 000? how much less exactly", "under 3,000,000, 253,000 short"),
    ("which got 2 747 000 views", "Jessi on the value of our NHS: 2,747,000"),
    ("top 5 100", "Top 5 of 10"),
])
def test_spaces_between_thousands(question: str, line: str) -> None:
    """ "3 000 000": spaces between thousands, as much of Europe writes them, one figure ("3 000" was two numbers);
    groups of other sizes ("5 100") stay two."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("if i add the two NHS videos (our wonderful NHS + the jessi one) how many it gives", "Total views of videos (Our "
     "wonderful NHS and Jessi on the value of our NHS): 16,147,000"),
    ("add both nhs videos", "16,147,000"),
    ("add 500k to gogglebox, would it beat mean tweets", "Yes: the views of Gogglebox reacts to nurses pledge with "
     "another 500,000 had 400,000 more views"),
])
def test_add_sums_or_adds_an_amount(question: str, line: str) -> None:
    """ "add <A> and <B>": their sum (it counted them); "add 500k to <A>, would it beat <B>": the amount added (the
    two were set against each other as they are)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("what was the most viewed video of the conservatives, the one of boris", False, "I don't have Conservatives "
     "videos."),
    ("which is the top video by the tories?", False, "I don't have Conservatives videos."),
    ("how many views did the boris video get, the one of the conservatives leader", True, "Boris Johnson quotes: "
     "3,000,000"),
])
def test_videos_of_a_party_after_the_video_word(question: str, answered: bool, line: str) -> None:
    """ "the most viewed video of the <party>": whose videos, declined for a party that holds none (the video whose
    title names its leader was answered); "the one of the <party> leader" is said of someone."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "line", "absent"), [
    ("how many views did Labour and Jeremy get on Facebook altogether, and what about Boris's lot, the Conservatives?",
     "Boris Johnson and the Conservatives: around 25,000,000", "111,000,000"),
    ("labour and tory fb views altogether", "together: about 111,000,000 Facebook views", "Boris Johnson quotes"),
    ("any about boris in the top ten", "Boris Johnson quotes: 3,000,000", "I don't"),
])
def test_what_about_someone_asks_of_them(question: str, line: str, absent: str) -> None:
    """ "..., and what about <name>'s lot": asked of them as a follow-up asks (the video whose title names them was
    taken, and the two figures added); "any about <name>" is still the video about them."""
    ok, _, text = ask(question)
    assert ok and line in text and absent not in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("2 things: retweet diff 2019 v 2017 AND fb diff labour v tories", ["1,000,000 more retweets", "about "
                                                                        "61,000,000 more Facebook views"]),
    ("labour fb views + how many days was the 2019 retweet period", ["over 86,000,000", "the 42 days up to"]),
])
def test_two_whole_questions_typed_as_one(question: str, lines: list[str]) -> None:
    """ "<A> AND <B>", "<A> + <B>": two questions, each answered when the whole reads as neither (it was declined)."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize("question", ["How is the bonus section called and how many videos are in it?",
                                      "how many likes did the nhs video get and how many views"])
def test_no_halves_where_the_second_leans_on_the_first_or_is_declined(question: str) -> None:
    """A second half that leans on the first ("in it") or that the data cannot answer: no reply made of halves."""
    ok, _, text = ask(question)
    assert not ok, text


@pytest.mark.parametrize(("question", "lines"), [
    ("how much did #1 beat #2 and #3 beat #4", ["Our wonderful NHS had 3,900,000 more views", "Jeremy Corbyn’s 60 "
                                                "second challenge had 700,000 more views than Labour’s immigration"]),
    ("by how much did #1 beat #10 and #2 beat #9", ["10,800,000 more views", "6,753,000 more views"]),
])
def test_two_comparisons_of_four_places(question: str, lines: list[str]) -> None:
    """ "how much did #1 beat #2 and #3 beat #4": two gaps (the three others were added and set against #1)."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


def test_one_place_on_both_sides_of_two_comparisons() -> None:
    """ "by how much did #1 beat #2 and #2 beat #3": two gaps (#2 and #3 were added and set against #1)."""
    ok, _, text = ask("by how much the number 1 beat the number 2 and number 2 beat number 3?")
    assert ok and "Our wonderful NHS had 3,900,000 more views" in text and "had 2,300,000 more views than Jeremy " \
        "Corbyn’s 60 second challenge" in text and "1 day before" in text and "#2–#3" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("2nd most viewed + 2nd least viewed = ?", "Total views of the 2nd most viewed and the 2nd least viewed videos: "
     "12,247,000"),
    ("the 2nd most viewed and the 2nd least viewed combined", "12,247,000"),
    ("most viewed plus least viewed", "Total views of the most viewed and the least viewed videos: 16,000,000"),
    ("difference between the 2nd most viewed and the 2nd least viewed", "If you’re not sure who to vote for, watch "
     "this had 6,753,000 more views than Jessi on the value of our NHS"),
])
def test_a_place_from_each_end_of_the_order(question: str, line: str) -> None:
    """ "the 2nd most viewed and the 2nd least viewed": a place from each end (the second was looked for among the
    first, or #2 alone answered); "<A> + <B> = ?" asks the sum."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_videos_posted_before_a_place_in_the_views_order() -> None:
    """ "videos posted in december before the 2nd most viewed one": December's videos posted before it (it was the
    2nd most viewed of those)."""
    ok, _, text = ask("videos posted in december before the 2nd most viewed one")
    assert ok and "2 of the 10 videos posted up to 10 December 2019 in December 2019" in text \
        and "Mean tweets" in text and "Boris Johnson quotes" in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("which month had the most views in the top 5", True, "Most views by month: December 2019, 20,400,000."),
    ("what days of the week were the top 3 posted", True, "Wednesday, Thursday and Saturday, 1 video each"),
    ("what day of the week was the least viewed posted", True, "Jeremy Corbyn’s friend Jayne was posted on Sunday 17 "
                                                               "November 2019."),
    ("what month had the highest average views", True, "Highest average views by month: December 2019, 5,850,000."),
    ("which month had more views per video", True, "Highest average views by month: December 2019, 5,850,000."),
    ("which weekday had the second most views", True, "2nd most views by day of the week: Thursday, 13,700,000."),
    ("which month had the most retweets", False, "I don't have retweets per video."),
    ("which month had the most views on facebook", False, "I don't have a Facebook-only count"),
    ("what month was the article written", True, "an article dated 12 December 2019"),
])
def test_grouping_keeps_the_set_and_the_figure_asked(question: str, answered: bool, line: str) -> None:
    """Found by an outside review of the grouping: a slice asked is the set grouped (all 10 were); one video's
    superlative is that video ("the least viewed"); an average ranks by each group's mean (totals did); a place among
    the groups ("the second most"); figures the videos do not carry, and the article's own date, are no grouping."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("3.7m + 3.6m = ?", True, "Total views of videos (Mean tweets with Jeremy Corbyn and Gogglebox reacts to nurses "
                              "pledge): 7,300,000"),
    ("13.4m + 9.5m = ?", True, "22,900,000"),
    ("2.4m + 1.4m = ?", False, ""),
])
def test_figures_added(question: str, answered: bool, line: str) -> None:
    """ "<figure> + <figure>": each figure a video's count names it, the two added ("+" was a bound, "over 3.6m", and
    the videos over it summed); figures that name no video are not every video's total."""
    ok, _, text = ask(question)
    assert ok == answered and line in text and "55,347,000" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("top 3 and bottom 3", "6 of the 10 videos ranked #1, #2, #3, #8, #9, #10"),
    ("top 3 and bottom 3 total", "Total views of videos ranked #1, #2, #3, #8, #9, #10: 38,447,000"),
    ("top 5 combined and bottom 5 combined", "The 5 least viewed videos (#6–#10): 15,047,000 views."),  # each
])
def test_both_ends_of_the_list_as_one_set(question: str, line: str) -> None:
    """ "top 3 and bottom 3": both ends, one set (the bottom 3 were looked for among the top 3, a garbled title); a
    figure asked of each end stays two figures."""
    ok, _, text = ask(question)
    assert ok and line in text and "among" not in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("which video had the most facebook views", False, "I don't have the views split by platform"),
    ("how many views did the top video get on facebook alone", False, "I don't have the views split by platform"),
    ("are the views facebook only?", True, "The 10 videos' counts are views across Facebook and Twitter"),
    ("average retweets per video", False, "I don't have retweets per video"),
    ("whats the average views per video across the top 10", True, "5,534,700"),
    ("is the boris johnson quotes video funny", False, "I don't have opinions of my own"),
    ("which video do you like most", False, "I don't have opinions of my own"),
    ("do u think the nhs vid was any good tbh", False, "I don't have opinions of my own"),
])
def test_found_by_stop_22s_outside_review(question: str, answered: bool, line: str) -> None:
    """A figure of one platform asked ("the most facebook views") is declined, what the counts cover said (it was
    answered as the source); whether they cover it is answered; retweets per video declined (the mean of the two
    periods was given); a video's worth asked is an opinion."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


def test_a_videos_count_said_with_one_platform_asks_its_views() -> None:
    """ "of the 13.4m for <title>, how much was from twitter only": a count of one platform, not held (the card was
    given as if it answered)."""
    ok, _, text = ask("of the 13.4m for NHS video how much was from twitter only and how much facebook")
    assert not ok and "I don't have a Twitter-only count for videos." in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("is labour better than the tories just tell me who to support bro", False, "I don't have opinions of my own"),
    ("what's directly above and below gogglebox in the ranking", True, "2 of the 10 videos either side of Gogglebox"),
])
def test_found_by_batches_215_to_217(question: str, answered: bool, line: str) -> None:
    """Who to support is an opinion (the two parties' figures were set against each other); "directly above and below
    <title>": both neighbours (its "directly above" was read alone, and the card given)."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("which video of the labour party was posted first", "The earliest posted video: Labour’s immigration video"),
    ("just to double check - what was the single biggest video of labour's campaign by views", "The most viewed "
     "video is Our wonderful NHS, with 13,400,000"),
])
def test_a_video_of_the_party_that_owns_them_all(question: str, line: str) -> None:
    """ "which video of the <party> was posted first": the party owns every video, so it narrows nothing (the most
    viewed was given, "first" read as a place); "double check" scales nothing."""
    ok, _, text = ask(question)
    assert ok and line in text and "Double" not in text, text


@pytest.mark.parametrize(("question", "lines"), [
    ("which video came 1st and which came last", ["The most viewed video is Our wonderful NHS",
                                                  "The least viewed video is Jeremy Corbyn’s friend Jayne"]),
    ("how many views did the nhs video get and who posted mean tweets", ["Our wonderful NHS: 13,400,000",
                                                                        "posted Mean tweets with Jeremy Corbyn"]),
])
def test_a_question_word_after_and_asks_a_second_thing(question: str, lines: list[str]) -> None:
    """ "<A> and which/who <B>": a second question word after the joining word, naming its own video or place, asks a
    second thing (the whole, read as one, answered only the last or the first)."""
    ok, _, text = ask(question)
    assert ok and all(line in text for line in lines), text


@pytest.mark.parametrize("question", ["which video had the most views and how many did it get",
                                      "which video had the most views? and how many?"])
def test_a_second_question_word_that_leans_on_the_first_is_one_question(question: str) -> None:
    """ "... and how many?": the second names nothing of its own, so the whole is one question (not also "how many
    videos")."""
    ok, _, text = ask(question)
    assert ok and "Our wonderful NHS, with 13,400,000" in text and "10 of the 10" not in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("why did the immigration video do so well", False, "The article doesn't say why"),
    ("why was the mean tweets one so popular", False, "The article doesn't say why"),
    ("why did mean tweets flop", True, "No: Mean tweets with Jeremy Corbyn is #5 of 10"),
    ("why did boris tweet the mean tweets vid lol", True, "Jeremy Corbyn"),
])
def test_why_one_video_did_well_is_a_reason_not_held(question: str, answered: bool, line: str) -> None:
    """ "why did <title> do so well": its reason, which the figures do not give (its views were given as the
    answer); a false claim in it is still corrected."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize("text", ["dfsccvv", "jjsghw"])
def test_mashed_letters_are_no_link_code_or_name_spelt_by_sound(text: str) -> None:
    """Letters mashed near a link's code ("dfsccvv" sounds like one) or with no vowel ("jjsghw" sounds like a name)
    are corrected to nothing: declined (the video was given)."""
    assert not engine().answer(text).answered


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("whats the view count for the labour video wiv stormzy in it", False, "I don't have figures for Stormzy."),
    ("the video with roughly 6.5 mil, who tweeted it", True, "Labour’s immigration video"),
    ("the video with teh most views", True, "Our wonderful NHS"),
])
def test_someone_unknown_in_a_video_is_not_held(question: str, answered: bool, line: str) -> None:
    """ "the <party> video with <name> in it": a name no table knows, after a video word and "with", is someone the
    data does not carry (the party's total was given); an English word or a typo there is none."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "answered"), [
    ("which video do you think was the best", False),
    ("do u reckon the nhs one was the best", False),
    ("which do you think did best", True),
    ("what do you reckon was the most viewed video", True),
])
def test_the_bots_own_judgement_is_an_opinion(question: str, answered: bool) -> None:
    """ "which do you reckon was the best": the bot's judgement asked, an opinion it does not have (the top video was
    given); "did best" and "the most viewed" are the views."""
    ok, _, text = ask(question)
    assert ok == answered and (ok or "I don't have opinions of my own" in text), text


@pytest.mark.parametrize(("question", "line"), [
    ("how many like the NHS video got?", "I don't have likes figures."),
    ("how many of the nhs vids 13.4m were twitter only", "I don't have a Twitter-only count for videos."),
])
def test_found_by_batches_218_to_223(question: str, line: str) -> None:
    """ "how many like <title> got": its likes (which it is not held); "how many of <title>'s 13.4m were twitter only":
    a video's count said is its views, of one platform, not held (the videos matching "nhs" were counted)."""
    ok, _, text = ask(question)
    assert not ok and line in text, text


def test_a_titles_items_asked_before_the_title_said_whole() -> None:
    """ "what <name> <noun>s were in the '<title>' vid": the items the title names, asked before it, are what happens
    in the video (its views were given)."""
    ok, _, text = ask("what boris quotes were actually in the 'boris johnson quotes' vid")
    assert not ok and "I don't have what happens in the videos beyond their titles." in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what day was the boris quotes one put up", "posted on Sunday 8 December 2019"),
    ("when was the jayne video posted, which day was that", "posted on Sunday 17 November 2019"),
])
def test_what_day_gives_the_weekday_with_the_date(question: str, line: str) -> None:
    """ "what day was <title> posted": the date, its weekday beside it (either may be what is meant)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("2nd + 10th combined vs no1, who wins", True, "Videos ranked #2, #10: 12,100,000 views."),
    ("who won on facebook labour or tories", True, "more Facebook views than Boris Johnson and the Conservatives"),
    ("did labour or the tories win", False, "I don't have election results."),
])
def test_who_wins_a_contest_of_figures(question: str, answered: bool, line: str) -> None:
    """ "<places> vs <place>, who wins", "who won on <platform>, <party> or <party>": a contest of the figures set
    against each other, not the election (declined as its result); with no figure or platform said, the election."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("the nicky morgan one, whos in it", True, "Nicky Morgan on Good Morning Britain: 3,100,000"),
    ("who appears in the jayne video", True, "Jeremy Corbyn’s friend Jayne: 2,600,000"),
    ("the nhs one, who is in it", False, "I don't have what happens in the videos beyond their titles."),
])
def test_whos_in_a_video_whose_title_names_someone(question: str, answered: bool, line: str) -> None:
    """ "whos in it" of a video whose title names someone: its card, whose title says who (declined as what happens
    in it); of a title naming no one, still declined."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


def test_titles_naming_someone_come_from_the_data() -> None:
    """A title names someone by a person's name in the data or a capitalised word no English word list has."""
    titled = {engine().dataset.videos[k].title for k in engine().lexicon.cast_titled()}
    assert "Nicky Morgan on Good Morning Britain" in titled and "Our wonderful NHS" not in titled


@pytest.mark.parametrize(("question", "line"), [
    ("who posted number 1 vs number 2", "#1 Our wonderful NHS: 13,400,000 views, posted 23 November 2019 by Rob "
                                        "Delaney"),
    ("corbyn vs delaney views", "Videos posted by Jeremy Corbyn had 24,947,000 more views than videos posted by Rob "
                                "Delaney."),
    ("who posted more videos, corbyn or delaney", "Videos posted by Jeremy Corbyn had 7 more videos than"),
])
def test_places_or_posters_set_side_by_side(question: str, line: str) -> None:
    """ "who posted #1 vs #2": each one's poster (their views were compared); "<name> vs <name> views": each one's
    videos against the other's (a video has one poster: the two as one set fitted none, "None of the 10 videos")."""
    ok, _, text = ask(question)
    assert ok and line in text and "None of the" not in text, text


def test_a_claim_of_their_most_watched_is_checked() -> None:
    """ "<title> was their most watched, fact check?": a claim of its place (put with "their", not "the"), corrected
    (its card was given as if true)."""
    ok, _, text = ask("post claims labour's immigration video was their most watched at 13.4m views. fact check?")
    assert ok and text.splitlines()[1].startswith("No: Labour’s immigration video is #4 of 10"), text


def test_the_person_of_a_video_is_no_attribute_of_it() -> None:
    """ "the handle of the <title> guy": the person the video is about (its poster's handle), not "the guy of
    <title>", an attribute not held."""
    ok, _, text = ask("whats the twitter handle of the nhs guy")
    assert ok and "@robdelaney (Rob Delaney) posted Our wonderful NHS." in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("Number 1 plus number 4, the NHS and immigration films?", "(Our wonderful NHS and Labour’s immigration video): "
                                                                "19,900,000"),
    ("average of nhs, immigration and jayne", "Jeremy Corbyn’s friend Jayne): 7,500,000"),
    ("how many of the top ten are about the NHS or nurses", "3 of the 10 videos"),
])
def test_a_name_several_videos_share_in_a_list_of_names_is_one(question: str, line: str) -> None:
    """ "the <topic> and <title> films", "<topic>, <title> and <title>": a name several videos share, one of a list of
    names, is one video, its best (the others sharing it were added); "about <topic> or <topic>": every one."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_platforms_total_of_the_listed_videos_is_not_held() -> None:
    """ "the total facebook views of the top 10 videos": the listed videos' counts are not split by platform (the
    two parties' Facebook figures were added, 111 million)."""
    ok, _, text = ask("what's the total facebook views of the top 10 videos")
    assert not ok and "I don't have a Facebook-only count for the listed videos" in text and "111" not in text, text


@pytest.mark.parametrize(("question", "title"), [
    ("which nhs video got the fewest views", "Jessi on the value of our NHS"),
    ("which nhs one got less views", "Jessi on the value of our NHS"),
    ("which nhs video had more views", "Our wonderful NHS"),
])
def test_a_superlative_picks_among_videos_sharing_a_name(question: str, title: str) -> None:
    """ "which <topic> video got the fewest views": the one of the videos sharing the name that the superlative or
    comparative picks (the best match was given, the most viewed of all)."""
    ok, _, text = ask(question)
    assert ok and text.splitlines()[0] == f"**{title}**", text


@pytest.mark.parametrize(("question", "answered"), [
    ("how many videos were posted in the final week", False),
    ("how many videos were posted in the week before the election", False),
    ("videos from the last 3 days before the article", False),
    ("videos posted in the last week of november", True),
    ("how many days between the last two videos", True),
])
def test_a_stretch_back_from_the_campaigns_end_is_not_held(question: str, answered: bool) -> None:
    """ "the final week", "the last 3 days", "the week before the election", no date named: the data has posting
    days, no end date (all 10 videos, or the 3 least viewed, were given); a month's last week is a date range."""
    ok, _, text = ask(question)
    assert ok == answered and (ok or "I don't have when the campaign ended" in text), text


@pytest.mark.parametrize(("question", "line"), [
    ("what was corbyn's first video", "The earliest posted video posted by Jeremy Corbyn: Labour’s immigration video"),
    ("corbyns last video", "The latest posted video posted by Jeremy Corbyn: Jeremy Corbyn’s 60 second challenge"),
])
def test_someones_first_video_is_the_first_they_posted(question: str, line: str) -> None:
    """ "<name>'s first video": the first they posted (their most viewed was given, the list's first place)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("is mean tweets above average", "The average of all 10 videos is 1,834,700 views above Mean tweets"),
    ("how far below average is jayne", "The average of all 10 videos is 2,934,700 views above Jeremy Corbyn’s friend"),
    ("is the nhs video above the median", "Our wonderful NHS is 9,750,000 views above the median of all 10 videos"),
])
def test_above_or_below_a_set_figure_sets_the_video_against_it(question: str, line: str) -> None:
    """ "is <title> above the average": the video against the set's figure (the average of the video alone was
    given, or the place next to it), not a place in the list."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "answered"), [
    ("why did the tories only get 25m views", False),
    ("why did corbyn get more retweets in 2019", False),
    ("Why did the Conservatives get more Facebook views than Labour?", True),
])
def test_why_a_campaign_figure_is_what_it_is_is_not_held(question: str, answered: bool) -> None:
    """ "why did <party> only get 25m": a campaign figure's reason, which the article does not give (the figure was
    given as the answer); two sides set against each other keep their figures (they may answer a false claim)."""
    ok, _, text = ask(question)
    assert ok == answered and (ok or "The article doesn't say why" in text), text


def test_which_platform_a_video_did_better_on_is_a_split_not_held() -> None:
    """ "which platform had more views for <title>, facebook or twitter": its views split by platform, not held (its
    combined count was given as if it answered)."""
    ok, _, text = ask("which platform had more views for the nhs video, facebook or twitter")
    assert not ok and "I don't have the views split by platform" in text, text


def test_weeks_between_two_videos_are_counted_in_days() -> None:
    """ "how many weeks between <title> and <title>": the time between their posts, in days (the videos ranked
    between them were counted)."""
    ok, _, text = ask("how many weeks between immigration and jayne")
    assert ok and "3 days between Labour’s immigration video and Jeremy Corbyn’s friend Jayne" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what's 10% of the nhs video's views", "10% of the views of Our wonderful NHS: 1,340,000"),
    ("whats 25% of the top video", "A quarter of the views of Our wonderful NHS: 3,350,000"),
    ("top 3 % of total views", "54.4%"),
])
def test_a_percentage_of_a_figure_is_a_part_of_it(question: str, line: str) -> None:
    """ "what's 10% of <title>'s views": that part of its views (its share of the total was given); a slice's
    percentage of the total is still its share."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("ok but the stormzy video in the top 10, how many views did that get", "I don't have figures for Stormzy."),
    ("so why did labour lose the election", "I don't have election results."),
])
def test_found_by_batch_225(question: str, line: str) -> None:
    """ "the <name> video", a name no table knows before a video word: someone the data does not carry (the top 10
    was listed); "lose the election" asks the election's result (the source card was given)."""
    ok, _, text = ask(question)
    assert not ok and line in text, text


def test_averaged_asks_the_mean() -> None:
    """ "which month's videos averaged more views": the average per month (the most views in total was given)."""
    ok, _, text = ask("which month's videos averaged more views")
    assert ok and "Highest average views by month: December 2019, 5,850,000" in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("why don't you just be honest - which video is that", True, "Nicky Morgan on Good Morning Britain"),
    ("which do you think did the best", True, "Our wonderful NHS"),
    ("which do you think was the best performing video", True, "Our wonderful NHS"),
    ("in the final week what was the most viewed video", False, "I don't have when the campaign ended"),
    ("what was posted in the last couple of weeks", False, "I don't have when the campaign ended"),
    ("what's 7% of the nhs video's views", True, "7% of the views of Our wonderful NHS: 938,000"),
])
def test_found_by_stop_23s_outside_review(question: str, answered: bool, line: str) -> None:
    """Stop 23's own rules, misfiring: a tweet's "why" unquoted is no reason asked; "did the best", "the best
    performing" are the views, no opinion; a stretch back from the end with a measure or a loose count is not held;
    7% is said as one."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize("question", ["is the top 3 more than half of all views",
                                      "do the top 3 have more than half the views"])
def test_a_slice_against_a_part_of_the_whole(question: str) -> None:
    """ "is the top 3 more than half of all views": the slice against half of every video's total (half the slice's
    own views was given)."""
    ok, _, text = ask(question)
    assert ok and "(#1–#3) is 2,426,500 views above half the views of all 10" in text, text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("did labour lose on facebook", True, "over 86,000,000 (86 million) Facebook views"),
    ("which platform did labour get 86 million views on", True, "Facebook views on campaign videos"),
])
def test_a_platform_said_after_a_contest_word_or_asked_of_a_party(question: str, answered: bool, line: str) -> None:
    """ "did <party> lose on facebook": the figures on that platform, not the election; "which platform did <party>
    get 86 million views on": the figure's platform, not a split of a video's views."""
    ok, _, text = ask(question)
    assert ok == answered and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what was corbyn's first video by views", "The most viewed video posted by Jeremy Corbyn"),
    ("what was corbyn's last video in the top 10", "The least viewed video posted by Jeremy Corbyn"),
])
def test_someones_first_video_by_views_keeps_the_views_order(question: str, line: str) -> None:
    """ "<name>'s first video by views": the views order said, so their most viewed (the first posted was given)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what's 10% of the total views", "10% of the views of all 10 videos: 5,534,700"),
    ("half the total views", "Half the views of all 10 videos: 27,673,500"),
    ("who had the better average, corbyn or delaney", "The average of videos posted by Rob Delaney is 8,606,625 views "
                                                      "above the average of videos posted by Jeremy Corbyn"),
])
def test_a_scale_of_the_whole_and_two_posters_averages(question: str, line: str) -> None:
    """ "half the total views": every video's total, scaled (the total alone was given); "who had the better
    average, <name> or <name>": each one's average ("None of the 10 videos fit" was given)."""
    ok, _, text = ask(question)
    assert ok and line in text and "None of the" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("which videos are above average", "4 of the 10 videos with over 5,534,700 views"),
    ("how many videos are above the average", "How many videos with over 5,534,700 views: 4"),
])
def test_videos_above_the_average(question: str, line: str) -> None:
    """ "which videos are above average": those over every video's mean (all 10 were listed with the average)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many videos had more views than the average", "How many videos with over 5,534,700 views: 4"),
    ("which videos got fewer views than average", "6 of the 10 videos with under 5,534,700 views"),
])
def test_videos_with_more_views_than_the_average(question: str, line: str) -> None:
    """ "how many videos had more views than the average", no video named: those over every video's mean (all 10
    were listed with the average)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("average views of all ten? I want to see how the NHS one skews it", "Average views of all 10 videos: 5,534,700"),
    ("which video got the most views, and how many? my mum reckons it was the corbyn one",
     "The most viewed video is Our wonderful NHS"),
    ("what were the total views? my mate reckons the nhs one carried it", "Total views of all 10 videos: 55,347,000"),
])
def test_a_purpose_or_report_after_the_question_is_not_asked(question: str, line: str) -> None:
    """ "<question>? I want to see how <title> skews it": the speaker's purpose, or what someone else reckons, said
    after the question changes nothing it asks (the video or person named there narrowed the set)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("who rounded out the top 3, 3rd place vid and views", "Jeremy Corbyn’s 60 second challenge is #3 of 10"),
    ("the top 5, who was 5th", "The 5th most viewed video is Mean tweets"),
])
def test_the_last_place_of_a_top_n(question: str, line: str) -> None:
    """ "who rounded out the top 3, 3rd place": the Nth place of the top N, one video (a tie with the top 3 list
    declined it)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("the jessi video that topped the charts, views?", "No: Jessi on the value of our NHS is #9 of 10; the most"),
    ("the jessi video which came 1st, views?", "No: Jessi on the value of our NHS is #9 of 10 (9th), not #1"),
])
def test_a_place_stated_in_a_clause_after_a_video_is_checked(question: str, line: str) -> None:
    """ "the <title> video that topped the charts": a place stated of the video, checked (it was not, and the
    video's views were given as if it had topped them)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("nr 2 video, what is the name", "The 2nd most viewed video is If you’re not sure who to vote for"),
    ("number 1 is bigger than number 10 how many times?", "Our wonderful NHS had 5.2 times the views of"),
    ("retweets went up by what percent from 2017 to 2019?", "71.4% increase in retweets"),
])
def test_an_abbreviated_number_a_trailing_times_and_a_rise_by_what_percent(question: str, line: str) -> None:
    """ "nr 2": number 2; "#1 is bigger than #10 how many times": the ratio (the difference was given); "went up
    by what percent": the change (a share of both years was given)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_why_the_poster_made_a_video_is_a_reason() -> None:
    """ "why <poster> made <title>": a reason, which the article does not give (the video's card was given)."""
    ok, _, text = ask("why rob delaney made the NHS video, what is his reason?")
    assert not ok and "doesn't say why" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("what is video number 9 about and what wrote corbyn when he shared it",
     "The tweet with Jessi on the value of our NHS says"),
    ("How many percent of the top-10 views come from the NHS video alone? (the number 1)",
     "Our wonderful NHS had 24.2% of the views of all 10 videos"),
])
def test_a_place_in_the_list_said_beside_its_poster_or_in_brackets(question: str, line: str) -> None:
    """ "what wrote <name> when he shared video number 9": the list's 9th, its tweet (a tie with their videos
    declined it); "<title> alone? (the number 1)": its place said again, not a set (videos ranked #1 were the whole)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_place_claimed_in_the_first_sentence_then_another_place_asked() -> None:
    """ "<title> was number 1 wasn't it? Which one was number 2 then?": the claim corrected, #2 answered (two places
    said, the claim went unchecked and the video's card was given)."""
    ok, _, text = ask("The Gogglebox one was number 1 wasn't it? Which one was number 2 then?")
    assert ok and text.startswith("**No: Gogglebox reacts to nurses pledge is #6 of 10 (6th), not #1") and \
        "The 2nd most viewed video is If you’re not sure who to vote for" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("T or F: mean tweets outperformed gogglebox", "True: Mean tweets with Jeremy Corbyn had 100,000 more views than"),
    ("true or false: jayne beat jessi", "False: Jessi on the value of our NHS had more views (2,747,000)"),
])
def test_a_comparison_of_two_videos_put_as_a_quiz(question: str, line: str) -> None:
    """ "T or F: <A> outperformed <B>": true or false, the two set against each other (the two were shown side by
    side with no verdict)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("true or false: labour n corbyn got over 86 million facebook views on campaign vids",
     "True: Labour and Jeremy Corbyn had over 86,000,000 Facebook views"),
    ("the tories got around 25 million on facebook, right?",
     "Yes: Boris Johnson and the Conservatives had around 25,000,000 Facebook views"),
])
def test_a_campaign_figure_claimed_as_the_article_gives_it_is_confirmed(question: str, line: str) -> None:
    """ "true or false: <party> got over 86 million on facebook": the figure, confirmed (the parties' gap was given,
    with no verdict)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("total views? I want only the november ones", "Total views of videos posted in November 2019: 28,347,000"),
    ("total views? I want it without the NHS one", "Total views of videos other than Our wonderful NHS: 41,947,000"),
    ("average views? I'm curious about the top 5 only", "Average views of the 5 most viewed videos (#1–#5): 8,060,000"),
])
def test_a_purpose_after_the_question_that_narrows_it_is_kept(question: str, line: str) -> None:
    """ "total views? I want only the november ones": a purpose that narrows the set, or adds to what is asked, is
    part of the question (found by an outside review of the purpose rule: all 10 were added)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", [
    "labour got nearly 86 million on facebook, right?",
    "labour never got 86 million on facebook, right?",
    "labour got over 86 million on facebook and twitter, right?",
    "labour got over 87 million on facebook, right?",
    "labour got 86 million views on one facebook video, right?",
])
def test_a_campaign_figure_claimed_otherwise_than_the_article_is_not_confirmed(question: str) -> None:
    """A hedge other than the article's own, a denial, a platform it does not cover, a bound off by a million, one
    video: no "Yes" (found by an outside review of the confirmation rule)."""
    text = ask(question)[2]
    assert "Yes:" not in text and "True:" not in text, text


@pytest.mark.parametrize("question", [
    "the immigration video that was first posted on 14 november, how many views?",
    "the gogglebox video that came below 5th, views?",
])
def test_a_clause_of_posting_or_a_neighbouring_place_is_no_place_claimed(question: str) -> None:
    """ "the <title> video that was first posted ...", "... that came below 5th": a date, a place beside; no claim of
    its own place to correct (found by an outside review)."""
    ok, _, text = ask(question)
    assert ok and "No:" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many views did gogglebox get and across which platforms", "Gogglebox reacts to nurses pledge: 3,600,000"),
    ("the number one video's view count, and which platforms was it counted across?",
     "The most viewed video is Our wonderful NHS, with 13,400,000"),
    ("what platforms, and the views of the least watched video?", "The least viewed video is Jeremy Corbyn’s friend"),
])
def test_a_figure_of_one_video_with_what_it_is_counted_across_gives_the_figure(question: str, line: str) -> None:
    """ "views of <title> and across which platforms": the video's figure, whose line says what it is counted
    across; the general note on the counts alone gave no figure."""
    ok, _, text = ask(question)
    assert ok and line in text and "across Facebook and Twitter" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("days from the rob delaney video to the nicky morgan one",
     "posted 23 November 2019 by Rob Delaney and 25 November 2019 by Jeremy Corbyn."),
    ("days between jayne and jessi", "posted 17 November 2019 and 30 November 2019, both by Jeremy Corbyn."),
    ("what came out earlier: the delaney video or the immigration video?",
     "posted 23 November 2019 by Rob Delaney, 13,400,000 views; Labour’s immigration video: posted 14 November 2019 by "
     "Jeremy Corbyn, 6,500,000 views."),
])
def test_two_posting_dates_say_who_posted_each(question: str, line: str) -> None:
    """ "which came first, the <poster> one or <title>": a video named by its poster is shown with the poster, so the
    reply can be matched to what was asked."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", [
    "views for corbyn's nhs video, the 13.4 million one?",
    "when did corbyn put out his nhs video from 23 november",
    "corbyn's nhs video which came 1st, how many views",
])
def test_a_poster_said_of_the_video_a_figure_day_or_place_names_is_corrected(question: str) -> None:
    """ "<poster>'s <topic> video (the 13.4m one)": the figure, day or place names the other video of the topic, whose
    poster the question has wrong; not the poster's own video, which the figure does not fit."""
    ok, _, text = ask(question)
    assert ok and "Rob Delaney, not Jeremy Corbyn" in text and "Jessi" not in text.split("\n")[0], text


def test_a_video_s_posting_day_said_before_its_count_describes_it() -> None:
    """ "the <topic> video from <its posting day>, how many views": the day picks the video; after the count it asks a
    day's count, which the data does not hold."""
    assert "13,400,000" in ask("the nhs video from 23rd november, how many views did it get?")[2]
    assert not ask("how many views did the nhs video get on 23 november")[0]


@pytest.mark.parametrize(("question", "expected"), [
    ("how many views for his mate's video", "Jeremy Corbyn’s friend Jayne"),
    ("jeremys pal, the video, views?", "Jeremy Corbyn’s friend Jayne"),
    ("cheers mate, what was the most viewed one", "Our wonderful NHS"),
    ("JC’s mate sent him a vid, views?", "Jeremy Corbyn’s friend Jayne"),
    ("jeremy mate, how many views did mean tweets get", "Mean tweets with Jeremy Corbyn"),
    ("thanks jeremy pal, when was the immigration video posted", "Labour’s immigration video"),
])
def test_a_word_for_a_friend_after_whose_it_is_reads_as_the_titles_word(question: str, expected: str) -> None:
    """ "<name>'s mate", "his pal": the word the titles use; "mate" alone is an address ("cheers mate", "jeremy mate,
    ..."), no title word (read so everywhere, "speedrun the math" was corrected to it; after a bare name, an outside
    review found "jeremy mate, views of <title>" answered with another video)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{expected}"), text


@pytest.mark.parametrize(("question", "line"), [
    ("views for 4 and 5 added together", "Total views of videos ranked #4–#5: 10,200,000"),
    ("what did 2 n 3 get between them", "Total views of videos ranked #2–#3: 16,700,000"),
    ("views for 4 and 5 and 6 combined", "Total views of videos ranked #4–#6: 13,800,000"),
    ("difference in views between 4 and 5", "Labour’s immigration video had 2,800,000 more views than Mean tweets"),
])
def test_two_bare_small_numbers_joined_with_a_figure_asked_are_places(question: str, line: str) -> None:
    """ "views for 4 and 5 added together": two places (read as nothing, the whole list's total was answered); "top 2
    and 3", "2 or 3 videos", "ranks 4 5 and 6" keep their readings."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many did gogglebox get", "Gogglebox reacts to nurses pledge: 3,600,000"),
    ("how many did number 7 and 8 get", "Total views of videos ranked #7–#8: 6,100,000"),
    ("how many did the two nhs vids get", "Total views of videos (Our wonderful NHS and Jessi on the value of our"),
    ("how many did the ones from november get", "Total views of videos posted in November 2019: 28,347,000"),
])
def test_how_many_did_a_video_get_asks_its_views(question: str, line: str) -> None:
    """ "how many did <title> get": what it got, its views ("How many videos (<title>): 1" was answered)."""
    ok, _, text = ask(question)
    assert ok and line in text and "How many videos" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many videos did corbyn post in the top 5", "How many videos posted by Jeremy Corbyn among the 5 most viewed"),
    ("how many november videos are in the top 5", "How many videos posted in November 2019 among the 5 most viewed"),
    ("how many in the top 5 are corbyn's", "How many videos posted by Jeremy Corbyn among the 5 most viewed"),
])
def test_a_count_within_a_slice_counts_those_of_the_slice(question: str, line: str) -> None:
    """ "how many videos did <name> post in the top 5": those of the top 5 that are theirs (4), never the top 5 of
    theirs, whose count is the slice's size (5 was answered)."""
    ok, _, text = ask(question)
    assert ok and line in text and ": 5**" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("add the top 3 up for me", "Total views of the 3 most viewed videos (#1–#3): 30,100,000"),
    ("can you tot the november ones up", "Total views of videos posted in November 2019: 28,347,000"),
])
def test_a_verbs_particle_after_what_it_acts_on_is_read_with_the_verb(question: str, line: str) -> None:
    """ "add the top 3 up": the particle said after the set, read as "add up the top 3" (the set was listed)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many views for the nhs vid from the 30th", "Jessi on the value of our NHS: 2,747,000"),
    ("the voting video on the 12th, how many views", "Jeremy Corbyn’s 60 second challenge: 7,200,000"),
])
def test_a_day_of_the_month_said_alone_picks_a_topics_video(question: str, line: str) -> None:
    """ "the <topic> video from the 30th": no place is 30th, a day of a month videos were posted in; it picks the one
    posted then (the topic's first was answered, a confident wrong figure, found by an outside review)."""
    ok, _, text = ask(question)
    assert ok and line in text, text
    assert not ask("views of the nhs video on the 30th")[0]  # (a day's count, which the data does not hold)


@pytest.mark.parametrize(("question", "line"), [
    ("jeremy's nhs vid that came top, when was it up", "No: Our wonderful NHS was posted by Rob Delaney, not Jeremy"),
    ("the gogglebox video that came bottom, views?", "No: Gogglebox reacts to nurses pledge is #6 of 10; the least"),
])
def test_a_place_said_with_a_verb_in_a_clause_after_the_video_is_checked(question: str, line: str) -> None:
    """ "the <title> video that came bottom": a verb of placing before the place in the clause (only "that topped"
    was read; found by an outside review)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", [
    "which went up first, the gogglebox one or jessi",
    "was gogglebox posted before mean tweets?",
])
def test_which_came_first_with_an_undated_video_is_declined(question: str) -> None:
    """ "which came first, <undated> or <title>": the one with no date cannot be placed (the dated one was picked as
    the earliest, a confident wrong answer found by an outside review)."""
    ok, _, text = ask(question)
    assert not ok and "I don't have a posting date for Gogglebox reacts to nurses pledge." in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("mean views for the 5 november videos", "Average views of videos posted in November 2019: 5,669,400"),
    ("sum the 4 december ones", "Total views of videos posted in December 2019: 23,400,000"),
])
def test_a_months_count_before_it_is_how_many_not_a_day(question: str, line: str) -> None:
    """ "the 4 december ones": no video was posted on 4 December and December has four: how many (read as a day,
    no video fit)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "first", "line"), [
    ("which was 9th? i think the immigration one", "**Jessi on the value of our NHS**",
     "Not Labour’s immigration video: that one is #4."),
    ("who finished 8th? i think someone called boris", "**Boris Johnson quotes**", ""),
    ("who came 4th, i think the jayne one", "**Labour’s immigration video**", "that one is #10."),
    ("which was 9th?? prolly the 60 second one lol", "**Jessi on the value of our NHS**", "that one is #3."),
])
def test_a_guess_after_a_question_never_replaces_what_was_asked(question: str, first: str, line: str) -> None:
    """ "which was 9th? i think <title>": the 9th, the guess's own place said (the guessed video's card was
    answered); a guessed name that reads as no poster leaves the question answered alone (it was declined)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(first) and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("tories 25 mil on youtube vs labour 86 mil, difference?",
     "No: 25,000,000 and 86,000,000 are Facebook figures in the article, not YouTube."),
    ("labour got 86m on insta, right?", "No: 86,000,000 is a Facebook figure in the article, not Instagram."),
])
def test_campaign_figures_said_on_a_platform_the_article_lacks_are_corrected(question: str, line: str) -> None:
    """ "<party> got 86m tiktok views vs <party> 25m, the gap?": the figures are the article's Facebook ones, the
    platform named is the wrong premise: corrected, then answered on Facebook (it was declined), never "Yes"."""
    ok, _, text = ask(question)
    assert ok and text.split("\n")[1] == line and "Yes" not in text, text


def test_a_topic_said_after_both_of_two_named_videos_names_no_third() -> None:
    """ "<A> + <B> combined views, both <topic> things": what the two share, not a third video of the topic (the
    topic's other video was added to the total)."""
    ok, _, text = ask("total for jessi and the gogglebox one, both nhs related")
    assert ok and "6,347,000" in text and "Our wonderful NHS" not in text, text


@pytest.mark.parametrize("question", ["which party had more facebook views", "what party got fewer views on facebook?"])
def test_which_side_got_more_of_a_campaign_figure_compares_the_sides(question: str) -> None:
    """ "which party had more facebook views": a comparative word beside the word for a party compares the parties'
    figures (nothing was understood)."""
    ok, _, text = ask(question)
    assert ok and "about 61,000,000 (61 million) more Facebook views than Boris Johnson" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("november and december combined views", "Total views of videos posted from 1 November 2019 to 31 December 2019:"
     " 51,747,000"),
    ("views for the november and december videos added up", "51,747,000"),
])
def test_two_months_joined_with_nothing_compared_are_either(question: str, line: str) -> None:
    """ "november and december combined views": no video is posted in both, so the videos of either (a difference
    was answered, and "november and december views" found no video posted in both)."""
    ok, _, text = ask(question)
    assert ok and line in text and "more views than" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many vids did boris put out", "How many videos posted by Boris Johnson: 0"),
    ("how many december videos made the top 5", "How many videos posted in December 2019 among the 5 most viewed"),
])
def test_a_count_of_someone_who_posted_none_or_of_a_set_within_a_slice(question: str, line: str) -> None:
    """ "how many videos did <name> post", someone who posted none: none (all 10 were counted); "how many <month>
    videos made the top 5": those of the top 5 (the top 5 of the month's was counted). Found by outside reviews."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("corbyn mate how many views did number 1 get", "The most viewed video is Our wonderful NHS, with 13,400,000"),
    ("jeremy bro, whats the total views", "Total views of all 10 videos: 55,347,000"),
])
def test_a_name_said_with_a_word_of_address_is_no_one_asked_about(question: str, line: str) -> None:
    """ "corbyn mate, how many views did #1 get": someone addressed, not whose #1 (his #1's 9.5m was answered; found
    by an outside review)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_place_in_a_clause_after_a_topics_video_picks_which_of_them() -> None:
    """ "the <topic> video that finished 9th": the topic's video in that place (the topic's first was "corrected" to
    it, though it is one of them; found by an outside review)."""
    ok, _, text = ask("views of the nhs video that finished 9th")
    assert ok and text.startswith("**Jessi on the value of our NHS") and "No:" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many did the 9.5m video get", "**If you’re not sure who to vote for, watch this.**"),
    ("how many videos got 3m views", "How many videos with at least 3,000,000 views: 8"),
    ("how many got 5 mil", "How many videos with at least 5,000,000 views: 4"),
])
def test_a_figure_said_in_a_how_many_question_is_used(question: str, line: str) -> None:
    """ "how many did the 9.5m video get": the figure names its video; "how many videos got 3m views": those that
    reached it. Both answered "How many videos: 10", the figure dropped."""
    ok, _, text = ask(question)
    assert ok and line in text and "How many videos: 10" not in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("views for 11 and 12 combined", "There is no 11th: the list has 10 videos."),
    ("what did 10 and 11 get between them", "There is no 11th: the list has 10 videos."),
])
def test_bare_places_past_the_list_are_declined(question: str, line: str) -> None:
    """ "views for 11 and 12 combined": places the list lacks (the whole list's total was answered, and "10 and 11"
    gave #10 alone); the short years of "RTs 19 vs 17" stay years."""
    ok, _, text = ask(question)
    assert not ok and line in text, text
    ok, _, text = ask("diff in RTs 19 vs 17")
    assert ok and "There is no" not in text, text


@pytest.mark.parametrize("question", [
    "views of the nhs one, both platforms together, not one or the other",
    "total views of our wonderful nhs",
])
def test_one_videos_total_is_its_figure_and_one_or_the_other_takes_nothing_out(question: str) -> None:
    """ "<title>'s views, both platforms, not one or the other": the video's figure ("not one or the other" took it
    out of the set and "the other" asked the rest; a total of one video answered a list naming it, no figure)."""
    ok, _, text = ask(question)
    line = text.splitlines()[1]
    assert ok and "Our wonderful NHS: 13,400,000 (13.4M) views" in line and "other than" not in text, text


@pytest.mark.parametrize("question", ["first plus second combined", "views of first and second added"])
def test_first_joined_to_another_place_is_a_place(question: str) -> None:
    """ "first plus second combined": places 1 and 2 (the word "first" was read as an order, and #2 alone was
    answered)."""
    ok, _, text = ask(question)
    assert ok and "Total views of videos ranked #1–#2: 22,900,000" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("views for 4 & 5 combined", "Total views of videos ranked #4–#5: 10,200,000"),
    ("4&5 combined", "Total views of videos ranked #4–#5: 10,200,000"),
    ("nicky morgan one, date & day?", "posted on Monday 25 November 2019"),
])
def test_an_ampersand_joins_and_the_day_beside_the_date_is_its_weekday(question: str, line: str) -> None:
    """ "&" is "and" ("4 & 5" answered the whole list's total: the sign was dropped and the places not joined);
    "date & day" asks the weekday with the date."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_comma_between_a_place_and_an_order_word_keeps_them_apart() -> None:
    """ "who finished 3rd, last spot on the podium": the 3rd (read as "3rd last" once the comma was lost: a confident
    wrong video); "2nd, 3rd most viewed" still lists two places."""
    ok, _, text = ask("who finished 3rd, last spot on the podium")
    assert ok and "Jeremy Corbyn’s 60 second challenge" in text.splitlines()[0] and "Boris" not in text, text
    ok, _, text = ask("the 2nd, 3rd most viewed")
    assert ok and "(#2–#3)" in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("who came 3rd, the last medal spot", "**Jeremy Corbyn’s 60 second challenge"),
    ("who was 3rd - last on the podium", "Jeremy Corbyn’s 60 second challenge**"),
    ("who was 3rd last", "**Boris Johnson quotes**"),
])
def test_a_mark_between_a_place_and_last_keeps_them_apart(question: str, line: str) -> None:
    """ "who came 3rd, the last medal spot", "3rd - last": the 3rd (read as "3rd last", #8, whatever the mark between,
    found by an outside review); "3rd last" said together is still #8."""
    ok, _, text = ask(question)
    assert ok and line in text.splitlines()[0], text


@pytest.mark.parametrize(("question", "line"), [
    ("4, 5 and 6 combined", "Total views of videos ranked #4–#6: 13,800,000"),
    ("add up 1, 2 and 3", "Total views of videos ranked #1–#3: 30,100,000"),
    ("first, second and third combined", "Total views of videos ranked #1–#3: 30,100,000"),
    ("positions 6-10 combined?", "Total views of videos ranked #6–#10: 15,047,000"),
])
def test_places_listed_with_commas_are_joined(question: str, line: str) -> None:
    """ "4, 5 and 6 combined": the comma joins places as "and" does (the whole list's total, or #2–#3 for "first,
    second and third", was answered); "6-10" stays a range."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("how many vids got 3,000,000 views", "How many videos with at least 3,000,000 views: 8"),
    ("how many videos got 3m views or less", "How many videos with at most 3,000,000 views: 3"),
])
def test_a_bound_said_after_the_measure_and_a_figure_in_full_count_videos(question: str, line: str) -> None:
    """ "how many videos got 3m views or less": the bound after the measure word (at least 3m was counted, and "How
    many videos: 10" before that); a figure written in full reached as "3m" is."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_false_day_claimed_then_days_asked_of_it() -> None:
    """ "<title> was posted 14 dec, how many days before the article": the day corrected, and the days from its real
    day (30 days from the claimed day to 14 December were answered)."""
    ok, _, text = ask("the immigration vid was posted 14 dec, hw mny days b4 the article")
    assert ok and text.startswith("**No: Labour’s immigration video was posted on 14 November 2019") and (
        "28 days between Labour’s immigration video and the article of 12 December 2019" in text), text


@pytest.mark.parametrize(("question", "line"), [
    ("is the 3.7m video ahead of the 3.6m one", "Mean tweets with Jeremy Corbyn vs Gogglebox reacts"),
    ("how many times more views did the nhs video get than the 2.6m one", "5.2 times the views of Jeremy Corbyn’s"),
    ("difference between the 6.5m and the 3.7m video", "Labour’s immigration video had 2,800,000 more views than Mean"),
])
def test_a_figure_said_as_a_title_names_its_video(question: str, line: str) -> None:
    """ "the 3.6m one": a figure said as a title names the video with that count, beside another video (the figure was
    read as a false claim about the other: "No: ... not the figure in the question"; found by an outside review)."""
    ok, _, text = ask(question)
    assert ok and line in text and "No:" not in text, text


@pytest.mark.parametrize("question", ["how many did the 5m video get", "who posted the 8m one"])
def test_a_figure_said_as_a_title_that_no_video_has_is_declined_with_the_nearest(question: str) -> None:
    """ "how many did the 5m video get": no video has that count, and the nearest is said ("How many videos: 10" was
    answered; found by an outside review)."""
    ok, _, text = ask(question)
    assert not ok and re.search(r"No video has about [\d,]+ views: the nearest is ", text), text


@pytest.mark.parametrize("question", ["what % of the lab+con fb views were the tories",
                                      "what % of labour and tory fb views combined were the tories"])
def test_a_share_of_both_asks_the_one_named_again(question: str) -> None:
    """ "what % of the <A>+<B> views were <B>": both after "of" are the whole, and the one named again is the part (a
    share of <A>'s alone, or <A>'s share of both, was answered)."""
    ok, _, text = ask(question)
    assert ok and text.startswith("**Boris Johnson and the Conservatives: about 22.5% of the Facebook views of"), text


@pytest.mark.parametrize(("question", "line"), [
    ("how many videos got no more than 3m views", "How many videos with at most 3,000,000 views: 3"),
    ("how many videos failed to reach 3m", "How many videos with under 3,000,000 views: 2"),
    ("how many videos fell short of 3m", "How many videos with under 3,000,000 views: 2"),
    ("how many videos got north of 3m", "How many videos with over 3,000,000 views: 7"),
    ("how many videos have more then 5 milion views?", "How many videos with over 5,000,000 views: 4"),
])
def test_bounds_of_several_words_before_a_figure(question: str, line: str) -> None:
    """ "no more than 3m" (read as over 3m), "failed to reach 3m" (as reaching it), "fell short of 3m", "north of 3m",
    "more then" (all 10 counted): each bound as said. Found by an outside review."""
    ok, _, text = ask(question)
    assert ok and line in text, text


def test_a_count_with_a_figure_it_cannot_place_is_declined() -> None:
    """ "how many videos got roughly 3m": a figure said with no bound the bot reads is never dropped to count all 10."""
    ok, _, text = ask("how many videos got roughly 3m")
    assert not ok and "I couldn't tell how 3,000,000 bounds the videos counted." in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("second & last combined", "Total views of the 2nd most viewed and the least viewed videos: 12,100,000"),
    ("second and last", "The 2nd most viewed and the least viewed videos"),
])
def test_a_place_and_last_are_two_videos(question: str, line: str) -> None:
    """ "second and last": #2 and the last (read as "second last", #9; found by an outside review), as "first and
    last" was."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize("question", ["views of the nhs video in its first 3 days", "nhs video first 48h views",
                                      "how many views did the jayne one get in its first 24hrs"])
def test_a_videos_views_in_its_first_hours_or_days_are_declined(question: str) -> None:
    """ "<title>'s views in its first 24hrs": its views by time, which the data does not hold (its total was
    answered, or the first 3 by views)."""
    ok, _, text = ask(question)
    assert not ok and "I don't have views by day or by date" in text, text


@pytest.mark.parametrize(("question", "line", "answered"), [
    ("after 9.12. which was 2nd last, by views", "If you’re not sure who to vote for", True),
    ("how many corbyn videos with 3m views", "I couldn't tell how 3,000,000 bounds the videos counted.", False),
    ("how many videos got no less than 3m", "How many videos with at least 3,000,000 views: 8", True),
    ("the 3m or the 9m video, which was first", "No video has about 9,000,000 views", False),
    ("is the 3m video more viewed than the 9m one", "No video has about 9,000,000 views", False),
    ("total views of everything but our wonderful nhs", "other than Our wonderful NHS: 41,947,000", True),
])
def test_an_outside_reads_faults_in_this_stops_rules(question: str, line: str, answered: bool) -> None:
    """Found by an outside read of this stop's change: a dotted date before a comma miscounted the words ("2nd last"
    became the last); a figure dropped from a count with a set said; "no less than" read as under; a figure naming no
    video beside one that does (a false "No:"); "everything but <title>" answered the title's own figure."""
    ok, _, text = ask(question)
    assert ok is answered and line in text and "No:" not in text, text


def test_a_remembered_figure_after_the_question_is_a_guess_beside_it() -> None:
    """ "How many views did <title> get? I had it down as about 3.6 million, but I may be confusing it with the one
    beneath it": the question answered, the guessed figure's video placed (the video below <title> was answered)."""
    ok, _, text = ask("How many views did 'Mean tweets' get, roughly speaking? I had it down as about 3.6 million, but "
                      "I may well be confusing it with the one beneath it.")
    assert ok and text.startswith("**Mean tweets with Jeremy Corbyn**") and "3,700,000" in text, text
    assert "Not Gogglebox reacts to nurses pledge: that one is #6." in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("How many of the top ten broke the three million mark (the 'Boris Johnson quotes' figure is, I think, a round "
     "three million, so it doesn't count)?", "How many videos with over 3,000,000 views: 7"),
    ("What was the exact view count for the number one video (across Facebook and Twitter, I presume, rather than by "
     "carrier pigeon)?", "13,400,000"),
])
def test_an_aside_before_the_closing_question_mark_is_read_as_one(question: str, line: str) -> None:
    """ "... (an aside)?": a bracketed aside ending the message before its question mark is weighed as one ending it
    (the video it named was answered, or the whole declined)."""
    ok, _, text = ask(question)
    assert ok and line in text, text


@pytest.mark.parametrize(("question", "line"), [
    ("which video went up the day before 9 december", "Videos posted on 8 December 2019: Boris Johnson quotes"),
    ("what was tweeted the day after 8 dec", "Videos posted on 9 December 2019: Mean tweets with Jeremy Corbyn"),
    ("what was posted on the eve of 12 december", "Videos posted on 11 December 2019: If you’re not sure"),
    ("what got tweeted the day before the 12th", "Videos posted on 11 December 2019: If you’re not sure"),
    ("what was posted the day after the 8th", "Videos posted on 9 December 2019: Mean tweets"),
])
def test_the_day_before_or_after_a_date_is_that_one_day(question: str, line: str) -> None:
    """ "the day before 9 December", "the eve of the 12th": the one day next to the date, not every video up to it
    (a list of six was answered) nor the date itself (the eve of the 12th gave the video of the 12th)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{line}"), text


@pytest.mark.parametrize(("question", "line"), [
    ("how many nights between boris johnson quotes and mean tweets", "1 day between Boris Johnson quotes and Mean"),
    ("nights from the immigration video to 9 dec?", "25 days between Labour’s immigration video and 9 December"),
    ("how many nights apart were jayne and the 60 second challenge", "25 days between Jeremy Corbyn’s friend Jayne"),
])
def test_days_counted_as_nights_are_days_between(question: str, line: str) -> None:
    """ "how many nights between <title> and <title>": the days between their posting dates (nights were a measure
    the data lacks, and the question was declined)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{line}"), text


def test_a_claimed_date_of_an_undated_video_before_a_question_is_declined() -> None:
    """ "<undated title> went out on 20/11 right? how many days before <title>": no date to check the claim by nor to
    count from, so the date is declined (a list of no videos posted that day by the poster was answered)."""
    ok, _, text = ask("corbyn tweeted the gogglebox one on 20/11 right? how many days before the nicky morgan one")
    assert not ok and "I don't have a date for Gogglebox reacts to nurses pledge" in text, text


@pytest.mark.parametrize(("question", "line", "rows"), [
    ("list the videos newest first", "Videos, latest posted first", 9),
    ("rank the december-tweeted vids by views, highest first", "Videos, most viewed first posted in December", 4),
    ("list the top 10 vids in order of tweet date, earliest first", "Videos, earliest posted first", 9),
    ("the top 3, lowest first", "Videos, least viewed first among the 3 most viewed videos (#1–#3)**", 3),
])
def test_an_order_then_first_is_the_way_a_set_is_sorted(question: str, line: str, rows: int) -> None:
    """ "newest first", "highest first": the way the whole set is sorted, every video of it listed (one video was
    answered, or none fitting "the most viewed video" among those of December)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{line}"), text
    assert len(re.findall(r"^#\d+ ", text, re.MULTILINE)) == rows, text


@pytest.mark.parametrize(("question", "title", "note"), [
    ("which video was the most viewed one overall?? the NHS one I think?? and how many views x", "Our wonderful NHS",
     None),
    ("which video was second? the jayne one I think? and who posted it", "If you’re not sure who to vote for",
     "Not Jeremy Corbyn’s friend Jayne: that one is #10."),
])
def test_a_guess_between_two_questions_asks_nothing(question: str, title: str, note: str | None) -> None:
    """ "which was second? the <title> one I think? and who posted it": the guess between the questions is no
    question of its own (the whole was declined, or answered of the video guessed), and a wrong one is said so."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}"), text
    assert note is None or note in text, text


@pytest.mark.parametrize(("question", "title"), [
    ("what was posted 3 days after 14 november", "Videos posted from 15 November 2019 on"),
    ("what was posted since the day after the 14th", "Videos posted from 15 November 2019 on"),
    ("most viewed first video", "Our wonderful NHS"),
    ("most viewed first, compare nhs and jayne", "Our wonderful NHS vs Jeremy Corbyn’s friend Jayne"),
    ("was most viewed first posted in november?", "The earliest posted video posted in November 2019"),
])
def test_an_outside_reads_faults_in_the_day_steps_and_sort_ways(question: str, title: str) -> None:
    """Found by an outside read of this stop's change: a count of days, or a bound before "the day after", read as
    one day (no video on 15 November was answered); "first" said of what follows an order, or beside two videos
    compared, read as a sort of every video."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}"), text


@pytest.mark.parametrize(("question", "title"), [
    ("the breaks my heart one, views?", "Jeremy Corbyn’s friend Jayne"),
    ("the breaks her heart vid, who posted it", "Jeremy Corbyn’s friend Jayne"),
])
def test_three_words_of_a_tweet_saying_something_rare_name_its_video(question: str, title: str) -> None:
    """ "the breaks my heart one": three words of a tweet in a row, two of them saying something and one of those
    rare, name its video (four were needed, and the question was declined)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**"), text


def test_three_common_words_of_a_tweet_name_nothing() -> None:
    """ "this video today" is in a tweet too, but says nothing rare: it names no video."""
    assert not [r for r in _entities("did you see this video today").videos if r.strong]


@pytest.mark.parametrize(("question", "line"), [
    ("which one in the list has nae tweet wi it", "Videos with no tweet in the article: Gogglebox"),
    ("days atween the jayne video and the jessi one", "13 days between Jeremy Corbyn’s friend Jayne and Jessi"),
    ("how many of the listed tweets were posted by corbyn himself", "How many videos posted by Jeremy Corbyn: 8"),
])
def test_scots_spellings_and_a_listed_set_are_read(question: str, line: str) -> None:
    """ "nae" (no) and "atween" (between) as Scots write them, and "the listed tweets" (the set the list has; its
    word was read as a measure the data lacks)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{line}"), text


@pytest.mark.parametrize(("question", "lacking", "title"), [
    ("is there an 11th vid in the list? if not whats the last one", "There is no 11th: the list has 10 videos.",
     "Jeremy Corbyn’s friend Jayne"),
    ("what was the tories top video? if not, labour's top one", "I don't have Conservatives videos.",
     "Our wonderful NHS"),
])
def test_a_question_asked_if_the_first_has_no_answer(question: str, lacking: str, title: str) -> None:
    """ "is there an 11th? if not, what's the last one": the first declined, the one asked in its place is answered
    after what the first lacks (the whole was declined)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**") and text.splitlines()[1] == lacking, text


def test_surely_guesses() -> None:
    """ "<title>, who tweeted it? surely not <name>": a guess after the question, which is answered (the guess's
    name was read as a poster asked about, and the whole declined)."""
    ok, _, text = ask("the boris quotes one, who tweeted it? surely not boris lol")
    assert ok and "Jeremy Corbyn (@jeremycorbyn) posted Boris Johnson quotes." in text, text


@pytest.mark.parametrize(("question", "title"), [
    ("mean views across the top ten? (not the mean tweets vid)", "Average views of all 10 videos: 5,534,700"),
    ("mean views of the top 5 (not including mean tweets)",
     "Average views of the 5 most viewed videos other than Mean tweets with Jeremy Corbyn"),
])
def test_a_word_told_apart_from_a_title_in_brackets_leaves_nothing_out(question: str, title: str) -> None:
    """ "mean views? (not the mean tweets vid)": the aside tells the question's word apart from the title that has it
    (the video was left out of the average); "(not including <title>)" still leaves it out."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}"), text


def test_times_faster_is_a_ratio_of_rates() -> None:
    """ "how many times faster was <name> retweeted per day in 2019 vs 2017": the ratio of the two daily rates (both
    rates were listed, the ratio not given)."""
    ok, _, text = ask("per day, how many times faster was corbyn getting retweeted in 2019 vs 2017? 2dp")
    assert ok and "2.12 times" in text.splitlines()[0], text


@pytest.mark.parametrize(("question", "title"), [
    ("Rob Delaney's NHS video was on place 2, after the 'not sure who to vote for' video — how many views it had?",
     "Our wonderful NHS"),
    ("the nhs video was 2nd, after the not sure one — how many views?", "Our wonderful NHS"),
])
def test_where_a_named_video_stands_stated_before_the_question_is_no_place_asked(question: str, title: str) -> None:
    """ "<A> was on place 2, after <B> — how many views": where A stands is stated, and the question is of A (the
    video two places below B, then the one just below it, was answered: another video's figure)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**") and "13,400,000" in text, text


@pytest.mark.parametrize(("question", "title"), [
    ("Between the Mean tweets tweet (09.12.) and the date of the article, how many days?",
     "3 days between Mean tweets with Jeremy Corbyn and the article of 12 December 2019"),
    ("days between mean tweets (08.12.) and the article",
     "3 days between Mean tweets with Jeremy Corbyn and the article of 12 December 2019"),
    ("between mean tweets (9/12) and Boris quotes, which was first?", "The earliest posted video"),
])
def test_a_day_in_brackets_after_a_dated_video_is_said_of_it(question: str, title: str) -> None:
    """ "between <title> (09.12.) and the article": the bracketed day is said of the video, its posting (0 days
    between the video and its own day was answered), never a day to count from."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}"), text


@pytest.mark.parametrize("question", ["views of no.4 + no.5 ?", "views of number 4 + number 5"])
def test_a_plus_before_a_place_word_adds_the_places(question: str) -> None:
    """ "no.4 + no.5": a "+" between two places written with a word before the second adds them (the two were
    listed, "+" read as "and")."""
    ok, _, text = ask(question)
    assert ok and text.startswith("**Total views of videos ranked #4–#5: 10,200,000**"), text


@pytest.mark.parametrize(("question", "answered", "line"), [
    ("when did corbyn meet jayne", True, "The tweet with Jeremy Corbyn’s friend Jayne says: “I met Jayne in July"),
    ("what date in july did jez meet jayne", False, "I don't have the day: the tweet with Jeremy Corbyn’s friend"),
    ("video about friend of Corbyn that he met in july, when it was posted?", True,
     "Jeremy Corbyn’s friend Jayne was posted on 17 November 2019."),
])
def test_when_something_a_tweet_tells_happened_is_the_tweets_to_tell(question: str, answered: bool,
                                                                    line: str) -> None:
    """ "when did <name> meet <name>": a verb the tweet uses asks what the tweet tells, not when it was posted (the
    posting date led, and "what date in July" was corrected as a posting claim: "posted 17 November, not in July")."""
    ok, _, text = ask(question)
    assert ok is answered and line in text.splitlines()[1] and "not in July" not in text, text


@pytest.mark.parametrize(("question", "title"), [
    ("total views of not sure, 60 sec and immigration", "Total views of videos (If you’re not sure who to vote for, "
     "watch this and Jeremy Corbyn’s 60 second challenge and Labour’s immigration video): 23,200,000"),
    ("not sure and jayne total", "Total views of videos (If you’re not sure who to vote for, watch this and Jeremy "
     "Corbyn’s friend Jayne): 12,100,000"),
    ("total of the nhs, jessi and jayne videos", "Total views of videos (Our wonderful NHS and Jessi on the value of "
     "our NHS and Jeremy Corbyn’s friend Jayne): 18,747,000"),
    ("total of nhs, jessi", "Total views of videos (Our wonderful NHS and Jessi on the value of our NHS): 16,147,000"),
])
def test_names_listed_with_marks_between_are_each_a_video(question: str, title: str) -> None:
    """Found by an outside probe: "not sure" in a list of named videos is the video of that short name, never a
    negation ("total views of not sure, <A> and <B>" gave every video but A and B); names with a comma between are
    two videos ("the <topic>, <name> and <name> videos" lost the first, read with the second as one title)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**"), text


def test_doubt_after_a_video_names_nothing() -> None:
    """ "<title> and not sure what ...": doubt, no short name of a video, and nothing taken out."""
    ent = _entities("who posted jayne and not sure what the tweet said")
    assert len(ent.videos) == 1 and "negate" not in ent.query


@pytest.mark.parametrize(("question", "title"), [
    ("does nhs beat 60 sec and immigration combined", "No: Our wonderful NHS had 300,000 fewer views than videos"),
    ("is nhs more than mean tweets and gogglebox combined", "Yes: Our wonderful NHS had 6,100,000 more views"),
])
def test_a_topic_set_against_named_videos_combined_is_its_best(question: str, title: str) -> None:
    """Found by an outside probe: "does <topic> beat <A> and <B> combined": the topic's best video against the two
    added (A was compared with B: "Yes: <A> had 700,000 more views than <B>")."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}"), text


@pytest.mark.parametrize(("question", "title"), [
    ("total views of videos not posted in december", "Total views of videos not posted in December 2019: 31,947,000"),
    ("how many videos weren't posted in december", "How many videos not posted in December 2019: 6"),
    ("videos not by corbyn in december", "No videos not posted by Jeremy Corbyn posted in December 2019"),
])
def test_a_negated_posting_date_leaves_those_days_out(question: str, title: str) -> None:
    """Found by an outside probe: "videos not posted in December": every video but December's, the undated one too
    (the negation was dropped, and December's were answered); a negation of a poster leaves the month alone."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}"), text


def test_a_day_in_brackets_after_a_shared_name_is_said_of_the_video_it_stands_for() -> None:
    """Found by an outside probe: "days between the <topic> video (<its day>) and the article": the day is said of
    the video the name stands for (0 days between the video and its own day was answered)."""
    ok, _, text = ask("days between the nhs video (23 nov) and the article")
    assert ok and text.startswith("**19 days between Our wonderful NHS and the article of 12 December 2019**"), text


def test_the_party_of_every_video_posting_narrows_nothing() -> None:
    """Found by an outside probe: "which video did <party> post first", the party owning every video: the earliest
    posted (the most viewed was answered)."""
    ok, _, text = ask("which video did labour post first")
    assert ok and text.startswith("**The earliest posted video: Labour’s immigration video**"), text


@pytest.mark.parametrize("question", ["how many days between 17 nov and the article", "days from 17 november to the "
                                      "article"])
def test_days_between_a_day_and_the_article(question: str) -> None:
    """Found by an outside probe: "how many days between <day> and the article": from the day to the article's date
    (the videos posted that day were listed)."""
    ok, _, text = ask(question)
    assert ok and text.startswith("**25 days between 17 November 2019 and the article of 12 December 2019**"), text


@pytest.mark.parametrize(("question", "title"), [
    ("which tweet mentioned july", "Jeremy Corbyn’s friend Jayne"),
    ("which tweet says powerful", "Jessi on the value of our NHS"),
])
def test_one_word_of_a_tweet_said_to_be_in_it_names_its_video(question: str, title: str) -> None:
    """Found by an outside probe: "which tweet mentions <word>": one word of one tweet, right after a word of saying,
    names its video; a month said so is no posting date ("No videos posted in July" was answered)."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**"), text


def test_a_place_by_date_said_with_a_word_of_date_order() -> None:
    """ "which tweet came immediately before <title> chronologically": the posting order is the one the place is
    counted in, no order of its own (the video named was answered)."""
    ok, _, text = ask("which tweet came immediately before the jayne one chronologically")
    assert ok and text.startswith("**The video posted just before Jeremy Corbyn’s friend Jayne: Labour’s immig"), text


@pytest.mark.parametrize(("question", "answered", "title"), [
    ("corbyn's total views (not the mean tweets with jeremy corbyn vid)", True,
     "Total views of videos other than Mean tweets with Jeremy Corbyn posted by Jeremy Corbyn: 34,647,000"),
    ("this breaks my heart, how many views did the nhs one get?", True, "Our wonderful NHS"),
    ("the article says ideas matter, which video was top?", True, "Our wonderful NHS"),
    ("did they not post anything in december?", True, "Videos posted in December 2019"),
    ("how many days between 8 june 2017 and the article", False, "I don't have that"),
    ("when did corbyn post the video jessi sent him?", True, "Jessi on the value of our NHS"),
    ("how many views on youtube did mean tweets get? if not, how many in total?", False, "I don't have that"),
    ("how many times faster did corbyn get retweets in 2019 than in 2017?", True,
     "The 42 days up to 9 December 2019: 2.1 times"),
    ("#1 + top 3 views", False, "I don't have that"),
])
def test_an_outside_reads_faults_in_the_later_rules(question: str, answered: bool, title: str) -> None:
    """Found by a second outside read of this stop's change: a poster's name in a title told nothing apart (a video
    left out was counted again); three tweet words beat a video named; the article's words named a tweet's video;
    a question put negatively left December out; a year dropped from a day; a posting asked before a told verb; a
    question after "if not" leaning on the first; "times faster" without "per day" (the counts' ratio); "+" before
    any short word."""
    ok, _, text = ask(question)
    assert ok is answered and text.startswith(f"**{title}"), text
    assert "posted on 30 November 2019" in text or "jessi" not in question, text


@pytest.mark.parametrize(("question", "title"), [
    ("which got the fewest: mean tweets, gogglebox or jessi", "Jessi on the value of our NHS"),
    ("which got the most views, jayne, jessi or mean tweets?", "Mean tweets with Jeremy Corbyn"),
])
def test_one_of_three_or_more_named_with_or_is_picked_by_the_order(question: str, title: str) -> None:
    """Found by an outside probe: "which got the fewest: <A>, <B> or <C>": the one the order picks of the three (the
    first two were compared and the third lost: "<A> vs <B>")."""
    ok, _, text = ask(question)
    assert ok and text.splitlines()[0].endswith(f": {title}**"), text


@pytest.mark.parametrize(("question", "title"), [
    ("views of the last place vid (rank -1 if ur a python person lol)", "Jeremy Corbyn’s friend Jayne"),
    ("what's at position -2", "Jessi on the value of our NHS"),
])
def test_a_place_with_a_minus_sign_is_counted_from_the_end(question: str, title: str) -> None:
    """ "rank -1" as code indexes a list: the last place (the sign was dropped and the first place answered, against
    the question's own "last place")."""
    ok, _, text = ask(question)
    assert ok and text.startswith(f"**{title}**"), text


@pytest.mark.parametrize(("question", "answered"), [
    ("what was the vid that got 20 million views called", False),
    ("who posted the one which hit 25m views", False),
    ("was there a vid that hit 20m", True),
    ("any video over 20 million? if not the closest", True),
    ("what was the video that got over 13m", True),
])
def test_one_video_taken_to_exist_and_none_fits_is_declined(question: str, answered: bool) -> None:
    """ "the vid that hit 20m": the question takes one to exist; none does, so it is declined with the nearest (it
    was answered as an empty list); asked whether any does, the empty list is the answer."""
    ok, _, text = ask(question)
    assert ok is answered, text
    assert "Our wonderful NHS" in text, text


@pytest.mark.parametrize("question", [
    "how many views did the stormzy labour vid get, that one was goated",
    "when was the adele labour video posted",
])
def test_a_stranger_named_before_a_party_and_a_video_word_is_not_the_party(question: str) -> None:
    """ "the <name> labour vid": a video by someone the data does not carry (the party's total views were given as
    that video's)."""
    ok, _, text = ask(question)
    assert not ok and "I don't have" in text and "86,000,000" not in text.split("|")[0], text


@pytest.mark.parametrize(("question", "answered", "title"), [
    ("rob delaney second video in the list, how many views", False, "I don't have that"),
    ("rob delaney's 2nd vid views?", False, "I don't have that"),
    ("corbyn's second video views", True, "Jeremy Corbyn’s 60 second challenge"),
    ("the 60 second vid views", True, "Jeremy Corbyn’s 60 second challenge"),
])
def test_an_ordinal_before_a_video_word_is_a_place_among_the_posters_videos(
        question: str, answered: bool, title: str) -> None:
    """ "<poster>'s second video": a place among their videos (the one who posted one video had it answered; "second"
    was read as a title's word); a number before it keeps it the title's ("the 60 second vid")."""
    ok, _, text = ask(question)
    assert ok is answered and text.startswith(f"**{title}**"), text
    assert "only 1 video of the 10 fits" in text or answered, text
    assert "2nd most viewed video posted by Jeremy Corbyn" in text or "corbyn" not in question, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("how many views did jessi get, have i spelt her name right?", True, "Jessi on the value of our NHS: 2,747,000"),
    ("how many watched the if you dont know who to vote for one", True,
     "If you’re not sure who to vote for, watch this.: 9,500,000"),
    ("total views not counting the who to vote for one", True,
     "Total views of videos other than If you’re not sure who to vote for, watch this: 45,847,000"),
    ("could you tell me how many times the Jayne video was shared?", False, "how many times a video was shared"),
    ("how many times the views of jayne did the nhs video get", True,
     "Our wonderful NHS had 5.2 times the views of Jeremy Corbyn’s friend Jayne"),
    ("how long did people watch the nhs video for before switching it off", False, "how long people watched"),
    ("do you think labour will do more videos at the next ge?", False, "I don't have forecasts"),
    ("what did the stormzy endorsement video get", False, "I don't have figures for Stormzy"),
])
def test_read_from_the_older_relatives_and_lecturers(question: str, answered: bool, said: str) -> None:
    """Found in blind batches 258-260: "spelt" (a British form) was read as "spent", a spending question; a title's
    own negation said in other words ("if you dont know who to ...") took the video out; "times the" inside "how many
    times" set a ratio, so a share count was answered with views; how long people watched; "GE" for general
    election; "the <name> <word> video" named no video of ours."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered"), [
    ("why did corbyn get fewer retweets than in 2017?", True),
    ("why did jeremy's retweets go down so much compared to 2017", True),
    ("why did corbyn get more retweets than in 2017?", False),
])
def test_a_why_question_claiming_a_figure_moved_the_wrong_way_is_corrected(question: str, answered: bool) -> None:
    """ "why did <name>'s retweets go down since 2017": they rose; the claim is corrected with both figures and the
    reason is still not given (it was declined as a reason asked, the false claim left standing); asked why of a
    true claim, it stays declined."""
    ok, _, text = ask(question)
    assert ok is answered, text
    assert not answered or (
        text.startswith("**No: Jeremy Corbyn's retweets rose by 1,000,000, from 1,400,000 to 2,400,000**")
        and "The article doesn't say why" in text), text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("rts dropped since 2017 right", "**No: Jeremy Corbyn's retweets rose by 1,000,000, from 1,400,000 to 2,400,000",
     "doesn't say why"),
    ("his retweets were down on 2017, weren't they", "rose by 1,000,000, from 1,400,000 to 2,400,000", "say why"),
    ("did retweets decline compared with 2017", "rose by 1,000,000", "say why"),
    # (a comparing word asks the gap without "why"; the later year first is no move from it)
    ("how many more retweets did he get in 2019 than 2017", "1,000,000 more", "No:"),
    ("percentage increase in retweets 2019 vs 2017", "71.4% increase", "No:"),
    ("rts went up since 2017 right", "1,000,000 more", "No:"),
    ("why didn't his retweets go down after 2017", "doesn't say why", "No:"),
])
def test_a_claim_that_a_figure_fell_is_corrected_without_why(question: str, said: str, unsaid: str) -> None:
    """Found in blind batches 276 and 278: "rts dropped since 2017 right" (no one named, no "why") got the 2017
    figure alone, the false claim left standing; a question tag ("weren't they") after it read as a negation."""
    _ok, _, text = ask(question)
    assert said in text and unsaid not in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("60s views", "60 second challenge: 7,200,000"),
    ("the 60s one vs the immigration one", "60 second challenge got more views"),
])
def test_a_figure_typed_with_a_unit_letter_names_the_title_that_says_them(question: str, said: str) -> None:
    """Found in blind batch 278: "60s" for a title's "60 second" was read as the figure 60 alone."""
    ok, _, text = ask(question)
    assert ok and said in text, text


@pytest.mark.parametrize(("question", "answered"), [
    ("how many views did that boris fridge video get", False),
    ("how many views did corbyn's nurses strike video get", False),
    ("the boris compilation video views", True),
    ("the jayne heartbreaking video views", True),
    ("the nurses pledge video views", True),
])
def test_a_name_then_an_everyday_word_no_table_knows_then_a_video_word_is_another_video(
        question: str, answered: bool) -> None:
    """ "the <name> fridge video": a video of another kind than any in the data (the one video whose title has the
    name was answered for it); a word for a kind of video, one describing it, or the title's own next word keep it
    ours. (The cost, taken: an insult between, "the <name> clown clip", is declined too.)"""
    ok, _, text = ask(question)
    assert ok is answered, text
    assert answered or "I don't have figures for" in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("ok so the video at number to how many views did that get", True, "The 2nd most viewed video is If you’re not"),
    ("which one came in at number for", True, "The 4th most viewed video is Labour’s immigration video"),
    ("list the bottom too videos for me", True, "Bottom 2 of 10"),
    ("what is the number for jayne", True, "Jeremy Corbyn’s friend Jayne: 2,600,000"),
    ("why did labour lose the election if the videos did so good", False, "I don't have election results"),
])
def test_read_from_the_voice_dictation_batch(question: str, answered: bool, said: str) -> None:
    """Found in blind batch 264: a number written as its sound-alike by speech-to-text after "at number" ("to",
    "for") or before a video word after "bottom" ("too"); "lose the election" beside a video word was read as a
    contest of views (the source answer was given)."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("tories got 40m on fb vs our 86m right? still smashed em", True, "around 25,000,000 Facebook views"),
    ("which video smashed it", True, "The most viewed video is Our wonderful NHS"),
    ("if the videos were so good why did labour get hammered at the ballot box", False,
     "I don't have election results"),
    ("how much did lab beat the tories by on facebook? need a number for the whatsapp group", True, "61,000,000"),
    ("what are the two above the 60 sec challenge", True, "#2 If you’re not sure who to vote for"),
    ("which two videos ranked above the 60 second challenge", True, "#1 Our wonderful NHS"),
    ("what is two places above the 60 sec challenge", True,
     "2 places above Jeremy Corbyn’s 60 second challenge (#3): Our"),
    ("the three below jayne", False, "Nothing comes 3 places below"),
])
def test_read_from_the_canvassers_and_sceptics(question: str, answered: bool, said: str) -> None:
    """Found in blind batches 266-267: "smashed em" (beat them) was read as "did best" and answered with the top
    video; "at the ballot box" is the election; "the whatsapp group" is where the answer goes, not a platform asked;
    "the two above <title>" are both videos next to it, not the one two places away."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("the rank-1 video how many views", True, "The most viewed video is Our wonderful NHS"),
    ("rank \u22121 video", True, "Jeremy Corbyn’s friend Jayne"),
    ("total views excluding the if you dont know who to vote for one", True, "other than If you’re not sure"),
    ("which video was ranked for most views", True, "Our wonderful NHS is #1"),
    ("what's the change in position for the mean tweets video", True, "Mean tweets with Jeremy Corbyn is #5"),
    ("why did corbyn's retweets go down from 2019 to 2017", False, "The article doesn't say why"),
    ("why didn't corbyn's retweets go down since 2017", False, "The article doesn't say why"),
    ("why did corbyn's popularity drop since 2017 given his retweets", False, "The article doesn't say why"),
    ("why did corbyn's retweets go down since 2017", True, "rose by 1,000,000, from 1,400,000 to 2,400,000"),
    ("how many times the top video was shared", False, "how many times a video was shared"),
    ("how many times the nhs video was shared compared to the jayne one", False, "how many times a video was shared"),
    ("how many times did corbyn post", True, "How many videos posted by Jeremy Corbyn: 8"),
    ("the stormzy labour party video views", False, "I don't have figures for Stormzy"),
    ("labour's stormzy video views", False, "I don't have figures for Stormzy"),
    ("the boris johnson fridge video views", False, "I don't have figures for Boris"),
    ("i leant towards the nhs one, how many views did it get", True, "Our wonderful NHS: 13,400,000"),
    ("how many rts did corbyn get in the previous GE", True, "1,400,000 (1.4 million) retweets in the 52 days"),
    ("which video won the vote for most views", True, "The most viewed video is Our wonderful NHS"),
    ("am i right that the vid that hit 20m doesn't exist", True, "None of the 10 videos fit"),
    ("true or false: the video that got over 20m views was posted by corbyn", True, "None of the 10 videos fit"),
])
def test_an_outside_read_of_this_stops_rules(question: str, answered: bool, said: str) -> None:
    """Found by an outside read of this stop's rules: a hyphenated place ("rank-1") read as counted from the end; a
    negation before a title said in other words no longer took it out; "for" after a place word read as "four"; a
    move claimed the other way round, negated or of something else corrected; share counts of the top or of two
    videos answered; a two-word party or a party's possessive before a stranger; a person's full name before an
    everyday word; "leant" read as "least"; "the previous GE" given this campaign's retweets; a vote for most views;
    a claim that no such video exists."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("ratio of #1 to #10 (2 d.p.)", True, "5.15 times"),
    ("average views (to the nearest 100k)", True, "Rounded to the nearest 100,000"),
    ("Mrs Pattinson would like to know how many people saw the video of Jayne", True,
     "Jeremy Corbyn’s friend Jayne: 2,600,000"),
    ("did mrs pattinson appear in any of the videos", False, "I don't have figures for Pattinson"),
    ("how many of the people who watched voted labour", False, "I don't have election results"),
])
def test_read_from_the_wi_and_the_data_journalists(question: str, answered: bool, said: str) -> None:
    """Found in blind batches 270-271: a bracketed precision ("(2 d.p.)") was dropped as an aside; a name no table
    knows before "would like to know" is the one asking, not someone asked about; "voted" asks the election."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("boris quotes vid how many vws", "Boris Johnson quotes: 3,000,000"),
    ("both nhs vids added 2gether", "16,147,000"),
])
def test_chat_spellings_of_views_and_together(question: str, said: str) -> None:
    """Found in blind batches 250 and 262: "vws" for views (declined as a figure of "vws"), "2gether" for together
    (not understood)."""
    ok, _, text = ask(question)
    assert ok and said in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("how many o the views came fae scotland", False, "I don't have figures for scotland"),
    ("how many of the views were from london", False, "I don't have figures for london"),
    ("where r these numbers from tho, who says", True, "Where the data comes from"),
])
def test_views_coming_from_a_place_are_a_breakdown_the_data_lacks(question: str, answered: bool, said: str) -> None:
    """Found in blind batch 272: "how many of the views came from <place>" was answered with the number of videos;
    "these numbers from ..." is where the figures come from."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("how many views did the video where Dr Hilary asks about the NHS get", False, "I don't have figures for Hilary"),
    ("Prof Whitty wonders how many views mean tweets got", True, "Mean tweets with Jeremy Corbyn: 3,700,000"),
    ("i voted labour, which video had the most views", True, "The most viewed video is Our wonderful NHS"),
    ("the NHS video was voted most popular, how many views did it get", True, "Our wonderful NHS: 13,400,000"),
    ("did labour vw it as a success", False, "I don't have that"),
])
def test_a_second_outside_read_of_this_stops_rules(question: str, answered: bool, said: str) -> None:
    """Found by a second outside read: "<title> Dr <name> asks about" inside a question read as its asker (only a
    name opening the question asks); "<name> wonders" with the verb unknown to the tables; "voted" beside a video
    asked the election; "vw" read as "view" ("did labour vw it as a success" was given the party's total)."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("was the bus video number 4?", "“the bus video”"),
    ("is the tractor one 4th", "“the tractor one”"),
    ("how many views did the video about trains get", "“the video about trains”"),
    ("the one about the railways, who posted it", "“the one about the railways”"),
])
def test_a_video_described_by_a_thing_none_of_ours_is_declined(question: str, said: str) -> None:
    """Found in blind batch 277: "the corbyn on the bus video was number 4?" got the 4th video posted by him, a real
    figure for a video the data does not have. An everyday word no table knows, before a video word or after "about",
    describes a video none of ours is."""
    ok, _, text = ask(question)
    assert not ok and said in text and "6,500,000" not in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("views of the whole video for the nhs one", "13,400,000"),
    ("ok a weird one: the top 3 added up", "30,100,000"),
    ("whats the top vid by views, the healthcare one?", "Our wonderful NHS"),
    ("the sad one about his friend jayne, how many views", "2,600,000"),
    ("add up the videos corbyn posted, not the comedian's one", "38,347,000"),
    ("how many views did a few videos get over 5m", "Our wonderful NHS"),
])
def test_a_word_that_only_says_how_a_video_is_describes_no_other(question: str, said: str) -> None:
    """Beside a video named, after "not", with the top asked, or saying only how it is ("whole", "a weird one", "a
    few videos"), such a word describes no video of another kind."""
    ok, _, text = ask(question)
    assert ok and said in text, text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("what was rob delaneys tweet with the nhs vid", "May I ask you to watch this short video", "Jessi"),
    ("whats the 60 sec challenge tweet say? something about voting", "60 seconds to vote", "9,500,000"),
    # (set apart: two, compared)
    ("rob delaney's video vs the nhs one", "Jessi", "I don't have"),
])
def test_a_video_then_a_group_it_is_one_of_is_that_video(question: str, said: str, unsaid: str) -> None:
    """Found in blind batch 280: "<name>'s tweet with the <topic> vid" compared the named video with the group's
    other one; a video named, then a group it belongs to, with nothing setting them apart, is that one video."""
    _ok, _, text = ask(question)
    assert said in text and unsaid not in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("who posted the number one video, corbyn himself?", "Rob Delaney (@robdelaney) posted Our wonderful NHS"),
    ("who put out the top one, jeremy maybe", "Rob Delaney (@robdelaney) posted Our wonderful NHS"),
    # (not a guess: two asked about, or whose set)
    ("who posted more videos, corbyn or delaney", "7 more videos"),
])
def test_a_name_closing_a_who_question_is_a_guess_at_whom(question: str, said: str) -> None:
    """Found in blind batch 281: "who post the number one video, corbyn himself?" was declined, the name read as
    whose videos to take; a name closing a "who" question, after what it asks of, is a guess at the answer."""
    ok, _, text = ask(question)
    assert ok and said in text, text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("gogglebox views (views, not likes)", "Gogglebox reacts to nurses pledge: 3,600,000", "I don't have"),
    ("how many views not retweets did the jessi one get", "2,747,000", "other than"),
    ("what was #2 on the list (the second most viewed one, position 2)", "The 2nd most viewed video is If",
     "only 1 fit"),
    ("is the gap between 8th and 9th bigger than between 9th and 10th", "400,000 more", "Jayne"),
    ("how many views did the immigration one get after that", "Labour’s immigration video: 6,500,000", "just below"),
    ("how many views did the jessi one get after it was posted", "2,747,000", "posted just after"),
    ("who did corbyn meet back in july", "says: “I met Jayne in July", "None of the 10"),
    ("who made the nhs video", "Rob Delaney (@robdelaney) posted Our wonderful NHS", "says:"),
])
def test_what_is_said_only_to_rule_out_or_restate_asks_nothing_more(question: str, said: str, unsaid: str) -> None:
    """Found in blind batches 282 and 283: a measure said not to be wanted ("views, not likes") was declined as
    asked; one place said three ways found "only 1 fit"; "how many views did it get after that" gave the next
    video; "who did <name> meet in July" (the tweet's "met") filtered videos posted in July."""
    _ok, _, text = ask(question)
    assert said in text and unsaid not in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("no. of comments on the boris quotes vid", False, "I don't have comments figures"),
    ("No. 4 views?", True, "The 4th most viewed video is Labour’s immigration video"),
    ("the jeremy corbyn bus video, number 4?", False, "“the jeremy corbyn bus video”"),
    ("why'd labour lose then if the vids were so bloody good", False, "I don't have election results"),
    ("did labour lose on facebook", True, "86,000,000"),
    ("whats the top 5 come to all in", True, "Total views of the top 5: 40,300,000"),
    ("when did the nhs video come to twitter", True, "was posted on 23 November 2019"),
])
def test_forms_found_by_stop_29s_batches(question: str, answered: bool, said: str) -> None:
    """Found in blind batches 284 and 285: "no." for "number" ended a sentence, and the measure after it was lost; a
    party losing ("why'd <party> lose then if the vids were so good") read as a contest of views, answered with the
    source; "what's the top 5 come to" was not a sum."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("is the jessi one the least viewed of the nhs videos", True, "Jessi", "Jayne"),
    ("jessi one's share of the nhs views", True, "20.5%", "of all 10"),
    ("if corbyn's retweets fell by half what would they be", True, "2,400,000", "No:"),
    ("corbyn's retweets decreased from 2019 to 2017", True, "1,400,000", "No:"),
    ("by how much did corbyns retweets go up, 2017 vs 2019?", True, "1,000,000 more", "No:"),
    ("3rd most viewed minus third least viewed views", True, "4,200,000", "4,600,000"),
    ("how did you come to that number", False, "", "55,347,000"),
    ("is any video from the 60s", False, "", "7,200,000"),
    ("who posted the video starring rob delaney", True, "Rob Delaney", "I don't have"),
    ("labour won big on facebook views", True, "86,000,000", "election results"),
    ("whats the 2nd vid, the bus one?", True, "The 2nd most viewed video is If", "can't tell"),
    ("the bus one was top right", False, "“the bus one”", "13,400,000"),
    ("views of the bus one and the nhs one", False, "“the bus one”", "13,400,000"),
    ("how many views did the nhs video get after that one", True, "just below", "can't tell"),
    ("how many views did the one about migrants get", False, "", "can't tell"),
])
def test_an_outside_read_of_stop_29s_rules(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An outside review of this stop's rules found them reaching too far: a group setting the scope ("the least
    viewed of the <topic> videos") taken for a restatement; a move claimed with two years or supposed ("if they
    fell") corrected; "3rd most ... 3rd least" read as one place; "come to" alone a total; "from the 60s" read as
    the title's "60 second"; "the video starring <name>" a guess; a described video beside a place asked ("what's
    the 2nd vid, the bus one?") declined; "migrants" (inside a title's "immigrants") described as none of ours."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("How many days did the 2017 general election campaign last, according to your figures?", "52 days",
     "I don't have views figures"),
    ("labour views according to your figures", "86,000,000", "I don't have"),
    ("6 to 10 added up how many views", "ranked #6–#10: 15,047,000", "all 10"),
    ("add up 3 to 5", "ranked #3–#5: 17,400,000", "all 10"),
    ("videos with 2 to 5 million views added up", "between 2,000,000 and 5,000,000", "ranked"),
])
def test_a_word_for_figures_after_according_to_and_a_bare_range_of_places(question: str, said: str,
                                                                            unsaid: str) -> None:
    """Found in blind batches 286 and 288: "according to your figures" asked views (and 2017 has none), declining a
    campaign's length; "6 to 10 added up" summed all 10 videos."""
    _ok, _, text = ask(question)
    assert said in text and unsaid not in text, text


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("rob delaney's nhs vid got like 20 mil views fr, saw it on tiktok", True, "13,400,000", "TikTok"),
    ("tiktok says corbyn got retweeted way less than in 2017 lol is that true", True, "1,000,000", "TikTok"),
    ("how many tiktok views did the nhs vid get", False, "TikTok figures", "13,400,000 views across"),
    ("how many days before polling day was the immigration video posted", False, "date of polling day", "days"
     " between"),
    # (the false day claimed is corrected first, then what the data lacks said: no days counted to either day)
    ("the immigration vid dropped 14 dec, how many days before polling day was that", True, "posted on 14 November "
     "2019, not on the day the question says.\nI don't have the date of polling day", "30 days"),
    ("how many days before election day (12 dec) was the nhs vid posted", True, "19 days", "polling day"),
    # (whose video said by a person's possessive, before a name no table knows: someone the data lacks)
    ("how many views did corbyn's stormzy video get, tiktok said it was top 3", False, "Stormzy", "2 of 3"),
    ("boris gibberin vid, the quotes one, how many views like", True, "3,000,000", "Gibberin"),
    # ("is it true <name> ...": whether what follows holds, the name its subject, no guess at whom)
    ("is it true corbyn averaged over 100k retweets a day in 2019? sounds made up", True, "about 57,143 a day",
     "per video"),
    ("was it corbyn who posted the nhs video", True, "posted by Rob Delaney, not Jeremy Corbyn", "I don't have"),
])
def test_a_platform_a_claim_was_heard_on_and_days_to_an_undated_event(question: str, answered: bool, said: str,
                                                                      unsaid: str) -> None:
    """Found in blind batches 290 and 291: "saw it on tiktok", "tiktok says ..." (where a claim was heard) were
    declined as TikTok figures asked; "how many days before polling day was that", after a false day claimed for
    the video, counted the days to the day claimed (a real figure for the wrong question)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("did the 2nd most viewed vid come out before or after mean tweets? date?", "After: If you’re not sure who to"
     " vote for, watch this was posted 2 days after Mean tweets"),
    ("was the 2nd least viewed vid posted before or after mean tweets", "Before: Jessi on the value of our NHS was"
     " posted 9 days before"),
])
def test_a_place_set_against_a_video_named_is_the_video_at_that_place(question: str, said: str) -> None:
    """Found in blind batch 289: "did the 2nd most viewed vid come out before or after <title>" gave the named
    video's date alone; the place, set against a video named, is the video at that place."""
    ok, _, text = ask(question)
    assert ok and said in text, text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("nhs + vote for vids combined", "22,900,000", "16,147,000"),
    ("vote for vid views", "If you’re not sure who to vote for, watch this.: 9,500,000", "I don't have"),
    # (not a name's two words, "the <first> <last> films"; not before "one", a number as often)
    ("which was the second most watched of the jeremy corbyn films", "2nd most viewed video posted by Jeremy Corbyn:"
     " Jeremy Corbyn’s 60 second challenge", "I don't have"),
    ("the tweet with 'one person said all these' is for which video", "Boris Johnson quotes", "Mean tweets"),
])
def test_two_of_a_titles_words_before_a_video_word_name_it(question: str, said: str, unsaid: str) -> None:
    """Found in blind batch 278: "nhs + vote for vids combined" summed the two NHS videos; two of a title's words
    ("vote for") right before a video word name its video, as one content word of it would."""
    _ok, _, text = ask(question)
    assert said in text and unsaid not in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("how many views did the corbyn x stormzy video get, it was in the top 10 wasnt it", False,
     "I don't have figures for Stormzy"),
    ("corbyn ft stormzy vid views", False, "I don't have figures for Stormzy"),
    ("corbyn x jayne video views", True, "Jeremy Corbyn’s friend Jayne: 2,600,000"),
])
def test_someone_with_a_person_we_know_before_a_video_word_is_a_stranger(question: str, answered: bool,
                                                                        said: str) -> None:
    """Found in blind batch 289: "the corbyn x stormzy video, it was in the top 10" listed Corbyn's videos; a name
    no table knows, made a video with someone we know ("x", "ft"), is someone the data does not carry."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("which video was number won on the list", "The most viewed video is Our wonderful NHS"),
    ("number for on the list what was it", "The 4th most viewed video is Labour’s immigration video"),
    ("how many more views did the top nhs video get than number too", "3,900,000 more views"),
    ("number for each video", "Top 10 of 10"),
])
def test_a_places_sound_alike_opening_the_question_or_put_in_the_list(question: str, said: str) -> None:
    """Found in blind batch 297 (voice notes): "number won on the list", "number for on the list" (opening the
    question) and "than number too" were not read as places."""
    _ok, _, text = ask(question)
    assert said in text, text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("date of the jayne one please the one where he met her in july", True, "was posted on 17 November 2019"),
    ("jayne vid, when did corbyn meet her", True, "says: “I met Jayne in July"),
])
def test_a_tweets_verb_in_a_clause_describing_the_video_asks_nothing_of_it(question: str, answered: bool,
                                                                          said: str) -> None:
    """Found in blind batch 297: "date of the <title> one, the one where he met her in July" was declined as the day
    of the meeting; the verb sits in a clause describing the video ("the one where ..."), the posting date asked."""
    ok, _, text = ask(question)
    assert ok is answered and said in text, text


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a count right after another order phrase is that one's: "top 10" of ten is the whole list, no slice of the
    # earliest)
    ("earliest posted top 10 vid", True, "The earliest posted video: Labour’s immigration video", "among the 10"),
    ("how many days between the first and last top-10 tweets", True, "28 days between Labour’s immigration video and "
     "Jeremy Corbyn’s 60 second challenge", "Bottom 10"),
    # (a count before the order word said after "of" is the set searched)
    ("least viewed of the 3 latest", True, "The least viewed video among the 3 latest posted videos: Mean tweets",
     "Jayne"),
    ("least viewed of the 3 earliest", True, "among the 3 earliest posted videos: Jeremy Corbyn’s friend Jayne",
     "among the least viewed"),
    # (a name, a word for what of theirs, then "or someone else": a guess at whose, not a set of theirs)
    ("who posted the top video - corbyn's account or someone else?", True, "Rob Delaney (@robdelaney) posted Our "
     "wonderful NHS", "posted by Jeremy Corbyn:"),
    # (a false day claimed, then a question the data cannot answer: the claim corrected, then what is lacking)
    ("since rob delaney put his NHS video up on 3 December, how long before the election was that", True,
     "posted on 23 November 2019, not on the day the question says.\nI don't have the date of polling day",
     "10 days"),
    # (another video's figure claimed: not repeated, even as that video's)
    ("Margaret says the Gogglebox nurses video had 6,500,000 views, is she right?", True, "that figure is the count "
     "of Labour’s immigration video", "6,500,000"),
    # ("on facebook and twitter": both platforms the counts cover, as one list, are the counts' own scope)
    ("how many people watched the gogglebox one on the facebook and twitter?", True, "3,600,000 (3.6M) views across",
     "I don't have"),
    ("nhs video views on fb + twitter", True, "13,400,000 (13.4M) views across", "I don't have"),
    ("nhs video views on facebook or twitter", False, "Facebook-only", "13,400,000 (13.4M) views across Facebook and"
     " Twitter.\n#1"),
    # ("how many videos ... in total": a count of videos, not their views added; all a party posted is not held)
    ("how many vids did labour post in total over the campaign", False, "the article lists the 10 most viewed",
     "55,347,000"),
    ("how many videos did corbyn post in total", True, "How many videos posted by Jeremy Corbyn: 8", "38,347,000"),
    ("how many videos did the tories put out in total", False, "I don't have Conservatives videos", "55,347,000"),
    # (one function word of a title left out, after two of its words: still the title)
    ("nhs vid and not sure who vote vid, days apart?", True, "18 days between Our wonderful NHS and If you’re not sure",
     "I don't have"),
])
def test_counts_beside_orders_guesses_and_corrections(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 258, 285, 295, 297-302: "earliest posted top 10" gave the most viewed of the ten
    earliest; "least viewed of the 3 latest" the least viewed of all (a wrong answer); "<name>'s account or someone
    else" took the name's videos; a false day claimed before a question about polling day was counted from; "on the
    facebook and twitter" was declined as a Facebook-only count; "how many videos ... in total" added views."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("got more than <title>": the title is a bar for the videos asked about; a second bar after the first)
    ("which vids got more than nicky morgan", True, "6 of the 10 videos with more views than Nicky Morgan on Good "
     "Morning Britain", "7,200,000 (7.2M) against"),
    ("which vids got more than nicky morgan but less than the 60 sec challenge", True, "3 of the 10 videos with more "
     "views than Nicky Morgan on Good Morning Britain with fewer views than Jeremy Corbyn’s 60 second challenge",
     "4,100,000"),
    # (not a figure or a sum set against a video: "is 13.4m more than <title> + <title> combined")
    ("is 13.4m more than jessi + jayne + gogglebox combined? whats that combined", True, "8,947,000",
     "with more views"),
    # (a name no table knows, then words of a slogan, then a video word: someone the data lacks)
    ("how many views did the stormzy grime4corbyn vid get? its in the top ten right", False, "Stormzy", "Top 8"),
    ("earliest dated tweet among the embeds, and for which video", True, "The earliest posted video: Labour’s "
     "immigration video", "I don't have"),
    # ("why ... in the first place": no place said, the reason asked of a true claim)
    ("why did rob delaney make the nhs video in the first place", False, "The article doesn't say why", "Tweet:"),
    ("what was in the first place", True, "Our wonderful NHS is #1 of 10", "I don't have"),
    # (a word about people right before "wants to": whom the reply is for, not someone asked about)
    ("the jayne tweet text, presenter wants to read it out", True, "“I met Jayne in July", "I don't have"),
    ("who was the presenter in the nicky morgan video", False, "details about the people", "“Why don't you"),
    # (a word opening the next sentence is not what "how much" counts)
    ("mean tweets vs gogglebox, which got more n by how much? settle this pls", True, "100,000 more views",
     "figures for settle"),
])
def test_bars_slogans_and_reasons(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 272, 298, 304 and 305: "which vids got more than <title> but less than <title>" compared
    the two; "the <name> grime4<person> vid" gave the person's videos (a wrong answer); "why did <name> make <title>
    in the first place" gave its card, "first place" read as a place; "presenter wants to read it out" and "by how
    much? settle this" were declined as a person's details and a count of "settle"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("was it <name> or <name>": both offered are guesses, neither a set of theirs)
    ("who posted the nhs video, was it rob delaney or corbyn", True, "Rob Delaney (@robdelaney) posted Our wonderful "
     "NHS", "Jeremy Corbyn (@jeremycorbyn) posted"),
    ("who put out the nhs video, was it rob della knee or corbin", True, "posted Our wonderful NHS", "posted Jessi"),
    # (after "than", small numbers joined are places when a place was said first)
    ("did number one get more than 3 and 4 put together?", True, "Our wonderful NHS had 300,000 fewer views than "
     "videos ranked #3–#4", "top 3"),
    # (an end of the list, then the very video at that end named: said again, not a third side)
    ("how many more views did the top video, the nhs one, get than the bottom one", True, "Our wonderful NHS had "
     "10,800,000 more views than Jeremy Corbyn’s friend Jayne", "exactly as many"),
    ("how many times more views did the top video get compared with the bottom one in the list, the jayne one", True,
     "5.2 times the views of Jeremy Corbyn’s friend Jayne", "#10 of 10"),
    # ("the <two title words> one": "one" after them, with "the" before, is a video word)
    ("nhs one vs the vote for one, how much more did the nhs one get", True, "Our wonderful NHS had 3,900,000 more "
     "views than If you’re not sure who to vote for", "Jessi"),
    ("the tweet with 'one person said all these' is for which video", True, "Boris Johnson quotes: 3,000,000", "Mean"),
    # (one group named twice, a side between them not known: no two of its videos set against each other)
    ("nhs one vs the blah one, how much more did the nhs one get", False, "I don't have that", "Jessi"),
])
def test_guesses_places_and_sides(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 89, 159, 248 and 306: "was it <name> or <name>" took the second name's videos (a wrong
    answer: the other <topic> video's poster); "more than 3 and 4 put together" after "number one" read the top 3;
    "the top video, the <title> one, ... than the bottom one" set the video against itself; "nhs one vs the vote for
    one" set the two <topic> videos against each other (a wrong answer)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (one end of an order, or a place from it, right before a slice of another: picked from that slice)
    ("the earliest top 3 vid", True, "The earliest posted video among the 3 most viewed videos (#1–#3): Our wonderful "
     "NHS", "immigration"),
    ("latest posted bottom 5 vid", True, "The latest posted video among the 5 least viewed videos (#6–#10): Boris "
     "Johnson quotes", "60 second"),
    ("the 2nd earliest top 3 vid", True, "2nd earliest posted video among the 3 most viewed videos (#1–#3): If you’re "
     "not sure", "Jayne"),
    # (a title's word left out, then one word and no video word: a hedge, not the title; since stop 68 "vote count"
    # is an election result, said as not held, with the video's own count beside it)
    ("not sure who vote counts go to, how many views did jayne get", False,
     "2,600,000 (2.6M) views for Jeremy Corbyn’s friend Jayne", "9,500,000"),
    # ("why ... in the first place": no place, whichever video is named)
    ("why did they make the jayne video in the first place", False, "The article doesn't say why", "not #1"),
    # (all a party posted is not held, with or without "in total", on any platform)
    ("how many videos did labour post on facebook and twitter in total", False, "the article lists the 10 most viewed",
     "How many videos: 10"),
    ("how many vids made the list", True, "How many videos: 10", "I don't have"),
    # ("on facebook and twitter combined": the platforms' total, one video's count; "each": per platform, not held)
    ("how many views did the nhs video get on facebook and twitter combined", True, "13,400,000 (13.4M) views across",
     "16,147,000"),
    ("on facebook and twitter how many views did the nhs video get", True, "13,400,000 (13.4M) views across",
     "I don't have"),
    ("how many views did jessi get on facebook and twitter each", False, "views split by platform", "2,747,000 (2.747M)"
     " views across Facebook and Twitter.\n#9"),
])
def test_review_of_the_orders_titles_and_platforms(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by an outside review of this stop's rules: "the earliest top 3 vid" gave the earliest of all ten (a wrong
    answer the count rule brought); "not sure who vote counts go to, ... jayne" gave the other video's views; "why
    ... in the first place" was checked as a claim of first place; "how many videos did <party> post on facebook and
    twitter in total" gave 10; "on facebook and twitter combined" added the two <topic> videos."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("in third place": a place said of the video, checked; "in the top 3" stays a set)
    ("is the nhs vid in second place", True, "No: Our wonderful NHS is #1 of 10 (1st), not #2", "There is no 2nd"),
    ("why is mean tweets in third place", True, "No: Mean tweets with Jeremy Corbyn is #5 of 10 (5th), not #3",
     "I don't have"),
    ("is mean tweets in the top 3", True, "Mean tweets", "not #3"),
    # ("fewer than <title> but more than <title>": the second bar after "but")
    ("which got fewer than the 60 sec challenge but more than mean tweets", True, "with more views than Mean tweets "
     "with Jeremy Corbyn: Labour’s immigration video", "4,100,000"),
    # (a second bar whose words name no video is declined, not dropped: it listed all above the first)
    ("which got more than immigration but less than not sure", False, "I can't tell which video “not sure” is",
     "Our wonderful NHS: 13,400,000"),
])
def test_places_claimed_and_bars_reversed(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by the outside review: "why is the nhs vid in second place" said "there is no 2nd most viewed video" (a
    false line); "in third place" was not checked; "fewer than <title> but more than <title>" compared the two."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a platform the counts do not cover, a figure there asked: declined, not the source card)
    ("bloke wants to know how labour did on instagram views", False, "I don't have Instagram figures",
     "Where the data"),
    ("the views in the top 10 list are they youtube views?", True, "Not YouTube: I have no YouTube figures",
     "I don't have"),
    # ("the vote one": a title's one word that is also a word of the domain, between "the" and a video word)
    ("how many days between nhs vid and the vote one", True, "18 days between Our wonderful NHS and If you’re not "
     "sure", "I don't have"),
    ("which vid has the tweet \"one person said all these?\"", True, "Boris Johnson quotes", "Mean tweets"),
    # ("tops the list": the first place, in the present as in the past)
    ("which video tops the list", True, "The most viewed video is Our wonderful NHS", "I don't have"),
])
def test_platforms_lone_title_words_and_tops(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 308-310: "how labour did on instagram views" answered with the source card; "the vote
    one" named no video; "which video tops the list" was not understood."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("<name>'s mum": someone of theirs the data lacks; "<name>'s friend" is a title's own words)
    ("how many views did the video with Jessi's mum get? the one where she talks about the hospital", False,
     "I don't have figures for Jessi's mum", "2,747,000"),
    ("the video with corbyn's friend", True, "Jeremy Corbyn’s friend Jayne: 2,600,000", "I don't have"),
    # (a quote near no video's text, right before a video word: a video the data lacks; nothing inside it read)
    ("can i just confirm the views on the labour 'brexit in 6 months' video in the top 10", False, "I can't tell which "
     "video “the ‘brexit in 6 months’ video” is", "Top 6"),
    ("how many views did the 'It's time for real change' video get", False, "our added favourites", "can't tell"),
    ("nicky morgan + boris quotes combined, the two 'tory bashing' ones", True, "6,100,000", "can't tell"),
    # (someone who posted, then a word no table knows, then a video word: a video of theirs the data lacks)
    ("my cousin said the corbyn biryani cooking video was in the top ten, how many views did it get?", False,
     "I don't have figures for Biryani", "Top 8"),
    ("boris gibberin vid, the quotes one, how many views like", True, "3,000,000", "Gibberin"),
    # ("add <title> and <title>": a sum)
    ("add mean tweets and gogglebox views for me pls", True, "Total views of videos (Mean tweets with Jeremy Corbyn "
     "and Gogglebox reacts to nurses pledge): 7,300,000", "2 of the 10 videos ("),
])
def test_kin_quotes_and_add(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 301, 313 and 314: "the video with <name>'s mum" gave <name>'s video (a wrong answer); "the
    labour '<words of no title>' video in the top 10" gave the top 6, read from the quote (a wrong answer); "add
    <title> and <title> views" listed the two."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("top 10" of ten: the whole list, no most viewed asked beside the least)
    ("whats at the bottom of the top 10 chart", True, "The least viewed video is Jeremy Corbyn’s friend Jayne",
     "I don't have"),
    ("what's the top 10", True, "Top 10 of 10", "Bottom"),
    ("top 3 and bottom 3", True, "#1 Our wonderful NHS", "I don't have"),
])
def test_top_of_the_whole_list(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 315: "whats propping up the bottom of the top 10 chart" was not understood (the "top" of
    "top 10" weighed as a most viewed asked, against the bottom)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("who got more <figure>": the sides the figure is held for, set against each other)
    ("who got more facebook views", True, "Labour and Jeremy Corbyn had about 61,000,000 (61 million) more Facebook "
     "views than Boris Johnson and the Conservatives", "I don't have"),
    ("chacha says boris lot won facebook. who actually got more fb views?", True, "Labour and Jeremy Corbyn had about "
     "61,000,000", "Views: Boris"),
    ("who got more views, nhs or jessi", True, "Our wonderful NHS got more views", "Facebook views"),
])
def test_who_got_more(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 314: "who actually got more fb views?" after a claim gave one side's figure only, and
    alone was not understood."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the day the asker gives an undated event stands for it)
    ("what got tweeted the day before polling day (12th)", True, "posted on 11 December 2019: If you’re not sure",
     "I don't have"),
    ("what got tweeted the day before polling day (12 dec)", True, "posted on 11 December 2019", "60 second"),
    ("how many days between the jayne one and polling day on the 12th", True, "25 days", "I don't have"),
    # (said after the day before's phrase, the day is the day before's)
    ("what vid went out the day before the election on the 11th", True, "If you’re not sure", "10 December"),
    # (a posting day described, no day's views asked)
    ("how many days between the jayne one and the 60 sec one on election day", True, "25 days", "I don't have"),
    # (undated, the event is an end the data has no date for)
    ("how many days between the jayne one and election day", False, "date of polling day", "2,600,000 (2.6M) views;"),
    ("days between rob delaneys nhs one and the 'not sure who to vote for' one", True, "18 days", "polling day"),
])
def test_event_dated_by_the_asker(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in batch 240 and its like: "what got tweeted the day before polling day (12th)" read the 12th as a place
    in the list, "(12 dec)" as the day asked (the day itself, not the day before: a wrong answer); "days between
    <title> and election day" gave the video's card."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a bare number as a place: after "came in at", "the one at", or before a place noun)
    ("it'd be helpful to know what came in at eight", True, "The 8th most viewed video is Boris Johnson quotes",
     "I don't have"),
    ("and the one at 9?", True, "The 9th most viewed video is Jessi", "I don't have"),
    ("how much views has the 4 place?", True, "Labour’s immigration video", "I don't have"),
    ("how much views separate the 9 and the 10 place", True, "147,000 more views", "I don't have"),
    ("which videos came in at 3 million or more", True, "8 of the 10 videos", "The 3rd"),
    # (a guess in a clause of its own, however it is put)
    ("what was number 7, which i have a sneaking suspicion might've been a tv clip of some sort", True,
     "Nicky Morgan on Good Morning Britain", "TV figures"),
    ("which one was eighth — i've a hunch, though i couldnt swear to it, that it was something to do with boris?",
     True, "The 8th most viewed video is Boris Johnson quotes", "I don't have"),
    ("mean tweets vs gogglebox, whats the diff reckon its miles", True, "100,000 more views", "Mean tweets with "
     "Jeremy Corbyn vs"),
    # (a condition that names nothing asks nothing)
    ("what came in at no. 2 on the list, if i'm remembering correctly that there even is a list", True,
     "The 2nd most viewed video", "I don't have"),
    ("was the nhs one top, if so how many views", True, "13,400,000", "I don't have"),
    ("how many views did they get, if we only count november", True, "posted in November 2019: 28,347,000",
     "I don't have"),
])
def test_places_guesses_and_conditions(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 320, 322 and 324: "what came in at eight", "the 4 place" were not understood; a guess
    put as a hunch or a suspicion was read as part of the question ("a tv clip": TV figures declined); a trailing
    "if there even is a list" outweighed the place asked."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Black Country and Brummie spellings)
    ("ow many times woz the jayne vid shared", False, "shared", "2,600,000 (2.6M) views across"),
    ("ow many days from the nhs vid to the not sure un", True, "18 days", "I don't have"),
    ("ow long did people watch the 60 sec challenge for on average", False, "how long people watched",
     "Average views"),
    # (a first name found in dictionaries, then a surname no table knows, before a video word)
    ("what number was the angela rayner vid in the top 10", False, "Angela Rayner", "#1 Our wonderful NHS"),
    ("the rob delaney vid views", True, "13,400,000", "I don't have"),
    # (a later sentence asking why)
    ("the nhs video got the most views. why?", False, "doesn't say why", "Tweet:"),
])
def test_dialect_strangers_and_reasons(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 318, 322 and 323: "ow many times woz the jayne vid shared" gave its views (a wrong
    answer), "ow long did people watch ... on average" its views as an average (a wrong answer); "the angela <surname>
    vid" listed the top 10 (a wrong answer); "<claim>. why?" gave the video's card."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Portuguese words among English ones)
    ("qual é o video mais visto of all the campaign??", True, "The most viewed video is Our wonderful NHS",
     "I don't have"),
    ("which video got 2.6 milhões", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    ("how many retuítes corbyn had in this campaign", True, "2,400,000", "I don't have"),
    # (the message trailing off in a measure's word)
    ("the gogglebox nurses thing how many vie", True, "3,600,000", "I don't have"),
    # (one side's total with no period named: the figure itself; "n" joins two questions)
    ("wots corbyn rt total", True, "2,400,000 (2.4 million) retweets", "3,800,000"),
    ("corbyns total retweets across both elections", True, "3,800,000", "I don't have"),
    ("how much did lab beat tories by on fb n wots corbyn rt total", True, "2,400,000 (2.4 million) retweets",
     "I don't have"),
])
def test_portuguese_cut_words_and_own_totals(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 319, 324 and 325: Portuguese words were not read; "how many vie" was a figure the data
    lacks; "corbyn rt total" added his 2019 and 2017 retweets."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (two orders by different things, joined: each asked)
    ("which was the most viewed and which was posted first", True, "The earliest posted video: Labour’s immigration",
     "among the most viewed video"),
    ("what was the most viewed video and what was the first posted", True, "Labour’s immigration video",
     "among the most viewed"),
    # (the two ends of one order stay one list; an order searched within a slice of another stays so)
    ("which vid was posted first n which one last", True, "The earliest posted and the latest posted videos",
     "I don't have"),
    ("which is the newest of the bottom 3", True, "The latest posted video among the 3 least viewed", "I don't have"),
])
def test_two_orders_joined(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found while reading batch 319's failures: "which was the most viewed and which was posted first" gave "the
    earliest posted video among the most viewed video" (a wrong answer: one order searched within the one video of
    the other)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("which party" with a superlative: one of the sides with a campaign figure picked)
    ("which party got the most facebook views", True, "Labour and Jeremy Corbyn: over 86,000,000", "I don't have"),
    ("which party came out on top on facebook", True, "Labour and Jeremy Corbyn: over 86,000,000",
     "Our wonderful NHS"),
    ("what was the most viewed labour party video", True, "The most viewed video is Our wonderful NHS",
     "86,000,000"),
    # ("came out on top": no posting, no list said inside it)
    ("was it labour or the conservatives who, in terms of fb video views, came out on top, and with what figure",
     True, "61,000,000", "I don't have"),
    ("which video came out on top overall", True, "The most viewed video is Our wonderful NHS", "posted on"),
])
def test_which_party_on_top(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 320 and by hand beside it: "which party came out on top on facebook" gave the most viewed
    video's posting date (a wrong answer: "came out" read as its posting), "which party got the most facebook views"
    was declined as a Facebook-only count of videos."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("minus" right after a set's total takes what follows out of it)
    ("top 10 total minus the #1, views?", True, "Total views of videos except #1: 41,947,000", "55,347,000"),
    ("total views minus the nhs one", True, "41,947,000", "16,147,000"),
    # (two figures, or two totals: their difference)
    ("#1 minus #2", True, "3,900,000 more views", "except"),
    ("top 3 total minus bottom 3 total?", True, "21,753,000 more views", "except"),
])
def test_total_minus(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 326 and by hand beside it: "top 10 total minus the #1" gave the top 10's total, and "total
    views minus the nhs one" the total of the two NHS videos (a wrong answer)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (two videos posted by two people: who posted each, said with the day)
    ("whose nhs vid did better, rob delaneys or jessis, and by how much", True,
     "(23 November 2019, by Rob Delaney), 7 days before Jessi on the value of our NHS (30 November 2019, by Jeremy "
     "Corbyn)", "I don't have"),
    ("mean tweets vs jayne", True, "Jeremy Corbyn’s friend Jayne (17 November 2019), 22 days", ", by Jeremy"),
])
def test_posted_first_by_whom(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 321: "whose nhs vid did better, rob delaneys or jessis" compared the two without saying
    whose each was."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a comparative of the periods' lengths with a word that may add up: the difference asked)
    ("would it be reasonable to say the 2019 retweets were racked up over a shorter window than 2017's? by how many "
     "days?", True, "10 days longer", "94 days"),
    ("how many days did the two retweet periods cover together", True, "94 days", "longer"),
])
def test_periods_shorter_by(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 322: "racked up over a shorter window than 2017's? by how many days" added the two
    periods' lengths (94 days: a wrong answer)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (why it worked: the article says what the campaign set out to do, not why it did well)
    ("why labour videos was so successful? what is the reason", False, "doesn't say why", "Where the data comes"),
    ("why did labour go big on video", True, "Where the data comes from", "doesn't say why"),
    ("Explain why Labour's 2019 social media campaign was described as successful. Use evidence from the source.",
     True, "86,000,000", "doesn't say why"),
])
def test_why_it_worked(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 274: "why labour videos was so successful? what is the reason" got the source card, read
    as why the campaign made videos (a wrong answer)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (an event's day only in brackets or after "on", the clause ending there; else a place stays a place)
    ("before the election, 2nd most viewed video?", True, "The 2nd most viewed video is If you’re not sure",
     "posted up to"),
    ("in the general election 4th most viewed video", True, "Labour’s immigration video", "4 December"),
    ("ahead of polling day, 5th place was which video", True, "Mean tweets with Jeremy Corbyn", "just above"),
    ("what got posted day before polls (12th) and how many views", True, "posted on 11 December 2019: If you’re",
     "up to 11 December"),
    ("what went out on polling day (thursday 12th)", True, "posted on 12 December 2019", "There is no 12th"),
    # ("total minus": not when sides, years or a smaller slice are set against each other)
    ("labour total minus tories", True, "61,000,000", "111,000,000"),
    ("corbyn rt total minus 2017", True, "1,000,000 more retweets", "3,800,000"),
    ("top 3 total minus #1", True, "16,700,000", "23,200,000"),
    ("total minus average", True, "55,347,000", "except"),
    # (a bare place: not a count of the top, nor before a unit)
    ("top 3 place videos", True, "Top 3 of 10", "The 3rd"),
    ("the one at 5 views", False, "I don't have", "Mean tweets"),
    ("what came in at 3 and 4", True, "#4 Labour’s immigration video", "I don't have"),
    # ("mais de" is more than)
    ("quais videos têm mais de 5 milhões", True, "4 of the 10 videos with over 5,000,000", "The most viewed"),
    # (two periods of one side added when a count of them says so; a party picked only of a figure several have)
    ("corbyn total rts over the two campaigns", True, "3,800,000", "I don't have"),
    ("which party had the most retweets", False, "I don't have", "2,400,000"),
    # (an end of an order left out of a figure of the rest)
    ("total views, if we leave out the top one", True, "Total views of videos except #1: 41,947,000", "55,347,000"),
    ("total views excluding the last one", True, "except #10: 52,747,000", "55,347,000"),
    ("average views without the biggest", True, "except #1: 4,660,778", "5,534,700"),
])
def test_outside_review_of_stop_31(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by the outside review of this stop's change: an event's day read from any ordinal after it ("before the
    election, 2nd most viewed": a day), "minus" after any total, a bare place before a unit or after "top" (wrong
    answers each); and, older, "total views excluding the last one" gave the total of all ten (a wrong answer)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a wish, whom it is for, a hurry, a bet: said about the answer, nothing asked)
    ("which one was 5th, pls dont say the boris one", True, "The 5th most viewed video is Mean tweets",
     "Boris Johnson quotes"),
    ("how many fb views did labour get total, asking for a tory friend", True, "86,000,000", "I don't have"),
    ("list the top 3 pls, quick b4 the next boris gaffe", True, "Top 3 of 10", "Boris Johnson quotes"),
    ("corbyns 60 sec challenge views? bet it was more than the 60 secs anyone spent reading the tory manifesto",
     True, "7,200,000", "spending"),
])
def test_jibes_beside_the_question(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 330: "which one was 5th, pls dont say the boris one" gave the video it hoped was not 5th
    (a wrong answer); "..., quick b4 the next boris gaffe" gave that video instead of the top 3 (a wrong answer);
    "asking for a tory friend" and "bet it was more than ... spent" were declined as figures the data lacks."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (numbered parts: each answered in turn, what the data lacks said after)
    ("1) boris quotes video views 2) when was it posted 3) did boris ever respond", True,
     "Boris Johnson quotes: 3,000,000", "Sorry"),
    ("1) nicky morgan vs boris quotes difference 2) which one got more likes", True, "I don't have likes figures",
     "Sorry"),
    ("1) labour fb views 2) lib dem fb views", True, "I don't have figures for lib dem", "Sorry"),
    # (a whole answered keeps its answer: it reads parts that lean on two before better)
    ("1) views for boris johnson quotes 2) views for nicky morgan 3) combined", True, "6,100,000", "55,347,000"),
    ("1) how many views did mean tweets get 2) how many did gogglebox get 3) whats the difference", True,
     "100,000 more views", "I couldn't"),
    # (a bare measure as a follow-up: the last part's video's count; stop 64)
    ("1) whats the no.4 vid 2) views 3) how many likes", True, "I don't have likes figures", "Part 2"),
    # (no part answerable: declined as a whole)
    ("1) how many likes 2) how many shares", False, "I don't have", "Part"),
])
def test_numbered_parts(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 331: "1) <title> views 2) which one got more likes" was declined whole for the part the
    data lacks; the second outside review: parts answered alone lost what leans on two parts before ("3) combined")."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a reason for success asked of videos, however many are named)
    ("why do u think the nhs one did so well, was it cos everyone loves nurses", False, "doesn't say why",
     "#1 Our wonderful NHS"),
    ("why did the nhs and jessi videos do so well", False, "doesn't say why", "#9 Jessi"),
])
def test_why_videos_did_well(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 333: "why do u think the nhs one did so well, was it cos everyone loves nurses" listed
    the NHS and the nurses videos (a wrong answer)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (terse shorthand as admins type commands)
    ("immig vid vws", True, "Labour’s immigration video: 6,500,000", "I don't have"),
    ("rnk 1 vid?", True, "The most viewed video is Our wonderful NHS", "I don't have"),
    ("dif gogglebox nicky", True, "500,000 more views", "2 of the 10"),
    ("smu #6-#10", True, "15,047,000", "I don't have"),
])
def test_command_shorthand(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 334: "immig", "rnk", "dif" and "smu" were not read."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a reason asked by its noun, or by "why" closing a clause)
    ("what is the reason labour did so well on facebook", False, "doesn't say why", "**Views"),
    ("reason for the nhs video getting so many views?", False, "doesn't say why", "**Our wonderful NHS**"),
    ("the mean tweets one got loads of views, why?", False, "doesn't say why", "**Mean tweets"),
    # (a tweet that opens with "why" is still the tweet)
    ("'why don't you just be honest' - which video", True, "Nicky Morgan", "doesn't say why"),
])
def test_reason_asked_by_noun_or_closing_why(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by hand and in blind batch 335: "what is the reason <party> did so well on facebook" gave the figure, and
    "<title> itna viral kyun hua" ("why" closing the clause) the video's card (wrong answers)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Hindi and Urdu words in Roman script: question words after the measure, postpositions after a figure)
    ("jessi wale video ke views kitne the", True, "2,747,000", "I don't have"),
    ("kitne videos 4 million se upar gaye", True, "4 of the 10", "I don't have"),
    ("mean tweets ke neeche kaunsa video tha", True, "just below Mean tweets", "I don't have"),
    ("jessi aur jayne ke beech kitne din", True, "13 days", "I don't have"),
    ("nicky morgan wala video kitne logo ne share kiya", False, "shares", "**Nicky Morgan"),
    # (French words, and a place with the French ending)
    ("combien de vues pour mean tweets", True, "3,700,000", "I don't have"),
    ("quelle est la 6eme video", True, "Gogglebox", "I don't have"),
    ("la video la moins vue?", True, "Jayne", "I don't have"),
    ("jessi posted le 3 decembre non?", True, "30 November", "I don't have"),
    # (a place beside a top as long as the list: the list searched)
    ("top 10 mein 7th kaunsa", True, "Nicky Morgan", "I don't have"),
])
def test_hindi_and_french_words(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 335 (Hinglish) and 339 (French): "kitne", "kaunsa", "se upar", "combien", "4eme" were not
    read, and "<title> ke views kitne" counted the videos named."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("#9 and #10 views, add", True, "5,347,000", "I don't have"),
    ("add me on discord, whats the nhs one views", True, "13,400,000", "Total"),
])
def test_sum_verb_closing_the_question(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 335: "<title> aur <title> dono ke views add karo" listed the two videos."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("ahead of" with one video named: the place next to it, its own place said)
    ("which video was ahead of the jessi one", True, "just above Jessi on the value of our NHS (#9): Boris Johnson",
     "I don't have"),
    ("was jessi ahead of jayne", True, "more views", "just above"),
    # (a leading "days" with two videos)
    ("days mean tweets to jessi", True, "9 days between", "2 of the 10"),
    # (a place against a bar, its gap asked)
    ("how far short of 10m was the 3rd video", True, "2,800,000 short", "I don't have"),
    ("how much short of 10m was the second most viewed", True, "500,000 short", "60 second"),
])
def test_places_and_gaps_said_tersely(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by hand and in blind batches 337, 338 and 340: "which video was ahead of the <name> one" gave the named
    video's card, "how much short of 10m was the second most viewed" the 2nd of the videos under 10m (wrong answers);
    "days <title> to <title>" listed the two, "rank of <title>? and the one above it" lost the rank."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    # (a later sentence asking for the place next to what the one before was about)
    ("views of the jessi one? and the one before it?", ["2,747,000", "just above Jessi on the value of our NHS (#9)"],
     "I don't have"),
    ("how many views did gogglebox get and what about the one after it", ["3,600,000", "Nicky Morgan"],
     "I don't have"),
    # (fragments naming videos of their own, asked alike)
    ("jessi + jayne total? and #1 + #2?", ["5,347,000", "22,900,000"], "I don't have"),
    # (a remark after the question is no fragment)
    ("jaynes video, corbyns friend, how many views? so sad that one, i nursed people like her for years",
     ["2,600,000"], "Gogglebox"),
])
def test_follow_ups_in_one_message(question: str, said: list[str], unsaid: str) -> None:
    """Found in blind batch 342: "top video views?? and the one after it?" gave the top video only, "<A> + <B>
    total? and <C> + <D>?" the total of all four (a wrong answer)."""
    ok, _, text = ask(question)
    assert ok and all(s in text for s in said) and unsaid not in text, text


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Tagalog words among English ones)
    ("ilang araw pagitan ng mean tweets and jessi po?", True, "9 days", "I don't have"),
    ("alin ang pinaka maraming views?", True, "Our wonderful NHS", "I don't have"),
    ("sino nag post nung jayne video?", True, "Jeremy Corbyn", "I don't have"),
    # (a win asked of the future: a forecast)
    ("will labour win based on these views?", False, "forecasts", "86,000,000"),
    ("sa tingin nyo mananalo ba labour?", False, "I don't have", "86,000,000"),
    # (a person's pronoun between the posting and the platform)
    ("how many of the top 10 did corbyn post himself on twitter?", True, "8 of the 10", "I don't have"),
    # (one video or several, a superlative said with the list)
    ("wats the top vid on the list", True, "The most viewed video is Our wonderful NHS", "I don't have"),
    ("what are the top videos on the list", True, "#10 Jeremy Corbyn’s friend Jayne", "I don't have"),
])
def test_tagalog_forecasts_and_the_top_of_the_list(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 341 (Taglish) and 344: "ilang araw", "alin", "pinaka" were not read, "will <party> win
    based on these views" gave the campaign figure (a wrong answer), "wats the top vid on the list" was declined."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("how much of" before the gap asked: its size, no share)
    ("mean tweets vs gogglebox, how much of a gap in views?", True, "100,000 more views", "%"),
    # (three videos: none left out, none added to another)
    ("gimme jessi, jayne n the mean tweets vid view counts", True, "#5 Mean tweets", "vs"),
    ("jessi vs jayne vs mean tweets", True, "#9 Jessi on the value of our NHS: 2,747,000", "more views than"),
])
def test_gaps_and_three_videos_at_once(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 343 and 344: "<A> vs <B>, how much of a gap in views?" gave a share, "<A>, <B> n <C> view
    counts" compared two and left the third out, "<A> vs <B> vs <C>" set two added up against one (wrong answers)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    # (someone who posted nothing, set beside a video, stands for the video whose title names them)
    ("nicky morgan vs boris", ["3,100,000 (3.1M) against 3,000,000"], "I don't have"),
    # (four videos and one "vs": two comparisons)
    ("which had more views the nurse pledge one or mean tweets and nicky vs jessi",
     ["3,700,000 (3.7M) against 3,600,000", "3,100,000 (3.1M) against 2,747,000"], "more views than videos"),
    # (a place next to the video of the part before, nothing named after it)
    ("when was the boris quotes vid posted and what went up the day after", ["8 December 2019", "Mean tweets"],
     "I don't have"),
])
def test_two_things_asked_of_named_videos(question: str, said: list[str], unsaid: str) -> None:
    """Found in blind batch 342: "... ? and nicky vs boris" was declined ("no videos posted by Boris Johnson"), "<A> or
    <B> and <C> vs <D>" set three added up against one (a wrong answer), "... and what went up the day after" left the
    second part out."""
    ok, _, text = ask(question)
    assert ok and all(s in text for s in said) and unsaid not in text, text


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the asker's own reason, or a why reported, asks none)
    ("the reason I ask: how many views did mean tweets get?", True, "3,700,000", "doesn't say why"),
    ("he asked me why. how many views did the immigration video get?", True, "6,500,000", "doesn't say why"),
    ("jessi - no idea why, but how many views did it get?", True, "2,747,000", "doesn't say why"),
    # (a place next to a video found by posting date is not one by views)
    ("which video was posted first? and the one after it?", True, "immigration", "just below Labour"),
    # ("ahead of" with a count asked is no single place: every place above)
    ("how many videos finished ahead of jessi", True, ": 8**", "just above"),
])
def test_outside_review_of_stop_32(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by an outside review of this stop's rules: "the reason I ask: ..." and "he asked me why. ..." were
    declined as reasons asked, "which video was posted first? and the one after it?" gave the next by views, "how many
    videos finished ahead of <title>" the one video above it (wrong answers)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (German words among English ones)
    ("wie viele tage zwischen jessi und jayne", True, "13 days", "I don't have"),
    ("welches video ist am meisten viewed?", True, "Our wonderful NHS", "I don't have"),
    ("mean tweets und gogglebox zusammen, wie viele views?", True, "7,300,000", "I don't have"),
    ("unterschied between nr 2 und nr 3 in views", True, "2,300,000", "I don't have"),
    # (an English word that is a German one too, in a phrase of its own)
    ("was there a hash tag on any of the tweets", True, "#VoteLabour", "I don't have"),
])
def test_german_words(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 345 (Denglisch): "wie viele", "welches", "zusammen", "Tage zwischen" were not read."""
    _replied(question, answered, said, unsaid)


def test_a_closing_bracket_naming_the_set_again() -> None:
    """Found in blind batch 340: "sum of the 3 with <name>s name in the title (<A>, <B>, <C>)" was declined: the
    bracket names again the three the words before it describe."""
    _replied("total of the three with corbyns name in the title (60 sec, mean tweets, friend jayne)", True,
             "13,500,000", "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a short clause closing the question, of words no table knows: a remark)
    ("what did corbyn say about jessi, gutted that", True, "powerful video", "I don't have"),
    # (not one that names a year, nor one that names what is not held)
    ("whats the view count on the nhs video now, like in 2020", False, "2020", "Posted by"),
    ("how many likes did jessi get, cheers", False, "likes", "Posted by"),
])
def test_a_remark_closing_the_question(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 347: "what did jeremy say about <title>, sad that" was declined ("I don't have the sad of
    ...")."""
    _replied(question, answered, said, unsaid)


def test_whom_the_answer_is_for_named_with_an_honorific() -> None:
    """Found in blind batch 350: "<title> how many views exactly, mrs <surname> wants exact numbers on the worksheet"
    was declined ("I don't have figures for <surname>"): whom the answer is for is no one asked about."""
    _replied("mean tweets how many views exactly, mrs patel wants exact numbers on the worksheet", True, "3,700,000",
             "I don't have")


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("how many more views did the nhs one get than mean tweets? and than jessi?",
     ["9,700,000 more views than Mean tweets", "10,653,000 more views than Jessi"], "more views than videos"),
    ("which got more, jessi or jayne? and mean tweets?", ["147,000", "953,000"], "I don't have"),
])
def test_a_comparison_asked_again_of_another_video(question: str, said: list[str], unsaid: str) -> None:
    """Found in blind batch 342: "how many more views did <A> get than <B>? and than <C>?" set <A> against <B> and <C>
    added up (a wrong answer): the fragment asks the same comparison with <C> for the second named."""
    ok, _, text = ask(question)
    assert ok and all(s in text for s in said) and unsaid not in text, text


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("what did rob delaney say in his tweet about the nhs picture.", True, "May I ask you", "I don't have"),
    ("how many of the pictures got over 5 million views", True, "How many videos with over 5,000,000 views: 4",
     "I don't have"),
    ("how many views did the mean tweets footage get", True, "3,700,000", "I don't have"),
])
def test_a_picture_is_a_video(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 352: older people call a video a picture ("the NHS picture", "how many of the pictures
    got over 5 million"); both were declined ("I don't have figures for pictures")."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("il y a combien de vues en tout", True, "Total views of all 10 videos: 55,347,000", "How many videos"),
    ("wie viele views insgesamt", True, "55,347,000", "I don't have"),
    ("cuantas vistas en total tienen los videos", True, "55,347,000", "How many videos"),
    ("wie viele views hatte das nhs video nur auf facebook", False, "Facebook-only", "Posted by"),
    ("combien de vues pour la video nhs sur facebook seulement", False, "Facebook-only", "Posted by"),
])
def test_in_total_and_only_in_other_languages(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Read while checking blind batch 341's open question: "en tout" (French: in total) counted the videos, and
    "nur auf facebook" (German: only on Facebook) gave the combined count as if it were Facebook's."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("whats the last line of the article", False, "line by line", "I met Jayne"),
    ("what's the first line of the article", False, "line by line", "May I ask"),
    # (a tweet's line is still asked; a headline figure is a figure)
    ("whats the line in the nhs tweet", True, "May I ask", "I don't have"),
    ("What's the headline Facebook figure for Labour/Corbyn campaign video views?", True, "86,000,000", "I don't have"),
])
def test_the_articles_own_lines_are_not_a_tweets(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 351: "whats the last line of the article" gave the last video's tweet (a wrong answer):
    the data holds the article's figures, titles and tweets, not its wording line by line."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("the video after the top 5", "just below Mean tweets with Jeremy Corbyn (#5): Gogglebox", "If you’re not sure"),
    ("what's just above the bottom 3", "just above Boris Johnson quotes (#8): Nicky Morgan", "Our wonderful NHS"),
    ("running total after the top 5", "40,300,000", "just below"),
    ("which videos were above mean tweets", "4 of the 10 videos ranked #1–#4", "just above"),
    ("how many videos are above mean tweets", "How many videos ranked #1–#4: 4", "just above"),
    ("total of the ones after the top 5", "15,047,000", "just below"),
])
def test_places_next_to_a_set_and_every_place_on_a_side(question: str, said: str, unsaid: str) -> None:
    """Read from blind batch 239's open question ("running total after the top 5" gave the video just below #1) and
    the note of stop 32 ("which videos were above <title>" gave the one just above): a set's far end is the place
    counted from, and videos (plural) on a side are all of them."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("gogglebox one, whats one above it and one below it", True, "either side of Gogglebox", "just below"),
    ("whats the article dated", True, "article dated 12 December 2019", "Videos posted on"),
    ("whats 1 place below the immigration vid and how far behind is it", True, "2,800,000",
     "Our wonderful NHS had"),
    ("the 5 place one", True, "Mean tweets with Jeremy Corbyn is #5", "#1, #5"),
    ("which one came after the nhs one at the top", True, "just below Our wonderful NHS (#1): If you",
     "Also matching"),
])
def test_places_said_beside_a_video(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 353 and 354: "one above it and one below it" gave one side; "whats the article dated"
    gave the videos posted that day; "1 place below <title> and how far behind is it" set #1 against <title>; "the nhs
    one at the top" as the video counted from gave its card. All but the first were wrong answers."""
    _replied(question, answered, said, unsaid)


def test_a_second_part_leaning_on_both_videos_of_the_first() -> None:
    """Found in blind batch 115 (open since): "how many views did the <A> video and the <B> video get, and who posted
    them?" gave <A>'s card alone, as if <B> were not asked about: each part answered in turn, the second of both."""
    ok, _, text = ask("How many views did jayne and jessi get, and who posted them?")
    assert ok and "2,747,000" in text and "2,600,000" in text and "posted 30 November 2019 by Jeremy Corbyn" in text \
        and "posted 17 November 2019 by Jeremy Corbyn" in text, text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    # (one picked out of the videos, or one said: the next place only)
    ("which of the videos is just above gogglebox", "just above Gogglebox reacts to nurses pledge (#6): Mean",
     "#1–#5"),
    ("out of the vids whats just below gogglebox", "just below Gogglebox reacts to nurses pledge (#6): Nicky",
     "#7–#10"),
    ("of the 10 videos which came after mean tweets", "just below Mean tweets with Jeremy Corbyn (#5)", "#6–#10"),
    ("total views of the video after mean tweets", "just below Mean tweets with Jeremy Corbyn (#5)", "15,047,000"),
    # (a sum gathers every place on that side; a running total every place down to it)
    ("total after the top 5", "15,047,000", "just below"),
    ("running total after gogglebox", "43,900,000", "just below"),
    ("cumulative views after the top 5", "40,300,000", "just below"),
    # (an order said of a video counted from by posting date is no order of the video)
    ("the one after the nhs one at the top", "just below Our wonderful NHS (#1)", "posted just after"),
])
def test_outside_review_of_places_beside_a_set(question: str, said: str, unsaid: str) -> None:
    """Found by an outside review of this stop's rules for places next to a set: "which of the videos is just above
    <title>" listed every video above it (one picked out of them is the next only); "running total after <title>"
    gave that video's own views."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("whats rob delaneys profile picture", False, "details about the people", "Posted by"),
    ("combien de videos en tout", True, "How many videos: 10", "Total views"),
    ("corbyn got retweeted combien de fois in 2019", True, "2,400,000", "I don't have"),
    ("solo facebook views", True, "86,000,000", "I don't have"),
])
def test_outside_review_of_words_in_other_languages(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found by an outside review of this stop's words: a profile picture is no video; "combien de videos en tout"
    counts videos; "solo" stays a gamer's word, not Spanish "only"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("mean tweets > gogglebox?", True, "100,000", "2 of the 10 videos"),
    ("top 3 more than bottom 7?", True, "4,853,000 more views", "among"),
    ("how many of the top ten videos cross 5 million views?", True, "How many videos with over 5,000,000 views: 4",
     "I don't have"),
    ("wow labour really did social media well! top 3 combined views?", True, "30,100,000", "Where the data"),
    ("what a campaign! the drum changes, the dance changes. top 3 combined views?", True, "30,100,000",
     "Where the data"),
    # (a statement that sets the subject a question leans on is kept)
    ("I read that Labour did awfully well on Facebook. How many views did they get altogether on there?", True,
     "86,000,000", "55,347,000"),
    # (a remark that names the video the question leans on is kept)
    ("the nhs one was amazing! how many views did it get?", True, "13,400,000", "I don't have"),
    ("which video came second behind the nhs one", True, "just below Our wonderful NHS (#1): If you", "9 of the 10"),
    ("what was ranked just behind the mean tweets one", True, "just below Mean tweets with Jeremy Corbyn (#5): Goggle",
     "5 of the 10"),
    ("which video was ranked one below mean tweets", True, "just below Mean tweets with Jeremy Corbyn (#5)",
     "Posted by Jeremy Corbyn (@jeremycorbyn) on 9 December"),
])
def test_signs_remarks_and_places_behind(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 355 and 356: "<title> > <title>?" listed the two; "top 3 more than bottom 7" nested one
    set in the other; "cross 5 million" was no bound; an exclamation before the question ("... social media matter!
    top 3 combined views?") gave the source; "second behind <title>" and "just behind <title>" gave every video with
    fewer views or the card of <title>."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("Hello family, Nicky Morgan on Good Morning Britain video, views? e pass 3m?", "over 3,000,000, by 100,000",
     "I don't have"),
    ("the mean tweets one, which video dey just one place above am for the ranking?",
     "just above Mean tweets with Jeremy Corbyn (#5): Labour", "is #5 of 10"),
    ("mean tweets video with corbyn, how much people watch it?", "3,700,000 (3.7M) views across",
     "Mean tweets with Jeremy Corbyn: https"),
])
def test_greetings_pidgin_and_watching(question: str, said: str, unsaid: str) -> None:
    """Found in blind batch 355: "hello family" read the family as what happens in a video (declined); the pidgin
    object pronoun "am" ("above am": above it) was no pronoun; "how many people watch it" gave the link first."""
    _replied(question, True, said, unsaid)


def test_i_am_is_no_pidgin_pronoun() -> None:
    """ "i am" keeps its "am": the pidgin pronoun is read only away from a subject."""
    assert engine().lexicon.expand(["i", "am", "looking", "above", "am"]) == ["i", "am", "looking", "above", "it"]


@pytest.mark.parametrize(("question", "said"), [
    ("The Corbyn retweets, 2019 minus 2017, how much increase? and which year get more days?",
     ["71.4% increase in retweets", "1,000,000", "52 days of the 2017"]),
    ("the tories got 35 million facebook views right? so how much less than labour was that",
     ["No: Boris Johnson and the Conservatives had around 25,000,000", "61,000,000"]),
])
def test_another_question_of_the_same_figure(question: str, said: list[str]) -> None:
    """Found in blind batch 355: "<figure> 2019 minus 2017, how much increase? and which year get more days?" gave
    the days alone (the increase asked first was lost): each sentence answered in turn when the whole lost the
    first one's answer."""
    ok, _, text = ask(question)
    assert ok and all(s in text for s in said), text


def test_a_count_slip_not_in_the_text_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the hostile-text property test in CI: a slip found in a word the text does not hold as typed (one a
    chat spelling made) was substituted with no change, and the question read again forever (RecursionError)."""
    from bot.engine import entities

    monkeypatch.setattr(entities, "_count_slip", lambda ent, lex: ("wordnotinthetext", "views"))
    ok, _, text = ask("how many vws did jessi get")
    assert isinstance(ok, bool) and text.strip(), text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("which video had the fewest views and by how much did it trail the one directly above it",
     "had 147,000 more views than Jeremy Corbyn’s friend Jayne", "The least viewed video is"),
    ("the most viewed vid and the one below it, whats the gap",
     "Our wonderful NHS had 3,900,000 more views than If you’re not sure", "The most viewed video is"),
    ("whats the least viewed video and the one just above it",
     "2 of the 10 videos (Jessi on the value of our NHS and Jeremy Corbyn’s friend Jayne)",
     "The least viewed video is"),
])
def test_an_end_of_the_order_named_before_it(question: str, said: str, unsaid: str) -> None:
    """From note 32: "the fewest views ... by how much did it trail the one above it" gave the last video alone (the
    gap was lost): an end of the views order said before "above it"/"below it" is the video counted from."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("who appears in the number 5 video", True, "Mean tweets with Jeremy Corbyn", "I don't have"),
    ("who appears in the number 1 video", False, "what happens in the videos", "13,400,000"),
])
def test_who_is_in_a_video_found_by_its_place(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 360: "which video was number 5, and who appears in it?" was declined as what happens in
    a video; a video found by its place whose title names someone answers it as a named one does."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("Of the Mean tweets video's views, how many came from Twitter and how many from Facebook? The article lumps "
     "them together, rather irritatingly.", False, "Twitter-only count", "Posted by"),
    ("what were the bottom 3? The article ranks them by views.", True, "#10 Jeremy Corbyn’s friend Jayne",
     "Total views"),
])
def test_a_statement_about_the_article_after_the_question(question: str, answered: bool, said: str,
                                                           unsaid: str) -> None:
    """Found in blind batch 360: "... how many from Twitter and how many from Facebook? The article lumps them
    together." gave the video's card (a split the data lacks, answered): a statement whose subject is the article
    describes it and asks nothing, and the question alone is declined."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("Would the NHS video on its own have beaten the 6th, 7th and 8th placed videos combined?",
     "Yes: Our wonderful NHS had 3,700,000 more views than videos ranked #6–#8", "23,100,000"),
    ("which videos were beaten by gogglebox", "4 of the 10 videos with fewer views than Gogglebox",
     "more views than Gogglebox"),
])
def test_beaten(question: str, said: str, unsaid: str) -> None:
    """Found in blind batch 360: "would <title> have beaten <set> combined?" summed the four ("beaten" was not read
    as "beat"); "beaten by" turns the comparison round."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("Where do the retweet numbers come from - are they independently verified or is the source given as Labour?",
     True, "They are Labour's own claims (according to the party)"),
    ("are the figures from labour or independently verified?", True, "They are Labour's own claims"),
    ("are the retweet numbers independently verified?", False, "whether anyone outside checked the figures"),
])
def test_where_the_figures_come_from_beside_whether_checked(question: str, answered: bool, said: str) -> None:
    """Found in blind batch 360: "where do the numbers come from - are they independently verified or is the source
    given as Labour?" was declined as a check the data lacks; the source asked in words of its own is answered by
    whose claims the figures are (a check alone is still declined)."""
    _replied(question, answered, said, "I don't have that" if answered else "Where the data comes from")


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("what video is number 8 and which is 9?", "#9 Jessi on the value of our NHS", "The 8th most viewed video is"),
    ("whats #2 and whats 3", "#3 Jeremy Corbyn’s 60 second challenge", "The 2nd most viewed video is"),
    ("which video came 2nd and how many views did it get 9", "The 2nd most viewed video is", "#9"),
])
def test_a_place_asked_again_with_a_bare_number(question: str, said: str, unsaid: str) -> None:
    """From note 32: "what video is number 8 and which is 9?" gave #8 alone; a bare number closing a question asked
    again after a place (question and place words only between) is a place too."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("which vid has 2.747 mil, the weird exact number one", "Jessi on the value of our NHS: 2,747,000",
     "The most viewed video is"),
    ("which was number one", "The most viewed video is Our wonderful NHS", "Jessi"),
])
def test_a_figure_described_before_number_one(question: str, said: str, unsaid: str) -> None:
    """From note 32: "which vid has 2.747 mil, the weird exact number one" gave #1; a word describing a figure right
    before "number one" makes "one" the video with it."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("nicky morgan is labour or conservative? she is minister?", False,
     "I don't have which party Nicky Morgan is in", "Posted by"),
    ("is jeremy corbyn labour or tory", True, "Jeremy Corbyn's party in the article: Labour", "61,000,000"),
    ("is boris labour", True, "No: Boris Johnson's party in the article: Conservatives", "I don't have"),
    ("is rob delaney labour", False, "I don't have which party Rob Delaney is in", "Yes"),
    ("is gogglebox labour or tory", True, "Gogglebox reacts to nurses pledge", "which party"),
])
def test_the_party_of_someone_asked(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Open from blind batch 274: "nicky morgan is labour or conservative?" gave her video's card (answered; the data
    has no party for someone a title names); "is jeremy corbyn labour or tory" gave the parties' Facebook figures (a
    figure for a neighbouring question): a person's party is the data's, or not held."""
    _replied(question, answered, said, unsaid)


def test_a_place_then_last_in_another_sentence() -> None:
    """Found in blind batch 361: "what finished 4th?? last champions league spot lol" gave #7 (read as "4th last"):
    a question mark between the place and "last" parts them."""
    _replied("what finished 4th?? last champions league spot lol", True, "Labour’s immigration video is #4",
             "Nicky Morgan")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("60sec vs not sure who, gap?", True, "2,300,000 more views than Jeremy Corbyn’s 60 second challenge", "Tweet:"),
    ("the not sure who video views", True, "9,500,000", "Our wonderful NHS"),
    ("i'm not sure who posted the nhs one", True, "Rob Delaney", "If you’re not sure"),
])
def test_three_function_words_of_a_title(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Open from blind batch 262: "60sec vs not sure who, gap?" gave the first video's card: three of a title's
    function words in a row name it before a video word or standing alone after "vs" (a hedge, "not sure who
    posted", stays one)."""
    _replied(question, answered, said, unsaid)


def test_a_dotted_short_form_spelt() -> None:
    """Open from blind batch 357: "cum. views of the top 3" listed the three (the total lost): a short form read as
    the word it shortens only with its dot."""
    _replied("cum. views of the top 3", True, "Total views of the 3 most viewed videos (#1–#3): 30,100,000",
             "Top 3 of 10")


@pytest.mark.parametrize("question", [
    "how far off 3 million was jessis video",
    "jessi video vs 3 million, gap",
    "gap between jessi and 3m",
])
def test_a_figure_set_against_a_video(question: str) -> None:
    """Open from blind batch 257: "how far off 3 million was jessis video" gave the card, and "<title> vs 3 million,
    gap" said "No: ... not the figure in the question" (a claim read where a bar was set): a figure right after the
    words that set it against the video, a gap asked, is a bar."""
    _replied(question, True, "has 2,747,000 views: under 3,000,000, 253,000 short", "No:")


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("which one was posted first? And which one was posted last? Two questions sorry",
     "The earliest posted and the latest posted videos", "The 2 latest"),
    ("gd between mean tweets and gogglebox lol tight at the top of mid table",
     "Mean tweets with Jeremy Corbyn had 100,000 more views than Gogglebox", "None of the 10"),
    ("gd morning, top video?", "The most viewed video is Our wonderful NHS", "Nicky Morgan"),
])
def test_the_askers_own_words(question: str, said: str, unsaid: str) -> None:
    """Open from blind batches 166 and 48: "... Two questions sorry" read "two" as a count of videos (the asker's
    questions are meant); "gd between <A> and <B>" is a league table's goal difference (and "gd morning" a
    greeting, not the <title> with "morning" in it)."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("top 4 vs the other 6, views each side", True,
     "The 4 most viewed videos (#1–#4) had 17,853,000 more views than videos ranked #5–#10", "Top 4 of 10"),
    ("nhs video vs the rest combined", True, "Videos ranked #2–#10 had 28,547,000 more views than Our wonderful NHS",
     "Posted by"),
    ("why did the nhs one do so much better than the rest", False, "I don't have that", "28,547,000"),
    ("Immigration video and mean tweets, difference for views? one bigger pass the other", True,
     "Labour’s immigration video had 2,800,000 more views than Mean tweets", "#1, #2"),
])
def test_a_set_against_the_rest(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Open from blind batch 48: "top 4 vs the other 6, views each side" listed the top 4: what is said before the
    comparing word is set against every other video (one video only when a total is asked; "the other" alone is
    the other of two)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("days between the earliest and latest vid in the list by date", "28 days between Labour’s immigration video",
     "I don't have"),
    ("@bot whats the second-most recent tweet among the videos by date",
     "2nd latest posted video: If you’re not sure who to vote for", "earliest posted first among"),
])
def test_by_date_said_again_of_ends_by_date(question: str, said: str, unsaid: str) -> None:
    """Open from blind batch 342: "days between the earliest and latest vid in the list by date" was not understood:
    "by date" said of ends of the posting order is the order they are in, no order of its own."""
    _replied(question, True, said, unsaid)


def test_a_list_in_date_order_keeps_it() -> None:
    """ "by date" alone still orders a list by posting date."""
    ok, _, text = ask("list the vids tweeted in december in date order")
    assert ok and text.index("posted 8 December") < text.index("posted 12 December"), text


@pytest.mark.parametrize(("question", "answered", "said"), [
    ("over how many days was the 2.4 million counted", True, "in the 42 days up to 9 December 2019"),
    ("the 1.4m, which year was that", True, "1,400,000 (1.4 million) retweets in the 52 days of the 2017"),
    ("which video got 2.4 million", False, "I don't have that"),
])
def test_a_campaign_figure_said_alone(question: str, answered: bool, said: str) -> None:
    """Open from blind batch 264: "over how many days was the two point four million counted" was not understood: a
    figure that is one campaign figure's own, of a measure no video has, names it (and its year)."""
    _replied(question, answered, said, "2,400,000 (2.4 million)" if answered is False or "1.4m" in question
             else "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("what came right after the nhs one in the rankings, second place like", True,
     "The video just below Our wonderful NHS (#1): If you’re not sure", "Posted by Rob Delaney"),
    ("how many retweets in 2017, the last election", True, "1,400,000 (1.4 million) retweets", "per video"),
    ("the single most-watched campaign video of 2019 and its views", True, "Our wonderful NHS", "I don't have"),
])
def test_a_place_or_an_election_said_again(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 363 and 358: "what came right after the <title at #1> one, second place like" gave the
    named video's card (the place it gives, said again, was read as another); "retweets in 2017, the last election"
    read "last" as the least viewed video (an election said, its year given)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (found by an outside review of this stop's rules)
    ("how many videos did he post", False, "I can't tell who “he” is", "10 of the 10"),
    ("is boris quotes labour or tory", True, "Boris Johnson quotes: 3,000,000", "which party Boris Quotes"),
    ("videos not beaten by gogglebox", True, "5 of the 10 videos with more views than Gogglebox", "fewer views"),
    ("would the bottom 3 combined have beaten the 60 second challenge", True,
     "Yes: the 3 least viewed videos (#8–#10) had 1,147,000 more views", "22,900,000"),
    ("how many views does #3 have and whats 4", True, "The 3rd most viewed video is Jeremy Corbyn’s 60 second",
     "13,700,000"),
    ("top video and the one right after it, combined views", True, "22,900,000", "The video just below"),
    ("the lowest one and the one above it, combined views?", True, "5,347,000", "The video just above"),
    ("our wonderful nhs and the one right below it, who posted them", True, "#1 Our wonderful NHS", "just below"),
    ("Which video ranked one place below the 60 second challenge, and which one below that?", True,
     "The video just below Jeremy Corbyn’s 60 second challenge (#3): Labour’s immigration video", "2 of the 10"),
])
def test_review_of_the_stop_34_rules(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An outside review of this stop's rules found these answered wrongly (a pronoun's posts counted as every
    video's, a title read as a person, "not beaten by" and "have beaten" read the wrong way or not at all, a place
    asked again after "have"); and "<video> and the one after it" gave the neighbour alone: the two."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("How many views did the top video get. The article date too.",
     ["The most viewed video is Our wonderful NHS", "an article dated 12 December 2019"]),
    ("november posted videos total views? count the delaney one also", ["Total views of videos posted in November"]),
])
def test_one_more_thing_asked_too(question: str, said: list[str]) -> None:
    """Found by an outside review: "<question>. The article date too." gave the most viewed video posted on the
    article's date: a later sentence closing with "too" or "also" asks one more thing, answered in turn when the
    whole lost the first question's answer."""
    ok, _, text = ask(question)
    assert ok and all(s in text for s in said), text


def test_the_source_says_only_whose_claims_the_figures_are() -> None:
    """Found by an outside review: the source answer said the figures were "not independently verified", which the
    article does not say; it says they are the party's, and no more."""
    _replied("where do these numbers come from", True, "the article does not say that anyone else checked them",
             "not independently verified")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("whats the view count for the nigel farage vid at no 7", True,
     "No: #7 is Nicky Morgan on Good Morning Britain, not a video of Nigel Farage", "I don't have figures"),
    ("who posted farage's video at #7", True, "Jeremy Corbyn (@jeremycorbyn) posted Nicky Morgan", "I don't have"),
    ("did farage beat the 7th vid", False, "I don't have figures for farage", "Nicky Morgan"),
])
def test_a_place_said_to_be_someone_elses_video(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 370: "the nigel farage vid at no 7" was declined ("I don't have figures for nigel
    farage"): the place is another video, said first, then what was asked of it; someone else's figure set against a
    place is still not held."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("why the boris johnson quotes vid na number 1 with 13.4m views? e make sense?",
     "No: Boris Johnson quotes is #8 of 10 (8th), not #1"),
    ("how come the nhs vid was 3rd", "No: Our wonderful NHS is #1 of 10 (1st), not #3"),
])
def test_a_why_question_states_what_it_asks_about(question: str, said: str) -> None:
    """Found in blind batch 368: "why the <title> vid na number 1" gave the card with no correction: "why" and "how
    come" put what follows as a fact, and a wrong place in it is corrected, as after "why was"."""
    _replied(question, True, said, "Try:")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("corbyns 60 sec challenge vid views?? need it for me project for ms ni fhlatharta so i do", True,
     "Jeremy Corbyn’s 60 second challenge: 7,200,000", "I don't have"),
    ("add the two NHS videos", True, "Total views of videos (Our wonderful NHS and Jessi on the value of our NHS): "
     "16,147,000", "2 of the 10"),
    ("add the bottom five", True, "Total views of the 5 least viewed videos (#6–#10): 15,047,000", "Top 5"),
    ("add me on steam", False, "I don't have that", "Total"),
    ("apart from corbyn, who else tweet any of the top 10 vids?", True, "Rob Delaney (@robdelaney) posted Our "
     "wonderful NHS", "Jeremy Corbyn (@jeremycorbyn) posted"),
    ("the nicky morgan video, jez posted it on christmas day 25 december didnt he? what time", True,
     "No: Nicky Morgan on Good Morning Britain was posted on 25 November 2019", "Try:"),
    ("Jeremy put the immigration video up on 14 December, didn't he? How many views did it get?", True,
     "6,500,000", "I don't have"),
])
def test_batches_365_to_370(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 365-370: a name after "for Ms" is whom the answer is for, not someone asked about;
    "add" sums what follows it past "the" and a count ("the two <topic> videos", "the bottom five"); "who else
    posted" asks who posted; a date claimed wrongly, then a question of what the data lacks ("what time"), is
    corrected before the decline (the decline alone was given)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("what was 5th?? last question, who posted it", "Jeremy Corbyn (@jeremycorbyn) posted Mean tweets with Jeremy "
     "Corbyn", "posted video"),
    ("what was 5th? last question", "The 5th most viewed video is Mean tweets", "least viewed"),
    ("which video finished 3rd? last podium spot haha", "Jeremy Corbyn’s 60 second challenge is #3 of 10",
     "Our wonderful NHS"),
    ("who came 2nd?? last one on the podium", "The 2nd most viewed video is If you’re not sure who to vote for",
     "Jessi"),
    ("whats 3rd, who posted it", "Jeremy Corbyn (@jeremycorbyn) posted Jeremy Corbyn’s 60 second challenge",
     "earliest"),
])
def test_a_place_then_words_after_its_question_mark(question: str, said: str, unsaid: str) -> None:
    """Found by an outside review: a place asked, then after a question mark "last ..." that restates it or opens
    the asker's last question, was read as an order ("3rd least among the top 3" gave #1, "5th latest posted" gave
    #9): "last question" orders the asker's questions; a fragment opening with an end of the order and naming
    nothing says the place again (or, naming another, is answered after it); a posting word in another clause does
    not make the place one in posting order."""
    _replied(question, True, said, unsaid)


def test_a_filler_that_describes_a_figure_before_number() -> None:
    """Found by an outside review: "which vid has 2.747 mil, the odd number one" gave #1: "odd", dropped as a filler
    ("3 million odd"), is kept before "number", where it describes the figure, so "number one" is no place."""
    _replied("which vid has 2.747 mil, the odd number one", True, "Jessi on the value of our NHS: 2,747,000",
             "Our wonderful NHS")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("¿y cuántas views en YouTube tuvo el NHS video? only youtube", False, "I don't have YouTube figures",
     "#1 of 10"),
    ("which vid was #2 behind the NHS one", True, "The 2nd most viewed video is If you’re not sure", "Delaney"),
    ("what was 3rd behind the not sure one", True, "The 3rd most viewed video is Jeremy Corbyn’s 60 second",
     "9,500,000"),
    ("which vid was behind the NHS one", True, "Videos with fewer views than Our wonderful NHS", "The 2nd most"),
])
def test_batches_371_to_376(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 371-376: "views en YouTube tuvo el <title> video" gave the card (the platform, before a
    word no table knows, was read as describing the video, though the count was said right before it: a platform's
    count answered with ours); "which vid was #2 behind the <title> one" gave the named video: the place is asked,
    the video only says where it stands."""
    _replied(question, answered, said, unsaid)


def test_a_video_described_at_length_before_the_name_in_its_title() -> None:
    """Found in blind batch 371: "the video where they read all the quotes of <name> and ..., number of views" gave
    the party's Facebook figure (a figure for a neighbouring question): the video word and "where" stood 8 words
    before the name, past the reach of a video described by someone its title names."""
    _replied("the video where they read all the quotes of boris and people dont believe it, number of views pls",
             True, "3,000,000 (3M) views", "25,000,000")


@pytest.mark.parametrize(("question", "said"), [
    ("differenza tra 60 second challenge e immigration video in views?",
     "Jeremy Corbyn’s 60 second challenge had 700,000 more views than Labour’s immigration video"),
    ("cual es el tercero de la lista?", "The 3rd most viewed video is Jeremy Corbyn’s 60 second challenge"),
    ("which video is numero uno in the list?", "The most viewed video is Our wonderful NHS"),
])
def test_spanish_and_italian_words_among_english_ones(question: str, said: str) -> None:
    """Found in blind batch 371 (Erasmus students): Spanish and Italian words for which, third, one, list, difference
    and between are read as their English words, as the vocabulary does for other languages."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("why did boris johnson post the mean tweets video with corbyn... weird no", True,
     "No: Mean tweets with Jeremy Corbyn was posted by Jeremy Corbyn, not Boris Johnson", "doesn't say why"),
    ("¿el video de immigration tiene más views que mean tweets y gogglebox juntos?", True,
     "had 800,000 more views than Labour’s immigration video", "13,800,000"),
])
def test_batches_371_to_376_more(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 371 and 374: someone named right after "<title> video with", whose name the title
    carries, says who is in it (the poster claimed before it was not checked, two people being named); Spanish
    "que" after a comparing word is "than" (the three videos' total was given)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("does the article say the 86m figure is exact? what word does it use", "over 86,000,000 (86 million) Facebook"),
    ("what is the 25 million figure", "Boris Johnson and the Conservatives: around 25,000,000"),
])
def test_a_campaign_count_of_views_said_alone_names_its_figure(question: str, said: str) -> None:
    """Found in blind batch 373: "is the 86m figure exact" was not understood: a count of views no video has, said
    with only a word like "figure", is the campaign figure of that count (whose, and on which platform), which
    gives its qualifier."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("how come mean tweets is just ahead of 6th place", True, "Mean tweets with Jeremy Corbyn is #5", "No:"),
    ("why the immigration vid is behind 3rd place", True, "Labour’s immigration video is #4", "No:"),
    ("why the nhs video beat the 2nd place one by 3.9m", False, "I don't have that", "No:"),
    ("the nhs video was 3rd right?", True, "No: Our wonderful NHS is #1 of 10 (1st), not #3", "Try:"),
    ("the best video of the entire 2019 campaign versus boris johnson, views?", False, "I don't have that",
     "Boris Johnson quotes"),
    ("the odd number one is mean tweets right?", True, "No: Mean tweets with Jeremy Corbyn is #5 of 10 (5th), not #1",
     "Try:"),
    ("add the top 3 and divide by 3", True, "The 3 most viewed", "30,100,000"),
    ("how many views did labour get for mr rashford's video", False, "I don't have figures for Rashford",
     "86,000,000"),
    ("how many views the tv sofa people reacting to the nurses thing got", True, "Gogglebox reacts to nurses "
     "pledge: 3,600,000", "I don't have"),
    ("quale tra jessi e jayne ha piu views", True, "Jessi on the value of our NHS", "None of the 10"),
    ("who posted the 4th? last q i promise", True, "Jeremy Corbyn (@jeremycorbyn) posted Labour’s immigration video",
     "latest"),
])
def test_review_of_the_stop_35_rules(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An outside review of this stop's rules found these answered wrongly: a place after "ahead of", "behind" or
    "beat" is another video's, not one claimed (why-openings spread the false "No: ... not #6"), and a figure after
    "by" a margin, not a count; the longer reach of a video described needs a word of its title between ("the best
    video of the 2019 campaign versus <name>" gave his video); "odd" is kept before a place only beside a figure;
    "add ... and divide by 3" is no plain sum; "for Mr <name>'s video" is whose video; "views the tv sofa people
    ..." describes a video; Italian "tra" is not read as a range; "last q" is the asker's question."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("how far was #2 behind the NHS one", "Our wonderful NHS had 3,900,000 more views than If you’re not sure"),
    ("how far was jessi behind the nhs one", "Our wonderful NHS had 10,653,000 more views than Jessi"),
    ("what came 2nd behind rob delaney's video", "The 2nd most viewed video is If you’re not sure who to vote for"),
])
def test_a_gap_asked_in_two_parts_and_a_place_behind_someones_video(question: str, said: str) -> None:
    """Found by an outside review: "how far was #2 behind the NHS one" gave the named video's card (the gap is asked
    in two parts, the subject between); "what came 2nd behind <name>'s video" said there was no 2nd (the poster
    narrowed the list, though they only name the video the place stands behind)."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("first question, whats the last video", "The least viewed video is Jeremy Corbyn’s friend Jayne", "NHS"),
    ("first question: what was 4th", "The 4th most viewed video is Labour’s immigration video", "#1"),
    ("the boris vid at no 3 how many views", "No: Boris Johnson quotes is #8 of 10 (8th), not #3", "Try:"),
    ("the jessi video at 9th place views", "Jessi on the value of our NHS is #9 of 10", "No:"),
])
def test_the_askers_first_question_and_a_video_said_at_a_place(question: str, said: str, unsaid: str) -> None:
    """Found by an outside review: "first question, whats the last video" gave #1 ("first" before "question" is the
    asker's, no place); "the <title> vid at no 3" gave its card with no correction: "at" after a video opens a
    clause that states its place."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("what came 11th on the list just outside the top 10", False, "There is no 11th: the list has 10 videos",
     "#1 Our wonderful NHS"),
    ("which vid went out on the 12th", True, "Jeremy Corbyn’s 60 second challenge", "There is no"),
    ("is the 86 million figure for all social media or only one site? pupils keep comparing it to the video totals",
     True, "over 86,000,000 (86 million) Facebook views", "55,347,000"),
    ("median views of the top 10?? (teacher said use median not mean)", True,
     "Median views of all 10 videos: 3,650,000", "above the median"),
])
def test_a_place_beyond_the_list_and_a_statement_after_the_question(question: str, answered: bool, said: str,
                                                                    unsaid: str) -> None:
    """Found in blind batches 378 and 382: "what came 11th on the list just outside the top 10" gave the top 10 (a
    place the list lacks is declined whatever else is said; "the 12th" alone is a day); a long statement after
    the question mark, asking and naming nothing ("pupils keep comparing it to the video totals"), is a remark,
    not part of what is asked (the 10 videos' total was given)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("qual é o 2º video da lista", "The 2nd most viewed video is If you’re not sure"),
    ("quem tuitou o video da imigração?", "Jeremy Corbyn (@jeremycorbyn) posted Labour’s immigration video"),
    ("quantos dias entre o tweet da imigração e o do 60 seconds?", "28 days between Labour’s immigration video"),
    ("Q10a) Find the total views of the top 3 videos.", "Total views of the 3 most viewed videos (#1–#3): 30,100,000"),
])
def test_portuguese_words_and_places_among_english_ones(question: str, said: str) -> None:
    """Found in blind batch 377 (Brazilian gamers): "2º" is a place written with a Portuguese ending ("2o" once
    read), and Portuguese words for who, tweeted, posted and immigration are read as English; "Q10a)" is still a
    question's label, no place."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "said"), [
    ("mean tweets came oot hoo long efter the boris quotes wan", "1 day between Boris Johnson quotes and Mean tweets"),
    ("1340万 view is which video？", "Our wonderful NHS: 13,400,000"),
])
def test_scots_after_and_chinese_ten_thousands(question: str, said: str) -> None:
    """Found in blind batch 380 (Scots students): "efter" is "after"; "wan" is not read as "one", which would turn
    the Chinese ten thousands ("1340万", read "1340 wan") into ones."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "said"), [
    ("hoeveel dagen tussen de jayne tweet en de jessi tweet", "13 days between Jeremy Corbyn’s friend Jayne and Jessi"),
    ("welke video staat net onder nicky morgan", "The video just below Nicky Morgan on Good Morning Britain (#7)"),
    ("wie postte de immigration video", "Jeremy Corbyn (@jeremycorbyn) posted Labour’s immigration video"),
    ("hoeveel meer views had nr 3 dan nr 4", "700,000 more views than Labour’s immigration video"),
    ("hoeveel video's hebben meer dan 5 miljoen views", "How many videos with over 5,000,000 views: 4"),
    ("wie viele views hatte mean tweets", "Mean tweets with Jeremy Corbyn: 3,700,000"),
])
def test_dutch_words_among_english_ones(question: str, said: str) -> None:
    """Found in blind batch 387 (Dutch and Flemish students, 68/100 at first look): Dutch words for how many,
    which, who, between, more than, just below are read as English; "wie" is Dutch "who", the German "wie viele"
    still "how many"."""
    _replied(question, True, said, "I don't have")


def test_a_place_beyond_the_list_written_the_dutch_way() -> None:
    """Found in blind batch 387: "de 12e video" is the 12th, which the list of 10 lacks (it gave the top 10)."""
    _replied("hoeveel views had de 12e video", False, "There is no 12th", "#1 Our wonderful NHS")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("gogglebox vs nicky morgan by how much leh", True, "500,000 more views", "I don't have"),
    ("which entry is one place below the video concerning Ms Nicky Morgan", True,
     "The video just below Nicky Morgan on Good Morning Britain (#7): Boris Johnson quotes", "is #7 of 10"),
    ("which one is a place lower than the immigration video", True,
     "The video just below Labour’s immigration video (#4): Mean tweets", "I don't have"),
    ("which video does not have any accompanying tweet embedded", True,
     "Videos with no tweet in the article: Gogglebox", "Videos with a tweet"),
    ("how long apart were the mean tweets tweet and the immigration tweet", True, "25 days between",
     "more views"),
    ("how many peepl saw the jayne vid", True, "2,600,000", "I don't have"),
    ("what is one place abuv jessi", True, "The video just above Jessi on the value of our NHS (#9): Boris Johnson",
     "is #9 of 10"),
])
def test_particles_places_said_higher_or_lower_and_words_spelt_by_sound(question: str, answered: bool, said: str,
                                                                       unsaid: str) -> None:
    """Found in blind batches 384, 386 and 388: Singlish particles ("leh") are no names; "one place higher/lower
    than" is above/below; "concerning Ms <name>" leads to a video as "about <name>" does; "does not have any tweet",
    "how long apart"; a word no dictionary has, spelt as an everyday word sounds, two letters off it ("peepl",
    "abuv")."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("the november videos added up (the ones with a november tweet), how many views", True,
     "Total views of videos posted in November 2019: 28,347,000", "exactly as many"),
    ("did jayne get more views than jessi? how many", True, "147,000", "10 of the 10"),
    ("the tories got 40 million on facebook, how far behind labour was that", True,
     "No: Boris Johnson and the Conservatives had around 25,000,000 Facebook views", "I don't have"),
    ("corbyn got 3 million retweets in 2017, how many in 2019", True,
     "No: Jeremy Corbyn had 1,400,000 Twitter retweets in the 52 days of the 2017", "I don't have"),
    ("if the tories had 40 million on facebook, how far behind labour would they be", True, "61,000,000", "No:"),
    ("how much did #3 beat #4 by? i.e. the 60 second challenge minus the immigration one", True, "700,000 more",
     "is #3 of 10"),
    ("retweets 2019 minus 2017? no need for per-day rates", True, "1,000,000 more", "a day more"),
    ("corbyn's retweets in 2015 and 2017", False, "I don't have retweets figures for 2015", "Yes"),
    ("sum of places 7 to 9 (nicky morgan through jessi)", True, "Total views of videos ranked #7–#9: 8,847,000",
     "I don't have"),
])
def test_a_set_said_twice_a_bare_how_many_a_figure_stated_and_a_question_said_again(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 386-388: one set said twice is its total (it was "<set> had exactly as many views as
    <set>"); "how many" alone after a comparison is the margin (it counted all 10 videos); a campaign figure stated
    wrongly in a clause before the question is corrected (it was passed over; "if ..." supposes, claims nothing);
    "i.e." says the question again; "no need for per-day rates" wants none; a year no figure covers is declined,
    not left out; a bracket naming a range's own end videos narrows nothing."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("the vid with 3.1m views, who was in it", "Nicky Morgan on Good Morning Britain: 3,100,000"),
    ("jayne and jessi added", "Total views of videos (Jeremy Corbyn’s friend Jayne and Jessi on the value of our NHS)"),
    ("both nhs vids added", "Total views of videos (Our wonderful NHS and Jessi on the value of our NHS): 16,147,000"),
])
def test_whos_in_the_video_a_figure_names_and_added_closing_the_question(question: str, said: str) -> None:
    """Found in blind batch 386: the video a figure names, whose title says who is in it, answers "who was in it"
    as a video named does (it was declined as what happens in the video); "added" closing the question sums what
    was said before it, a group of videos too."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "said"), [
    ("hur många visningar fick jessi videon", "Jessi on the value of our NHS: 2,747,000"),
    ("hvor mange dager mellom mean tweets og boris quotes", "1 day between Boris Johnson quotes and Mean tweets"),
    ("skillnaden mellan #3 och #4?", "700,000 more views than Labour’s immigration video"),
    ("hvem lagde den mest sette videoen", "Rob Delaney (@robdelaney) posted Our wonderful NHS"),
    ("how much day between di nhs video an di jessi one", "7 days between Our wonderful NHS and Jessi"),
])
def test_scandinavian_and_patois_words_among_english_ones(question: str, said: str) -> None:
    """Found in blind batches 389 (Scandinavian students, 90/100 at first look) and 393 (patois): Swedish,
    Norwegian and Danish words for how many, between, and, difference, who, views are read as English; "an" before
    "di" (the) is "and"; "how much day" asks days."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("hvor mange kommentarer fikk mean tweets", False, "I don't have comments", "Mean tweets with Jeremy Corbyn: 3"),
    ("the earliest one posted? wouldnt it be the jayne one", True,
     "Not Jeremy Corbyn’s friend Jayne: that one was posted on 17 November 2019", "that one is #10"),
    ("what rank is mean tweets? and which video is below of it", True, "Gogglebox reacts to nurses pledge",
     "I don't have"),
    ("why jessi video is number 2 in the list?", True, "No: Jessi on the value of our NHS is #9 of 10 (9th), not #2",
     "I don't have"),
    ("rob delaney post the immigration video?? why comedian post politics lol", True,
     "No: Labour’s immigration video was posted by Jeremy Corbyn, not Rob Delaney", "I don't have"),
    ("nicky morgan was culture sec at the time right? what department was she in", False,
     "I don't have details about the people", "not #2"),
    ("the view numbers of these videos are from which sites", True, "views across Facebook and Twitter",
     "How many videos"),
    ("what was the sec most viewed", True, "The 2nd most viewed video is If you’re not sure", "I don't have"),
])
def test_comments_asked_a_guess_put_as_a_question_and_claims_as_learners_put_them(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 389, 391, 393 and 394: "kommentarer" are comments, which the data lacks (the card was
    given); "wouldnt it be <title>" is a guess, and beside a posting order the guess's own day is said; "below of
    it" is below it; "why <title> is number 2" claims the place as "why is <title> number 2" does; a first sentence
    claiming a wrong poster is corrected when the whole, read as one, was declined; "culture sec" is a secretary, no
    2nd place (it was "corrected"); "view numbers of" names views, not how many videos; "sec most" is still 2nd."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("what if the tories got 52m fb views, how far behind labour would they be", True, "61,000,000", "No:"),
    ("say the tories got 30m, what's the gap to labour on facebook", True, "61,000,000", "No:"),
    ("als de tories 52 miljoen views hadden, hoeveel minder dan labour was dat", True, "61,000,000", "No:"),
    ("labour got 90 million facebook views, how far ahead of the tories", True, "61,000,000", "No:"),
    ("the tories got 24m fb views, how far behind labour", True, "61,000,000", "No:"),
    ("labour got 120 million facebook views, how far ahead of the tories", True,
     "No: Labour and Jeremy Corbyn had over 86,000,000 Facebook views", "I don't have"),
    ("corbyn got 2.4m retweets in 42 days and 1.4m in 52 days in 2017, whats the per day rate each", True,
     "57,143", "No:"),
    ("the tories got 52 million fb views lol no wait 25, how far behind labour were they", True, "61,000,000", "No:"),
])
def test_a_figure_stated_before_the_question_is_corrected_only_when_claimed_and_wrong(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """From the outside review of this stop: a figure supposed ("what if", "say", Dutch "als") is no claim; one
    the article's "over 86 million" or "around 25 million" allows is not wrong; two figures and a year in one
    clause leave unsaid which the year is of; a figure taken back ("no wait 25") is not claimed (each was
    "corrected")."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("hebben jullie de views van de jessi video", "2,747,000", "July"),
    ("wie viele videos wurden im monat november gepostet", "How many videos posted in November 2019: 5", "Monday"),
    ("welke video is 2 plekken onder mean tweets",
     "The video 2 places below Mean tweets with Jeremy Corbyn (#5): Nicky", "just below"),
    ("how many videos had more views then gogglebox", "How many videos with more views than Gogglebox reacts to "
     "nurses pledge: 5", "(Gogglebox reacts to nurses pledge): 1"),
    ("hoeveel minder views had jayne dan jessi", "147,000", "How many videos"),
    ("sum of places 7 to 9 (nicky morgan and jessi only)", "Nicky Morgan", "8,847,000"),
    ("how many retweets did corbyn get in 2019 and 2017, no need for per-day rates", "2,400,000", "Per day:"),
    ("without per-day rates, how did 2019 compare to 2017", "1,000,000 (1 million) more", "Per day:"),
    ("what was the bigist video", "The most viewed video is Our wonderful NHS", "I don't have"),
])
def test_words_of_other_languages_then_for_than_and_rates_not_wanted(question: str, said: str, unsaid: str) -> None:
    """From the outside review of this stop: Dutch "jullie" (you) and German "Monat" (month) are no July or Monday
    (a word spelt by sound stands only for a frequent English word); "2 plekken" is two places; "then" typed for
    "than" a few words after a comparing word ("more views then", Dutch "dan"); a bracket naming only some of a
    range's videos narrows it; a rate not wanted is not shown, the periods it names still meant."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("mean tweets got 3.7m views, how many did gogglebox get", "Gogglebox reacts to nurses pledge: 3,600,000", "No:"),
    ("mean tweets got 4.7m views, how many did gogglebox get",
     "No: Mean tweets with Jeremy Corbyn has 3,700,000 views, not the figure in the question", "I don't have"),
    ("total for the two videos with NHS in the title, the Rob Delaney one and Jessi's?", "16,147,000", "No:"),
    ("the jessi vid scraped 3 million, how'd it beat the boris quotes one?",
     "that figure is the count of Boris Johnson quotes", "quotes's"),
    ("the immigration vid got 9.5 mil views didnt it?", "that figure is the count of If you’re not sure who to vote "
     "for, watch this", "this'"),
])
def test_a_video_figure_stated_then_another_video_asked(question: str, said: str, unsaid: str) -> None:
    """From the outside review of this stop: "<A> got 3.7m views, how many did <B> get" is asked of B, the figure
    stated of A checked as a claim (only A's card was given); a count of videos is no figure stated; a figure
    that is another video's names it without a possessive made of its title ("quotes's", "watch this's")."""
    _replied(question, True, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("nro 4 mikä?", True, "The 4th most viewed video is Labour’s immigration video", "I don't have"),
    ("kui palju views oli mean tweets", True, "3,700,000", "I don't have"),
    ("kuinka monta päivää between jessi and jayne", True, "13 days between", "I don't have"),
    ("what is the middle value of the views", True, "Median views of all 10 videos: 3,650,000", "videos (Jessi"),
    ("caption on the nicky morgn tweet", True, "“Why don't you just be honest?”", "I don't have"),
    ("mean tweets views across the facebook and the twitter", True,
     "3,700,000 (3.7M) views across Facebook and Twitter", "I don't have"),
    ("only the facebook views for mean tweets, separate from the twitter", False, "Facebook-only count",
     "3.7M) views;"),
    ("how much ad spend went behind the 86m fb views", False, "spending figures", "over 86,000,000"),
    ("days from the jayne video to the jessi video? (both from november)", True, "13 days between", "I don't have"),
    ("how many videos have more than 2.6m views", True, "The one left out: Jeremy Corbyn’s friend Jayne",
     "I don't have"),
    ("how many videos on the list, not counting the bonus ones", True, "How many videos: 10", "I don't have"),
])
def test_finnish_words_the_middle_value_a_name_short_a_letter_and_platforms_said_apart(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 395-400: Finnish and Estonian words ("nro", "mikä", "kui palju", "päivää") are read as
    English; "the middle value" is the median ("value" named a title); a name short a letter ("morgn") is read
    as it; "the facebook and the twitter" is both platforms, "only the facebook ..., separate from the twitter" one
    of them alone; "ad spend" beside a figure is money the data lacks (the Facebook figures were given); a bracket
    saying again when the videos named were posted narrows nothing; a count that leaves one of the list out names
    it; "not counting the bonus ones" leaves out what the ranked list has none of."""
    _replied(question, answered, said, unsaid)


def test_a_list_said_twice_around_its_count_weighs_once() -> None:
    """Found in blind batch 387 ("wat is de laatste in de top 10 lijst"): "the top 10 list" is one list said, so "the
    last in the top 10 list" is the last place (the list's two words outweighed it, and the question was declined)."""
    _replied("what is the last in the top 10 list", True, "The least viewed video is Jeremy Corbyn’s friend Jayne",
             "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("poses meres metaxi jayne kai jessi tweet", True, "13 days between", "I don't have"),
    ("poio video einai mia thesi katw apo to immigration video", True,
     "The video just below Labour’s immigration video (#4): Mean tweets", "I don't have"),
    ("hvor mange dager er det mellom første og siste video", True, "28 days between", "I don't have"),
    ("which had more views then? nhs or jessi", True, "Our wonderful NHS got more views", "None of the 10"),
    ("sec to last video", True, "The 2nd least viewed video is Jessi", "I don't have"),
    ("nicky morgan was culture sec at the time right?", True, "Nicky Morgan on Good Morning Britain", "not #2"),
    ("nicky morgan got about 3m, what about boris quotes", True, "Boris Johnson quotes: 3,000,000", "No:"),
    ("people say the tories got 40 million on facebook, how far behind labour is that", True,
     "No: Boris Johnson and the Conservatives had around 25,000,000", "I don't have"),
    ("the tories got 52m fb views if i remember right, how far behind labour were they", True,
     "No: Boris Johnson and the Conservatives had around 25,000,000", "I don't have"),
    ("which videos were added last", True, "Jeremy Corbyn’s friend Jayne", "Total views"),
    ("both nhs vids added (rob delaney + jessi)", True, "16,147,000", "I don't have"),
    ("what is the view number of the immigration video", True, "Labour’s immigration video: 6,500,000",
     "How many videos"),
])
def test_greek_and_norwegian_letters_then_before_a_choice_sec_and_claims_hedged_or_reported(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batch 401 (Greeklish, 79/100 at first look) and the second outside review of this stop: Greek
    words in Latin letters are read as English; "ø" is "o" ("første" was split in two); "then" before a choice
    ("then? <A> or <B>") is "then"; "sec" is still a 2nd place, a secretary only after a role's field; a figure
    hedged ("about 3m") that rounds to the count is no wrong figure; a figure people say, or said with "if I
    remember right", is claimed ("say" and "if" suppose only before it); "added" sums only closing the question,
    the names it adds after it; "the view number of <title>" is its views, no count."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("hw mny vids gt ovr 3 mil", True, "How many videos with over 3,000,000 views: 7", "I don't have"),
    ("which vid ws tweeted by sum1 else nt corbyn", True, "Videos not posted by Jeremy Corbyn", "38,347,000"),
    ("faint days rhwng the jayne tweet and the jessi one", True, "13 days between", "I don't have"),
    ("faint o views for the jessi fideo", True, "Jessi on the value of our NHS: 2,747,000", "How many videos"),
    ("hw mny mor vws did nmbr 1 get thn the lst place 1", False, "I need two different videos", "exactly as many"),
])
def test_words_without_vowels_welsh_and_one_video_set_against_itself(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 403 (no-vowel gamers) and 405 (Welsh-speaking farmers): "gt", "ovr", "sum1", "nt",
    "thn" are read as English; Welsh "faint o" is "how many", "rhwng" "between"; one video set against itself
    ("nmbr 1 ... place 1") is no comparison (it was "<A> had exactly as many views as <A>")."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "said"), [
    ("which video does not have an accompanying tweet", "Videos with no tweet in the article: Gogglebox"),
    ("when did corbyn tweet mean tweets, and what did the accompanying tweet say?",
     "The tweet with Mean tweets with Jeremy Corbyn says"),
])
def test_an_accompanying_tweet_is_the_tweet(question: str, said: str) -> None:
    """"accompanying" adds nothing to "tweet" (phrases that spelt it out, copied from one batch's wording, are gone):
    the video with no tweet, and a video's tweet text asked (only its date was given)."""
    _replied(question, True, said, "I don't have")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("how many total videos did labour put out during the whole campaign", False,
     "how many videos were posted in all", "55,347,000"),
    ("what date did rob delaney tweet the gogglebox nurses vid?", False, "I don't have that", "Videos (Our"),
    ("when did rob delaney tweet the jayne vid?", True, "not Rob Delaney; Rob Delaney posted Our wonderful NHS",
     "Videos (Our"),
    ("which company made the nhs video", False, "who made the videos", "Tweet:"),
    ("since the article also ranks the tories top 10 vids, what was the conservatives' number 1 video?", False,
     "I don't have Conservatives videos", "13,400,000"),
    ("what was the conservative party's number one video", False, "I don't have Conservatives videos",
     "13,400,000"),
    ("which vid was number 1 on the list, the top one", True, "The most viewed video is Our wonderful NHS",
     "I don't have"),
    ("whats the lowest view count in the whole top 10", True, "The least viewed video is Jeremy Corbyn’s friend Jayne",
     "Bottom 10"),
    ("which came 4th: a) jessi b) the immigration vid c) boris quotes", True,
     "The 4th most viewed video is Labour’s immigration video", "I don't have"),
    ("kiedy article was written", True, "12 December 2019", "I don't have"),
    ("jayne to jessi kolik dni", True, "13 days between", "I don't have"),
    ("o ile więcej views nhs vs jessi", True, "10,653,000 more views", "I don't have"),
    ("labour had the best social media campaign ever, how many fb views did they get vs boris", True,
     "61,000,000", "Our wonderful NHS"),
    ("labour ran a social media campaign, how many fb views did they get", True, "86,000,000", "Where the data"),
    ("FB pe labour total views on campaign vids", True, "86,000,000", "I don't have"),
    ("videos with corbyn name in title, total views?", True, "13,500,000", "38,347,000"),
    ("total views of vids which corbyn tweeted himself from his handle", True, "38,347,000", "@jeremycorbyn on"),
    ("why did boris tweet the mean tweets vid lol", True, "posted by Jeremy Corbyn, not Boris Johnson",
     "doesn't say why"),
])
def test_blind_batches_407_to_412(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 407-412: "how many total videos" counts videos (none of the party's are counted in
    all); "did <name> tweet the <title>" is a verb, not their video; "which company" asks who made it; a party's
    "number 1 video" is theirs, whichever time it is named; "number 1 on the list" one place; "the whole top 10"
    the list; options after a colon; Polish and Czech words; a superlative of a campaign orders no videos; the
    source's own words ("social media") beside a figure asked ask nothing of the source; a platform opening the
    question; "in title"; "from his handle" where he posted, not asked; a poster wrongly claimed, their video said."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("quantos videos do top 10 passaram de 5 milhões de views", True, "How many videos with over 5,000,000 views: 4",
     "I couldn't tell"),
    ("qual foi o tweet mais antigo da lista? e a data", True, "The earliest posted video", "I don't have"),
    ("quanto o 60 sec challenge teve a mais que o de imigracao", True, "700,000", "90.3%"),
    ("média de views do top 10", True, "Average views of all 10 videos: 5,534,700", "Top 10 of 10"),
    ("quanto o labour gastou em anuncios no facebook nessa campanha", False, "spending", "86,000,000"),
    ("and the tories on facebook? quanto hanno fatto", True, "25,000,000", "I don't have"),
    ("60 sec challenge vom corbyn, wie viele aufrufe insgesamt?", True, "7,200,000", "I don't have"),
    ("welches video in der liste hat gar keinen tweet dabei", True, "Videos with no tweet in the article",
     "I don't have"),
    ("wie viel mal mehr views hatte das nhs video als das jayne video ca", True, "5.2 times", "10,800,000 more"),
    ("welcher tweet ist der späteste von allen, datum bitte", True, "The latest posted video", "I don't have"),
    ("how many views only on twitter (without facebook) did 'not sure who to vote for' get", False,
     "Twitter-only count", "other than"),
    ("jayne vid views per day from 17 nov up to 12 dec", True, "about 104,000 (104K) views a day", "I don't have"),
    ("nhs video views per week since it was posted", True, "about 4,936,842", "I don't have"),
    ("60 sec challenge views per day", False, "the article's date: no whole day", "7,200,000 views over"),
    ("views per day of the nhs video on 1 december", False, "views by day or by date", "a day on average"),
    ("4th vs 5th how big's the drop", True, "2,800,000", "earliest"),
    ("not the nhs vid having 13m views 💀", True, "Our wonderful NHS: 13,400,000", "other than"),
    ("Rob from Hull wants to know how many views the jessi video got", True, "Jessi on the value of our NHS: 2,747,000",
     "not Rob Delaney"),
    ("wie viele facebook views hatte labour im 2017er wahlkampf?", False, "I don't have views figures for 2017",
     "Views: Labour"),
    ("hoi zäme, platz 2 und platz 3, was waren die nochmal?", True, "Videos ranked #2–#3", "I don't have"),
    ("what's above jessi and what's below it", True, "either side of Jessi on the value of our NHS",
     "The video just below"),
    ("its giving reality tv... gogglebox reacts to the nurses pledge, views?", True,
     "Gogglebox reacts to nurses pledge: 3,600,000", "TV figures"),
    ("how many more fb views did labour get than the republicans i mean conservatives", True, "61,000,000",
     "I don't have"),
    ("how many views did jessi i mean jayne get", True, "Jeremy Corbyn’s friend Jayne: 2,600,000", "2,747,000"),
])
def test_blind_batches_413_to_418(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 413-418: Portuguese and German words and phrases ("passaram de", "mais antigo", "a
    mais que", "media de", "wie viel mal", "gar keinen"; Italian "hanno fatto" dropped); "without facebook" leaves
    out a platform, no video; a video's views a day or a week from its posting to the article's date (declined for
    one posted that day, or on another day named); "how big's the drop" a difference; "not the <title> having ..."
    an exclamation; someone named before "wants to know" is who asks."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("cuántas veces más vistas tuvo labour q los conservadores en fb, aprox", True, "3.4 times", "I don't have"),
    ("cuál fue el video publicado más temprano de todos, el primero q salió?", True, "The earliest posted video",
     "I don't have"),
    ("promedio de vistas del top 10? pa mi presentación", True, "5,534,700", "Top 10 of 10"),
    ("when was the article posted?", True, "article dated 12 December 2019", "I don't have"),
    ("cuándo se publicó el artículo este? la fecha", True, "article dated 12 December 2019", "I don't have"),
    ("what was posted on the article's date", True, "Videos posted on 12 December 2019", "Where the data"),
    ("avg retweets per day 2019 vs 2017? roughly", True, "Per day: about 57,143 against 26,923", "42,033"),
    ("whats the 3rd bonus fave they added at the bottom", False, "There is no 3rd bonus favourite", "• "),
    ("whats the 2nd bonus video called", True, "The 2nd of the bonus favourites", "• "),
    ("what was number 1 on their list, bet its some corbyn speech", True, "The most viewed video is Our wonderful NHS",
     "posted by Jeremy Corbyn is"),
    ("raznitsa mezhdu #1 i #2 views", True, "3,900,000 more views", "I don't have"),
    ("skolko dney mezhdu immigration tweet and 60 sec challenge tweet", True, "28 days between", "2 of the 10"),
    ("la vidéo sur l'immigration, how many views it got ?", True, "Labour’s immigration video: 6,500,000",
     "I don't have"),
    ("le tweet de l'immigration il dit quoi exactement?", True, "Tweet: “When politicians", "I don't have"),
    ("moyenne de vues du top 10 stp", True, "Average views of all 10 videos: 5,534,700", "Top 10 of 10"),
    ("who sent corbyn the video he calls 'powerful'", True, "Jessi on the value of our NHS", "I don't have"),
    ("60 sec challenge views how many", True, "Jeremy Corbyn’s 60 second challenge: 7,200,000", "How many videos"),
    ("jessi nhs video skolko tochno views, exact number pls not rounded", True,
     "Jessi on the value of our NHS: 2,747,000", "How many videos"),
    ("what was 2nd then, if the nhs one was 1st", True, "The 2nd most viewed video is", "13,400,000"),
    ("the nhs video is number 1, what's number 2", True, "The 2nd most viewed video is", "I don't have"),
    ("il video con nicky morgan che posizione ha? e quante views", True, "#7 of 10", "Conservatives videos"),
    ("e i conservatives/boris su facebook quante visualizzazioni?", True, "25,000,000", "Boris Johnson quotes:"),
    ("fb diff lab v con", True, "61,000,000", "I don't have"),
    ("quale video sta subito prima (un posto sopra) di mean tweets?", True, "Labour’s immigration video",
     "I don't have"),
    ("qual è il tweet più vecchio (postato prima di tutti) tra quelli nell articolo?", True,
     "The earliest posted video", "I don't have"),
    ("what is the combined fb and twitter view count for the nhs vid", True, "Our wonderful NHS: 13,400,000",
     "16,147,000"),
    ("combined facebook and twitter views of the top 3", True, "30,100,000", "I don't have"),
    ("total views of all ten videos on facebook and twitter", True, "55,347,000", "Facebook-only"),
    ("Is the 86 million figure for Facebook alone, or is that Facebook AND Twitter added together?", True,
     "86,000,000 is this figure", "111,000,000"),
    ("chi ha twittato il video sull'immigrazione", True, "Posted by Jeremy Corbyn", "I don't have"),
    ("top 3 insieme quante visualizzazioni fanno", True, "30,100,000", "Top 3 of 10"),
])
def test_blind_batches_419_to_424(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Found in blind batches 419-424: Spanish words and phrases ("mas temprano",
    "cuantas veces", "promedio"); the article's own posting asked, said after it or (as Spanish says it) right
    before it; a per-day rate of two periods "on average" is each period's rate (it was the two rates averaged); a
    bonus favourite by its place (none past their end); a name after "bet" or "probably", after the question, is a
    guess, no set of theirs; Russian and Ukrainian in Latin letters; French elision ("l'immigration") read apart;
    "the video he calls '<word>'" a word of its tweet; a video's true place said, then another place asked ("the
    <title> was 1st, what was 2nd"): the place asked; Italian words and phrases; a party's short name ("con") right
    before a person or video of another party is "with"; "combined facebook and twitter" before one video is what
    its count is (it added a group's videos), and "on facebook and twitter" of the listed videos too (declined as
    a Facebook-only count)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("combined facebook and twitter views for labour", False, "the article gives Facebook figures only",
     "86,000,000 (86 million) Facebook"),
    ("the 86m - FB only or FB + twitter? dont want to misprint", True, "86,000,000", "I don't have"),
    ("what do you think jeremy's most viewed video was", True, "posted by Jeremy Corbyn", "Our wonderful NHS"),
    ("my mate jeremy wants to know how many videos corbyn posted", True, "How many videos posted by Jeremy Corbyn: 8",
     "or Jeremy Corbyn"),
    ("which was posted later i mean jessi or jayne", True, "The latest posted video", "more views"),
    ("how many views did mean tweets i mean gogglebox get", True, "Mean tweets with Jeremy Corbyn: 3,700,000",
     "Average"),
    ("not the nhs video having the most views, which one is next", True, "other than Our wonderful NHS",
     "13,400,000"),
    ("jayne was 10th, what was 9th, did it get more views than jayne", True, "147,000 more views", "I don't have"),
    ("how many views per day did the nhs video get between 23 nov and 1 dec", False, "views by day", "a day on"),
    ("how many views per day did the nhs video get on 12 december", False, "views by day", "not on the day"),
    ("the uber viral immigration vid, when was it posted", True, "posted on 14 November 2019", "just above"),
    ("what was number 1? bonus points if you know who posted it", True, "Our wonderful NHS", "bonus favourites"),
])
def test_an_outside_review_of_stop_37(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An outside review of this stop's rules found these answered worse than before them: a party's "combined
    facebook and twitter" views (only the Facebook figure is held: declined, not given as both's), a guess word
    only in a clause of its own, an asker named once, a name slip only of a name, an exclamation with no question
    after it, a place stated only with nothing else asked of its video, a video's views a day only from its posting
    to the article's date, no "uber" for "above", a bonus favourite's place in one sentence."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("el video de jayne y el de jessi, cuantas vistas juntan", True, "5,347,000", "I don't have"),
    ("differenza di views tra il terzo e il quarto video", True, "700,000 more views", "I don't have"),
    ("quantas views SÓ no facebook o video da jayne teve", False, "Facebook-only", "2,600,000 (2.6M) views across"),
    ("tot welke dag telden ze de retweets van 2019", True, "The count runs up to", "I don't have"),
    ("quantos videos passaram de 5 milhões de views", True, "How many videos with over 5,000,000 views: 4",
     "I don't have"),
    # (one word of another language, its shared words read as English: "do", "no", "so" stay English)
    ("do u know if the nhs video was posted before jessi's or no", True, "Our wonderful NHS", "I don't have"),
])
def test_another_languages_shared_words_read_its_way_in_a_message_written_in_it(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Words another language shares with English or a third one ("de", "y", "e", "o", "no", "do") read as that
    language's only in a message with at least three of its words, one its own: "de" is "of" in Spanish and
    Portuguese, "the" in Dutch; a phrase of the language keeps its own reading ("passaram de": over)."""
    _replied(question, answered, said, unsaid)


def test_a_message_in_another_language_is_guessed_from_its_words() -> None:
    lex = engine().lexicon
    assert lex.language_of(words("y el video de las quotes de boris, cuantas vistas")) == "spanish"
    assert lex.language_of(words("hoeveel views had de video van de quotes")) == "dutch"
    assert lex.language_of(words("how many views did the video of the quotes get")) is None
    assert lex.language_of(words("quantas views do boris")) is None  # (two words only: too few to tell)
    # (one word of it beside everyday English words it shares: English)
    assert lex.language_of(words("circa how many views did i get on social media, i need the data")) is None


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("did the nhs videos together get more views than #2 and #3 together", True, "553,000 fewer views", "2,300,000"),
    ("nhs videos combined minus the immigration video", True, "9,647,000 more views", "6,900,000"),
    ("is the nhs video more than half of the tory fb views", True, "900,000 views above half the views",
     "11,600,000 fewer"),
    ("double the views of #2 vs the conservatives facebook views", True, "Double the views of",
     "15,500,000 more"),
    ("the quotes of boris how many views", True, "3,000,000", "25,000,000"),
    ("how many views did the challenge from corbyn get", True, "7,200,000", "I don't have"),
    ("how many retweets did the tweets from corbyn get", True, "2,400,000", "Mean tweets"),
    ("nhs minus jessi views", True, "10,653,000 more views", "13,400,000 more"),
])
def test_found_wrongly_answered_in_stop_38(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Wrong answers found while reading this stop's batches: a name of several videos said with "together" as one
    side of a comparison (its best video only was counted); a scale set on a party's figure ("half the <party>'s
    views": the scale was dropped); a title's words before "of" and a person named in that title (read as the
    person's figures)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a typo's stem one letter short of a word's: "retwets"; not a letter changed, "toppers" is no "topped")
    ("how many retwets did corbyn get in 2017", True, "1,400,000", "I don't have"),
    ("difference between the table toppers and the bottom club", False, "I can only answer", "Jayne"),
    # (a digit after a word that takes a number as spelling mends it: "numbr 4" is number 4, not "number for")
    ("how many views did the video at numbr 4 get", True, "6,500,000", "I don't have"),
    # (a year no figure covers, beside the campaign's own: declined, the held figure offered)
    ("how many views did labour's videos get in 2017 to compare with 2019", False,
     "I don't have views figures for 2017", "Labour and Jeremy Corbyn vs"),
    # (a scale on one side, then the counts asked: the scale kept)
    ("is the nhs video more than 5 times the jayne one? how many had each", True, "above 5 times the views",
     "10,800,000 more views"),
    # (a person's one video by the video command)
    ("/video rob delaney", True, "Our wonderful NHS", "I don't know"),
    ("top video views how many desu", True, "13,400,000", "desu"),
])
def test_more_found_in_the_stop_38_batches(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Typos by stem, a digit after a mended word, a year not held beside one that is, a scale kept when counts are
    asked after it, "video <name>" for the one video they posted, Japanese politeness endings as fillers."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("what's either side of the 6th one", True, "either side of Gogglebox reacts to nurses pledge",
     "The 6th most viewed"),
    ("which was 6th and what was above and below it", True, "#7 Nicky Morgan", "I don't have"),
    ("the immigration video, what was above and below it", True, "#5 Mean tweets", "I don't have"),
    ("the jessi video came 8th with 3m didnt it", True, "Jessi on the value of our NHS has 2,747,000 views, not",
     "I don't have"),
])
def test_a_place_as_the_anchor_of_either_side_and_both_claims_put_right(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """A place as what the videos either side are of ("either side of the 6th one"), the video said before "what was
    above and below it"; a wrong place and a wrong figure claimed of one video, both put right."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Turkish: its dotless i folded, its case endings read off a known word, its words as another language's)
    ("aralık'ta kaç video paylaşılmış", True, "4", "I don't have"),
    ("jessi videosunun bir altındaki video hangisi", True, "just below Jessi on the value of our NHS (#9)",
     "I don't have"),
    ("en az izlenen video hangisi", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    # (Arabic in Latin letters: "kam" is "how many" in a message in it, Hindi "less" in a Hindi one)
    ("kam yom ba3d el nhs video ja el jessi one, shu el farq", True, "7 days", "I don't have"),
    # (an operation said only to be denied asks nothing: "not the combined", "mean not median")
    ("twitter-only views of the #3 video, not the combined", False, "Twitter-only", "3,800,000"),
    ("the median views please, not the mean", True, "Median views of all 10 videos: 3,650,000", "above the median"),
    # (a figure a day rounded as asked, not the total beside it)
    ("retweets a day in 2017 to the nearest hundred", True, "Rounded to the nearest 100: 26,900 a day", "1,400,000."),
])
def test_turkish_arabizi_denied_operations_and_rates_rounded(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Turkish and Arabizi as language tables (Turkish case endings read off a word the tables know); an operation
    word right after "not" asks for nothing; a rate rounded, not the total it is of."""
    _replied(question, answered, said, unsaid)


def test_the_video_placed_against_has_its_own_figure_beside_the_one_picked() -> None:
    """ "the 60 sec challenge, how many views on it and the one below it": the one below, and the video it is placed
    against with its own count, after the picked one's, when that one is asked of too ("... and the one below it");
    not in "the one right below <title>, its views", where the other's count would read as the answer."""
    assert "3,700,000" not in ask("the one just below mean tweets, how many views did it get")[2]
    text = ask("the 60 sec challenge, how many views on it and the one below it")[2]
    lines = text.splitlines()
    assert lines[0] == "**The video just below Jeremy Corbyn’s 60 second challenge (#3): Labour’s immigration video**"
    assert lines.index("Labour’s immigration video: 6,500,000 (6.5M) views across Facebook and Twitter.") < lines.index(
        "Jeremy Corbyn’s 60 second challenge (just above it): 7,200,000 (7.2M) views, #3 of 10 (3rd).")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a word that asks something, or a place, is no title word before "of <name>")
    ("what's the mean of jeremy corbyn's videos", True, "4,793,375", "**Mean tweets"),
    ("the second of corbyn's posts", True, "Jeremy Corbyn’s friend Jayne", "60 second"),
    # (the scale on the side said first after it; the party's figure asked of when it is named first)
    ("did the top 5 get more than half of the tories facebook views", True, "Yes", "No:"),
    ("is labour's facebook total more than double the top 10 videos", True, "No:", "Yes"),
    ("is labour's facebook total more than the top 10 videos", True, "Yes: Labour and Jeremy Corbyn", "No:"),
    ("did labour's top 10 total beat the tories' whole facebook tally?", True, "Yes: all 10 videos", "No:"),
    # (a question put the negative way denies nothing)
    ("do the top 2 not add up to more than 20m?", True, "22,900,000", "No video"),
    # (an English message with one stray word of another language is read as English)
    ("nono i meant the second one, how many views", True, "9,500,000", "Total"),
    ("who's between jessi and nicky morgan", True, "Boris Johnson quotes", "I don't have"),
    # (a short Turkish message: its case endings count towards telling the language)
    ("2 ve 3 numaralı videonun toplami", True, "16,700,000", "55,347,000"),
])
def test_an_outside_review_of_stop_38(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An outside review of this stop's rules found these answered worse than before them: title words that ask
    something ("mean", "second") before "of <name>"; a scale on a party's figure set on the wrong side; a negative
    question read as a denial; English messages read as Italian or Dutch from one stray word; "nono" and "gun" read
    in every message; "who's between" read as a choice; short Turkish messages half read."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    ("İlk 3 video toplam", True, "30,100,000", "55,347,000"),
    ("quante visualizzazioni ha avuto il video sulla nhs sui social media", True, "13,400,000", "Average"),
    ("somma delle prime 5 posizioni", True, "40,300,000", "55,347,000"),
])
def test_short_messages_in_a_language_with_case_endings_and_italian_social_media(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """A language that adds case endings is told from two of its words ("ilk 3 video toplam": the first 3's total, not
    every video's); Italian "media" is never "average" ("sui social media"), "prime" is "first" in Italian."""
    _replied(question, answered, said, unsaid)


def test_a_platform_spelt_as_it_sounds_is_that_platform() -> None:
    """ "tick tock" is TikTok as speech-to-text writes it: not held, declined (not the Facebook figure)."""
    _replied("how many views did the labour tick tock videos get", False, "I don't have TikTok figures",
             "86,000,000")


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (an ordinal written with a full stop, as German and Turkish write them)
    ("2. ve 3. videonun toplami", True, "16,700,000", "55,347,000"),
    ("das 2. und 3. Video zusammen", True, "16,700,000", "55,347,000"),
    ("wie viele Views hatte das 3. Video", True, "7,200,000", "I don't have"),
    ("5., 6. und 7. Platz zusammen", True, "10,400,000", "55,347,000"),
    # (a full stop closing a sentence after a number is no ordinal)
    ("top 2. and who posted them", True, "Top 2 of 10", "I don't have"),
    # (a count of videos no slice took: which ones is not said, and the whole list's total answers another question)
    ("total of the 7 videos", False, "which 7 videos", "55,347,000"),
    ("the 5 videos combined", False, "top 5 or bottom 5", "55,347,000"),
    ("total of the 10 videos", True, "55,347,000", "I don't have"),
])
def test_ordinals_written_with_a_full_stop_and_a_count_of_videos_not_said_which(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "das 2. Video" is the 2nd; "the 5 videos combined" says how many but not which: declined, not every video's
    total."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Malay and Swahili as language tables; a question word said after the unit it asks of: "siku ngapi")
    ("berapa hari antara immigration vid dgn 60 second challenge post?", True, "28 days", "I don't have"),
    ("video paling sikit views dlm top 10 apa lah", True, "Jeremy Corbyn’s friend Jayne", "Our wonderful NHS"),
    ("jessi tu rank berapa?", True, "#9 of 10", "How many videos"),
    ("jayne tweet to jessi tweet ni siku ngapi apart", True, "13 days", "more views"),
    ("NHS video views ni mara ngapi ya immigration one?", True, "2.1 times", "How many videos"),
    ("labour walispend pesa ngapi kwa fb ads", False, "I don't have", "86,000,000"),
    # (a Hindi question word before the measure it asks of stays there)
    ("mean tweets wala vid kitne views?", True, "3,700,000", "How many videos"),
    # ("how many million views": the figure in a scale, not how many videos)
    ("how many million views did the nhs video get", True, "13,400,000", "How many videos"),
    ("how many million did mean tweets get", True, "3,700,000", "How many videos"),
    ("the nhs video, views how many?", True, "13,400,000", "How many videos"),
    # (a day guessed beside a date asked: "23rd" is no place past the list's end)
    ("rob delaney tweet date? 23rd or sumthing?", True, "23 November 2019", "I don't have"),
    # (a place counted from the bottom, when asked so)
    ("where does mean tweets rank if u count from the bottom of the list", True, "6th from the bottom", "I don't have"),
    ("jayne vid rank? bottom or nah", True, "#10 of 10", "from the bottom"),
    # (a superlative right before a name two videos share picks one of them, whatever is asked of it)
    ("the least viewed nhs video", True, "Jessi on the value of our NHS", "13,400,000"),
    ("what rank is the least viewed nhs video", True, "#9 of 10", "No:"),
    # (one place on the whole list: "7th on the top 10 <word> list")
    ("whats 7th on the top 10 lekker list", True, "Nicky Morgan", "I don't have"),
    ("drop from 4th to 5th place in views?", True, "2,800,000 more", "I don't have"),
    # (after the question, what the asker knows already is not asked)
    ("median views of the top 10? yes i know median is the avg of 5th and 6th", True, "3,650,000", "100,000 more"),
])
def test_malay_swahili_scales_guessed_days_places_from_the_bottom_and_asides(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """Malay and Swahili read; "how many million views" asks the figure; a day guessed after a date asked; a place
    counted from the bottom; a superlative picking one of the videos sharing a name; "i know ..." after a question is
    the asker's own working."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (an empty band of views asks two things: over one bound, then under the other)
    ("how many got over 5m and how many under 3m", True, "with under 3,000,000 views: 2", "views: 0"),
    ("which vid got exactly 3 mil views", True, "Boris Johnson quotes", "at least"),
    # (a share: of a whole the part is not in; of itself; counted, of the whole list's videos; a place named)
    ("corbyn posted the nhs vid himself right? what share of his posted views is that", True,
     "posted by Rob Delaney, not Jeremy Corbyn", "34.9%"),
    ("what % of december videos' views was the nhs video", False, "not among the videos posted in December",
     "% of the views"),
    # (both posted in November: no part of the December videos' views)
    ("jayne and jessi combined as a share of the december videos", False, "not among the videos posted in December",
     "22.9%"),
    ("#4 as % of #1, 1dp", True, "48.5%", "I don't have"),
    ("cumulative share of the top 2 vids? like nhs + not sure who to vote for as % of top 10", True, "41.4%",
     "100.0%"),
    ("what % of the top 10 vids come with a tweet from corbyn himself", True, "8 of 10 videos", "69.3%"),
    ("Cumulative share of the top three videos as a % of the top-ten total, 1 dp?", True, "54.4%", "30.0%"),
    ("whats #7 on the list and how much of the total is it", True, "Nicky Morgan on Good Morning Britain (#7)",
     "Videos ranked"),
    ("what % do the bottom 3 (boris quotes, jessi, jayne) make up together", True, "15.1%", "35.9%"),
    ("how much of labours 86m fb views came from the nhs video specifically", False, "came from each video",
     "15.6%"),
    ("jessi vs jayne diff in views? and % more", True, "The gap: 147,000 views", "I don't have"),
    # (the vote's share is an election result, not held; "the day of the vote" is a day)
    ("what % of the vote did labour end up getting in 2019", False, "election results", "1,000,000"),
    ("60 sec challenge — what date did that go up? was it like literally the day of the vote", True,
     "12 December 2019", "election results"),
    # (someone's video asked with "which": the videos they posted)
    ("rob delaney posted which one of the vids? forgot", True, "Our wonderful NHS", "I don't have"),
    # (Hebrew, Hungarian, Vietnamese and Spanish words)
    ("kama yamim beyn jayne (17 nov) and jessi (30 nov)", True, "13 days", "more views"),
    ("hány nap között the immigration tweet and the 60 second challenge tweet", True, "28 days", "2 of the 10"),
    ("cai nao dung thu 2 trong list vay", True, "If you’re not sure who to vote for", "I don't have"),
    ("que dia de la semana corbyn posted the mean tweets video", True, "Monday 9 December 2019", "I don't have"),
])
def test_bands_shares_votes_and_more_languages(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Two bounds that no video meets at once are two questions; a share of a whole its part is not in is declined,
    of itself is of every video, "% of the top 10 vids" counts videos; "% of the vote" is not held; Hebrew, Hungarian
    and Vietnamese read."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("and share" after a figure asked: its share, not a post)
    ("top 8 cumulative views and share? i think its exactly 50m??", True, "90.3%", "I don't have"),
    # (places in brackets restating the set asked: "(6-10)")
    ("bottom half of the list (6-10) - what fraction of the top 10 views is that", True, "27.2%", "I don't have"),
])
def test_a_share_asked_beside_a_figure_and_places_restated_in_brackets(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "views and share?" asks the share too; "(6-10)" after the bottom half says the same set again."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (an outside review of this stop's rules: a number closing a sentence is no dotted ordinal)
    ("top 3. December videos only", True, "the 3 most viewed videos posted in December", "posted on 3 December"),
    ("Corbyn posted 8. Videos total or not?", True, "38,347,000", "8th earliest"),
    ("bottom 3. Video with least views?", True, "Bottom 3 of 10", "3rd least viewed"),
    ("Sorry I meant top 5. November only", True, "posted in November 2019", "posted on 5 November"),
    ("der 1. und der 2. zusammen", True, "22,900,000", "55,347,000"),
    # ("i know" then a turn to something else asks it; "ik" is Dutch "I")
    ("avg views? i know the overall, what about december only?", True, "5,850,000", "5,534,700"),
    ("which had the most views? i know, but only corbyn's", True, "If you’re not sure who to vote for",
     "The most viewed video is Our wonderful NHS"),
    ("wat is het gemiddelde? ik bedoel van de top 5", True, "8,060,000", "5,534,700"),
    ("what % of labour's fb views does the nhs vid's total make up, roughly? i know its fb + twitter but humour me",
     True, "15.6%", "I don't have"),
    # (a reversed "between", and one band with "but": not two questions)
    ("how many videos between 5m and 3m", True, "between 3,000,000 and 5,000,000 views: 4", "at least"),
    ("how many videos had more than 5m but less than 3m views", True, ": 0", "over 5,000,000 views: 4"),
    # ("million view videos" counts videos; a video's own places are no figure against another)
    ("how many million view videos did corbyn post", True, "Jeremy Corbyn: 8", "38,347,000"),
    ("did jayne drop from 9th to 10th", True, "#10 of 10", "more views than"),
    # (shares of a set of places: the part's videos in it; a single video as the whole is a figure to set it against)
    ("what % of the top 3 views did the nhs videos get", True, "44.5%", "53.6%"),
    ("what share of december views did the top 3 get", True, "71.4%", "128.6%"),
    ("immigration vid as a percentage of the top video's views, 1dp", True, "48.5%", "I don't have"),
    # (Portuguese "não": not; "<name>'s tweet": its words, or its link)
    ("qual video nao foi postado pelo corbyn?", True, "not posted by Jeremy Corbyn", "8 of the 10"),
    ("what was rob delaney's tweet", True, "May I ask you to watch", "I don't have"),
    ("whats the link on rob delaneys tweet", True, "https://pic.twitter.com/VNzKPYGgq2", "I don't have"),
    ("What did Jeremy put as the words on the Nicky Morgan status?", True, "just be honest", "I don't have"),
    # (a markdown quote opening a message is no "more than")
    ("> When politicians resort to blaming immigrants, you know they've run out of ideas.\n\nhow many ppl actually "
     "watched that immigration vid??", True, "6,500,000", "I don't have"),
    ("which of the top vids was tweeted earliest? and what date", True, "Labour’s immigration video",
     "among the most viewed video"),
    ("is the NHS vid more than double the immigration vid? whats the ratio", True, "2.1 times", "1.03"),
])
def test_an_outside_review_of_stop_39(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An outside review of this stop's rules found these answered worse than before them (dotted ordinals after
    "top", "i know" asides that turn to a question, reversed bands, "million view videos", "drop from" of a video's
    own places), or wrong before and after (shares of a slice, Portuguese negation, "<name>'s tweet")."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a gap of whole weeks, or of two weeks or more, said in weeks too)
    ("how many weeks between the immigration tweet and the 60 second challenge tweet", True, "In weeks: 4 weeks.",
     "I don't have"),
    ("days between jayne and jessi", True, "13 days between", "week"),
    # (a list position written again, "what was #3 again", is the place said before)
    ("how far behind the #1 was the #3, and what was #3 again", True, "6,200,000 more views", "I don't have"),
])
def test_gaps_in_weeks_and_a_list_place_asked_again(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Days between two posts in weeks as well; "#3 ... #3 again" is one place."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a platform before a postposition, "youtube pe": on it, a count not held)
    ("youtube pe NHS wali video ke kitne views thay?", False, "I don't have YouTube figures", "NHS: 13,400,000"),
    # (what a campaign cost is spending, not held)
    ("how much did the campaign cost on facebook ads", False, "spending", "86,000,000"),
    ("cat a costat campania pe facebook ads, like total spend", False, "spending", "111,000,000"),
    # (a quote after a word read as two: its place counted as read)
    ("cate views more did NHS have vs 'not sure who to vote for'", True, "3,900,000 more", "I don't have"),
    # (Romanian and more Urdu words; a scaled claim's share too)
    ("cate zile intre immigration video si 60 second challenge", True, "28 days", "2 of the 10"),
    ("2017 wale GE me corbyn k retweets kitne thay?", True, "1,400,000", "I don't have"),
    ("is the immigration one more than half the NHS one's views? as a %", True, "48.5%", "I don't have"),
])
def test_platform_postpositions_campaign_costs_quotes_after_long_words_romanian_and_urdu(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "youtube pe" is on YouTube; a campaign's cost is spending; a quote's place after a word read as two; Romanian
    and Roman Urdu words; a share beside a scaled comparison."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Roman Urdu: "2 number wali video" is the video at number 2; "alag alag": separately; "poora naam": full name)
    ("2 number wali video ke views number 4 se kitne zyada thay", True, "3,000,000 more", "Our wonderful NHS"),
    ("nicky morgan wali video ke facebook aur twitter views alag alag kitne thay", False, "split by platform",
     "#7 of 10"),
    ("jessi kaun hai, uska poora naam kya hai aur kis hospital me kaam karti hai", False, "beyond their names",
     "#9 of 10"),
    ("tories ki sab se zyada dekhi gayi campaign video kaunsi thi aur uske kitne views", False,
     "I don't have Conservatives videos", "25,000,000"),
])
def test_roman_urdu_places_after_numbers_and_phrases(question: str, answered: bool, said: str, unsaid: str) -> None:
    """A place word after its number ("2 number wali video"); Roman Urdu phrases read."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a place among the videos sharing a name: that one, or none past their number)
    ("the second most viewed nhs video", True, "Jessi on the value of our NHS", "13,400,000"),
    ("the third most viewed nhs video", False, "only 2 videos have that name", "13,400,000"),
])
def test_a_place_among_the_videos_sharing_a_name(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "the second most viewed <topic> video": the second of those the name is shared by (none if too few)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a bracket restating a slice with names too short to name one video each: the slice; as many named as the
    # slice but not its top: those, not called the most viewed)
    ("top 3 (nhs, vote, 60 second) combined views", True, "30,100,000", "Jessi"),
    ("total of the top 2 (nhs and vote)", True, "22,900,000", "Jessi"),
    ("top 2 (nhs and immigration) total", True, "Total views of videos (Our wonderful NHS and Labour’s immigration "
     "video): 19,900,000", "2 most viewed"),
    # ("<place> how many times <place>": a ratio, the second place a few words on)
    ("video no 1 how many times video no 10?", True, "5.2 times", "How many videos"),
    # (one platform only, the other set aside: declined, not the combined count)
    ("60 sec challenge facebook only views, not twitter combined, how much", False, "Facebook-only", "#3 of 10"),
    # (every video of a group left out when said as a plural; one when said as one)
    ("sum of the top 10 views excluding both nhs ones", True, "39,200,000", "41,947,000"),
    ("total views excluding the nhs one", True, "41,947,000", "39,200,000"),
    # (every place on one side of a place left out, the place itself counted from)
    ("total excluding everything below 5th", True, "40,300,000", "except #5"),
    ("total of the ones below 5th", True, "15,047,000", "55,347,000"),
])
def test_brackets_with_short_names_ratios_platforms_and_what_is_left_out(
        question: str, answered: bool, said: str, unsaid: str) -> None:
    """A slice restated in brackets; a ratio of two places; one platform set against the other; groups and sides of a
    place left out."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (after the question, what is not meant: the question alone, unless its answer is the one set aside)
    ("what did corbyn thank jessi for? not jayne", True, "powerful", "2,600,000"),
    ("one spot above jessi's video, what is it (not jayne lol)", True, "Boris Johnson quotes", "2,600,000"),
    ("what date is the article from, not the tweet dates", True, "12 December 2019", "I don't have"),
    ("not the immigration one but the nicky morgan GMB clip, how many views did that get", True, "3,100,000",
     "45,747,000"),
    ("what was the most viewed video, not the nhs one", True, "If you’re not sure", "13,400,000"),
    ("the other nhs-themed video (not delaney's), who's in it and what rank", True, "Jessi", "13,400,000"),
    ("nicky morgan on GMB (good morning britain, not the american show lol) - rank and views?", True, "#7 of 10",
     "I don't have"),
    # (a figure claimed before it is checked whole)
    ("tories got 36m on facebook vs labours 86m, not that big a gap is it", True, "No:", "61,000,000 (61 million)"),
])
def test_what_is_not_meant_said_after_a_question(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "<question>? not <other>", "<question> (not <other> lol)", "not <A> but <B>, <question>": what is not meant
    set aside, the question answered alone."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Indonesian: the Malay table's own words and a word said twice written with a "2")
    ("rata2 views top 10 brp", True, "5,534,700", "11,450,000"),
    ("tgl brp mean tweets diupload", True, "9 December 2019", "count of mean tweets"),
    ("video no 1 itu brp persen dr total views top 10", True, "24.2%", "I don't have"),
    ("video yg ditweet bulan desember ada brp biji", True, "4 of the 10", "posted by Boris Johnson"),
    ("top2 views", True, "Top 2 of 10", "5,534,700"),
    # (Bengali: "er beshi" after a figure is over it; a place word after the video it counts from; "8 number")
    ("koyta video 5 million er beshi views paise list e", True, "4 of the 10", "I don't have"),
    ("mean tweets er just neche kon video", True, "Gogglebox", "#5 of 10 (5th), with"),
    ("8 number e ki chilo", True, "Boris Johnson quotes", "I don't have"),
    ("1 number r 10 number er moddhe gap koto views e", True, "10,800,000", "I don't have"),
    ("tories er sob theke viral video konta chilo r koto views", False, "Conservatives", "25,000,000"),
])
def test_indonesian_and_bengali_words(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Indonesian (in the Malay table) and Bengali in Latin letters, with the word orders they use."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the words of a longer negation are no operation of their own; past a slice of the list is no bonus)
    ("apart from the top 5 which one is 6th", True, "Gogglebox reacts to nurses pledge", "I don't have"),
    ("besides the top 10, any other videos mentioned?", True, "added favourites", "I don't have"),
    ("besides the top 3, what's the total", True, "25,247,000", "favourites"),
    # (a place asked of a set before the claim words: the set kept whole)
    ("what rank is the most viewed corbyn video", True, "If you’re not sure who to vote for", "Our wonderful NHS"),
    # (an order said of a shared name a few words on)
    ("the 2nd most viewed video about the nhs", True, "Jessi on the value of our NHS", "13,400,000 (13.4M) views"),
])
def test_negations_past_a_slice_and_orders_said_of_a_set(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "apart from the top 5", "besides the top 10" (the favourites), "what rank is the most viewed <name> video",
    "the 2nd most viewed video about the <topic>"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a count no video has, claimed of one: declined, not its views set against the claim)
    ("is it true rob delaney's nhs video got retweeted 100k times", False, "retweets per video", "No:"),
    # (a party not held asked of beside the one held: declined, not the held one's given as theirs)
    ("what were the tories' top 10 video view counts? the article ranks them side by side with labour's", False,
     "I don't have Conservatives videos", "13,400,000"),
    # (a person named with the party, as the figure has them: the figure, not the person's videos)
    ("is it true labour n corbyn got over 86m fb views on campaign vids", True, "Yes:", "Facebook-only"),
    # (a bracket naming the parties again: the share of the one asked; "of (<A> + <B>)" is the whole)
    ("tories share of total fb views (lab+con) as a fraction and as a % pls", True, "**Boris Johnson and the "
     "Conservatives: about 22.5%", "**Labour"),
    ("labour share of (labour + tory) FB views, % to 1dp", True, "77.5%", "61,000,000"),
    # (the end of the posting order claimed: checked either way)
    ("latest posted one in the list is the 'not sure who to vote for' vid right?", True,
     "the latest posted is Jeremy Corbyn’s 60 second challenge", "Yes:"),
    ("which of the videos was tweeted earliest? was it the jayne one?", True,
     "the earliest posted is Labour’s immigration video", "Yes:"),
    ("which of the videos was tweeted earliest? was it the immigration one?", True,
     "Yes: Labour’s immigration video is the earliest posted", "matching"),
])
def test_claims_of_counts_parties_and_the_posting_order(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Claims checked by what the data holds: a count no video has, a party's videos not held, the party figure with
    its person, the posting order's ends; a bracket restating the parties."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Punjabi: "kinne", "kehri", "di" as whose, "to upar" after a figure)
    ("kinniyan videos 5 million to upar si top 10 ch?", True, "4 of the 10", "I don't have"),
    ("tories di top video kehri si 2019 ch, boris wali koi", False, "Conservatives", "3,000,000"),
    ("corbyn di friend jayne wali video... kinne log dekhe si oh?? bahut sad si", True, "2,600,000", "I don't have"),
    # (Nepali: "kati" after what it asks, "jodda" adds up, "bhanda badi" over a figure, "matra" only)
    ("top 5 ko views jodda kati aaucha?", True, "40,300,000", "How many"),
    ("5 million bhanda badi views bhako video kati ota cha?", True, "4 of the 10", "I don't have"),
    ("NHS video ko facebook matra ko views kati, twitter ko alag bhannus na", False, "Facebook-only", "#1 of 10"),
])
def test_punjabi_and_nepali_words(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Punjabi and Nepali in Latin letters, with the word orders they use."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Albanian: "sa" after what it asks, "cili", "kur", "jan" as "are", not January, in a message in it)
    ("sa video nga top 10 jan postu nga account i @jeremycorbyn?", True, "8 of the 10", "January"),
    ("sa ma shum views pat NHS video se videoja e Jayne", True, "10,800,000", "I don't have"),
    ("kur u postua immigration video", True, "14 November 2019", "I don't have"),
    # ("jane" is no Albanian word outside an Albanian message)
    ("when was the jane video posted", True, "17 November 2019", "I don't have"),
    # (a range of places set against a named video: one side, not two places)
    ("places 7 to 10 all together, do they beat the nhs vid on its own? by how much either way", True,
     "videos ranked #7–#10 had 1,953,000 fewer views", "#7, #10"),
    # (a bracket naming the two ends of the places said before it)
    ("avg of places 6-10 (gogglebox down to jayne) ?", True, "3,009,400", "#6 of 10 (6th), with"),
])
def test_albanian_words_and_place_ranges_against_a_video(question: str, answered: bool, said: str,
                                                         unsaid: str) -> None:
    """Albanian words read in a message in it; a range of places as one side of a comparison; a bracket naming a
    range's ends."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a "not" clause the whole already reads as a set left out: kept, not dropped)
    ("average views, not counting the top one", True, "4,660,778", "5,534,700"),
    ("which video had the most views, not counting the top 2", True, "60 second challenge", "Our wonderful NHS"),
    ("2nd least viewed, not counting jayne", True, "Boris Johnson quotes", "Jessi"),
    ("which was first? not by views, by date posted", True, "earliest posted first", "13,400,000 (13.4M) views"),
    # ("<title> is below which video": the one it stands below, not read as the one below it)
    ("gogglebox is just below which video?", True, "Gogglebox", "Nicky Morgan"),
    ("nhs is above which video", True, "Our wonderful NHS", "Nothing comes"),
    # ("apart from that, ...": a turn to the next question)
    ("apart from that, what was 2nd", True, "If you’re not sure who to vote for", "except #2"),
    # ("the 3 number video": the place, a determiner before it)
    ("the 3 number video views", True, "7,200,000", "I don't have"),
    # (an order and a group name with "and" between: two things, not the group's least viewed)
    ("views of the least viewed video and the nhs one", True, "Our wonderful NHS", "**Jessi"),
    # (a bracket naming both parties with no share asked of them: the share read whole)
    ("tories share of fb views (labour and tories)", True, "22.5%", "I don't have"),
    # (a count of "top ten", "all": not the group's)
    ("total views of top ten except nhs", True, "41,947,000", "39,200,000"),
    ("total views of all except nhs", True, "41,947,000", "39,200,000"),
    # (a party left out of a figure asked; a bare "not" takes none out)
    ("apart from the tories, what were the fb views", True, "Labour and Jeremy Corbyn: over 86,000,000",
     "Boris Johnson and the Conservatives: around"),
    ("fb views excluding the tories", True, "Labour and Jeremy Corbyn: over 86,000,000",
     "Boris Johnson and the Conservatives: around"),
    ("And how many did the Conservatives manage on facebook, roughly? I dont trust that Boris.", True,
     "25,000,000", "I don't have"),
    # (Swahili "kati ya": between, no "how many")
    ("views kati ya nhs na jayne", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
])
def test_an_outside_review_of_stop_40(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What an outside review of this stop's change found answered worse than before (and a party left out)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a place in the posting order claimed: checked by the dates, not the views)
    ("the first posted video was immigration right?", True, "Yes: Labour’s immigration video is the 1st posted",
     "not #1"),
    ("the first posted video was jayne right?", True, "the 1st posted is Labour’s immigration video", "Yes:"),
    ("the nhs video was the first one posted right?", True, "the 1st posted is Labour’s immigration video", "not #1"),
])
def test_a_place_in_the_posting_order_claimed(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "the first posted video was <title> right?": the posting order's place, confirmed or put right."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a poster left out with "not counting": their videos out, not counted in)
    ("total views not counting corbyn", True, "17,000,000", "55,347,000"),
    ("average views, not counting corbyn's videos", True, "8,500,000", "5,534,700"),
    # (a share's whole said after an "of" further on: both parties)
    ("what share did the tories get (of labour+tories)", True, "22.5%", "29.1%"),
])
def test_posters_not_counted_and_a_share_of_both(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "not counting <name>" leaves their videos out; "what share did <A> get (of <A>+<B>)" is of both."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a top slice missed: against its last place, or the first place out)
    ("by how much did gogglebox miss the top 5", True, "100,000 more", "36,700,000"),
    ("how far short of the top 3 was mean tweets", True, "3,500,000 more", "26,400,000"),
    ("who JUST missed the top 3 then", True, "Labour’s immigration video", "Top 3 of 10"),
    ("mean tweets vs the top 3 combined", True, "26,400,000", "3,500,000"),
    # (Portuguese "pelo menos", "ou mais", "quantas vezes maior")
    ("qnts videos tiveram pelo menos 3M views (3 milhoes ou mais)?", True, "at least 3,000,000", "under"),
    ("quantas vezes maior é o wonderful NHS vs o video da Jayne? aprox", True, "5.2 times", "10,800,000 more"),
    # (Sinhala: "kiyada" after what it asks, "wadiya" after a figure)
    ("immigration video ekai jayne video ekai athara dawas kiyada", True, "3 days", "How many videos"),
    ("5 million wadiya views thiyena videos kiyada top 10 eke", True, "4 of the 10", "I don't have"),
])
def test_top_slices_missed_portuguese_and_sinhala(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "missed the top 3", "how far short of the top 3"; Portuguese and Sinhala words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a place in a sort by posting said alone: a place in that order, not the video at that place by views)
    ("sorted by date, which was 2nd", True, "2nd earliest posted video: Jeremy Corbyn’s friend Jayne", "If you’re"),
    ("by date which came 3rd", True, "3rd earliest posted video: Our wonderful NHS", "60 second"),
    ("in date order whats the 2nd video posted", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    # (a list's place written as one stays a place by views)
    ("sorted by date what was #2", True, "If you’re not sure", "Jayne"),
    # (an end of the posting order said as a way to sort, a place apart: that place in the order)
    ("chronologically, which was 2nd", True, "2nd earliest posted video: Jeremy Corbyn’s friend Jayne", "ranked #2"),
    # (an end of the order with a place said apart: a place said of that one video, by views)
    ("latest posted, what was 3rd", True, "The latest posted video: Jeremy Corbyn’s 60 second challenge", "Mean"),
    ("was the earliest posted video 4th?", True, "Labour’s immigration video", "Nicky Morgan"),
    ("the most recent upload came 3rd right?", True, "60 second", "Mean tweets"),
    ("which came first chronologically", True, "The earliest posted video: Labour’s immigration video", "Videos,"),
    # (places of the posting order joined: each of them)
    ("the 2nd and 3rd posted", True, "Jeremy Corbyn’s friend Jayne", "3rd earliest posted video: Our"),
    ("1st and 2nd posted videos, total views", True, "9,100,000", "2nd earliest posted video: Jeremy"),
    ("2nd most viewed and 3rd most viewed", True, "60 second", "I don't have"),
])
def test_a_place_in_a_sort_by_posting(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "sorted by date, which was 2nd": the 2nd posted."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the day the asker gives an event the data has no date for, in a clause of its own)
    ("how many days before the election was jessi's vid posted, election being dec 12", True, "12 days",
     "polling day"),
    ("the 'if ur not sure who to vote for' vid came out how many days before the vote? election was the 12th",
     True, "1 day", "polling day"),
    ("how many days before polling day was the nhs vid posted", False, "polling day", "19 days"),
])
def test_an_event_dated_in_a_clause_of_its_own(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "..., election being dec 12": the event read as that day; undated, still declined."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (two places set side by side, each one's views asked: compared, never added up)
    ("#1 vs #10 how many views", True, "10,800,000", "16,000,000"),
    ("#1 more than #10 how many views", True, "10,800,000", "16,000,000"),
    # (the widest gap between neighbours, whatever word says they are neighbours)
    ("whats the longest gap between two back-to-back posts in the list", True, "8 days apart", "1 day apart"),
    ("which two videos were posted closest together", True, "1 day apart", "8 days"),
    # (days of one month listed after it, the commas unsaid; "from" before a list of three is no range)
    ("avg views of the vids from dec 9, 11 and 12", True, "6,800,000", "above the average"),
    ("total views of the vids from dec 8th, 9th and 11th", True, "16,200,000", "all 10"),
    ("views between 8 and 12 dec", True, "8 December 2019 to 12 December 2019", "or 12"),
    # (a poster said not to be someone, with "isn't" or "aren't"; a slice not held)
    ("videos whose poster isn't corbyn", True, "not posted by Jeremy Corbyn", "8 of the 10"),
    ("which videos aren't in the top 5", True, "except #1–#5", "Top 5 of 10"),
])
def test_places_compared_gaps_listed_days_and_negated_posters(question: str, answered: bool, said: str,
                                                              unsaid: str) -> None:
    """Two places side by side, the widest gap, days listed after a month, "isn't <name>"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Gujarati: "ketla", "kone", "kyare", "vachhe ... divas", "malavi ne"; "na" as "'s")
    ("immigration tweet ane 60 sec challenge tweet vachhe ketla divas?", True, "28 days", "2 of the 10"),
    ("top 5 malavi ne ketla views", True, "40,300,000", "Top 5 of 10"),
    ("gogglebox valu video kone tweet karyu ane kyare?", False, "no tweet", "3,600,000 (3.6M) views across"),
    ("boris na quotes valo video, ketla views?", True, "3,000,000", "no videos posted by Boris"),
    # (Malayalam: "ethra", "nekkal ... kooduthal", "koottiyaal")
    ("NHS video jayne video nekkal ethra kooduthal views", True, "10,800,000 more", "2 of the 10"),
    ("Jessi aaranu, ethu hospital il aanu work cheyyunne?", False, "people in the videos", "2,747,000 (2.747M) views "
     "across"),
    # (Mandarin in pinyin: "di 3" a place, "<A> bi <B> duo" a comparison, "jia qi lai" added up)
    ("di 6 dao di 10 jia qi lai duoshao views", True, "15,047,000", "55,347,000"),
    ("di 3 he di 8 fenbie shi shenme video?", True, "#3", "I don't have"),
    ("di 1 ming bi di 10 ming duo duoshao views a", True, "10,800,000 more", "16,000,000"),
    ("tories zui hao de na ge video shi shenme, duoshao views", False, "Conservatives videos", "25,000,000"),
])
def test_gujarati_malayalam_and_mandarin_words(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Language tables for Gujarati, Malayalam and Mandarin in Latin letters."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the stretch a named video was posted in, said of the others: it aside)
    ("which vid went up on the same weekday as the rob delaney nhs one (diff week obvs)", True,
     "Videos posted on a Saturday other than Our wonderful NHS: Jessi", "#1 of 10 (1st)"),
    ("what else was posted in the same month as jayne", True, "4 of the 10 videos posted in November 2019 other than",
     "#10 of 10"),
    ("which video went up the same day as mean tweets", True, "None of the 10 videos fit", "3,700,000 (3.7M) views"),
    # (a weekday claimed after a posting word: the day given with its weekday, beside the poster put right)
    ("why did corbyn post the top nhs vid on a sunday? weird day to drop ur best one", True, "Saturday 23 November",
     "Sunday 23"),
    ("a sunday quiz: total views?", True, "55,347,000", "Saturday"),
    # (a campaign figure's rate per week)
    ("how many retweets per week in 2017", True, "about 188,462 retweets a week", "about 400,000"),
])
def test_the_same_stretch_a_weekday_claimed_and_a_weekly_rate(question: str, answered: bool, said: str,
                                                              unsaid: str) -> None:
    """ "the same weekday as <title>"; "post <title> on a sunday" given its weekday; "retweets per week"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a ratio asked last, after both sides, as languages that put the verb last ask it)
    ("nhs videosu jayne videosunun kac kati view almis", True, "5.2 times", "13,400,000 (13.4M) views across"),
    ("NHS video shi jayne video de ji bei views", True, "5.2 times", "13,400,000 (13.4M) views across"),
    ("how many times was nhs tweeted", False, "how many times a video was shared", "5.2"),
    # (a figure's postposition in Turkish, Malayalam; a scale in Turkish with a decimal comma)
    ("kac video 5 milyon ustu view almis", True, "4 of the 10 videos with over 5,000,000", "I don't have"),
    ("3 milyonun altinda kalan videolar hangileri", True, "under 3,000,000", "just below"),
    ("3 million il kuravu views ulla videos ethokke", True, "under 3,000,000", "least viewed"),
    ("hangi video 7,2 milyon aldi ya unuttum", True, "60 second", "7th most viewed"),
    ("tories facebookta kac view almis, boris falan", True, "25,000,000", "Boris Johnson quotes"),
    # (the runner up to a named video: the one below it; a video said at its own place)
    ("whats the runner up to the nhs vid", True, "just below Our wonderful NHS (#1): If you’re not sure", "only 1"),
    ("who was runner up", True, "If you’re not sure", "just below"),
    ("runner up was the 'if ur not sure who to vote for' one yeah? how many views", True, "9,500,000", "only 1"),
    ("yo whats the total reach on the NHS vid, the #1 top performer?", True, "13,400,000", "16,147,000"),
    # (an end of the posting order said with one place by views: that end, its card giving its place)
    ("the earliest posted video, was it 3rd by views?", True, "Labour’s immigration video", "60 second"),
])
def test_verb_final_ratios_postpositions_and_the_runner_up(question: str, answered: bool, said: str,
                                                           unsaid: str) -> None:
    """Ratios asked last; "5 milyon ustu"; "the runner up to <title>"; a video said at its own place."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a campaign figure supposed scaled, or with an amount added or taken: said so, set against the other named)
    ("supposing the tories doubled their facebook views would they actually catch labour lol", True,
     "about 36,000,000 more Facebook views than Boris Johnson and the Conservatives with double the figure", "Yes"),
    ("if labours fb views dropped by 60 mil would the tories still be behind??", True, "about 26,000,000, supposed",
     "86,000,000 more"),
    ("if jc's 2019 rts had been 50% higher what wud that be", True, "3,600,000 retweets", "1.7 times"),
    ("supposing corbyns 2017 retweets had doubled, would they beat 2019?", True, "2,800,000, supposed", "1.7 times"),
    # (not a hypothetical: "double the rate" said of the figures, "say" an asker's wording)
    ("retweets per day roughly 2019 vs 2017? we wanna say 'more than double the rate'", True, "2.1 times the rate",
     "supposed"),
    # (a video's figure supposed with an amount taken, or a part of it lost: where it would stand)
    ("say mean tweets lost 200k views, what place would it drop to", True, "would be #6 of 10", "another -200"),
    ("what if the nhs one lost half its views, where would it rank then", True, "would be #3 of 10", "#1 of 10 (1st),"),
    ("whats half of the nhs videos views", True, "6,700,000", "it would be"),
    ("which videos in the top ten had fewer than 3 mil views", True, "under 3,000,000", "fewer: "),
    ("combien de vidéos dans le top 10 ont au moins 3 million vues", True, "at least 3,000,000 views: 8", "fewer"),
    # (an amount supposed is no figure claimed)
    ("if the 60 second challenge vid had 2.4m more it'd beat #2 right?", True, "would be #2 of 10", "No:"),
    # (a video removed: left out; asked whether it was: not)
    ("what if the NHS one was removed, which vid would be top then", True, "other than Our wonderful NHS: If you",
     "#1 of 10 (1st)"),
    ("was the nhs one removed from the list?", True, "Our wonderful NHS", "other than"),
    ("how many extra views wud the 60 sec challenge vid need to jump up to 2nd place", True, "2,300,000 more",
     "#3 of 10 (3rd), with"),
    ("how many extra days did the 2017 campaign have vs 2019 one", True, "10 days longer", "9 more videos"),
])
def test_figures_supposed_and_videos_removed(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "if the <party> doubled their views", "lost 200k views", "lost half", "was removed", "how many extra"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (an outside review of this stop's change: a place said of the posting order's end is by views)
    ("was the earliest posted video 4th?", True, "Labour’s immigration video", "Nicky Morgan"),
    ("chronologically first, ranked 4th?", True, "Labour’s immigration video", "Nicky Morgan"),
    # (names and other languages' words not read as a language's own words in every message)
    ("liang says top 5 views total?", True, "40,300,000", "22,900,000"),
    ("kem cho, how many views did the nhs video get", True, "13,400,000", "doesn't say why"),
    ("the gogglebox divas one - how many views", True, "3,600,000", "by day"),
    ("corbyn kitna tweet karta tha december me", True, "4", "more videos than"),
    # (a count's unit after a figure kept: "wan" ten thousand, "k" a thousand; a Mandarin month)
    ("top 10 zonggong duoshao views, chaoguo 5000 wan ma", True, "55,347,000", "51,747,000"),
    ("2747 k views valu video kayu che?", True, "Jessi", "I don't have"),
    ("12 yue fa de video you jige", True, "December 2019: 4", "How many videos: 10"),
    # (a range said keeps its days; a topic left out only as a whole)
    ("views from nov 23 to dec 9 excluding dec 8", True, "from 23 November 2019 to 9 December 2019", "or 9 Dec"),
    ("what about the ones that aren't nhs related", True, "8 of the 10", "9 of the 10"),
    # (English "how many times were they viewed": each one's views, no ratio)
    ("the nhs video and the jessi video, how many times were they viewed?", True, "13,400,000", "4.9 times the"),
    ("runner up to the 60 second challenge - views?", True, "just below Jeremy Corbyn’s 60 second challenge",
     "7,200,000 (7.2M) views across"),
    # (two videos said to be posted the same day, week or month: the days between them say whether)
    ("were boris quotes and mean tweets posted on the same day?", True, "1 day between", "2 of the 10"),
    ("boris quotes ane mean tweets ek j divas na hata k?", True, "1 day between", "2 of the 10"),
    ("was jessi posted in the same week as nicky morgan", True, "5 days between", "other than"),
])
def test_an_outside_review_of_stop_41(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a poster or a topic said not to be a video's, with "aren't": negated; a topic every video of it)
    ("how many videos aren't posted by corbyn", True, "not posted by Jeremy Corbyn: 2", "posted by Jeremy Corbyn: 8"),
    ("which vids aren't posted by rob delaney", True, "not posted by Rob Delaney", "Videos posted by Rob"),
    ("which videos aren't about the nhs", True, "other than Our wonderful NHS and Jessi", "matching"),
    ("what about the ones that aren't nhs related", True, "other than Our wonderful NHS and Jessi", "9 of the 10"),
    ("which videos aren't nhs ones", True, "8 of the 10", "matching"),
    ("if you remove both nhs vids (the delaney one and jessi) whats left in total views", True, "39,200,000",
     "16,147,000"),
    ("aren't they all by corbyn?", False, "I don't have", "not posted by"),
    # (a total with a video left out set against a bar: the others' total, not the video's own views)
    ("is the total with nhs excluded over 40m?", True, "41,947,000", "13,400,000 views: under"),
    ("total with the nhs one removed, over 40m?", True, "41,947,000", "13,400,000 views: under"),
    # (a percentage after "<title> video": a scale, no place in the list)
    ("is the nhs video 10% higher than the 2nd", True, "41.1% increase", "Jayne"),
])
def test_posters_and_topics_said_not_to_be(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "aren't posted by <name>", "aren't about the <topic>", "remove both <topic> vids"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a bound right before a month: its edge, the month itself out, or in after "since"; was the month alone)
    ("what got posted before december", True, "up to 30 November 2019", "posted in December"),
    ("anything posted prior to december?", True, "up to 30 November 2019", "posted in December"),
    ("which vids went up after november", True, "from 1 December 2019 on", "posted in November"),
    ("videos posted since november", True, "from 1 November 2019 on", "from 1 December"),
    ("in december before the 10th", True, "from 1 December 2019 to 9 December 2019", "up to 30 November"),
])
def test_a_month_bounded(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "posted before december", "after november", "since november": a bound at the month's edge."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a range's end before a sign-off is a place, not the chat "4" for "for")
    ("sum of places 2 to 4 pls", True, "23,200,000", "55,347,000"),
    # (a month's name before a video word is no tweet's first word: "May I ask ...")
    ("what was number 5 on the list, was that the may one", True, "Mean tweets", "Our wonderful NHS"),
    # ("was that the <video>" after a place asked: a guess at it, checked)
    ("what was number 5 on the list, was that the johnson one", True, "#5 is Mean tweets", "**Boris"),
    ("On what date was that NHS video first tweeted out?", True, "23 November 2019", "No:"),
    # (a count asked of one platform alone: not held)
    ("how many of the nhs views were just twitter not fb", False, "Twitter-only", "How many videos"),
    ("the NHS vid numbers, was that just facebook?", True, "across Facebook and Twitter", "I don't have"),
    # (videos asked of a year the data has none of, a poster named too: declined, never the campaign's as that year's)
    ("corbyn's most viewed video in 2017", False, "videos from 2017", "watch this"),
    ("total views of corbyn's videos in 2017", False, "videos from 2017", "38,347,000"),
    ("how many videos in 2017", True, "0 of the 10", "I don't have"),
    ("updated view counts as of jan 2020?", False, "the article is dated", "videos from 2020"),
    # (Tagalog "ibang", "hindi": other, not)
    ("video ba sa list na pinost ng ibang tao, hindi si jc?", True, "not posted by Jeremy Corbyn", "8 of the 10"),
])
def test_stop_42_first_batch(question: str, answered: bool, said: str, unsaid: str) -> None:
    """A range's end before "pls", a month's name beside a video word, "was that the ...", one platform's count asked,
    videos of another year with a poster, Tagalog "ibang" and "hindi"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (another year offered beside the campaign's with "or", nothing compared: a doubt, the campaign's year asked)
    ("the 60 sec challenge thing from the 2017 election... or was it 2019 idk. how many views did it get", True,
     "7,200,000", "videos from 2017"),
    ("which campaign was longer, 2017 or 2019?? how many days each", True, "10 days longer", "1.7 times"),
    # ("when" and its subject after the question: a clause, no date asked)
    ("and in 2017 how many rts did jc get, back when he was up against may", True, "1,400,000", "dates of the 52"),
    ("corbyns friend jayne video, ile views and kiedy he post it", True, "posted on 17 November 2019", "I don't have"),
    # (names offered after a video, closing "who posted ...": guesses at its poster)
    ("who posted the immigration vid tweet, corbyn or johnson lol", True, "Jeremy Corbyn (@jeremycorbyn) posted",
     "no videos posted by"),
    # ("by how many x": a ratio; a gap and a ratio asked of one pair: the ratio, which says the gap)
    ("so labour outdid the cons on fb by how many x? like 3x, 4x?", True, "3.4 times", "I don't have"),
    ("how much more did the nhs vid do vs the jayne one, and roughly how many x", True, "5.2 times", "I don't have"),
    ("how much more did the nhs vid do vs the jayne one, and roughly how many x", True, "10,800,000", "I don't have"),
    ("is the nhs vid more than five times the jayne one", True, "Yes: Our wonderful NHS is 400,000 views above",
     "I don't have"),
    # (a video word after each name added, and a closing "how many": their total)
    ("both nhs vids added (rob delaney one + jessi one) how many", True, "16,147,000", "How many videos"),
    # (Lithuanian and Latvian words)
    ("emeli sande video kiek perziuros", False, "no figures", "Our added favourites\\n"),
    ("top 3 together cik skatijumi", True, "30,100,000", "I don't have"),
])
def test_stop_42_second_batch(question: str, answered: bool, said: str, unsaid: str) -> None:
    """A year doubted, a "when" clause after the question, posters offered, a gap and a ratio asked together, names
    added with video words, Lithuanian and Latvian words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Bosnian, Croatian and Serbian words)
    ("koji je bio drugi najgledaniji video kampanje", True, "If you’re not sure", "I don't have"),
    ("sta je odma iznad nicky morgan videa na listi", True, "Gogglebox", "#7 of 10 (7th) by views"),
    ("koliko pregleda ima nhs video na youtube?", False, "YouTube", "13,400,000 (13.4M) views across"),
    ("koliko dana izmedju jayne i jessi tweeta", True, "13 days", "I don't have"),
    # (Bulgarian words, and its places written "2ro", "10to", "3toto")
    ("koe e 2ro mqsto v spisuka?", True, "#2 of 10", "I don't have"),
    ("koi e na 10to mqsto be", True, "Jayne", "I don't have"),
    ("koe e nai-ranno tweetnatoto video ot spisuka i koga", True, "immigration", "I don't have"),
    ("kolko gledaniya ima NHS videoto", True, "13,400,000", "I don't have"),
    # (Marathi words; "kiti" is Punjabi "did" only in a message in Punjabi)
    ("kiti videos la 5 million peksha jast views ahet", True, "4", "I don't have"),
    ("jayne te jessi video kiti divas", True, "13 days", "2 of the 10"),
])
def test_bosnian_croatian_serbian_bulgarian_and_marathi(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Three more language tables: "koliko pregleda", "kolko gledaniya", "kiti views"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (videos named to be added against a figure: their total, and where it stands; never one against the other)
    ("jessi + jayne combined, do they beat 5m together", True, "5,347,000 (2 videos): over 5,000,000, by 347,000",
     "147,000 more"),
    ("mean tweets plus gogglebox combined, over 7m?", True, "7,300,000 (2 videos): over 7,000,000", "got more views"),
    ("is the total of jessi and jayne over 5m", True, "5,347,000", "got more views"),
    ("do jessi and jayne together beat the nhs vid", True, "8,053,000 fewer", "5,000,000"),
    # (a bound after a set figure asked yes or no, or either way: a bar for it, not a bound on its videos)
    ("is the top 10 average over 5m?", True, "5,534,700 (10 videos): over 5,000,000", "videos with over"),
    ("avg views per vid in the top ten, roughly? above or below 5m", True, "5,534,700", "videos with under"),
    ("average views of videos with over 5m", True, "9,150,000", "(4 videos): over"),
    ("jessi + jayne + boris quotes total? the sub-3.1m club", True, "8,347,000", "over 3,100,000"),
])
def test_a_set_figure_against_a_bar(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "<A> + <B> combined, over 7m?", "is the top 10 average over 5m?": the figure and where it stands."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a bound with a measure only campaign figures have, of someone who has one: that figure, no videos filtered)
    ("did corbyn get over 2 million retweets in 2019", True, "2,400,000", "I don't have"),
    ("corbyn retweets 2019 - was it over 2m this time round?", True, "2,400,000", "I don't have"),
    # (a bound above every video's count, of a side with a figure of that measure: that figure, no videos filtered)
    ("did labour get over 80 million views", True, "86,000,000", "None of the"),
    ("did corbyn's videos get over 35m in total", True, "38,347,000", "86,000,000"),
    # (Bulgarian "noe": November, in a message in Bulgarian)
    ("koe video e tweetnato na 25 noe", True, "Nicky Morgan", "I don't have"),
])
def test_a_campaign_figure_against_a_bound(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "did <name> get over 2m retweets": the figure; Bulgarian "noe"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("more or less than": a choice of two ways, which one said; no bound on the set, no "approximately")
    ("positions 6-10 added up, is it more or less than the nhs vid alone", True, "More: videos ranked #6–#10 had "
     "1,647,000 more views", "fewer views than"),
    ("is the immigration video more or less than half of what the top nhs video got?", True, "Less:", "got more views"),
    # (each side's line opens with a capital)
    ("is the total of 6th to 10th more than the nhs video", True, "\nVideos ranked #6–#10: 15,047,000 views.",
     "\nvideos"),
])
def test_more_or_less_than(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "is <A> more or less than <B>": which way, and by how much."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a letter held down: the word it stretches)
    ("corbyn 60 sec challenge how many viewsss fr fr", True, "7,200,000", "I don't have"),
    # (videos of "the <year> election": that year's, which the data has none of)
    ("my nan wants to know how many views corbyns videos got in the 2017 election", False, "videos from 2017",
     "38,347,000"),
    # (Pashto and Dari "tso": how many; "kala", a name too, is "when" only in a message in them)
    ("tso views did the nhs vid get", True, "13,400,000", "I don't have"),
    ("kala bro, what was the top video", True, "The most viewed video is Our wonderful NHS", "posted on"),
    # (Catalan words, its elided "l'", "d'" and its places "1r", "2n", "8è")
    ("tio quantes visualitzacions va tenir el video de l'NHS del rob delaney??", True, "13,400,000", "I don't have"),
    ("diferencia entre el 1r i el 2n video en views", True, "3,900,000", "I don't have"),
    ("quin video va quedar 8è i qui el va penjar", True, "Boris Johnson quotes", "earliest"),
    # (an "l'" or a "d'" before a consonant in English: no elision)
    ("whats the diff between #1 and #2", True, "3,900,000", "I don't have"),
])
def test_stretched_letters_an_elections_year_pashto_dari_and_catalan(question: str, answered: bool, said: str,
                                                                      unsaid: str) -> None:
    """ "viewsss", "the 2017 election", "kala", "quantes visualitzacions", "l'NHS", "8è"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("not counting exactly <figure>" after a bound at it: the bound strict, no video of that figure asked)
    ("how many vids got over 3m? not counting exactly 3m", True, "with over 3,000,000 views: 7", "exactly"),
    ("which videos got exactly 3m", True, "Boris Johnson quotes", "over"),
    # (Maltese words)
    ("kemm jiem bejn l immigration vid u l 60 sec challenge tweet", True, "28 days", "2 of the 10"),
    ("liema video kien numru 1 mela? l-aktar wiehed viewed", True, "Our wonderful NHS", "I don't have"),
    # (Scottish Gaelic words)
    ("the immigration one, blaming immigrants n that, how many seallaidhean?", True, "6,500,000", "I don't have"),
    ("co made the gogglebox clip and cuin was it posted", False, "no tweet", "I don't have figures"),
])
def test_exactly_denied_maltese_and_gaelic(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "not counting exactly 3m", "kemm views", "cia mheud seallaidhean"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (two years with "or" and days asked, or a measure both years have: both asked, no doubt)
    ("how many days did the 2017 campaign last, or the 2019 one", True, "52 days", "least viewed"),
    ("how many days in 2017 or 2019", True, "10 days longer", "Retweets"),
    # ("is that the <video> <name> posted": a question, no guess to check)
    ("is that the video rob delaney posted", True, "Our wonderful NHS", "I don't have"),
    # ("up to <month>", "the run up to <month>": before it; "until <day>", "since <day>": the day taken in)
    ("videos posted up to december", True, "up to 30 November 2019", "31 December"),
    ("videos posted in the run up to december", True, "up to 30 November 2019", "31 December"),
    ("videos posted until 30 november", True, "up to 30 November 2019", "29 November"),
    ("videos posted since 23 november", True, "from 23 November 2019 on", "24 November 2019 on"),
    ("videos posted after 23 november", True, "from 24 November 2019 on", "from 23 November"),
])
def test_an_outside_review_of_stop_42(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("more or less 3 million", "round about 3m": a guess at a figure, the video of it, no bound under it)
    ("which clip got more or less 2.6 million views", True, "Jeremy Corbyn’s friend Jayne: 2,600,000", "at most"),
    ("which one got round about 3m", True, "Boris Johnson quotes: 3,000,000", "under"),
    ("is the jessi clip more or less than 3 million", True, "under 3,000,000", "I don't have"),
    # ("<title> how many?", "... how many on twitter": a bare "how many" after one video asks its views, where said)
    ("the boris one how many?", True, "Boris Johnson quotes: 3,000,000", "1 of the 10"),
    ("jayne clip how many on facebook", False, "Facebook-only count", "1 of the 10"),
    ("the nhs vids, how many?", True, "2 of the 10", "I don't have"),
    # ("exact", "actual" between "how many" and the measure: no measure of their own)
    ("how many precise views did the gogglebox clip get", True, "3,600,000", "I don't have"),
    # (a sound-alike that changes more than half a short word's letters is no name: "neko" no "nicky")
    ("who posted the nhs video, corbyn or neko else", True, "Rob Delaney", "Nicky Morgan"),
])
def test_hedged_figures_bare_counts_and_far_sound_alikes(question: str, answered: bool, said: str,
                                                         unsaid: str) -> None:
    """A guess before a figure, a bare "how many" of one video, an adjective before the measure, far sound-alikes."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Slovak and Slovenian words; a number with a full stop after a Slavic "was" or "between" is a place)
    ("koliko ogledov je imel jayne clip", True, "2,600,000", "I don't have"),
    ("kateri je bil 4. najbolj gledan", True, "Labour’s immigration video", "I don't have"),
    ("rozdiel medzi 2. a 3. miestom", True, "2,300,000", "I don't have"),
    # (Cebuano words)
    ("pila ka adlaw gikan sa jayne tweet hangtod sa jessi tweet", True, "13 days", "I don't have"),
    ("unsay video sunod ubos sa immigration vid", True, "Mean tweets", "I don't have"),
])
def test_slovak_slovenian_and_cebuano(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "koliko ogledov", "rozdiel medzi 2. a 3. miestom", "pila ka adlaw gikan sa ... hangtod sa ..."."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a part taken back and said again: the place beside a video, its numbers, a video, all the videos, or the
    # whole question; the rest of the question kept)
    ("which clip sits just above gogglebox - no wait, below", True, "just below Gogglebox", "just above"),
    ("total of the top 3? no wait top 4", True, "36,600,000", "30,100,000"),
    ("add up places 2 to 4? sorry 3 to 5", True, "#3–#5", "#2–#4"),
    ("when did the immigration one go up? sorry i meant the mean tweets one", True, "9 December 2019",
     "Labour’s immigration video"),
    ("how many views for nicky morgan? my bad, boris quotes", True, "3,000,000", "3,100,000"),
    ("days from jayne to jessi? scratch that, from jayne to the nhs one", True, "6 days", "13 days"),
    ("days until polling day... no wait, days between the jayne and jessi posts", True, "13 days", "polling"),
    # (what follows "sorry" that says nothing again of the question leaves it as it was)
    ("what was ranked just below the mean tweets one? sorry if that's a silly question, long morning", True,
     "just below Mean tweets", "Nicky Morgan on Good Morning Britain (#7)"),
    ("what was bottom of the top 10? sorry, i mean the last one", True, "Jeremy Corbyn’s friend Jayne", "#1–#10"),
])
def test_a_part_taken_back_and_said_again(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "... above <title>? no wait below", "top 3? no wait top 4", "<title>? my bad, <title>"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (three or more videos listed one after another, and a month: those of them posted in it)
    ("which of jayne, mean tweets, boris quotes went up in november?", True, "Jeremy Corbyn’s friend Jayne",
     "Our wonderful NHS"),
    # (one place asked and videos offered as choices with "or": the video at that place, whichever is offered)
    ("which came 3rd, the immigration one or jessi?", True, "The 3rd most viewed video is Jeremy Corbyn’s 60 second",
     "got more views"),
    ("spot number 4: was it gogglebox, jayne, or 'not sure who to vote for'", True,
     "The 4th most viewed video is Labour’s immigration video", "got more views"),
    # ("which came 1st, <A> or <B>": which of the two is ahead)
    ("which came 1st, jessi or jayne", True, "Jessi on the value of our NHS got more views", "Our wonderful NHS"),
    # (a day said right after "posted" asks it of the video, as "posted on" does)
    ("boris quotes posted 8th dec?", True, "posted on 8 December 2019", "I don't have"),
    ("boris quotes posted 8th dec or 9th dec?", True, "posted on 8 December 2019", "I don't have"),
])
def test_choices_offered(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Videos, places and days offered as choices, quiz-style."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a place beside a video named by its topic and its poster after it: the poster's video counted from)
    ("which one is just below the nhs clip by rob delaney", True, "just below Our wonderful NHS (#1)", "I don't have"),
    # (Quebec French chat: "cmb de", "pis", "c koi", "en dessous de", "le plus recent")
    ("cmb de vues pour jayne pis jessi ensemble", True, "5,347,000", "I don't have"),
    ("c koi la vid juste en dessous de mean tweets", True, "Gogglebox reacts to nurses pledge", "I don't have"),
    ("le tweet le plus recent c'est lequel", True, "60 second challenge", "Posted the most"),
])
def test_poster_after_topic_and_quebec_french(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "just below the <topic> clip by <poster>", "cmb de vues", "juste en dessous de", "le plus recent"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Afrikaans, read with the Dutch table: "hoeveel dae tussen", "watter nommer op die lys")
    ("hoeveel dae tussen die immigration tweet en die jayne tweet?", True, "3 days", "0 of the 10"),
    ("watter nommer op die lys is die gogglebox een", True, "#6 of 10", "I don't have"),
])
def test_afrikaans(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "hoeveel dae tussen <A> en <B>", "watter nommer op die lys"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (one video of a party with no videos in the data: declined, their campaign figure offered, not given as its)
    ("how many views did the tories' get brexit done vid get", False, "I don't have Conservatives videos", "Views:"),
    ("how many views did the conservative party video get?", False, "I don't have Conservatives videos", "Views:"),
    # (their videos, or their video views, are the campaign figure)
    ("how many views did the tories' videos get", True, "25,000,000", "I don't have"),
    ("tory facebook video views?", True, "25,000,000", "I don't have"),
])
def test_one_video_of_a_party_without_videos(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "the <party>'s <name> vid": no figure of the data is that video's."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("between 1st and 10th december": a range of days, its first an ordinal; "tenth december" a day)
    ("any clips go up between 1st and 10th december", True, "from 1 December 2019 to 10 December 2019", "on 10 Dec"),
    ("clips posted between the 15th and 30th november", True, "from 15 November 2019 to 30 November 2019",
     "on 30 November"),
    ("was the boris one posted on the eighth december", True, "Yes", "I don't have"),
])
def test_ranges_of_days_written_as_ordinals(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "between 1st and 10th december", "the eighth december"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Azerbaijani and Uzbek, read with the Turkish table; "3cu": the 3rd)
    ("hansi video 4cu yerdedi", True, "Labour’s immigration video", "I don't have"),
    ("top 5 jami qancha view", True, "40,300,000", "I don't have"),
    # (a platform where the asker saw the video, "on my fb feed", asks no count there)
    ("jayne clip views? saw it on my fb feed", True, "2,600,000", "Facebook-only"),
])
def test_azerbaijani_uzbek_and_a_feed(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "hansi video 4cu yerdedi", "jami qancha", "saw it on my fb feed"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("<poster>'s other video": someone who posted one video has no other; the one they posted said instead)
    ("what was rob delaneys other clip", False, "Rob Delaney posted only one of the 10 videos: Our wonderful NHS",
     "13,400,000 (13.4M) views across"),
    ("what other videos did corbyn post", True, "8 of the 10 videos posted by Jeremy Corbyn", "only one"),
])
def test_no_other_video_of_one_who_posted_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "<poster>'s other video": declined when they posted only one, the one named."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a statement after the question whose only measure is a word for any figure, "lost count": nothing asked)
    ("days between the jayne tweet and the jessi tweet? i tried counting but lost count lol", True, "13 days",
     "Jeremy Corbyn’s friend Jayne: 2,600,000"),
    ("is the 2,747,000 for jessi exact?? seems odd next to the other ones which are round numbers", True,
     "Jessi on the value of our NHS: 2,747,000", "other than"),
])
def test_a_statement_that_lost_count(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "<question>? i counted but lost count": the question alone."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Portuguese chat: "qnts", "qnto", "juntos"; "nº1" a place even where "no" reads "in the")
    ("jessi e jayne juntos dá qnto?", True, "5,347,000", "I don't have"),
    ("diferença entre o nº2 e o nº3 em views?", True, "2,300,000", "I don't have"),
])
def test_portuguese_chat(question: str, answered: bool, said: str, unsaid: str) -> None:
    """ "juntos dá qnto", "o nº2 e o nº3"."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a figure said again mends the figure, naming no video; an aside with a number takes nothing back)
    ("did gogglebox get 3.6m views? sorry 3.7m", True, "Gogglebox reacts to nurses pledge has 3,600,000",
     "Yes"),
    ("top 5 videos? sorry, 1 more", True, "Top 5 of 10", "Top 1 of 10"),
    ("what came 5th? sorry im 12", True, "Mean tweets with Jeremy Corbyn", "I don't have"),
    ("what came 3rd? my bad, 3rd from bottom", True, "Boris Johnson quotes", "60 second challenge"),
    ("mean tweets views? sorry, i meant mean tweets retweets", False, "retweets per video", "#5 of 10"),
    ("jessi views? sorry, and jayne", True, "Jessi on the value of our NHS", "I don't have"),
    # ("other video" beside a poster's, not of them: the question as it was)
    ("what other video is about the nhs apart from rob delaney's", True, "Jessi on the value of our NHS",
     "posted only one"),
    # (a topic of two videos and a bare "how many": the two)
    ("nhs how many", True, "2 of the 10 videos", "I don't have"),
    # (a place set against choices, "closer to 3rd", is no place asked)
    ("which is closer to 3rd, mean tweets or jayne", True, "Mean tweets with Jeremy Corbyn",
     "The 3rd most viewed video"),
    # (days between two days asked: no figure, not the videos of one day)
    ("days between 14th and 30th november", False, "I don't have", "posted on 30 November"),
])
def test_an_outside_review_of_stop_43(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


def test_all_of_them_together_after_a_list_is_that_list() -> None:
    """ "all of them together" after a list is the list; "out of all of them" is every video."""
    from tests.test_conversation import converse

    replies = converse(["videos posted by corbyn", "how many views all of them together"])
    assert "38,347,000" in replies[1][3] and "55,347,000" not in replies[1][3]


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a place said before "after <title>", or of the video counted from, is that place, said again)
    ("which film came second place after the nhs one", True, "If you’re not sure who to vote for",
     "#1 of 10 (1st), with"),
    ("what sits right below the number 1 nhs clip", True, "If you’re not sure who to vote for",
     "13,400,000 (13.4M) views across"),
    # (the poster after a group with an article before the name, as Portuguese says it)
    ("qual video ficou logo abaixo do video do nhs do rob delaney", True, "If you’re not sure who to vote for",
     "13,400,000 (13.4M) views across"),
    # (the place word after the video it counts from, a video word between, as Malayalam orders it)
    ("mean tweets video kku thottu thazhe ulla video ethaanu", True, "Gogglebox reacts to nurses pledge",
     "3,700,000 (3.7M) views across"),
    # ("how many share": shares, which the data lacks)
    ("how many share did the jayne video get", False, "I don't have shares", "Jeremy Corbyn’s friend Jayne:"),
    # (a campaign figure of two people, one without it: declined for them, not the other's given alone)
    ("johnson 2019 retweets, corbyn", False, "I don't have retweets figures for Boris Johnson",
     "**Retweets: Jeremy Corbyn**"),
    # (a place's ending after a hyphen: "3-oe", the 3rd)
    ("skolko prosmotrov 3-oe mesto", True, "Jeremy Corbyn’s 60 second challenge", "I don't have"),
    # (hashtags ending a question that names its subject sign it off; a hashtag's number is no place)
    ("which was 4th?? #GE2019 #VoteLabour", True, "Labour’s immigration video", "60 second challenge"),
    ("when was #60SecondChallenge posted", True, "12 December 2019", "I don't have"),
    ("who was #3rd", True, "Jeremy Corbyn’s 60 second challenge", "I don't have"),
    # (a run of places before the place word: "the 6-10 spots")
    ("average of the 6-10 spots", True, "3,009,400", "5,534,700"),
    # (a place in brackets after words that name no video is what names it)
    ("how many times bigger was clickety click (no.1) than legs eleven (no.10)", True, "5.2 times",
     "I don't have"),
    # (Kazakh, Mongolian and Haitian Creole words)
    ("mean tweets qashan postaldy", True, "posted on 9 December 2019", "I don't have"),
    ("hamgiin ih uzegdeltei bichleg hed view avsan", True, "Our wonderful NHS", "I don't have"),
    ("konbyen jou ant videyo jessi ak videyo jayne", True, "13 days", "2 of the 10 videos"),
    # (Russian "skolko raz": how many times; a Kazakh ending after a hyphen dropped, "asqan" after the figure)
    ("jessi video skolko raz bolshe jayne video", True, "1.1 times", "I don't have"),
    ("kansha video 3 mln-nan asqan", True, "at least 3,000,000 views: 8", "(3M) views across"),
    # (an end "in the list" is a place in it, a posting question in its own clause or not; not "of the top ten
    # to get posted", the posting order)
    ("the last one in the list, when did it go up", True, "17 November 2019", "60 second challenge"),
    ("what was the last of the top ten to get posted", True, "60 second challenge", "Jayne"),
    # (French "été", "par"; Thai "khrai", "wan tee", "krub")
    ("la video des infirmieres de gogglebox a ete postee par qui", False, "I don't have who posted it",
     "3,600,000 (3.6M) views across"),
    ("jayne video wan tee tao rai krub", True, "Jayne was posted on 17 November 2019", "I don't have"),
    # (a place inside a top slice asked apart: each part answered, no "3 most viewed ranked #1")
    ("top 3 total, and who posted the #1 video", True, "30,100,000", "ranked #1:"),
    # (Tok Pisin, Kinyarwanda "angahe" after its measure, Early Modern English, "different" for "difference",
    # "forth" after a posting verb, "eyes" for views)
    ("husat i postim namba 2 vid", True, "Jeremy Corbyn (@jeremycorbyn) posted If you’re not sure", "I don't have"),
    ("iminsi angahe hagati ya jessi na jayne", True, "13 days", "2 of the 10 videos"),
    ("how many souls didst watch the jayne video", True, "2,600,000", "I don't have"),
    ("what is the different between jessi and jayne", True, "147,000 more views", "No videos between"),
    ("when was the jayne vid tweeted forth", True, "posted on 17 November 2019", "4th"),
    ("how many eyes saw the jayne video", True, "2,600,000", "I don't have"),
    # (a bonus favourite's song asked of the section: its titles name it)
    ("the bonus favourites, which song did they add", True, "Emeli Sand", "I don't have"),
    # (the event a tweet tells stated with its month, then a question: the posting date)
    ("corbyn met jayne in july, and his tweet about it came when?", True, "posted on 17 November 2019",
     "I don't have"),
    # (the posting of a video with no tweet asked in words not read: declined, not its card)
    ("gogglebox tweeted?", False, "I don't have who posted it or when", "3,600,000 (3.6M) views across"),
    # (places said again with the videos they are: the two set against each other)
    ("#2 vs #3, the not sure one vs the 60 second one, gap", True, "had 2,300,000 more views than", " vs "),
    # (the first place said twice, "number 1 ... top")
    ("number 1 on the list, top?", True, "Our wonderful NHS", "I don't have"),
    # (a platform the counts lack, its figures asked in a clause of their own)
    ("did labour do tiktok, views on there?", False, "I don't have TikTok figures", "Not TikTok"),
    # ("twtr"; West Frisian, Luxembourgish and Esperanto words)
    ("jayne views on fb and twtr", True, "2,600,000 (2.6M) views across", "Facebook-only"),
    ("hokker fideo stiet krekt boppe jayne", True, "Jessi on the value of our NHS", "2,600,000 (2.6M) views across"),
    ("weivill deeg tescht jessi an jayne", True, "13 days", "2 of the 10 videos"),
    ("kiom entute top 3", True, "30,100,000", "Top 3 of 10"),
    # ("after watching <title>": a time beside a doing, no place after the video; votes for a party declined)
    ("how many people voted labour after watching the jayne video", False, "I don't have election results",
     "just below"),
    # (one month said again, "in dec (the ones with dec dates)": one month, its total)
    ("total views of the dec ones by corbyn (dec dates only)", True, "23,400,000", "December or December"),
    # (Sicilian "quantu jorni"; Italian "media delle" before its measure)
    ("quantu jorni tra jayne e jessi", True, "13 days", "2 of the 10 videos"),
    ("media delle views della top 10", True, "5,534,700", "Top 10 of 10"),
])
def test_stop_44_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Places restated and counted from, hashtags, runs of places, and more languages."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a tweet's own hashtag ending a question names its video: not dropped as a sign-off)
    ("most viewed video with #VoteLabour", True, "60 second challenge", "Our wonderful NHS"),
    # (a hashtag's place ending with a word after it: "#2ndplace")
    ("#2ndplace views", True, "If you’re not sure who to vote for", "I don't have"),
    # (a place inside a top slice with no clause between: the place's question, as before)
    ("top 5 when was #3 posted", True, "12 December 2019", "I don't have"),
    # ("after watching <title>, which one is next": the next one, still)
    ("after watching the nhs video, which one is next", True, "just below Our wonderful NHS", "I don't have"),
    # ("hed" is chat English "had", not Mongolian "how many", unless the message is Mongolian)
    ("which vid hed the most views", True, "The most viewed video is Our wonderful NHS", "How many videos"),
    # (how many people are in a video: what happens in it, not its views)
    ("how many souls are in the nhs video", False, "I don't have what happens", "13,400,000 (13.4M) views across"),
    # ("in time order" after the list: the posting order)
    ("the first on the list in time order, when was it posted", True, "Labour’s immigration video",
     "23 November"),
    # (a leading "@name" addresses the bot, a poster's handle or not)
    ("@jeremycorbyn which was 4th", True, "Labour’s immigration video", "Mean tweets"),
    # (places said first, then the videos they are: one pair)
    ("#9 vs #10, jessi vs jayne", True, "Jessi on the value of our NHS got more views", "more views than Jessi"),
])
def test_an_outside_review_of_stop_44(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a video described by what it is about, a word of doing after "about": none of ours, not the party's total)
    ("how many views for the labour video about farming subsidies", False, "I can't tell which video",
     "86,000,000"),
    # (a quote naming no video after the video word, not only before it)
    ("views of the clip 'corbyn on a tractor'", False, "I can't tell which video", "views across"),
    # (a place right after the bonus word is among the bonus favourites; not across a clause)
    ("bonus #1, what was it", True, "Emeli Sande: You are not alone", "Our wonderful NHS"),
    ("which one was right at the bottom, number 10", True, "Jeremy Corbyn’s friend Jayne", "bonus"),
    # (where the viewers came from: a breakdown the data lacks, not the video's count)
    ("how many people from cornwall watched the jayne video", False, "who the viewers were",
     "2,600,000 (2.6M) views across"),
    # (Hawaiian Pidgin: "wen" before a bare verb marks the past; elsewhere it is "when")
    ("who wen tweet da jessi video", True, "Jeremy Corbyn (@jeremycorbyn) posted Jessi", "was posted on"),
    ("wen was the jessi video tweeted", True, "posted on 30 November 2019", "I don't have"),
    ("jessi vs jayne, how much mo views da jessi one get den jayne brah", True, "147,000 more views", "1.1 times"),
    # (Malagasy, with "faha" before a place's number and articles written onto their nouns; Mauritian Creole)
    ("firy ny views an'ilay video jayne", True, "2,600,000 (2.6M) views across", "How many videos"),
    ("laharana fahatelo inona", True, "Jeremy Corbyn’s 60 second challenge", "I don't have"),
    ("konbien video ena plis ki 6 million views", True, "How many videos with over 6,000,000 views: 4",
     "Total views"),
    ("ki video ki 8em", True, "Boris Johnson quotes", "I don't have"),
    # (the article by any of its words, its date asked with a clause about the election after it)
    ("what date is on the writeup", True, "article dated 12 December 2019", "I don't have"),
    ("what date is the writeup from, before the vote or after?", True, "article dated 12 December 2019",
     "I don't have"),
    # (an end of the list with a clause that only puts it in time: the posting order)
    ("which was the first one in the list, date-wise", True, "Labour’s immigration video", "Our wonderful NHS"),
    # (a measure said again in place of the one counted)
    ("jessi video, how many bananas... i mean views", True, "2,747,000", "I don't have"),
    # (Spanish "ahora")
    ("corbyn retweets, how many more ahora than in 2017", True, "1,000,000 more retweets", "I don't have"),
    # (a place set against a named video: the two compared, not a claim that the video is at that place)
    ("is #2 bigger than the jayne video", True, "Yes: If you’re not sure who to vote for, watch this had 6,900,000",
     "No:"),
    ("jayne vs #1", True, "Our wonderful NHS had 10,800,000 more views than Jeremy Corbyn’s friend Jayne",
     "I don't have"),
    # (two dictionary words written as a name, then a kind of video: someone the data lacks)
    ("the Maria Lopez interview video, how many views", False, "I don't have figures for Maria Lopez",
     "views across"),
    # (aviation's "niner")
    ("rank niner, views", True, "Jessi on the value of our NHS", "I don't have"),
    # (a word read as nothing before a question word said after the measure: no crash, the views)
    ("jayne views brah kitne", True, "2,600,000", "I don't have"),
    # (Breton, Tetum, Sesotho)
    ("pet views eus ar video diwezhan", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    ("jessi video views hira", True, "2,747,000", "How many videos"),
    ("jayne video e tweetilwe neng", True, "posted on 17 November 2019", "I don't have"),
    # (a measure taken back after a sound of hesitating, no mark between)
    ("jayne video, how many likes er i mean views", True, "2,600,000", "I don't have"),
    # (a remark about the one asking after the question: its number no place)
    ("top 3 vids plz, my lucky number is 7", True, "Top 3 of 10", "I don't have"),
    # (the most shared: shares, which the data lacks; viewers among those watching: a breakdown)
    ("what was the most shared video", False, "I don't have shares figures", "13,400,000"),
    ("how many of the people watching were students", False, "who the viewers were", "55,347,000"),
    # (Romani "dik" for watch, not "died"; Chichewa, a question word after the measure)
    ("how many ppl dikked the jayne video", True, "2,600,000", "I don't have"),
    ("ndani anapost jessi video", True, "Jeremy Corbyn (@jeremycorbyn) posted Jessi", "I don't have"),
    ("jayne video views zingati", True, "2,600,000", "How many videos"),
    # (a mention typed with a name, "<@bot>": no sign read from its brackets)
    ("<@bot> who posted #2", True, "Jeremy Corbyn (@jeremycorbyn) posted If you’re not sure", "I don't have"),
    # (a platform before the video's own words describes it, no count from there)
    ("the nurse one, the tv reaction bit, how many views", True, "3,600,000", "I don't have TV figures"),
    # (a sentence leading in with "so" asks, though it ends with a full stop: the measure it asks is not dropped)
    ("so how many seats did labour actually get then. all those views wasted", False,
     "I don't have election results", "86,000,000"),
    # (Darija written with digits among letters, "ch7al", "3la"; Guarani "mavapa"; Spanish "superaron")
    ("ch7al kter jessi 3la jayne", True, "147,000 more views", "2 of the 10 videos"),
    ("mavapa tuiteo el video de jayne", True, "Jeremy Corbyn (@jeremycorbyn) posted Jeremy Corbyn’s friend Jayne",
     "I don't have"),
    ("cuantos videos superaron los 6 millones", True, "How many videos with over 6,000,000 views: 4",
     "I don't have"),
    # ("differential"; someone shown doing something with a stranger: none of ours)
    ("nhs vs jessi differential", True, "Our wonderful NHS had 10,653,000 more views", "I don't have"),
    ("corbyn singing with stormzy views", False, "I don't have figures for Stormzy", "86,000,000"),
    # (a letter's closing with a title, a name and a place: no one asked about)
    ("what is the difference between jessi and jayne please? Yours sincerely, Mr Dafydd Price, Harlech", True,
     "147,000 more views", "I don't have"),
    # (a sign of arithmetic closing the message: "Σ", "Δ"; "lnk")
    ("bottom 4 Σ", True, "11,447,000", "Bottom 4 of 10"),
    ("jessi vs jayne Δ", True, "147,000 more views", "1.1 times"),
    ("jayne tweet lnk", True, "https://pic.twitter.com/dWvZAUqyQF", "I don't have"),
    # (Sundanese "saha", "iraha")
    ("saha nu ngapost video jayne", True, "Jeremy Corbyn (@jeremycorbyn) posted Jeremy Corbyn’s friend Jayne",
     "I don't have"),
])
def test_stop_45_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 45's readings, each a mechanism found by a blind batch, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a thank-you before the question names no video: the run of a tweet's words without its name was withdrawn)
    ("thank you for sending the list! how many views did #3 get", True, "7,200,000", "Jessi"),
    ("it takes just seconds to ask: what was #8?", True, "Boris Johnson quotes", "60 second"),
    # (the article named before a question about the videos' dates: theirs, not the article's)
    ("in the article, when was the earliest post", True, "Labour’s immigration video", "article dated"),
    # (a place set against a video by time, or a place around a place: no views compared)
    ("was #1 posted earlier than jessi", True, "Jessi", "more views than"),
    ("did anything below #5 get more views than jessi", True, "Jessi", "Mean tweets with Jeremy Corbyn had"),
    ("is #1 bigger than the nhs video", False, "two different videos", "exactly as many"),
    # ("the lot": all of them, no place; "a lot 4": no place either)
    ("add up the lot 10 videos", True, "55,347,000", "Jeremy Corbyn’s friend Jayne, with"),
    ("thats a lot 4 one video, how many did #2 get", True, "9,500,000", "16,000,000"),
    # ("wen" with no subject before it: "when")
    ("hey wen post number 4", True, "was posted on 14 November 2019", "I don't have"),
    # (a remark that takes back: the place meant)
    ("what was #7, my apologies i meant #8", True, "Boris Johnson quotes", "I don't have"),
    # ("bonus question #5": a place in the list; "bonus favourites #1 and #2": both)
    ("bonus question #5 views", True, "3,700,000", "no 5th bonus"),
    ("bonus favourites #1 and #2", True, "It’s time for real change", "I don't have"),
    # (people from a programme in a video; "shared" for posted; "behind" a video in the list)
    ("how many views did the video with the people from gogglebox get", True, "3,600,000", "I don't have"),
    ("who shared the most videos", True, "Jeremy Corbyn", "shares figures"),
    ("whos behind jessi in the list", True, "Jeremy Corbyn’s friend Jayne", "who made the videos"),
    # (a scare quote of a word read as an order; someone in a title with a name said beside it)
    ("which video 'went viral'", True, "Our wonderful NHS", "I can't tell which video"),
    ("nicky morgan arguing with piers morgan", True, "3,100,000", "Piers"),
])
def test_an_outside_review_of_stop_45(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (an order's one video set against a named one by views, yes or no: no claim that the named one is at that place)
    ("is the highest viewed clip bigger than gogglebox", True, "Yes: Our wonderful NHS had 9,800,000 more views",
     "is #6 of 10"),
    ("was the least watched one bigger than the jessi video", True,
     "No: Jeremy Corbyn’s friend Jayne had 147,000 fewer views", "the most viewed is"),
    # (a letter glued before a number, as racing writes grid places; "pos" for position)
    ("views for P3", True, "7,200,000", "I don't have"),
    ("difference between P4 and P5", True, "2,800,000", "I don't have"),
    ("who was in pos 9", True, "Jessi on the value of our NHS", "I don't have"),
    # (a comparison claimed the wrong way round, then the margin asked: both said)
    ("did jayne beat the not sure who to vote for video? by how much", True, "had 6,900,000 fewer views",
     "I don't have"),
    # (who posted the video at a place, claimed in a yes/no question)
    ("was number 3 tweeted by rob delaney?", True,
     "No: Jeremy Corbyn’s 60 second challenge (#3) was posted by Jeremy Corbyn, not Rob Delaney", "I don't have"),
    ("did corbyn put out the 2nd most viewed one?", True,
     "Yes: If you’re not sure who to vote for, watch this (#2) was posted by Jeremy Corbyn", "No:"),
    ("was the no 6 clip posted by corbyn", True, "The article gives no poster for Gogglebox", "Yes:"),
    # ("<name> himself": the person, though a title says the name; "about <name> himself": the video about them)
    ("the most watched clip of boris johnson himself?", False, "no videos posted by Boris Johnson", "3,000,000"),
    ("anything about boris himself in the list?", True, "Boris Johnson quotes", "I don't have"),
    # (a video with two words no table knows after "with": someone the data does not carry, no party figure)
    ("views of the labour clip with emma thompson", False, "Emma Thompson", "86,000,000"),
    # (Papiamento, with "di" before a number word making a place; Sranan Tongo; Fiji Hindi; Dutch "gedeeld")
    ("kuantu views e di tres video tabatin", True, "7,200,000", "I don't have"),
    ("dimi ken a post e di dos video", True, "Jeremy Corbyn", "I don't have"),
    ("kuantu video tabatin mas ku 7 miyon views", True, "with over 7,000,000 views: 3", "I don't have"),
    ("omeni views a nomru 4 video ben kisi", True, "6,500,000", "I don't have"),
    ("jessi video kitna log dekhis", True, "2,747,000", "I don't have"),
    ("hoe vaak is de nhs video gedeeld", False, "shared", "13,400,000"),
])
def test_stop_46_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 46's readings, each a mechanism found by a blind batch, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a tweet's verb in its past form, said after who spoke: "breaks my heart" told as "broke his heart")
    ("the clip jeremy said broke his heart, views?", True, "2,600,000", "I don't have"),
    # (two parties set against each other on a platform: "who won" is of the figures, not the election)
    ("labour vs the tories on facebook: who won, by how much", True, "61,000,000", "election results"),
    # ("lead of", "lead over": the gap)
    ("how big was the lead of #2 over #9", True, "6,753,000", "I don't have"),
    # (two words no table knows, then a party and a video word: someone the data does not carry, no party figure)
    ("how many views did the brian cox labour video get", False, "Brian Cox", "86,000,000"),
    # (Bislama; Tagalog "kelan", "higit")
    ("hamas views blong namba faef video", True, "3,700,000", "I don't have"),
    ("hamas video i antap long 7 milion", True, "with over 7,000,000 views: 3", "I don't have"),
    ("kelan na tweet yung jessi video", True, "was posted on 30 November 2019", "I don't have"),
    ("ilan video sa listahan ang may higit 5 million views", True, "with over 5,000,000 views: 4", "I don't have"),
])
def test_stop_46_second_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 46's readings from its second round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (figures on a platform the data lacks, asked of a party: declined, no account of what the counts cover)
    ("did labour get tiktok views, lol", False, "I don't have TikTok figures", "Where the data comes from"),
    # (a video with "the <things>" after "with" the tables do not know: no video of ours, no party figure)
    ("how many views did the labour clip with the brass band get", False, "I can't tell which video", "86,000,000"),
    # (a name, a posting verb, then the video named: what the person is said to have done, checked)
    ("rob delaney uploaded that clip about immigration, didn't he?", True,
     "No: Labour’s immigration video was posted by Jeremy Corbyn, not Rob Delaney", "I don't have"),
    # (Occitan, Cape Verdean Kriolu, French ordinals)
    ("l'ochena placa es quina video", True, "Boris Johnson quotes", "I don't have"),
    ("kantu videos ten mas di 7 milhoes views", True, "with over 7,000,000 views: 3", "I don't have"),
    ("la cinquieme video, combien de vues", True, "3,700,000", "I don't have"),
])
def test_stop_46_third_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 46's readings from its third round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a platform right before "handle" or "account": whose account, no count on that platform)
    ("twitter handle of the least viewed video?", True, "@jeremycorbyn", "only count"),
    # ("who film": who made it, which the data lacks)
    ("who film the mean tweets video", False, "who made the videos", "#5 of 10"),
    # (Swiss German)
    ("wie vill views hät s jayne video gha", True, "2,600,000", "Mean tweets"),
    # (Thai and Lao, written without spaces between words: read word by word, the longest a table knows)
    ("อันดับ 5 ใครโพสต์", True, "Jeremy Corbyn (@jeremycorbyn) posted Mean tweets", "I don't have"),
    ("top 4 ລວມ ຈັກວິວ", True, "36,600,000", "I don't have"),
    ("คลิป jessi ใครโพสต์", True, "Jeremy Corbyn (@jeremycorbyn) posted Jessi", "I don't have"),
])
def test_stop_46_fourth_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 46's readings from its fourth round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (who posted the video at a place: only a place in the views order, of every video, by views)
    ("was the most liked video posted by delaney", False, "likes", "Yes:"),
    ("was the most viewed facebook video posted by corbyn", False, "Facebook-only", "No:"),
    ("was the most viewed tory video posted by boris", True, "No video is the most viewed", "Our wonderful NHS (#1)"),
    ("was the most loved video posted by corbyn", True, "Videos posted by Jeremy Corbyn", "Our wonderful NHS (#1)"),
    # (the video whose title names someone, described by them talking: no rule withdraws it)
    ("the video of boris talking", True, "Boris Johnson quotes", "I can't tell"),
    # (Tagalog "lamang" is "only"; "o ten" is no "when" outside Sranan Tongo)
    ("views lamang ng nhs video", True, "13,400,000", "two different videos"),
    ("the top o ten videos", True, "Top 10 of 10", "posted"),
])
def test_an_outside_review_of_stop_46(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("top 6-10": the places from one to the other, not the top 6; as a command too, and a command's words read)
    ("top 7-9", True, "ranked #7–#9", "#1 Our wonderful NHS"),
    ("!top 2-4", True, "ranked #2–#4", "#1 Our wonderful NHS"),
    ("/top 8-10 who posted them", True, "ranked #8–#10", "#1 Our wonderful NHS"),
    ("!top 4 by retweets", False, "retweets per video", "#1 Our wonderful NHS"),
    ("!top 4", True, "Top 4 of 10", "ranked"),
    # ("get tweet": a posting verb without its ending after "get")
    ("which of them did get tweet first", True, "earliest posted video: Labour’s immigration video", "NHS"),
    ("which got tweet last of all", True, "latest posted video: Jeremy Corbyn’s 60 second challenge", "Jayne"),
    # (the two platforms the counts cover, said of a place: the video's count, no party figure)
    ("third place views on facebook and twitter", True, "7,200,000", "I don't have"),
    ("labour's views on twitter and facebook", False, "Facebook figures only", "13,400,000"),
    # (a party's video with someone the data lacks, the party said after the video word)
    ("clip from labour with adele, views?", False, "Adele", "86,000,000"),
    # (how far people watched: a figure the data lacks)
    ("what watch-through rate did the jayne video have", False, "how long people watched", "2,600,000 views"),
    # (Spanish as typed: "twiteado", "subio", "saco", "q" and "con" in a message in Spanish)
    ("cual fue el ultimo twiteado", True, "latest posted video: Jeremy Corbyn’s 60 second challenge", "Jayne"),
    ("cuanto saco el de jayne", True, "2,600,000", "I don't have"),
    # (Seychellois Creole: "lekel", "trwazyem plas", "konbyen vi", "depas 5 milyon")
    ("lekel ki ti ganny plis vi, jayne ou jessi", True, "147,000", "2 of the 10 videos"),
    ("dezyem plas ki video sa", True, "If you’re not sure", "I don't have"),
    ("konbyen video ki depas 6 milyon vi", True, "over 6,000,000 views: 4", "I don't have"),
    ("konbyen vi lo tiktok pou jayne video", False, "I don't have TikTok figures", "Jayne: 2,600,000"),
])
def test_stop_47_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 47's readings from its first round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the measure said before a place, "how many" closing it: the place's figure, not how many videos are there)
    ("views for rank 6 how many", True, "3,600,000", "How many videos"),
    # ("who sent <name> ...": whom it was sent to, no poster of it; of a group, the one they tweeted)
    ("who sent jeremy corbyn the number 9 video", True, "Jessi on the value of our NHS", "There is no 9th"),
    # (a place said first, then asked of its poster with "it")
    ("the second most viewed, did rob delaney post it?", True, "No: If you’re not sure", "posted by Rob Delaney:"),
    ("the least viewed one, did corbyn post it", True, "Yes: Jeremy Corbyn’s friend Jayne (#10)", "No:"),
    # (Caribbean English creoles: "togeda", "seh", "inna", "numba"; Antillean "plis pase", Haitian "nimewo")
    ("mean tweets n jayne togeda, how much view", True, "6,300,000", "2 of the 10 videos"),
    ("numba 4 pan di list, wah him seh inna di tweet", True, "The tweet with Labour’s immigration video says",
     "I don't have"),
    ("konbyen videyo ki plis pase 6 milyon", True, "over 6,000,000 views: 4", "I don't have"),
    ("ki views nimewo 7 la", True, "3,100,000", "I don't have"),
])
def test_stop_47_second_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 47's readings from its second round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a tweet's verb retold without its "-s"; a tweet's long word mistyped)
    ("the one where corbyn says it break his heart, views", True, "2,600,000", "I don't have"),
    ("the clip he said was surprisinly fun - views?", True, "3,700,000", "I don't have"),
    # ("which <party> video got more views": one video of the party asked, not the party's Facebook figure)
    ("which tory video got more views", False, "I don't have", "25,000,000"),
    ("what video of the tories got more views", False, "I don't have", "25,000,000"),
    ("what labour video views did they get on facebook", True, "86,000,000", "I don't have"),
    # (Solomon Islands Pijin "olketa", "blo"; Gullah "wuh", "numbuh"; French "s'il vous plait" no party)
    ("olketa video blo corbyn, hamas?", True, "posted by Jeremy Corbyn", "I don't have"),
    ("numbuh 6 wuh e be", True, "Gogglebox reacts to nurses pledge", "I don't have"),
    ("bot dit-moi views on mean tweets s'il vous plait", True, "3,700,000", "plaid"),
    # ("what election is this about": the article's account of itself)
    ("what election is this data about", True, "During the 2019 general election", "I don't have"),
])
def test_stop_47_third_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 47's readings from its third round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("get tweet" a request, not "got tweeted"; "!top 5/10", "!top 5 but not the first": the count alone)
    ("get tweet of the first video", True, "Our wonderful NHS", "earliest posted"),
    ("!top 4/10", True, "Top 4 of 10", "October"),
    ("!top 4 and not the last", True, "Top 4 of 10", "#10"),
    ("!top 7 to 9", True, "ranked #7–#9", "#1 Our wonderful NHS"),
    ("top 9-10", True, "ranked #9–#10", "#1 Our wonderful NHS"),
    ("top 2, 3 and 4", True, "Top 2 of 10", "ranked #2–#3"),
    # ("which <party> video campaign": the party's campaign, its figure)
    ("which labour video campaign did better", True, "61,000,000", "I don't have"),
    # (a figure said with both counted platforms: a party's figure asked of)
    ("is the 25 million facebook and twitter", True, "Facebook views", "I can only answer"),
    # ("which election had <n> days": the period's figures, not the article's card)
    ("which election had 42 days", True, "2,400,000", "Where the data comes from"),
    # ("who sent <name>'s video": whose video)
    ("who sent rob delaney's video", True, "Our wonderful NHS", "I don't have"),
    # ("watch through the top 5", "how many seconds": no figure the data lacks, no place)
    ("i want to watch through the top 4", True, "Top 4 of 10", "how long"),
])
def test_an_outside_review_of_stop_47(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (the one period whose figure is said: that one's, not the campaign's own)
    ("which campaign had 1.4m retweets", True, "1,400,000", "2,400,000"),
    ("corbyn 2.4m rts, or was that 1.4m", True, "2,400,000", "I don't have"),
    # ("how many times was it watched": views of nothing named, no count of videos; a set said: its views)
    ("how many times was it viewed?", False, "I don't have", "How many videos"),
    ("how many times have the top 4 been viewed", True, "36,600,000", "How many videos"),
    ("how many times were both nhs videos viewed", True, "16,147,000", "How many videos"),
    # ("how many have seen it": an auxiliary before the verb, the views; "hev", "hisself" as typed)
    ("jayne's video, how many have seen it", True, "2,600,000", "How many videos"),
    ("the nhs one, how many hev watched", True, "13,400,000", "I don't have figures for"),
    # (the platforms the counts cover, restated of a poster's video: the video's, not a party's)
    ("the vid rob delaney made hisself, views on facebook and twitter how many", True, "13,400,000", "I don't have"),
    # ("da" for "the" before someone the data lacks and a party's video)
    ("views for da dua lipa labour vid", False, "I don't have", "86,000,000"),
    # (Melanesian creoles' "when")
    ("wanem taim corbyn post jayne video", True, "17 November 2019", "time of day"),
])
def test_stop_48_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 48's readings from its first round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (someone named, then something they do that no title or tweet says: a video the data lacks)
    ("views on the boris johnson skateboarding vid", False, "I can't tell which video", "3,000,000"),
    ("how many watched corbyns baking video, the 3rd one", False, "I can't tell which video", "7,200,000"),
    ("a video of jeremy corbyn is singing, how many views", False, "I can't tell which video", "posted by"),
    # ("<name>'s <title> vid": the title's video, the name whose it is said to be)
    ("boris johnson's mean tweets clip, how many views", True, "3,700,000", "3,000,000"),
    # (a name no table knows after "of", "which" or a determiner, before a video word, a party named)
    ("how many views of adele video of the tories", False, "I don't have figures for Adele", "25,000,000"),
    # (a party's video described by an everyday word no table knows and one more)
    ("that tory teachers pay video, views", False, "I can't tell which video", "25,000,000"),
    # (what music a video has is not held)
    ("which music used in the jayne vid", False, "I don't have what happens", "Posted by"),
    # (Ilocano and Tagalog words among English ones; "mano" said by a Portuguese speaker is no count)
    ("maikadua nga video ania", True, "If you’re not sure who to vote for", "I don't have"),
    ("ilan ang tinweet noong december", True, "posted in December 2019: 4", "I don't have"),
    ("who posted number 4 mano", True, "Jeremy Corbyn", "How many"),
])
def test_stop_48_second_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 48's readings from its second round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a share asked of one platform alone: the split, which the data does not have)
    ("the jayne vid, how much of its views was only twitter", False, "Twitter-only", "% of the views"),
    # ("<party>'s <thing> <word> vid": a video the data lacks, the party's name its determiner)
    ("how many views did labours train fares vid get, it came 2nd", False, "I can't tell which video", "9,500,000"),
    # (how old the people watching were: who the viewers were, not the most viewed)
    ("how old were most of the viewers", False, "who the viewers were", "13,400,000"),
])
def test_stop_48_third_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 48's readings from its third round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("how much bigger/higher/less": the gap asked, not a claim that the second named is the first)
    ("how much bigger was the most viewed one than jayne's", True, "10,800,000 more views", "No:"),
    ("how much lower was the 9th than the top video", True, "10,653,000 more views", "No:"),
    # ("as a multiple": a ratio asked)
    ("nhs vid vs mean tweets as a multiple", True, "3.6 times", "I don't have"),
    # (a bound said before a determiner: "above the 5m"; a campaign figure after one is compared with, no bound)
    ("how many videos sat above the 5m", True, "over 5,000,000 views: 4", "I couldn't tell"),
    ("how many got under the 2.7 million", True, "under 2,700,000 views: 1", "I couldn't tell"),
    # ("without counting")
    ("total views without counting the nhs one by rob delaney", True, "41,947,000", "55,347,000"),
    # (a video's count said, then how many of it a platform had: the split, not held)
    ("of mean tweets' 3.7m how many were twitter", False, "Twitter-only", "How many videos"),
    # ("<name> posted video <title>": a posting claimed with no determiner, checked)
    ("so rob delaney posted video jayne, views?", True, "No: Jeremy Corbyn’s friend Jayne was posted by", "13,400,000"),
    # (advice asked for oneself, nothing of the data named: no filter of the videos by the month said)
    ("what shud i prune in november", False, "I can only answer", "posted in November"),
    ("how do i see the top 3", True, "Top 3 of 10", "I can only answer"),
    # (French "cet", "contre", "sans compter"; "combien en plus": how many more)
    ("jessi contre jayne, combien en plus", True, "147,000 more views", "Total views"),
])
def test_stop_48_fourth_readings(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 48's readings from its fourth round of blind batches, in wording of our own."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a figure said picks its period only when which one is asked; a period named keeps its own figure)
    ("did corbyn get 1.4m retweets in the current election", True, "2,400,000", "52 days"),
    # ("how many times was <a place> watched": its views, not every video's total; "... the one by <name>": theirs)
    ("how many times was the least viewed video watched", True, "2,600,000", "55,347,000"),
    ("how many times was the clip by rob delaney watched", True, "13,400,000", "I don't have"),
    # (a platform said: no party's Facebook figure for the videos' count)
    ("how many times were the top 3 viewed on facebook", False, "I don't have", "111,000,000"),
    # (a share of one platform with no video named: the split, declined, not a party's share)
    ("how much of their views were just twitter", False, "split by platform", "%"),
    # ("how many times", "in times" after "how much bigger": the multiple too)
    ("how much bigger was labour than the tories in times", True, "3.4 times", "I don't have"),
    # ("less views than the top video": no gap set against the least viewed)
    ("how much less views than the top video did the 3rd get", True, "6,200,000",
     "more views than Jeremy Corbyn’s friend Jayne"),
    # (a video's own figure after "more than the": that video compared with, no bound)
    ("which got more than the 3.6m gogglebox got", True, "more views than Gogglebox", "exactly"),
    # ("how many have watched both <topic> videos": both's views)
    ("how many have watched both the nhs videos", True, "16,147,000", "How many videos"),
    # (Tagalog "ang" before "nag post": who posted)
    ("sino ang nag post ng jayne video", True, "Jeremy Corbyn (@jeremycorbyn) posted", "I don't have"),
    # ("<name>'s boxing day video" is a day, not an activity)
    ("corbyn's boxing day video", True, "posted by Jeremy Corbyn", "I can't tell which video"),
])
def test_an_outside_review_of_stop_48(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("how many fewer", "how much less" of one party: the gap to the other, not the party's own figure alone)
    ("how many fewer views did the conservatives get on facebook", True, "61,000,000 more Facebook views", "No:"),
    ("how much less did the tories get", True, "61,000,000", "I don't have"),
    # ("less views" after "how much": the gap's comparing word, not the least viewed)
    ("how much less views did the 3rd get than the top one", True, "6,200,000", "Jayne"),
    # (Krio among English words: "nomba" a place, "udat" who, "pipul wach" people watched)
    ("wich clip na nomba 3", True, "60 second challenge", "I don't have"),
    ("how many pipul wach di nomba 5 vid", True, "3,700,000", "I don't have"),
    # (Scottish Gaelic ordinals, "àite" a place, "chuir suas" put up)
    ("an ceathramh àite, which video", True, "immigration", "I don't have"),
    ("cò chuir suas the jayne bhidio", True, "Jeremy Corbyn", "followers"),
    # (a people's or a language's word written with a capital describes a video none of ours is)
    ("views of the Irish video labour made", False, "I can't tell which video", "86,000,000"),
    ("the Scottish clip labour put out, views?", False, "I can't tell which video", "86,000,000"),
    # ("this time and last time": both elections)
    ("how long were the two retweet periods, this time and last time", True, "52 days", "I don't have"),
])
def test_blind_batches_695_700(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 695-700 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("was <place> <name>'s": whose it is, checked against its poster, not <name>'s own most viewed)
    ("was the top clip delaney's own post", True, "Yes: Our wonderful NHS (#1) was posted by Rob Delaney", "#2"),
    ("was the 3rd one rob delaneys or someone elses", True, "No:", "most viewed video posted by"),
    # (Tamil in Latin letters: "ethana" how many, "evlo" how much, "potta" posted, "ku mela" and above)
    ("ethana clips 7 million ku mela", True, "2", "I don't have"),
    ("intha drake labour video evlo views", False, "I don't have", "86,000,000"),
])
def test_blind_batches_701_706(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 701-706 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("the <n> at the bottom": the bottom n, not every video least viewed first)
    ("whats the total for the 4 at the bottom", True, "11,447,000", "55,347,000"),
    ("average of the two at the top", True, "11,450,000", "5,534,700"),
    # ("how old" asked of those watching, a few words on: who watched, which the data lacks)
    ("how old was the typical viewer of these", False, "who the viewers were", "5,534,700"),
    # (Bhojpuri: past forms "dekhal", "kaile", "bhail"; "teesra" third)
    ("jayne wala clip kitna dekhal gail", True, "2,600,000", "I don't have"),
    ("doosra number pe kaun clip ba", True, "If you’re not sure", "I don't have"),
])
def test_blind_batches_707_712(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 707-712 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a party's video of an activity no title shows: a video the data lacks, not the party's campaign figure)
    ("the tories golfing clip, views?", False, "I can't tell which video", "25,000,000"),
    # (the asker's time, "all morning", is no title's word though a title says "Morning")
    ("all ten added up? been bored all morning", True, "55,347,000", "**Nicky Morgan"),
    # (Hiligaynon: "lamang" the lead, "labaw" over; Minangkabau: "brapo", "nombor ampek")
    ("pila ang lamang sang jessi sa jayne", True, "147,000", "I don't have"),
    ("pila ka clips ang labaw 9 million", True, "2", "I don't have"),
    ("nombor ampek tu clip sapa yg post", True, "Jeremy Corbyn", "I don't have"),
    # (Sylheti spellings: "dekse" watched, "manush" people, "mot" total)
    ("jessi ar jayne mot koto manush dekse", True, "5,347,000", "I don't have"),
])
def test_blind_batches_713_718(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 713-718 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("last time I asked": the asker's own earlier message, no election)
    ("last time u said 3.7m for mean tweets, this time whats the gogglebox one", True, "3,600,000", "2017"),
    # ("how many fewer videos": a count's gap, not views)
    ("how many fewer videos did delaney post than corbyn", True, "7 more videos", "more views"),
    # (a word of a new table that is English or a name too, read so only in a message in that language)
    ("just back from the mot, how many views did the jayne clip get", True, "2,600,000", "I don't have"),
    ("did dara o briain post any of these", False, "I don't have", "If you’re not sure"),
    # ("how old were most people who watched": the viewers' ages, not the details of someone in a video)
    ("how old were most people who watched the jayne one", False, "who the viewers were", "people in the videos"),
])
def test_an_outside_review_of_stop_49(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("of the 3 most viewed", "of the 3 at the top": the slice said after "of" with its count first is the set the
    # others narrow, not a slice of theirs)
    ("how many of the 4 most viewed were corbyn's own posts", True, "(#1–#4): 3", "#2–#5"),
    ("of the 2 at the top, how many did corbyn tweet", True, "(#1–#2): 1", "#2–#3"),
    # ("who is <name> and which video is theirs": their videos asked beside who they are)
    ("who is rob delaney and what clips did he put up", True, "Our wonderful NHS", "I don't have"),
    # ("for ages": a long time, not the viewers' ages; "what length was": a running time)
    ("which date did the jayne clip go out, i remember it ages before polling", True, "17 November", "who the viewers"),
    ("what length was the jayne clip", False, "how long the videos are", "#10 of 10"),
    # (a bound said after its figure: "7 million crossed", Bengali "er opore", French "sous")
    ("how many clips 7 million crossed", True, "over 7,000,000 views: 3", "I couldn't tell"),
    ("koto gulo clip 9 million er opore", True, "over 9,000,000 views: 2", "I couldn't tell"),
    ("combien de clips sous 3 millions", True, "under 3,000,000 views: 2", "I don't have"),
    # (Kannada and Tulu: "eshtu" how many, "kinta" than, "jaasti" more; Dhivehi: "kihaa vareh" how many, ordinals,
    # "enme madu" the least, "ah vure" over)
    ("yavaga jayne clip haakidru", True, "was posted on 17 November", "I don't have"),
    ("boris quotes jessi kinta eshtu jaasti", True, "253,000", "I don't have"),
    ("thinvana video ge views kihaa vareh", True, "7,200,000", "I don't have"),
    ("enme madu 2 video ge views jumla", True, "5,347,000", "55,347,000"),
    ("4 million ah vure views libunu video kihaa", True, "over 4,000,000 views: 4", "I couldn't tell"),
    # (a name no table knows opening the message, right before a video word, with a party: not the party's figure)
    ("skepta video for labour, views?", False, "Skepta", "86,000,000"),
])
def test_blind_batches_719_724(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 719-724 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("my tiktok": the asker's own account, no platform's count asked)
    ("whats the total for the top 3? gonna compare with my tiktok", True, "30,100,000", "TikTok"),
    # ("before or after the election", asked of the article: its date, no figures after it)
    ("the write-up, was it before or after the election? date?", True, "12 December 2019", "I don't have"),
    # (a place said after its number, "6 number pe"; Maithili "sa upar" over, "sab sa beshi" most; Bengali "sob theke
    # agey" earliest, "milai" combined, "age group" kept English in a Bengali message)
    ("6 number pe kaun clip hai", True, "Gogglebox", "I don't have"),
    ("kate clips 9 million sa upar", True, "over 9,000,000 views", "I don't have"),
    ("sab sa beshi dekhal clip kon chhai", True, "Our wonderful NHS", "I don't have"),
    ("sob theke agey kon clip tweet hoise", True, "Labour’s immigration video", "I don't have"),
    ("jayne ar jessi milai koto view", True, "5,347,000", "#10 of 10"),
    ("jara dekhse tader age group konta beshi silo", False, "who the viewers were", "Sorry"),
    # (Marshallese: "jete elap <A> jen <B>": how much more <A> than <B>)
    ("jete elap an jessi jen jayne", True, "147,000", "2 of the 10"),
])
def test_blind_batches_725_730(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 725-730 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a number with a unit of something else, "at 5 degrees": no count or place of ours, no top 5)
    ("best lager to go with a curry at 5 degrees?", False, "Sorry", "The 5 most viewed"),
    # ("date of the article and which came top": its date asked first, then a second question; no day of videos)
    ("date of the article and which clip came top", True, "Our wonderful NHS", "posted on 12 December"),
    # (Tagalog, Waray and Bikol: "ika-6" the 6th in any message, "lampas" over, "kahaba" how long)
    ("ika-6 na clip ano", True, "Gogglebox", "I don't have"),
    ("ilan clips lampas 7 million", True, "over 7,000,000 views: 3", "I couldn't tell"),
    ("gaano kahaba ang jessi clip", False, "how long the videos are", "#9 of 10"),
])
def test_blind_batches_731_736(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 731-736 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("how many videos did <party> make": all they made, which the article does not count; not the list's 10)
    ("how many videos did labour make", False, "posted in all", "55,347,000"),
    ("labour ne kitne clips banaye", False, "posted in all", "10 of the 10"),
    # (Hindi "jod do" add up; Awadhi "jaun" which, "sabse aakhir" last; Bambara "joli" how many, "teme" passed;
    # French plurals "premiers", "derniers"; Sepedi "retweetilwe", "kae")
    ("top 4 jod do", True, "36,600,000", "Top 4 of 10"),
    ("no 2 pe jaun clip ba okar views batawa", True, "9,500,000", "Jayne"),
    ("sabse aakhir me kaun clip post hua", True, "60 second challenge", "Our wonderful NHS"),
    ("clip joli ye 7 million teme", True, "3 of the 10 videos with over 7,000,000 views", "I don't have"),
    ("les 2 derniers additionnés", True, "5,347,000", "55,347,000"),
    ("retweetilwe ga kae corbyn 2019", True, "2,400,000", "I don't have"),
    # (a question word said after the measure it asks of, "views eshtu <verb>": the verb after it is no thing counted)
    ("labour fb views eshtu sigtu", True, "86,000,000", "I don't have"),
    ("tory fb views joli sorola", True, "25,000,000", "I don't have"),
])
def test_blind_batches_737_742(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 737-742 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("<party> top 4 added up": the party's own videos, which are all of them, in an order; no campaign figure)
    ("labour top 4 added up", True, "36,600,000", "Top 4 of 10"),
    # (Hindi "kitna baar" how many times; Chhattisgarhi "kitna jhan" how many people)
    ("corbyn kitna baar retweet hua 2017 me", True, "1,400,000", "I don't have"),
    ("jessi wala clip kitna jhan dekhin", True, "2,747,000", "I don't have"),
])
def test_blind_batches_743_748(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 743-748 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("cross platform" after a figure: the views on both platforms, no bound "crossed")
    ("which clip got 7.2 million cross platform views", True, "60 second challenge", "over 7,200,000"),
    # (the article's date asked, then a question pointing back to that day: its videos still)
    ("what's the article's date, and which clips went up that day", True, "60 second challenge", "Sorry"),
    # ("for ages 18-24": the viewers' ages, declined, no figure)
    ("views for ages 25-34 on the jayne clip", False, "who the viewers were", "#10 of 10"),
    # ("kae" after a measure, Sesotho "views di kae": how many views; "joli" in French chat is "pretty", no count)
    ("views di kae jayne clip", True, "2,600,000", "How many videos"),
    ("quel joli clip", False, "Sorry", "How many videos"),
    # ("who is <name>? what did he post" split apart, "who is <name> and why did he post": who they are, declined)
    ("who is rob delaney and why did he post it", False, "who Rob Delaney is", "Videos posted by"),
    # (the asker's own account alone: that platform is what is declined)
    ("compare that to my insta", False, "Instagram", "Sorry"),
])
def test_an_outside_review_of_stop_50(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Regressions an outside review found in this stop's change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a bound word said before its figure, after an order's count: "top 5 crossed 6 million" bounds the views)
    ("how many of the top 5 crossed 6 million", True, "(#1–#5): 4", "I don't have"),
    # (Saraiki and Hindko "dasvaan" tenth, "mila k" combined, "ton zyada" over; the Punjabi "de"
    # of whose read as nothing, as an English "'s" is, so a title's words still run on)
    ("boris de quotes clip de views kinne aaye", True, "3,000,000", "I don't have"),
    ("teesra aur dasvaan clip me views ka farak", True, "4,600,000", "I don't have"),
    ("jayne aur jessi mila k kitne views", True, "5,347,000", "I don't have"),
    ("7m ton zyada views kinniyan clips nu mile", True, "over 7,000,000", "I don't have"),
    # (Balochi "chinka" how many, "ta geshter" over, "ta kamm" under)
    ("chinka clips 6 million ta geshter ant", True, "over 6,000,000 views: 4", "I don't have"),
    ("chinka clips 3m ta kamm views", True, "under 3,000,000", "I don't have"),
    # (a party's video named by a word that only starts a longer name in the tables: a video the data lacks)
    ("labour's brexit referendum clip, views?", False, "Brexit Referendum", "86,000,000"),
    # (a word read as nothing ending a question of why: still answered, no fault)
    ("why did the nhs clip do so well msee", False, "doesn't say why", "Sorry"),
])
def test_blind_batches_749_754(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 749-754 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Macedonian "kolku" how many, "najgledano" most viewed, "vkupno" total, "povekje ... od" more than, "godini"
    # years of age)
    ("koe e najgledano od site", True, "Our wonderful NHS", "I don't have"),
    ("bottom 2 vkupno kolku", True, "5,347,000", "Bottom 2 of 10"),
    ("kolku povekje views ima jessi od jayne", True, "147,000 more views", "I don't have"),
    ("kolku godini ima rob delaney", False, "people in the videos", "13,400,000 views"),
    # ("how many years old": someone's age, declined; not a count of videos)
    ("how many years old is rob delaney", False, "people in the videos", "How many videos"),
    # (Akan "ahen" how many, "hwan" who, "da bɛn" when: the open e and o typed or not)
    ("da bɛn na rob opost no nhs clip", True, "was posted on 23 November 2019", "Sorry"),
    ("hwan na ɔpost jayne clip", True, "Jeremy Corbyn (@jeremycorbyn) posted", "Sorry"),
    # (Siswati "mangaki" how many, said after what it asks of; "hlanganisa" add up; "lengetulu kwa"
    # over; "le" the, before a video the data lacks)
    ("ema video mangaki lengetulu kwa 6 million", True, "over 6,000,000 views: 4", "I don't have"),
    ("hlanganisa views te bottom 2", True, "5,347,000", "Bottom 2 of 10"),
    ("le Greta Thunberg clip ya labour views langakhi", False, "Greta Thunberg", "#1 Our wonderful NHS"),
    ("the jayne clip, minutes mangaki", False, "how long the videos are", "2,600,000 (2.6M) views across"),
    # ("the second thing in the bonus": a place among the bonus favourites, not the list's #2)
    ("the first thing in the bonus?", True, "Emeli", "9,500,000"),
    ("the second clip in a bonus round", False, "Sorry", "It’s time for real change"),
    # (Macedonian "megju" between)
    ("kolku dena megju jayne i nhs", True, "6 days between", "How many videos"),
])
def test_blind_batches_755_760(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 755-760 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("a quid on it": money staked, a word no typo of "quit")
    ("jessi clip views? got a quid on it being under 3m", True, "2,747,000 views: under 3,000,000", "I don't have"),
    # (Tagalog and Kapampangan "pang ilan" which place, "nakapanood" watched, "kasama si <name>" with someone the
    # data lacks)
    ("pang ilan yung jayne clip", True, "is #10 of 10", "How many videos"),
    ("ilan nakapanood sa jayne clip", True, "2,600,000", "I don't have"),
    ("yung clip ni corbyn kasama si greta, ilan views", False, "Greta", "Top 8"),
    # ("the video of <person> with <name>": someone the data lacks in a video of theirs)
    ("the clip of rob delaney with stormzy, how many views", False, "Stormzy", "Sorry"),
    # (French "de cb" by how much, "lui-même" himself; Kabyle "acḥal" how many, "ugar n" more than)
    ("jayne ou jessi, laquelle a plus et de cb", True, "147,000 more views", "How many videos"),
    ("le clip le plus vu de boris lui-même", False, "no videos posted by Boris Johnson", "3,000,000"),
    ("acḥal n lfidyuyat i yesɛan ugar n 7 millions", True, "over 7,000,000 views: 3", "I don't have"),
    # (Hindi and Haryanvi "<title> ne chhod ke": it aside; "logan ne dekhya" people watched; "tweet hua" tweeted)
    ("jayne ne chhod ke baaki 9 ka total", True, "52,747,000", "I don't have"),
    ("jessi wala clip kitne logan ne dekhya", True, "2,747,000", "I don't have"),
    ("sabse pehle kon clip tweet hua", True, "Labour’s immigration video", "Our wonderful NHS"),
])
def test_blind_batches_761_766(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 761-766 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("how many" of one video named: never a count of that one video, its figure or field is asked)
    ("the jayne clip how many", True, "2,600,000 (2.6M) views across", "How many videos"),
    ("how many clips is jessi in", True, "How many videos (Jessi on the value of our NHS): 1", "I don't have"),
    # ("how many <unit of something else>": no count of videos)
    ("how many miles did the jessi clip do", False, "count of miles", "How many videos"),
    ("jessi clip date how many", True, "30 November 2019", "How many videos"),
    # (Dogri "sab thon vadh" the most, "kehdi" which, "kinne nal" by how much, "thon zyada" over)
    ("sab thon vadh views wala clip kehdi", True, "Our wonderful NHS", "I don't have"),
    ("jessi zyada ya jayne? kinne nal", True, "147,000 more views", "I don't have"),
    ("kinni clips 7m thon zyada", True, "over 7,000,000", "I don't have"),
    # ("<name>'s <title> video", "<name>s <title> video": the one named, claimed as theirs; corrected, not the
    # video whose title has their name)
    ("boris johnson's jessi clip, views?", True, "posted by Jeremy Corbyn, not Boris Johnson", "Boris Johnson quotes:"),
    ("boris johnsons jayne clip views", True, "2,600,000", "Boris Johnson quotes:"),
    # ("for the other <word no table knows>": others of that, no video taken out)
    ("jayne clip date pls, asking for the other dinner ladies", True, "17 November 2019", "other than"),
])
def test_blind_batches_767_772(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 767-772 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("did <A> or <B> post <video>?": a choice of two posters, the one who did said, or neither)
    ("was the least viewed one put up by corbyn or by rob delaney", True,
     "Jeremy Corbyn’s friend Jayne (#10) was posted by Jeremy Corbyn", "I don't have"),
    ("rob delaney or corbyn, who posted #2?", True, "(#2) was posted by Jeremy Corbyn", "I don't have"),
    ("did boris or rob delaney post the #3 clip", True, "posted by Jeremy Corbyn, not Boris Johnson or Rob Delaney",
     "I don't have"),
    # ("who did better, <A> or <B>", two who posted videos: their videos set against each other, not a party figure)
    ("who had more views, rob delaney or corbyn", True, "videos posted by Rob Delaney", "Conservatives"),
    # ("how many <length of time> ...": the data counts none, only days)
    ("how many hours long was the election campaign", False, "count of hours", "How many videos"),
    ("how many months did the campaign go on", False, "count of months", "How many videos"),
    # ("are the counts from <platform>?": what they cover, that platform not among them)
    ("were those view figures from tiktok or what", True, "Not TikTok", "I don't have"),
])
def test_blind_batches_773_778(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 773-778 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("did <name> post the most viewed video": the place's poster, not who posted the most videos)
    ("did corbyn himself put out the most watched video?", True, "No: Our wonderful NHS (#1) was posted by Rob Delaney",
     "The most viewed video posted by"),
    # ("how many videos passed <figure> on <platform>": a bar of views there, which the counts do not split)
    ("how many clips went past 4 million on twitter", False, "Twitter-only count", "Views of all 10"),
    # ("the <word only starting a phrase> video": a video the data does not hold, not the videos of the rest)
    ("when did corbyn tweet the brexit clip", False, "Brexit", "8 of the 10"),
    # (West African Pidgin "no be": not)
    ("which clips no be corbyn post am", True, "videos not posted by Jeremy Corbyn", "8 of the 10"),
    # (Hausa "kallo nawa aka yi": how many views were there)
    ("jessi clip, kallo nawa aka yi", True, "2,747,000", "I don't have"),
    # ("dont say <title>": that one is not the answer wanted)
    ("who was number 9, dont say the jayne one", True, "Jessi on the value of our NHS", "I don't have"),
    # ("the bottom 3 views added": a slice's total)
    ("the top 2 views added", True, "22,900,000", "I don't have"),
    # ("<title> and no.2": the video at that place too)
    ("date for the jayne clip and also number 3", True, "Jeremy Corbyn’s 60 second challenge", "I don't have"),
    ("what year was the article written in", True, "12 December 2019", "I don't have"),
])
def test_blind_batches_779_784(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 779-784 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("is <title> the most viewed <name> video": the end of that poster's videos, not of the whole list)
    ("is jessi the least viewed corbyn clip", True,
     "the least viewed of Jeremy Corbyn's videos is Jeremy Corbyn’s friend Jayne", "the least viewed is"),
    ("is the not sure one the most viewed corbyn clip?", True, "9,500,000", "the most viewed is Our wonderful NHS"),
    # ("<A> + <B> + <C> = ?": a sum of three worked out)
    ("gogglebox + jessi + nhs = ?", True, "19,747,000", "I don't have"),
    # (French "l'avant-dernier": the second last)
    ("c'est quoi l'avant-dernier clip", True, "Jessi on the value of our NHS", "Jeremy Corbyn’s friend Jayne"),
    # (Lingala "eleki ... na boni": beat ... by how much; Sango "na ndo ti": over)
    ("jessi video eleki jayne video na boni", True, "147,000", "I don't have"),
    ("ba clip oke ayeke na ndo ti 6 million views", True, "over 6,000,000 views: 4", "I don't have"),
    # (Lingala "koyemba": singing, a video no title or tweet says)
    ("video ya boris koyemba, views boni", False, "boris singing", "Boris Johnson quotes:"),
])
def test_blind_batches_785_790(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 785-790 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("the video of <person> <doing something no title or tweet says>": a video the data lacks)
    ("how many saw the video of corbyn hugging a nurse", False, "corbyn hugging", "86,000,000"),
    ("ilan ang views ng video ni corbyn na kumakanta", False, "corbyn singing", "86,000,000"),
    # ("di" is "the" in West African Pidgin and Krio: "di <name> <party> video", someone the data lacks)
    ("di wizkid labour video, views?", False, "Wizkid", "86,000,000"),
    # ("man", "dude": said to the reader, no thing counted)
    ("how many views dude, for the jessi clip", True, "2,747,000", "I don't have"),
    # (Tagalog "ilan lamang": by how much)
    ("nhs video vs jessi video, ilan lamang", True, "10,653,000", "I don't have"),
    # (a chat app with no count said beside it: where the asker talks, not where views were counted)
    ("jayne clip date pls, it is for the ward whatsapp", True, "17 November 2019", "WhatsApp figures"),
    ("how many whatsapp views did the jessi clip get", False, "WhatsApp figures", "2,747,000 (2.747M) views across"),
    # (Hindi and Rajasthani: "paar" past a figure, "kitna kam" by how much less, "<set> ka jod" its sum)
    ("5 million paar kitne clip", True, "over 5,000,000 views: 4", "I don't have"),
    ("jayne clip jessi clip se kitna kam", True, "147,000", "How many videos"),
    ("top 4 ka jod kitna", True, "36,600,000", "How many videos"),
])
def test_blind_batches_791_796(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 791-796 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a name read as the one video its owner posted is no video offered a poster for)
    ("did delaney or corbyn put out more clips", True, "7 more videos", "was posted by"),
    # (a figure of their own the totals do not answer: "per video", "with fewer videos")
    ("who got more views per clip, delaney or corbyn", False, "I don't have that", "24,947,000"),
    # (a chat app in the question itself is a platform asked of)
    ("how many views did the jessi clip get on whatsapp", False, "WhatsApp figures", "2,747,000 (2.747M) views across"),
    ("is the jayne clip on whatsapp", False, "WhatsApp figures", "Jeremy Corbyn’s friend Jayne:"),
    # (a length of time said before a question word put last: "mibu boni", years how many)
    ("mibu boni", False, "count of years", "How many videos"),
    # (a unit inside a title's words is no unit counted)
    ("how many seconds challenge clips are there", True, "1", "count of seconds"),
])
def test_an_outside_review_of_stop_52(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 52's change found worse than before, mended (its probes reworded)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Darija and Tarifit words: a total, a gap between two, a bound, the bottom, winning, a length)
    ("majmou3 dyal jessi w jayne", True, "5,347,000", "How many"),
    ("chhal binathom, nhs w jayne", True, "10,800,000", "Total views"),
    ("ch7al men video fatet 4 millions", True, "5", "couldn't tell"),
    ("chkoun f te7t dyal top 10", True, "Jayne", "7th"),
    ("manaya video i ufan kter men kolchi", True, "Our wonderful NHS", "I don't have that"),
    ("chkoun rbe7 f l akhir, corbyn wla boris", False, "election results", "least viewed"),
    ("ch7al d dqayq tawil l video dyal jessi", False, "how long the videos are", "Posted by"),
    # (a plural video word, "of", then a range of places: those places, not the whole list)
    ("add up the videos of 7 to 9", True, "8,847,000", "55,347,000"),
    # (a video word, "of" or "by", then someone who posted one video: that video; several: theirs listed)
    ("views of the clip by rob delaney", True, "13,400,000", "I don't have that"),
    ("views of the video by corbyn", True, "8 of the 10", "I don't have that"),
    # (a video word, "of", then a name no table knows: someone the data lacks, not the list)
    ("the clip of stormzy in the top 3", False, "Stormzy", "#1 Our wonderful NHS"),
    ("views for the video of angela rayner in the top 10", False, "Angela Rayner", "#1 Our wonderful NHS"),
    # (a bracketed word naming a field says what is asked)
    ("corbyn on twitter (handle)", True, "@jeremycorbyn", "I don't have that"),
    ("delaney, what's his twitter", True, "@robdelaney", "I don't have that"),
    # (an "@" before a known handle opening the message names that person when a pronoun stands for them)
    ("@robdelaney which clip was his?", True, "Our wonderful NHS", "I don't have that"),
    # (a poster whose one video was read from their name: the list of theirs holds that one video, not all ten)
    ("rob delaney which clips did he post in the list", True, "1 of the 10 videos is posted by Rob Delaney",
     "10 of the 10"),
    # (an activity after a break is the asker's, not the video's)
    ("views on the 'friend jayne' one, eating a pizza slice", True, "2,600,000", "can't tell which"),
])
def test_blind_batches_797_802(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 797-802 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a negation right after a poster's name, then function words before the posting word: not theirs)
    ("which clips was corbyn not the one that tweeted", True, "not posted by Jeremy Corbyn", "8 of the 10"),
    # (Pidgin "den" after a comparative: than)
    ("how many clips got more den 4m", True, "4", "couldn't tell"),
    # (a bare place right after "at", asked with "what's" or "who's")
    ("whos at 6", True, "Gogglebox reacts to nurses pledge", "I don't have that"),
    # ("ryt": right, a tag asking for a yes)
    ("the jayne clip had the most views ryt", True, "No:", "I don't have that"),
    # (an indefinite article before "double": a noun, no scale)
    ("total views of the top 3, just back from a double", True, "30,100,000", "Double"),
])
def test_blind_batches_803_808(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 803-808 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("did <name> not tweet <title>": who posted it, asked negatively; no set with it taken out)
    ("corbyn didnt post the nhs clip did he", True, "posted by Rob Delaney, not Jeremy Corbyn", "other than"),
    # (the top of the list, then "was ... tweeted by <name>": a claim of its poster)
    ("the number one clip in the list was posted by corbyn?", True, "No:", "most viewed video posted by"),
    # (Zambian Tonga words among English ones)
    ("views ongaye jayne", True, "2,600,000", "I don't have that"),
    ("ngwani wakatuma the nhs clip", True, "Rob Delaney (@robdelaney) posted Our wonderful NHS", "posted Jessi"),
    # ("add their views": a total)
    ("every clip corbyn posted, add their views", True, "38,347,000", "8 of the 10 videos posted"),
    # (a bracketed place said again after the video it names)
    ("how far ahead was the top clip over the jayne one (bottom)", True, "10,800,000", "#10 of 10"),
    # (a quote read as the question is, chat spellings and all)
    ("views for 'one person say all dis'", True, "3,000,000", "I don't have that"),
    # (a dictionary word and a name no dictionary has, opening the message before a video word: someone else)
    ("john mahama campaign clip views vs corbyn's", False, "John Mahama", "8 of the 10"),
    # (Swahili: beating by how much, a sum, bounds, a place)
    ("jessi ilizidi jayne kwa ngapi", True, "147,000", "How many"),
    ("top 4 zikijumlishwa ni ngapi", True, "36,600,000", "I don't have that"),
    ("ngapi zilipita 6 million", True, "4", "couldn't tell"),
    ("nafasi ya 7 ni video gani", True, "Nicky Morgan", "I don't have that"),
    # (a trailing word of address: "boi")
    ("jessi clip views how many boi", True, "2,747,000", "I don't have"),
])
def test_blind_batches_809_814(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 809-814 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a determiner, two words no table knows, a video word: someone the data lacks, not the list)
    ("the angela eagle clip in the top 10, views?", False, "Angela Eagle", "#1 Our wonderful NHS"),
    # (a place of viewers said a few words after the video the count is of)
    ("how many viewers of the jayne clip were from kampala", False, "kampala", "2,600,000 (2.6M) views across"),
    # ("= how many", "= what" after signs: the sum asked)
    ("jessi + jayne = how many views", True, "5,347,000", "got more views"),
    # (a trailing word of address: Luganda "bambi")
    ("gogglebox clip views how many bambi", True, "3,600,000", "I don't have figures for bambi"),
    # ("who has tweeted": who posted)
    ("number 3 clip, who has tweeted it", True, "Jeremy Corbyn (@jeremycorbyn) posted", "Top 3"),
    # (pidgin "am" after adding: them)
    ("jessi en jayne, add am", True, "5,347,000", "2 of the 10"),
])
def test_blind_batches_815_820(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What blind batches 815-820 showed missing, mended by mechanism (in this file's own wording)."""
    _replied(question, answered, said, unsaid)


def test_a_pidgin_object_pronoun_is_read_the_same_after_the_word_was_seen_alone() -> None:
    # The bot remembers words it has read as typed; "am" must never join them, or "add am" would stop being a sum
    # once anyone had typed "am" in another question (the answer then depended on what was asked before).
    fresh = Engine(load_dataset(None))
    first = render_text(fresh.answer("jessi en jayne, add am"))
    fresh.answer("what am i asking")
    assert "5,347,000" in first and render_text(fresh.answer("jessi en jayne, add am")) == first


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a range of numbers before a unit is no range of places)
    ("clips of 2 to 4 minutes", False, "I don't have that", "ranked #2"),
    ("clips of 2 to 4 pm", False, "I don't have that", "ranked #2"),
    # (an end of the list asked, "the last one", keeps two everyday words before a video word a saying)
    ("the bottom one, the wooden spoon clip", True, "Jeremy Corbyn’s friend Jayne", "Wooden Spoon"),
    # ("the video of <name>" with more said of it than whose it is: not their one video as it stands)
    ("the clip of rob delaney about fishing", False, "I don't have that", "13,400,000"),
    ("the clip of rob delaney in 5th place", False, "I don't have that", "#1 of 10"),
    # ("a double of <title>": a scale still)
    ("is the nhs clip a double of the jessi clip", True, "times the views", "I don't have that"),
    # (a leading @handle before a question naming a video of its own: a mention, the video asked of)
    ("@jeremycorbyn which clip was his least viewed and who posted the jessi one", True, "Jayne", "No:"),
    # (a possessive before the place: the top of theirs, no claim about the list's top)
    ("his top clip was posted by corbyn", True, "If you’re not sure who to vote for", "No:"),
])
def test_an_outside_review_of_stop_53(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 53's change found worse than before, mended (its probes reworded)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("this election vs last one": the campaign before too, no least viewed video)
    ("jeremy's rts this campaign against the last one", True, "1,400,000", "Jayne"),
    # (a programme no video of ours is from: declined; beside a video of ours named, that video)
    ("views for corbyn on newsnight", False, "newsnight", "86,000,000"),
    ("the nicky morgan newsnight bit, how many views", True, "3,100,000", "I don't have that"),
    # ("d" before a name no table knows, in pidgin: a determiner, someone the data does not carry)
    ("d skepta clip wey labour put out, views?", False, "I don't have that", "86,000,000"),
    # (a word about people after "for", "my": whom the answer is for, not what happens in the video)
    ("jayne link abeg, make i share am for my family", True, "pic.twitter.com", "I don't have that"),
    ("need the jayne clip link, gonna share it for family", True, "pic.twitter.com", "I don't have that"),
    # (Polish months and video words)
    ("ile filmikow w grudniu", True, "4", "I don't have that"),
    # ("not in the top 10" of ten: the favourites past the list; not of a video named, nor of a slice)
    ("were there any clips that weren't in the top ten", True, "Emeli Sande", "#1 Our wonderful NHS"),
    ("the jayne clip wasn't in the top 10, was it", True, "#10 of 10", "Emeli Sande"),
    ("clips that weren't in the top 3", True, "#4 Labour’s immigration video", "Emeli Sande"),
    # (a party named: its figure still asked, the list's left out no bonus)
    ("tories obviously arent in the top 10 lol, how many fb views did boris and the cons get", True, "25,000,000",
     "Emeli Sande"),
    ("the conservatives aren't in the top ten, but what were their facebook views", True, "25,000,000",
     "I don't have that"),
    # ("ones they liked": the writers' favourites, no count of likes)
    ("were there other clips the writers liked", True, "Emeli Sande", "likes"),
    ("how many people liked the jayne clip", False, "likes", "Emeli Sande"),
    # (Sheng and Swahili: "alipost", "ilisema aje", "nipe", "zinatofautiana na ngapi", "ilishariwa", "pili")
    ("jeremy corbyn alipost video gani ya mwisho", True, "60 second challenge", "I don't have that"),
    ("ile tweet ya jayne ilisema aje exactly", True, "I met Jayne in July", "I don't have that"),
    ("nipe link ya ile jayne tweet", True, "pic.twitter.com/dWvZAUqyQF", "I don't have that"),
    ("jessi na jayne zinatofautiana na ngapi", True, "147,000", "I don't have that"),
    ("jessi video ilishariwa mara ngapi", False, "shared", "2,747,000"),
    ("video ya nafasi ya pili ni ipi", True, "If you’re not sure who to vote for", "I don't have that"),
    # ("<video> shared how many times": how often it was passed on, which no figure counts)
    ("the jayne clip got shared how many times", False, "shared", "2,600,000"),
    # ("bila fb": without it, in Swahili; Malay "bila" still "when")
    ("twitter views peke yake bila fb za jessi video ni ngapi", False, "Twitter-only", "was posted on"),
    ("jayne video posted bila", True, "was posted on 17 November 2019", "I don't have that"),
])
def test_blind_batches_821_to_826(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the blind batches 821-826 found (a programme, "not in the top 10", the writers' favourites, Swahili
    and Sheng, Polish), each mended by its mechanism (own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("the <name> one <party> put out": someone the data does not carry, not the party's total)
    ("the dizzee one the tories put out, views?", False, "I don't have that", "25,000,000"),
    # ("separation between": a gap)
    ("what's the separation between #4 and #5", True, "2,800,000", "I don't have that"),
    # (an interviewer the data does not carry)
    ("did the johnson kuenssberg interview do many views", False, "I don't have that", "3,000,000"),
    # ("kuhusu": about, a video described by what it is about; "the video of <party> about <thing>": whose it is
    # said between)
    ("ile video ya tories kuhusu fishing ilikuwa nafasi ya 3", False, "I can't tell which video", "7,200,000"),
    ("the video of labour about climate change came 4th right", False, "I can't tell which video", "6,500,000"),
    ("the clip from the labour party about climate change, views", False, "I can't tell which video", "86,000,000"),
    # (Swahili and Sheng verbs: "alitweet", "ilitweetiwa", "iliandika", "zilizozidi", "ilishareiwa")
    ("nani alitweet ile mean tweets", True, "Jeremy Corbyn", "I don't have that"),
    ("video gani ilitweetiwa kwanza kabisa", True, "immigration", "I don't have that"),
    ("tweet ya jessi iliandika nini", True, "Thank you Jessi", "I don't have that"),
    ("zile zilizozidi 6 million ni ngapi", True, "4", "I don't have that"),
    ("jayne video ilishareiwa mara ngapi", False, "shared", "2,600,000"),
    # ("kama sikosei": if I'm not mistaken, no Hebrew "how many")
    ("jayne ilikuwa namba 9 kama sikosei", True, "#10", "I don't have that"),
    # (Amharic in Latin letters: "meche", "yeletefew")
    ("meche new the article yetsafew", True, "12 December 2019", "I don't have that"),
])
def test_blind_batches_827_to_832(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the blind batches 827-832 found (a name before "one", a gap said as separation, an interviewer, Swahili
    verbs, Amharic), each mended by its mechanism (own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (Swahili: "ya pili" the second, after its noun; "mingi kuliko zote" the most; "zikijumuishwa zinakuwa" added
    # together come to; "ziliongezeka na" went up by; "bana" a filler)
    ("bonus video ya pili inaitwa nini", True, "It’s time for real change", "9,500,000"),
    ("ni video gani yenye views mingi kuliko zote", True, "Our wonderful NHS", "I don't have that"),
    ("jayne na jessi zikijumuishwa zinakuwa ngapi", True, "5,347,000", "How many videos"),
    ("retweets ziliongezeka na ngapi tangu 2017", True, "1,000,000 more", "I don't have that"),
    ("views za jessi ni ngapi bana", True, "2,747,000", "I don't have that"),
    # (where someone works: details about them the data lacks)
    ("jessi works at which hospital", False, "details about the people", "Gogglebox"),
    # (Sudanese Arabizi: "kam" how many, "gab" got, "zaid" plus)
    ("kam like el jayne video gab", False, "likes", "2,600,000 (2.6M) views across"),
    # (Polish: "mial" had, "ten" this, "o" about)
    ("ile wyświetleń miał ten filmik o imigrantach", True, "6,500,000", "I don't have that"),
])
def test_blind_batches_833_to_838(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the blind batches 833-838 found (Swahili word order and verbs, where someone works, Sudanese Arabizi,
    Polish), each mended by its mechanism (own wording)."""
    _replied(question, answered, said, unsaid)


def test_a_word_with_digits_split_in_several_places_is_joined_again() -> None:
    # ("da2ee2a", Arabizi "minute", is split at each digit after a letter: its three pieces make the word again)
    assert "minutes" in _entities("tool kam da2ee2a").words


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a tweet's verb in its past form, before whose it is: "it breaks my heart", "which video broke his heart")
    ("which video broke his heart again", True, "Jeremy Corbyn’s friend Jayne", "I don't have that"),
    # (Swahili: "ilishinda" beat, "zilitofautiana" differed, "zilizo juu ya" that are above, "nambari" number,
    # "nyingi zaidi" the most; "viti" seats only in a message in Swahili)
    ("mean tweets ilishinda jessi kwa views ngapi", True, "953,000", "I don't have that"),
    ("jessi na jayne zilitofautiana kwa ngapi manze", True, "147,000", "I don't have that"),
    ("kuna video ngapi zilizo juu ya 5 million", True, "4", "I don't have that"),
    ("nambari 6 ni video gani", True, "Gogglebox", "I don't have that"),
    ("video gani ina views nyingi zaidi", True, "Our wonderful NHS", "I don't have that"),
    ("labour walishinda viti vingapi", False, "election results", "2,400,000"),
    ("labour walishinda tories kwa views ngapi facebook", True, "61,000,000", "election results"),
    ("nani alishinda uchaguzi, labour ama tories", False, "I don't have that", "61,000,000"),
    ("which of these clips did best over in viti", False, "I don't have figures for viti", "election results"),
    # (Amharic: a place with its ending, "2tegnaw"; "ena" and, "dimr" total)
    ("ye 2tegnaw video views", True, "9,500,000", "I don't have that"),
    ("jessi ena jayne dimr", True, "5,347,000", "Videos (Jessi"),
    # (a figure someone else claims, "says 3m": no tweet's words asked)
    ("my brother says 3m, how many views did jayne get", True, "Jeremy Corbyn’s friend Jayne: 2,600,000",
     "The tweet with"),
    # (other countries' leaders: a campaign the data does not cover)
    ("macron campaign video views", False, "macron", "86,000,000"),
])
def test_blind_batches_839_to_844(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the blind batches 839-844 found (a tweet's verb in the past, Swahili verbs and word order, Amharic
    places, a figure claimed with "says", other countries' leaders), each mended by its mechanism (own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("someone that aint <name>": a poster left out)
    ("which vids were posted by a person that aint corbyn", True, "not posted by Jeremy Corbyn", "8 of the 10"),
    # ("@<handle> tweeted which one": the handle the subject of the posting word after it)
    ("@robdelaney tweeted which one", True, "Our wonderful NHS", "8 of the 10"),
    # (Sheng "ali" before a bare verb, as Pidgin "wen": its past)
    ("nani ali post ile jessi video", True, "Jeremy Corbyn (@jeremycorbyn) posted", "I don't have that"),
    # (Swahili "ilipita" beat, "ukijumlisha" added up)
    ("jessi ilipita jayne kwa views ngapi", True, "147,000", "I don't have that"),
    ("top 3 ukijumlisha views ni ngapi", True, "30,100,000", "I don't have that"),
    # (a video word said not to be meant, "not 1 vid": the party's figure still)
    ("labour fb views against the tories, overall not 1 vid", True, "61,000,000", "I don't have"),
    # (a platform after "with" beside a video named: who is in it, no count on that platform)
    ("the gogglebox one with the tv ppl on the sofa, views", True, "3,600,000", "I don't have TV"),
    # (Portuguese "ultimos"; Tigrinya "meas" when, "zelake" posted)
    ("os 2 ultimos juntos quantas views", True, "5,347,000", "55,347,000"),
    ("jessi video meas zelake", True, "30 November 2019", "Average"),
])
def test_blind_batches_845_to_850(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the blind batches 845-850 found (a negation with "aint", a handle as subject, Sheng and Swahili verbs,
    a video word said not to be meant, a platform describing who is in a video, Portuguese, Tigrinya), each mended
    by its mechanism (own wording)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("not in the top 10": a place among the list denied, not any negation before "top 10")
    ("i don't need the top 10, only the total views", True, "55,347,000", "Emeli Sande"),
    ("didn't the top ten come to 55m altogether", True, "55,347,000", "Emeli Sande"),
    ("ignore the top 10, what is the mean", True, "5,534,700", "Emeli Sande"),
    # (a person named: their videos, the list not left out; a party's figure with "not in the top 10" after it
    # is no remark about the party)
    ("corbyn isn't in the top 10 is he", True, "posted by Jeremy Corbyn", "Emeli Sande"),
    ("how many views did the conservatives get not in the top 10", False, "I don't have", "Emeli Sande"),
    # ("they liked": the viewers, unless the favourites are already said)
    ("which clips they liked on twitter", False, "likes", "Emeli Sande"),
    ("the jayne clip, they liked it more than the jessi one?", False, "likes", "147,000"),
    # (a programme only after "on", "from", "the"...)
    ("last question, time between the jessi and jayne posts", True, "13 days", "question time"),
    # ("for families" after a video word: a video described, no party total)
    ("the conservative video for families, views", False, "I don't have", "25,000,000"),
    # ("the last one" beside "this time": the last video, no election before)
    ("this time round what was the last one", True, "Jeremy Corbyn’s friend Jayne", "2017"),
    # ("beat the others" of a party: the parties compared, as before)
    ("did the conservatives beat all the others", True, "61,000,000", "Our wonderful NHS"),
    # (the asker's work or an idiom: no details about people asked)
    ("my sister works at the nhs, how many views did the nhs clip get", True, "13,400,000", "details about"),
    ("did the jessi clip work at all, views?", True, "2,747,000", "details about"),
    # ("if i'm not mistaken": no "not" that leaves a video out)
    ("if im not mistaken the jessi clip got 2.7m", True, "2,747,000", "other than"),
    ("kama sikosei jessi ilikua ya tisa", True, "Jessi on the value of our NHS", "other than"),
    # (a speech word before a count with no scale and no measure: the list, as before)
    ("she said 5 videos", True, "#5", "I don't have that"),
])
def test_an_outside_review_of_stop_54(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 54's change found worse than before, mended (its probes reworded)."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (Swahili verbs built from a prefix and a stem, native or borrowed, done or done to: every pairing read)
    ("video gani zilivuka 5 mil", True, "Labour’s immigration video", "Mean tweets"),
    ("tweet ya jessi ilisemaje kamili", True, "says: “Thank you Jessi", "I don't have"),
    ("video iliyoongoza kwa views", True, "Our wonderful NHS", "I don't have"),
    ("mean tweets na jayne zikiunganishwa views ngapi", True, "6,300,000", "I don't have"),
    ("jayne video ilishare mara ngapi", False, "shared", "#10 of 10"),
    ("video gani ilitweetiwa mapema zaidi", True, "Labour’s immigration video", "Our wonderful NHS"),
    ("stats hizi ni za uchaguzi gani", True, "2019", "I don't have"),
    # (a video word joined before a party with no videos: one of theirs, declined)
    ("video ya conservatives iliyotazamwa zaidi", False, "Conservatives videos", "25,000,000 (25 million) Facebook"),
    ("the video of the tories, how many views did it get", False, "Conservatives videos", "Views: Boris"),
    ("for which election are these numbers", True, "2019", "I don't have"),
    # (someone "behind" a video: who made it, no video placed below it; the poster's handle given when asked)
    ("handle of the guy behind the jessi video", True, "@jeremycorbyn", "fewer views"),
    ("who's the woman behind the jayne clip", True, "Jeremy Corbyn", "fewer views"),
    ("handle of the editor of the jessi video", False, "@jeremycorbyn", "fewer views"),
    ("which video is behind the jessi one", True, "Jeremy Corbyn’s friend Jayne", "Our wonderful NHS"),
    # (a place word opening the asker's own sentence after a break: what they do next)
    ("nhs vid views. skrrt after this innit", True, "13,400,000", "just below"),
    # (nothing more said, or a video word after it: the place is asked)
    ("nhs vid views. entry after this", True, "just below", "I don't have"),
])
def test_stop_55_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Swahili verbs built by rule, a party's one video said with "of", someone behind a video, an aside after."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # ("account for" before a video, an account asked: whose, no share of the views)
    ("the twitter account for the mean tweets video", True, "@jeremycorbyn", "% of the views"),
    # (a place word, a word no table reads, then a mark: the asker's own aside, no place before the video)
    ("quick one b4 shiftchange - jessi clip views", True, "2,747,000", "just above"),
    # ("than" is no mark: "one below ... than <title>" still asks the place below)
    ("yeki paiin tar az jessi chi bood", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    # (one platform said "only on" it, the other asked apart: a split the data lacks)
    ("of the jayne video how many views were only on facebook and how many on twitter", False, "Facebook-only",
     "#10 of 10"),
    # (a place written with "º": the right English ending, so a claimed place is checked)
    ("porque o video da jessi ficou em 2º lugar", True, "not #2", "I don't have"),
    # (those watching bounded by a number an age may be: who watched, which the data lacks; a scaled figure is views)
    ("what % of jayne clip viewers were over 65", False, "who the viewers were", "4.7%"),
    ("how many videos had viewers over 5 million", True, "4 of the 10", "who the viewers were"),
    # (Afrikaans and Portuguese words)
    ("top 3 bymekaar getel", True, "30,100,000", "I don't have"),
    ("quantas pessoas viram o video da jessi", True, "2,747,000", "I don't have"),
    ("esse artigo é de q data", True, "12 December 2019", "I don't have"),
    ("when was this written", True, "12 December 2019", "I don't have"),
])
def test_stop_55_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """An account for a video, an aside before a break, a platform said only on, ages bounded, more words read."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (Polish words, and a name's case ending read off it)
    ("ile razy ogladali filmik z jessi", True, "2,747,000", "I don't have"),
    ("ktory filmik byl najbardziej ogladany", True, "Our wonderful NHS", "I don't have"),
    ("ile filmikow mialo ponad 3 miliony", True, "7 of the 10", "I don't have"),
    ("ile wyswietlen mieli torysi na fb", True, "25,000,000", "I don't have"),
    ("ile retweetow mial corbyna w 2017", True, "1,400,000", "I don't have"),
    ("kiedy ten artykul byl napisany", True, "12 December 2019", "I don't have"),
    # (no real word is read as a title's word or a measure by its sound: "join" is no "Jayne", "fees" no "views")
    ("when did jeremy corbyn join twitter", False, "I don't have", "Jayne"),
    ("how many fees in total", False, "I don't have", "55,347,000"),
    # (one word's two forms, as near each, are no tie: the typo read)
    ("top 4 combind", True, "36,600,000", "I don't have"),
    ("how many peeps watched the jessi clip", True, "2,747,000", "I don't have"),
])
def test_stop_55_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Polish read, one word's forms no tie, no real word read by its sound."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (round four: a figure with "+" on it is that or more; not a code's digits before a spaced "+")
    ("how many clips got 7m+ views", True, "3 of the 10", "I don't have"),
    ("jayne + jessi views", True, "Jeremy Corbyn’s friend Jayne", "or more"),
    # (a bound's words before a figure cue no least viewed video)
    ("the tories got at least 20m views right", True, "25,000,000", "least viewed"),
    # (a count of videos set against a video's views is no gap)
    ("jessi aur jayne me kis ke views zyada, kitna farq? aur mean tweets kon se number pe", True, "147,000",
     "more videos"),
    # (Welsh words, a Welsh alias of a party, a Swahili scale before its number)
    ("faint o wylio gafodd y fideo jessi", True, "2,747,000", "I don't have"),
    ("faint o views gath llafur ar facebook", True, "86,000,000", "I don't have"),
    ("video ngapi zilivuka milioni 7", True, "3 of the 10", "10 of the 10"),
    # (the outside review of stop 55, mended: a party's figures said "only on" a platform are that platform's; an
    # aside needs more said after "this" and no video word; "account for" after "it" is a share; "which election"
    # with a period named is its figure)
    ("labour views only on facebook please", True, "86,000,000", "I don't have"),
    ("jessi views. item before this", True, "just above", "I don't have"),
    ("what do they account for, the jayne clip", True, "4.7%", "posted Jeremy"),
    ("which election are the 42 days from", True, "2,400,000", "I don't have"),
    ("ile wydali na reklamy", False, "I don't have", "10 of the 10"),
    # (a word typed in two halves, the second known to no table: the vocabulary's word)
    ("mean tweets n jayne to gether views", True, "6,300,000", "How many videos"),
])
def test_stop_55_blind_round_four_and_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Figures with "+", bound words, mixed gaps, Welsh, a Swahili scale; the outside review's findings mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a bonus favourite named, nothing left out or added and not the section: that favourite's card alone)
    ("the emeli sande one, what's it called", True, "Emeli Sande: You are not alone", "real change"),
    # (the section asked, or another than the one named, or one named left out: both)
    ("the bonus videos other than emeli sande's", True, "real change", "I don't have"),
    ("the one that isn't emeli sande", True, "real change", "I don't have"),
    # (a place among the favourites that agrees with the one named: its card)
    ("the singer in the 1st bonus pick", True, "The 1st of the bonus favourites", "real change"),
])
def test_stop_56_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """A bonus favourite named gets its own card; the section, another, or one left out lists both."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place counted "from the end"; a place joined on after the order; the order said bare is its end)
    ("which is 4th from the end", True, "Nicky Morgan", "I don't have"),
    ("is jessi 2nd from the end", True, "Jessi on the value of our NHS", "No:"),
    ("is jessi the 3rd least viewed", True, "not #8", "I don't have"),
    ("2nd most viewed?? and 5th??", True, "Mean tweets", "I don't have"),
    ("least watched and 3rd least", True, "#10 Jeremy Corbyn’s friend Jayne", "I don't have"),
    # (two videos named one after another, a mark between and neither name the other's: both)
    ("the mean tweets one, jayne's one, how many views", True, "2,600,000", "I don't have"),
    # (a video's count asked of one platform "alone", no measure word: not held)
    ("how much for the jayne clip on twitter alone", False, "Twitter-only", "#10 of 10"),
    # (the top or bottom half claimed: checked as a set of places; both sides asked, the one it is in said)
    ("is the jessi video in the top half", True, "not in the top half", "the most viewed is"),
    ("is mean tweets top half or bottom half", True, "in the top half", "the least viewed is"),
    # (a campaign figure "up by how much" on an earlier one: the rise)
    ("corbyn retweets were up how much from 2017", True, "1,000,000 more", "I don't have"),
    # (a figure said exactly, after a word leaving it out: the bound stays strict)
    ("how many got over 3m, excluding those on exactly 3m", True, "7 of the 10", "exactly 3,000,000"),
])
def test_stop_56_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Places from the end and joined on, two videos side by side, a platform alone, halves claimed, rises."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (Romanian: more words, its articles and case endings read off known words, "conservatorilor" a party's)
    ("cati oameni au vazut clipul cu jessi", True, "2,747,000", "I don't have"),
    ("cate videouri au peste 7 milioane", True, "3 of the 10", "I don't have"),
    ("care a fost cel mai vazut video al conservatorilor", False, "I don't have Conservatives videos", "NHS"),
    # (Doric: its own words, and "fit", "een", "sax" read its way only in a message in it)
    ("hoo mony views for nummer aucht", True, "3,000,000", "I don't have"),
    ("gie's the top fower by views", True, "Top 4 of 10", "I don't have"),
])
def test_stop_56_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Romanian and Doric read."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the most viewed asked "in" a place the data knows nothing of, "up in" too: the totals cannot say)
    ("which clip did best up in cornwall", False, "I don't have figures for cornwall", "13,400,000"),
    # (a platform said not to be wanted, another asked: that other alone)
    ("how many views did the tories get on twitter, not facebook", False, "I don't have", "25,000,000"),
    # (a measure set aside, "rather than", "as opposed to": what is asked is the other thing)
    ("how many times was jessi shared rather than watched", False, "shared", "2,747,000 (2.747M) views"),
    # (Bulgarian and Portuguese words)
    ("kolko puti e shernato videoto s jessi", False, "shared", "2,747,000 (2.747M) views"),
    ("kolko gledaniq ima jayne videoto", True, "2,600,000", "I don't have"),
    ("quem dirigiu o video da jessi", False, "I don't have who made", "#9 of 10"),
])
def test_stop_56_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """A place after an order, a platform not wanted, a measure set aside, Bulgarian and Portuguese words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the outside review of stop 56, mended: "from the end" counts from the bottom only right after a place; a place
    # joined on after an order is no claim about a video named; the negation of another bound is not the exact
    # figure's; Romanian "cat de" is no share)
    ("videos from the end of the campaign", False, "I don't have", "least viewed"),
    ("is mean tweets 5th most viewed or 6th", True, "#5 of 10", "There is no"),
    ("not more than 3m, exactly 3m", True, "exactly 3,000,000", "at most"),
    ("cat de vazut a fost videoul cu jayne", True, "2,600,000", "%"),
    ("cu cat mai multe vizualizari a avut labour fata de conservatori", True, "61,000,000", "I don't have"),
])
def test_stop_56_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 56 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the song or the singer asked with no video named: the bonus favourites, a singer's title among them; no song
    # claimed of any)
    ("which one had the song in it, what was it called", True, "Emeli Sande: You are not alone", "I don't have"),
    ("the song in the jayne video, how many views", True, "2,600,000", "Our added favourites"),
    # (Ukrainian and Russian in Latin letters)
    ("skolko raz sharenuli video s jessi", False, "shares", "How many videos"),
    ("skilky perehliadiv u video jayne", True, "2,600,000", "I don't have"),
])
def test_stop_56_blind_round_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The song asked of no video lists the favourites; Ukrainian words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (places between two videos asked, by "how many" and a place noun: how far apart they stand, the higher first
    # when "above" is said; a count said before a place word still picks the video that far away)
    ("how many spots higher is mean tweets than jayne", True, "Mean tweets with Jeremy Corbyn is 5 places above",
     "1,100,000 more views"),
    ("how many places apart are #2 and the gogglebox one", True, "4 places above Gogglebox", "5,900,000 more"),
    ("the video 2 places above jayne", True, "(#10): Boris Johnson quotes", "is 2 places above"),
    # (a party's video described by a word and a fragment no table knows: a video the data lacks, not the party's
    # Facebook figure)
    ("how many views did the labour snow qx video get", False, "I can't tell which video", "86,000,000"),
    # (a video named alone before a clause is its topic, and the clause's decline stands)
    ("the jayne video, how many views on twitter only", False, "Twitter-only", "#10 of 10"),
    # ("add views of ...": a sum, not a list)
    ("add views of the december videos", True, "23,400,000", "4 of the 10 videos posted"),
    # (a word one letter off a title's word after the title's name: a typo of it, not a video of another kind)
    ("the boris johnson quota clip, views?", True, "3,000,000", "I don't have"),
    # (Lithuanian and Latvian words)
    ("kiek video virs 4 mil", True, "4 of the 10", "I couldn't tell"),
    ("kuris video buvo paskutinis", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    ("cik skatijumu bija nicky morgan video", True, "3,100,000", "Boris Johnson"),
])
def test_stop_57_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Places between two videos, a party's unknown video, a clause's topic, "add views", title typos, Baltic words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (Swedish, Norwegian and Danish words)
    ("hur många visningar fick jessi grejen", True, "2,747,000", "I don't have"),
    ("vilken dag publicerades artikeln", True, "12 December 2019", "Sorry"),
    # (an opinion asked in a clause of its own beside a figure: the figure, the opinion said lacked; an opinion asked
    # alone is still declined)
    ("how many views did mean tweets get, and in ur opinion was it funny", True, "I don't have opinions",
     "I only have views"),
    ("do u think the jayne video moved people, ur opinion", False, "opinions", "#10 of 10"),
    # (the first or last video of a month: the first or last posted in it; a rank word beside it, a place)
    ("the first november vid, how many views", True, "Labour’s immigration video", "Our wonderful NHS"),
    ("what place did the last december video get", True, "60 second challenge", "Boris Johnson quotes"),
    ("which video ranked first in november", True, "Our wonderful NHS", "immigration"),
    # (whether someone posted any video on a day: the list of the most viewed cannot say when none of it fits)
    ("did corbyn put out any videos on 5 december", False, "only the 10 most viewed", "No videos posted"),
    ("did corbyn post any video on 8 december", True, "Boris Johnson quotes", "I don't have"),
])
def test_stop_57_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Scandinavian words, an opinion beside a figure, a month's first or last video, any video posted on a day."""
    _replied(question, answered, said, unsaid)


def test_a_word_read_alone_first_is_still_joined_to_the_next_misspelt_later() -> None:
    """An answer does not depend on what was asked before: a word a letter off the start of a name's word, read
    alone in one question, is still joined with the next word into that name in a later one."""
    fresh = render_text(Engine(load_dataset(None)).answer("the google box one, views?"))
    used = Engine(load_dataset(None))
    used.answer("how many views on google")
    used.answer("the box one, views?")  # (each word read alone before)
    assert "3,600,000" in fresh
    assert render_text(used.answer("the google box one, views?")) == fresh


def test_a_digit_before_a_word_read_as_nothing_is_answered_without_error() -> None:
    """ "<word> 2 <word read as nothing> <word>": the digit may be a chat "to" or "for", and the word after it reads
    as nothing; every such word is answered, none raises (they did: the reading of the next word was taken as one)."""
    eng = engine(None)
    nothing = sorted(w for w, said in eng.lexicon.textspeak.items() if not said)
    assert nothing
    for word in nothing:
        assert render_text(eng.answer(f"bonus picks? 2 {word} extra")), word


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (Persian in Latin letters, and Egyptian Arabizi)
    ("chand nafar video shomare 2 ro didan", True, "9,500,000", "How many videos"),
    ("jam kon views e top 4", True, "36,600,000", "Top 4 of 10"),
    ("anhi video gab a3la mosha", True, "Our wonderful NHS", "Sorry"),
    ("el far2 ben #1 w #3 kam", True, "6,200,000", "Videos ranked"),
    # (one measure said after two ends, each with its article: "the most and the least watched")
    ("the difference between the most and the least watched", True, "10,800,000", "It is #1 of 10"),
    # (an end of the list and a place joined after it: both, "the top one and the 4th one")
    ("views of the top one and the 4th one", True, "Our wonderful NHS", "The 4th most viewed video is"),
    # (a split by platform of a video named is declined; its halves are no two questions)
    ("split between facebook and twitter for the jayne video", False, "split by platform", "86,000,000"),
    # ("was number how many in the list": the place asked, not a count of the videos; of someone else's, declined)
    ("the video diane abbott was number how many in the list", False, "I don't have", "How many videos: 10"),
])
def test_stop_57_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Persian and Arabizi words, both ends with one measure, an end and a place, a split, "number how many"."""
    _replied(question, answered, said, unsaid)


def test_a_day_said_in_two_words_is_read_whatever_was_asked_before() -> None:
    """ "november twenty fifth": the 25th, even when each of its words was read alone in an earlier question (the
    engine had kept them as typed and skipped reading them as one ordinal)."""
    used = Engine(load_dataset(None))
    for before in ("whats the twenty for", "which was fifth", "anything posted on november"):
        used.answer(before)
    assert "25 November 2019: Nicky Morgan" in render_text(used.answer("anything posted on november twenty fifth"))


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a command after a mention: the command; a compare of two places without "vs")
    ("@campaignbot !top", True, "Top 10 of 10", "Sorry"),
    ("!compare 3 9", True, "4,453,000 more views", "Give two videos"),
    # ("average" is no "mean" of unkindness: "average comments" asks comments, which the data lacks)
    ("average comments per video", False, "comments", "5,534,700"),
    # (who the audience were, asked as "most of the audience"; shares asked as "shared over")
    ("was most of the audience for the jayne video over 50", False, "who the viewers were", "over 100,000"),
    ("was the jayne video shared over 100k times", False, "shares", "by 2,500,000"),
    # (a bound right after the word of a total is said of the total)
    ("the bottom 2 together, more than 5 million?", True, "5,347,000, over 5,000,000", "13,700,000"),
    # (Vietnamese and Mandarin in Latin letters)
    ("bao nhieu video tren 4 trieu view", True, "4 of the 10", "How many videos: 10"),
    ("di wu ming shi na ge video", True, "Mean tweets", "Sorry"),
    ("diyi he disan cha duoshao", True, "6,200,000", "Sorry"),
])
def test_stop_57_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Commands after a mention, "average comments", audience and shares, a bar on a total, Vietnamese, Mandarin."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the outside review of stop 57, mended: another language's words that are English words are read so only in a
    # message in that language ("dust", "akbar", "bang"); "sab ton" before a word of an end is that end; a rank word
    # or "by views" after "first ... in <month>" keeps the views order; the places between two videos say which was
    # posted first; Lithuanian "ir" is "and"; a fragment before a question clause is not split off)
    ("when the dust settled, which video was on top", True, "Our wonderful NHS", "Jayne"),
    ("sab ton ghat views wali video", True, "Jeremy Corbyn’s friend Jayne", "Our wonderful NHS"),
    ("first in december by views", True, "If you’re not sure", "Boris Johnson quotes"),
    ("how many places apart are mean tweets and jessi, and when were they posted", True, "Posted first",
     "I don't have"),
    ("koks skirtumas tarp jessi ir nhs", True, "10,653,000", "#9 of 10"),
    # (a figure said, then a clause of its own is no two questions: the clause's "their" is the figure's owner's)
    ("tory fb views, what was their top video", False, "I don't have Conservatives videos", "Our wonderful NHS"),
])
def test_stop_57_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 57 mended."""
    _replied(question, answered, said, unsaid)


def test_stop_57_a_video_of_someone_doing_what_no_title_says_in_vietnamese_is_declined() -> None:
    """ "video corbyn nau ...": Vietnamese "nau" (cooking) said of someone, a video the data lacks, not a place."""
    _replied("video corbyn nau com dung thu 2 bn view", False, "I can't tell which video", "9,500,000")


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the most or least of one person's tweets: no figure per tweet is held, not their total)
    ("jeremy corbyn's most retweeted tweet, how many rts", False, "retweets per video", "2,400,000"),
    # (a guess said as a feeling after the question: the question alone)
    ("who came third? i have a feeling it was the jessi one", True, "60 second challenge", "#9 of 10"),
])
def test_stop_57_blind_round_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The most retweeted tweet declined; a feeling after the question is a guess."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a person's one-word name, then "thing": the video said loosely, as "the <name> one", not their party's figure)
    ("the boris thing, how many views did it get", True, "3,000,000", "25,000,000"),
    # (Korean "jinjja", really: read as nothing, not a measure the data lacks)
    ("corbyn retweets in 2019 how many jinjja", True, "2,400,000", "I don't have"),
    # (the other party's campaign video named, a person's name after it: none of ours, not the video their name is in)
    ("most watched tory campaign video, boris's top one", False, "I don't have Conservatives videos", "3,000,000"),
    # (one video of someone's taken to exist on a day none of the list fits: every video posted is not held)
    ("what video did corbyn put up on 4 december", False, "only the 10 most viewed", "Posted by"),
    # (the nearest date word to a day is its relation: "from" the list, "after" the day)
    ("any vids from the top 10 posted after 9 dec", True, "60 second challenge", "Videos posted on 9 December"),
    # (an everyday word with its particle before a video word: a video the data lacks, not the poster's 4th)
    ("the corbyn bake off one, how many views", False, "I can't tell which video", "Mean tweets"),
    # (which video was posted on a day, a wrong one guessed: the one posted that day said too)
    ("which vid went up on 23 nov, the jessi one?", True, "the video posted that day is Our wonderful NHS",
     "Posted by Rob Delaney"),
])
def test_stop_58_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 58's first round of blind batches (935-940): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (two operations asked of the same videos, one each side of a joining word: both answered)
    ("jayne and jessi added up, and also the gap", True, "5,347,000", "I don't have"),
    # (someone no table knows, as whose, before a party's name and a video word: none of ours, not the party's figure)
    ("stormzy's labour video views", False, "Stormzy", "86,000,000"),
    # (Japanese in Latin letters: "<n> ban me" the nth place, "chigai" the difference, "ikura" how much)
    ("sumimasen, 3 ban me no video wa nani?", True, "60 second challenge", "I don't have"),
    ("nicky morgan to boris quotes no chigai wa ikura", True, "100,000 more", "2 of the 10"),
    # (Russian "skolko rolikov sdelali": how many videos were made, which a list of the most viewed cannot say)
    ("vsego skolko rolikov sdelali labour", False, "how many videos were made", "55,347,000"),
])
def test_stop_58_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 58's second round of blind batches (941-946): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (someone named doing what no title says, after the video described: a video the data lacks, declined)
    ("the corbyn freezer video, the one with boris hiding, views?", False, "I can't tell which video",
     "3,000,000"),
    # (a first name and a surname no table knows, a kind of video, a video word: someone the data does not carry,
    # even with a place asked after)
    ("the diane abbott interview clip, where did it come in the top 10", False, "figures for diane abbott",
     "#1 Our wonderful"),
    # (the neighbours both ways of one video, joined by "and": both said)
    ("whats right above and right below the jessi one", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    ("which went up right before and right after the boris quotes one", True, "Mean tweets", "I don't have"),
    # (one day said twice, as a date and again in a bracket: written once, "on 8 December", not "on  or 8 December")
    ("what went up on 8/12 (8 dec)", True, "Videos posted on 8 December 2019", " or "),
    # (a second question after "also", naming its own figure: both answered when the whole read only one)
    ("what was labours facebook use and also how many days did the 2019 retweet count cover", True, "42 days",
     "I don't have"),
])
def test_stop_58_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 58's third round of blind batches (947-952): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a party or person named alone, nothing else asked: the first thing a decline would suggest about them)
    ("tories?", True, "25,000,000", "I don't have"),
    ("rob delaney?", True, "Our wonderful NHS", "I don't have"),
    # (a question after a command word: the question, not the command's bare list)
    ("!top hey whats the views on the 7th placed vid", True, "Nicky Morgan on Good Morning Britain", "#1 Our"),
    # (Spanish "puestos": places)
    ("cuantos puestos entre el de nhs y el de jessi", True, "8 places above", "I don't have"),
    # (a shadow minister of the time: someone the data does not carry, not the video at that place as theirs)
    ("the diane abbott vid at #5 how many views did it get", True, "not a video of Diane Abbott", "I don't have"),
])
def test_stop_58_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 58's fourth round of blind batches (953-958): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # ("also" inside one question is no second question: the poster said, no list of theirs added)
    ("was jayne also posted by corbyn", True, "Jeremy Corbyn (@jeremycorbyn) posted", "8 of the 10"),
    # ("that <name> thing" of someone who posted several names no one video: their videos, as before)
    ("how many views did that corbyn thing get", True, "38,347,000", "I don't have"),
    # (the video posted on the day said is named only when it fits the poster the question names)
    ("which video did rob post on 9 dec, the nhs one?", True, "23 November 2019", "the video posted that day"),
    # ("break ... down": a breakdown asked, no bound of views)
    ("can you break the 86m down by video", False, "I don't have", "over 86,000,000"),
    # ("break" a figure: over it)
    ("did any vid break 5 million", True, "4 of the 10 videos", "I don't have"),
])
def test_stop_58_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 58 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a count after a middle word: the places round the centre of the list, never the top ones)
    ("middle four combined, how many views is that", True, "16,900,000", "55,347,000"),
    ("avg of the middle 4 vids", True, "4,225,000", "I don't have"),
    ("middle four which ones r they", True, "Videos ranked #4–#7", "#1 Our"),
    ("what are the middle two videos", True, "Videos ranked #5–#6", "#1 Our"),
    # (a middle count no places centre: which places, asked back; never the top ones)
    ("the middle 3 videos total", False, "#4–#6 or #5–#7", "55,347,000"),
    # (the middle of a median's working is no places asked)
    ("median of the top 10 view counts pls. its an even number so i avg the middle 2 right", True, "3,650,000",
     "Videos ranked"),
    # ("the same as": set against, yes or no with both figures)
    ("do spots 5 to 8 add up to the same as the rob delaney vid lol", True, "exactly as many views", "I don't have"),
    ("do places 5 to 8 add up to the same as the nhs vid", True, "exactly as many views", "matching"),
    # (a figure said as a title rounded to its own last digit names the one video it rounds from)
    ("who made the nhs video that went mega viral, the 13m one", True, "Rob Delaney", "I don't have"),
    ("the 7m one", True, "Jeremy Corbyn’s 60 second challenge", "I don't have"),
    ("the 6m one", False, "No video has about 6,000,000", "#4 of 10"),
    # (a figure said as a title in full digits, as in millions)
    ("the 2,600,000 one and the 2,747,000 one, which went up first", True, "Jeremy Corbyn’s friend Jayne",
     "immigration"),
    # (the figure said as one counted in a set: the set's figure, no video alone)
    ("total of the top ten, including the 2.747m one", True, "55,347,000", "#9 of 10"),
    # (whether a video moved anyone's vote: no figure says, declined with what is held)
    ("did the 60 sec challenge actually change anyones vote tho", False, "changed anyone's vote", "#3 of 10"),
    # (a name as whose before a party's video, anywhere in the question, a common first name with it: none of ours)
    ("how many views did stormzy's labour video get", False, "Stormzy", "86,000,000"),
    ("lily allen's labour video views", False, "Lily Allen", "86,000,000"),
])
def test_stop_59_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 59's first round of blind batches (959-964): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (days between two videos, one of them undated: declined whole, never split into the two videos' cards)
    ("how many days between the gogglebox nurses one and mean tweets", False, "posting date for Gogglebox",
     "3,700,000"),
    # (two places joined after "between": the videos between them, not the two places)
    ("how many vids are strictly between #2 and #7, not counting them", True, "4 of the 10", "#2, #7"),
    ("which vids are between #2 and #7", True, "60 second challenge", "#2, #7"),
    # (... but a gap asked between two places is their difference)
    ("spread between #1 and #2?", True, "3,900,000", "No videos"),
    # (a letter o typed for a zero inside a number)
    ("1oth place vid?", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    # (a figure taken back after a laugh, with no mark between)
    ("which one had 36 mil views lol i mean 3.6", True, "Gogglebox reacts to nurses pledge", "I don't have"),
    # (a year of the data typed with two digits swapped; another year past 2100 before an election word declined)
    ("how many views did boris n the conservatives get on fb during the 2109 election", True, "25,000,000",
     "I don't have"),
    ("retweets 2019 vs 2107 whats the diff", True, "1,000,000 more", "I don't have"),
    ("corbyn retweets in the 2105 election", False, "2105", "2,400,000"),
    # (a small number before an election word is no year)
    ("diff in retweets between the 2 elections", True, "1,000,000 more", "I don't have"),
    # (a field asked of "them" in text-speak after two videos set against each other: both answered)
    ("was the immigration vid posted before or after the jayne one? n their ranks", True, "#10 Jeremy Corbyn’s",
     "I don't have"),
    # (the filters of one posting said with "posted" once)
    ("what did corbyn tweet on nov 17", True, "Videos posted by Jeremy Corbyn on 17 November", "posted on 17"),
])
def test_stop_59_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 59's second round of blind batches (965-970): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # ("commented": comments, a count not held, never the most viewed)
    ("most commented corbyn video in nov?", False, "comments", "#4 Labour"),
    # (an end of the posting order claimed of a video, asked as yes or no or guessed after it: checked)
    ("was jayne the oldest vid in the top 10?", True, "the earliest posted is Labour’s immigration video", "Yes"),
    ("oldest vid in the top 10 was jayne's?", True, "the earliest posted is Labour’s immigration video", "Yes"),
    ("most recent one posted is the not sure who to vote for one?", True, "the latest posted is Jeremy Corbyn’s 60",
     "Yes"),
    # (a place asked, then a video guessed at it after a comma: the guess checked)
    ("what was 2nd most watched, the 60 sec one?", True, "not #2; #2 is If you’re not sure", "I don't have"),
    ("the 2nd most watched was the 60 sec one?", True, "not #2; #2 is If you’re not sure", "I don't have"),
    # (a choice of two posters, the second offered as "or was it <name>")
    ("did rob delaney post the nhs one or was it corbyn himself", True, "Our wonderful NHS was posted by Rob Delaney",
     "I need two"),
    # ("wasnt that": a tag asking to confirm, no negation: no total of the other videos)
    ("how many views did the diane abbott video get, wasnt that like #4", True, "not a video of Diane Abbott",
     "except #4"),
    # (someone named, then where they are in a word no title or tweet has: a video the data lacks)
    ("the one with boris in the kitchen, views?", False, "boris in the kitchen", "3,000,000"),
    # (a video described, then a place claimed of it after: declined, never the place's own figure)
    ("what did the corbyn dancing video get, that was in the top 5 right? kev swears it was", False,
     "corbyn dancing video", "4 of 5"),
    # (retweets a day over both periods with none named: all of them over all their days; with years named: each)
    ("average retweets per day across both elections", True, "40,426 retweets a day", "42,033"),
    ("avg retweets per day 2019 and 2017", True, "about 57,143 against 26,923", "42,033"),
])
def test_stop_59_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 59's third round of blind batches (971-976): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # ("get to" a figure: reaching it; how far short said)
    ("mean tweets needed how many more to get to 4m lol", True, "300,000 short", "I don't have"),
    ("did jayne get to 3m", True, "400,000 short", "I don't have"),
    # ("didn't get to" a figure: under it, never the ones over it)
    ("Which of the videos didn't get to 3 million views?", True, "with under 3,000,000 views",
     "at least 3,000,000"),
    # (nothing over a bound but one video left out: the nearest of the others said)
    ("did any of the top 10 hit 10m apart from the nhs one", True, "Closest below 10,000,000: If you’re not sure",
     "I don't have"),
    # ("middle" takes the number after it: no text-speak "for")
    ("the middle 4 total", True, "16,900,000", "55,347,000"),
])
def test_stop_59_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 59's fourth round of blind batches (977-982): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place in the posting order guessed is not checked against the views order)
    ("what was posted first, the immigration one?", True, "Labour’s immigration video", "No:"),
    # (two places set against each other after "between": compared, not what lies between)
    ("which did better between #1 and #5", True, "9,700,000 more", "No videos"),
    ("which was posted later between #1 and #4", True, "Our wonderful NHS", "Jayne"),
    # (the middle places with a posting word: those videos by views, not places in the posting order)
    ("when were the middle 4 posted", True, "Gogglebox reacts to nurses pledge", "Jessi"),
    # (a video named by its title, then someone with it in a setting: still that video)
    ("the nhs one with rob delaney in the kitchen", True, "Our wonderful NHS", "I don't have"),
    # (a rounded figure naming one of a group said beside it: that video said again, no other set against it)
    ("is the 13m one the nhs one", True, "Our wonderful NHS", "Jessi"),
    # ("counted" after a figure said as a title is no "included")
    ("is the 9.5m one counted as corbyn's", True, "If you’re not sure who to vote for", "I don't have"),
    # ("win votes": election results, as before)
    ("did boris win votes", False, "election results", "changed anyone's vote"),
])
def test_stop_59_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 59 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (someone the data does not carry, asked how many retweets or views they got: declined, never Corbyn's figure)
    ("how many times was dave smith retweeted lads", False, "Dave Smith", "2,400,000"),
    ("how many retweets did stormzy get", False, "Stormzy", "2,400,000"),
    # (... but the data's own names said loosely keep their figures)
    ("how many more retweets did korbin get in 2019 than in 2017", True, "1,000,000 more", "I don't have"),
    ("how many rts did corbz get", True, "2,400,000", "I don't have"),
    ("by how much did jcs retweets go up from 2017", True, "1,000,000 more", "I don't have"),
    # (a sum over everything posted before or after a named video: all of them, not the one next to it)
    ("sum up everything that went out before the boris quotes one", True, "28,347,000", "just before"),
    ("total of all that was posted after the nhs vid (the delaney one)", True, "29,247,000", "just after"),
    # (ordinal days joined by a dash before a month, or after it: a range of days, not places)
    ("views 1st-10th dec, all in", True, "1 December 2019 to 10 December 2019", "#1 of 10"),
    ("total for nov 10th - 20th", True, "9,100,000", "55,347,000"),
    ("roughly the 10th to 20th of nov, total", True, "9,100,000", "55,347,000"),
    # (... places joined so stay places)
    ("2nd-4th who posted", True, "ranked #2–#4", "December 2019 to"),
    # (the smaller against the larger "how many times": the same factor)
    ("jayne is how many times less than the nhs vid", True, "5.2 times", "more views than"),
    # (a percent difference said with the sign)
    ("nhs v jayne % diff", True, "415.4% increase", "10,800,000 more views"),
    # (a possessive typed without its apostrophe before a topic no video has: declined, not the poster's videos)
    ("delaneys brexit vid, what % of the top one", False, "Brexit", "%"),
    # (a party "smashed it", then against another party: the parties' figures, not the top video)
    ("tories smashed it on fb right? how many more than labour", True, "61,000,000", "Our wonderful NHS"),
])
def test_stop_60_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 60's first round of blind batches (983-988): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a video said by its place next to another, as one side of two: that video, the sides read as any two)
    ("days between mean tweets and the vid 3 above it", True, "2 days", "I don't have"),
    ("how many days between jessi and the one 3 above it", False, "posting date for Gogglebox", "2,747,000"),
    ("the vid directly above jayne vs the one directly below jessi, more views?", True, "Jeremy Corbyn’s friend Jayne",
     "I don't have"),
    ("the one below 'not sure who to vote for' went up how many days after it", True, "1 day", "I don't have"),
    # (what a poster put out right after or before one of theirs: the next of theirs by date)
    ("what did jc put out just after the jayne vid", True, "next video posted by Jeremy Corbyn after",
     "Our wonderful NHS"),
    ("what did rob delaney post after his nhs video", False, "None of the videos posted by Rob Delaney", "Nicky"),
    # (nothing beyond an end: where the video stands said)
    ("what was posted right before labour's immigration video", True, "it is the earliest posted", "Nothing comes"),
    # (a video said twice, its poster in brackets: the count of places kept)
    ("what went up 2 posts after the nhs vid (delaney's one)", True, "2 posts after", "posted just after"),
    # (whose the video counted from is, said after it, is no set of theirs)
    ("the video 2 below the nhs one by rob delaney?", True, "60 second challenge", "I don't have"),
    # (a video and the ones either side of it, added: the three)
    ("the gogglebox one plus the two either side of it, total", True, "10,400,000", "either side of"),
    ("total of the one above gogglebox and the one below it", True, "6,800,000", "10,400,000"),
    # (a sum over everything posted after a video, said with "everything")
    ("add up everything posted after the jessi one", True, "Total views of videos posted from 1 December 2019",
     "just after"),
    # (a verb of where videos stand after "how many" counts videos)
    ("how many sit under 3m", True, "2 of the 10", "I don't have figures for"),
    # (a campaign's figure said as "the <figure> one" beside its measure: the campaign's, no video)
    ("that retweet figure, the 2.4m one, how many days was it over", True, "42 days", "No video has"),
    # (the earliest or latest claimed of a video, its day said after it)
    ("the earliest one posted was jessi on 30 nov?", True, "No: Jessi on the value of our NHS was posted on 30",
     "I don't have"),
    # (a percent change "% wise")
    ("retweets 2017 to 2019, % wise?", True, "71.4% increase", "I don't have"),
])
def test_stop_60_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 60's second and third rounds of blind batches (989-1000): what their first look got wrong, in our own
    words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the one posted right before or after a video, as one side of two: that video by date)
    ("jessi vs the one posted right after it, views?", True, "Jessi on the value of our NHS: 2,747,000",
     "I don't have"),
    # (nothing posted before the earliest: said as the answer)
    ("what got posted just before the immigration vid?", True, "is the earliest posted", "I don't have"),
    # (a count of views between two places: the gap between them)
    ("how many views between #3 and #4", True, "700,000 more", "Total views"),
    # (the bonus section asked for a figure, set against a ranked video: declined, never the video's card)
    ("do the two bonus vids together beat jayne on views?", False, "no figures, dates or tweets", "2,600,000"),
    # (three words no table knows before "one": someone the data does not carry)
    ("how many views did the priti sushila patel one get, top 3?", False, "Priti Sushila Patel", "#1 Our"),
])
def test_stop_60_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 60's fourth round of blind batches (1001-1006): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a sum of the one right after a video: that one, never everything on that side)
    ("sum of views for whatever went out just after the jayne vid", True, "Our wonderful NHS", "posted from"),
    # (... and everything after it with the one right after it: that one is among them)
    ("total everything posted after jayne and the one right after it", True, "posted from 18 November 2019",
     "matching"),
    # (an earlier period's figure said as "the <figure> one" is no figure for an unnamed period)
    ("the retweets, the 1.4m one, up to when?", False, "1,400,000", "9 December 2019"),
    # (ordinals joined by a dash: days only beside a month, or past the list's end with a month said)
    ("dec 8th-11th, which got most", True, "posted from 8 December 2019 to 11 December 2019", "posted on 8"),
    ("in november, total views (23rd-30th)", True, "posted from 23 November 2019 to 30 November 2019", "no 30th"),
    ("9th-11th", False, "There is no 11th", "December"),
    # (a month first and a dash range after "between": both ends kept)
    ("between nov 14-17 which vids", True, "posted from 14 November 2019 to 17 November 2019", "posted on 14"),
    # (a party that "smashed it" with no comparison asked: no party figure made up)
    ("labour smashed it, tories not so much", False, "Conservatives", "Our wonderful NHS"),
    # (a verb after "how many" beside no bound on figures: still read as what is counted)
    ("how many sit above the jayne one", False, "sit", "Jessi on the value"),
    # (short or mistyped words after "did" are no strangers)
    ("how many retweets did thm get", True, "2,400,000", "Thm"),
    # (a video said twice, "the nhs one by <poster>", is one end of "in between")
    ("what went up in between the nhs one by delaney and the jessi one", True, "Nicky Morgan", "(Our wonderful"),
    # (which of a group a video is, said in brackets with "not": none left out)
    ("whats 2 posts after the nhs vid (delaney's, not jessi)", True, "2 posts after Our wonderful NHS", "I don't"),
])
def test_stop_60_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 60 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a day said as a title is, the one video posted that day: that video, its own place beside it said again)
    ("the 9 dec vid, #5 right? how many views", True, "Mean tweets with Jeremy Corbyn: 3,700,000", "Videos posted"),
    ("gap in days between the 17 nov #10 and the 30 nov #9", True, "13 days", "I don't have"),
    ("11/12 one plus the 12/12 one, total views", True, "16,700,000", "I don't have"),
    ("the one just below the 14 nov one, what's that", True, "Mean tweets with Jeremy Corbyn", "I don't have"),
    ("did the vid posted 8/12 beat the 30/11 one?", True, "Boris Johnson quotes got more views", "bar"),
    ("how many places apart are the 17 nov and 30 nov ones", True, "1 place", "exactly as many"),
    ("days from 23 nov #1 to 8 dec #8", True, "15 days", "Videos posted on"),
    # (a place typed "#N" beside the month its video went up in: that video, the month no filter)
    ("the #4 nov one, what day", True, "14 November 2019", "I don't have"),
    # (one video and a choice of who posted it: its card, which says)
    ("was the jessi vid corbyns or someone elses", True, "Posted by Jeremy Corbyn", "two different videos"),
    # (... but no video that day, or a day after "on": no name)
    ("what went out on 8 dec", True, "Videos posted on 8 December 2019", "I don't have"),
    ("how many views did the 5 dec one get", True, "No videos posted on 5 December 2019", "#9 of 10"),
])
def test_stop_60_blind_round_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 60's fifth round of blind batches (1007-1012): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a campaign figure said by its number, then set against the other party: figure against figure)
    ("labour had like 86m on facebook didn't they, how far ahead of the conservatives", True, "61,000,000",
     "all 10 videos"),
    # (a campaign figure said by its number first, asked of: the yes or no is about it)
    ("is the 86m bigger than all ten videos added up", True, "Yes: Labour and Jeremy Corbyn", "No:"),
    # (another year claimed of a named video, said soon after it: the day it went up, or its campaign)
    ("the jayne video came out in 2017 right", True, "posted on 17 November 2019, not in 2017", "I don't have"),
    ("was the gogglebox video from the 2015 election", True, "from the 2019 general election, not from 2015",
     "I don't have"),
    ("who posted the jayne video? my memory isn't what it was in 1990", True, "Jeremy Corbyn", "not in 1990"),
    # (a decline of a date asked in words the data lacks, with the day it was posted)
    ("mean tweets date, was it in the final week?", False, "was posted on 9 December 2019", "I only have views"),
    # (two named, their posting order asked with the views of each)
    ("jessi vs jayne: which went up first and the views of both", True, "2,747,000 views;", "I don't have"),
    # (days between two named and their views added)
    ("days between mean tweets and boris quotes, plus their views added", True, "6,700,000 together",
     "I don't have"),
    # (two set against each other and who put each out, one person for both)
    ("gmb clip v the boris quotes clip, how far apart in views and who put each out", True, "both by Jeremy Corbyn",
     "I don't have"),
    # (a video's alias that ends in a word for a video, said with another such word: "the <alias word> one")
    ("views of the quotes one", True, "Boris Johnson quotes: 3,000,000", "I don't have"),
    # (a name a title says, its possessive typed without "'" and with a letter more)
    ("jessies video, what date", True, "30 November 2019", "I don't have"),
    # (each one's views of a group named with a plural video word)
    ("views for the nhs clips", True, "Jessi on the value of our NHS: 2,747,000", "Also matching"),
    ("how many views did the voting videos get", True, "60 second challenge: 7,200,000", "Also matching"),
    # (a bonus favourite named by its singer's surname alone, its place asked: no place, it is one of them)
    ("does sande make the most watched list", True, "bonus favourites", "Our wonderful NHS"),
    # (a figure of another year claimed of this one: whose it is, and for which period)
    ("jez had 1.4m rts this time round didn't he", True, "for the 52 days of the 2017 general election",
     "I don't have"),
    # (another language's word three letters off a short name is not that name)
    ("the nhs one was number 1 sindio?", True, "Our wonderful NHS", "favourites"),
])
def test_stop_61_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 61's first round of blind batches (1013-1018): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


def test_stop_61_a_correction_is_said_once() -> None:
    """A claim corrected and the question after it answered: the correction is one line, not two."""
    _, _, text = ask("when did delaney put his nhs vid up? was it september")
    assert text.count("not in September") == 2, text  # the title and one line


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a week said by one day of it: its Monday to its Sunday, or the seven days from that day; two days said, its
    # ends)
    ("vids in the week of 2 dec?", True, "from 2 December 2019 to 8 December 2019", "I don't have"),
    ("what went out the week beginning 11 nov", True, "Jeremy Corbyn’s friend Jayne", "I don't have"),
    ("which vids were posted the week of 11/14 to 11/20 (ish)?", True, "from 14 November 2019 to 20 November 2019",
     "17 November 2019 on"),
    # (a scale said after the figure, "x3", "times 2"; a part said as "a fifth of", "a quarter of")
    ("the jayne clip views x3", True, "7,800,000", "I don't have"),
    ("a quarter of the immigration video's views", True, "1,625,000", "I don't have"),
    ("a fifth of the jayne views", True, "520,000", "I don't have"),
    ("is the top video 4 times the jayne one", True, "Our wonderful NHS had 5.2 times", "Labour’s immigration"),
    # (a place asked, then the video guessed at it, set apart)
    ("whats at #3 — mean tweets?", True, "not #3; #3 is Jeremy Corbyn’s 60 second challenge (7,200,000 views)",
     "I don't have"),
    # (the video counted from is the one said first after "above"; one said after it is a guess)
    ("the clip just above jessi's is jayne right?", True, "just above Jessi on the value of our NHS (#9): Boris",
     "just above Jeremy Corbyn’s friend Jayne"),
    # (how old a video was when the article came out: the days from its posting)
    ("how old was the jayne one when the article came out", True, "25 days", "details about the people"),
    ("how old is jayne", False, "details about the people", "25 days"),
    # (a rounding asked beside another field: the count rounded where it is given)
    ("views of jessi to the nearest mil, and who posted it", True, "Rounded to the nearest 1,000,000: 3,000,000",
     "I don't have"),
    # ("bout" for "about"; someone "in them", whom a title names)
    ("clips bout the nhs", True, "Jessi on the value of our NHS: 2,747,000", "I don't have"),
    ("any top ten vids with boris in them", True, "Boris Johnson quotes: 3,000,000", "no videos posted by"),
    # (a contest on a platform said as "the <platform> <contest>": the figures there, not the election)
    ("who won the facebook fight, labour or the tories", True, "61,000,000", "election results"),
    # (a title's one word first, or after "and": that video)
    ("nhs and vote one added", True, "22,900,000", "Jessi"),
])
def test_stop_61_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 61's second round of blind batches (1019-1024): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a name right before a quoted description no title or tweet has: the video described is not held)
    ("the corbyn 'bring back the railways' video, how many views", False, "“the ‘bring back the railways’ video”",
     "86,000,000"),
    ("how far ahead was the boris 'take back control' vid over the jessi one", False, "I can't tell which video",
     "Boris Johnson quotes"),
    # (a count before "of <month>" after "top": the slice's size, no day)
    ("top 4 of nov, numbers pls", True, "The 4 most viewed videos posted in November 2019", "on 4 November"),
    # (a figure hedged names the one video whose count rounds to it)
    ("which clip got roughly 7 mil", True, "Jeremy Corbyn’s 60 second challenge: 7,200,000", "I don't have"),
    # (a West Country thanks is no job asked about)
    ("sum the jessi and jayne vids, proper job", True, "5,347,000", "details about the people"),
    # (a verdict asked in gaming slang is an opinion)
    ("is the jayne one goated or mid", False, "opinions of my own", "I have no"),
    ("is mean tweets top 5 or mid table", True, "#5 of 10", "opinions"),
    # (places counted "between them": how far apart, no total)
    ("jessi and gogglebox, 3 spots between them?", True, "3 places below", "Total views"),
    # (a scale said right before a campaign figure's subject: that figure, supposed so)
    ("what's half of labour's facebook figure", True, "about 43,000,000", "I don't have"),
    ("did corbyn's retweets nearly double from 2017 to 2019?", True, "1,400,000", "supposed"),
])
def test_stop_61_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 61's third round of blind batches (1025-1030): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a year is claimed of a video only when said of it: not of a show, a person or a campaign set against it)
    ("gogglebox, has it been on since 2013", False, "I don't have", "No:"),
    ("nicky morgan, was she a minister in 2017", False, "I don't have", "No:"),
    ("is the nhs video better than the 2017 campaign", False, "I don't have", "No:"),
    ("the nhs video is from 2019 not 2017 right", False, "I don't have", "No:"),
    ("the immigration video was from 2017 wasnt it", True, "posted on 14 November 2019, not in 2017", "I don't"),
    # (a person's age is not a video's)
    ("how old was jayne when the article came out", False, "details about the people", "25 days"),
    # ("jesus" is no possessive of a name a title says)
    ("jesus how many views did mean tweets get", True, "Mean tweets with Jeremy Corbyn: 3,700,000", "Jessi"),
    # (a place in the posting order, or a choice after the video, is no place guessed)
    ("which came first, the 60 second challenge or the article", True, "60 second challenge", "not #1"),
    # (a multiple asked is no claim of a place)
    ("is the top video 3 times jessi", True, "4.9 times", "No:"),
    ("a third of the way down the list", True, "The 3rd most viewed video", "A third of the views"),
    # (a week said in a yes/no question: within it or not; a week's two days joined by a dash)
    ("was jessi posted the week of 25 nov", True, "Yes: Jessi on the value of our NHS was posted on 30 November",
     "I don't have"),
    ("was the nhs video posted the week of 25 nov", True, "not in the week 25 November 2019 to 1 December 2019",
     "Yes:"),
    ("week of 25 nov - 1 dec videos", True, "2 of the 10 videos posted from 25 November 2019 to 1 December 2019",
     "None of"),
    # (names stretched or mistyped keep their videos)
    ("jessieee views", True, "Jessi on the value of our NHS: 2,747,000", "I don't have"),
    ("the emilie one", True, "bonus favourites", "I don't have that"),
    # ("in k" before a title's own word asks thousands)
    ("in k jessi", True, "In thousands: 2,747 thousand", "I don't have"),
    # (what is at a guessed place, its title's own full stop left out before its figure)
    ("whats at #2, mean tweets?", True, "watch this (9,500,000 views)", "this. ("),
])
def test_stop_61_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 61 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (how long people watched, asked with "on average" or "switching off": watch time, not views)
    ("how long on average did viewers stick with the jessi video before switching off", False,
     "how long people watched them", "Average views"),
    # (a quoted description with a name between it and its video word: a video not held)
    ("what did the labour 'for the many' corbyn video get", False, "I can't tell which video", "Jeremy Corbyn’s"),
])
def test_stop_61_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 61's fourth round of blind batches (1031-1036): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a campaign figure asked by month or by day of the week: the data holds it whole, declined with what it holds)
    ("how many rts did jez get in november alone", False, "I don't have retweets by month", "I don't have that??"),
    ("tory fb views at weekends", False, "I don't have views by day of the week", "Source:"),
    ("how many retweets did corbyn get over the december election", True, "2,400,000", "by month"),
    # (an order "in time" is the posting order: a video with no date has no neighbour in it)
    ("whats after the gogglebox clip in time", False, "has no posting date", "just below"),
    # (the gaps between posts: each post and the next, in days)
    ("mean days between uploads?", True, "Average gap between neighbours in posting order: 3.5 days", "Average per"),
    ("widest gap between posts", True, "8 days apart", "most viewed"),
    # ("how long" opening a gap between two named: days, not views)
    ("how long was the gap between jessi and jayne", True, "13 days", "more views"),
    ("whats the wait between jessi and jayne", True, "13 days", "Videos between"),
])
def test_stop_62_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 62's first round of blind batches (1037-1042): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (how often a video was shared, its views claimed before: declined, no card of its views)
    ("the jessi one got 2.7m views but how many times was it shared on facebook", False,
     "how many times a video was shared", "Posted by"),
    # (a day to come with a win or a loss: a forecast, declined)
    ("tories win tomorrow by the look of these views?", False, "I don't have", "25,000,000"),
    ("corbyn winning tmrw going by the retweets?", False, "forecasts", "2,400,000"),
    # (a word cut short by a dash, then taken back)
    ("who posted the jayne- no scratch that, who posted the jessi one", True, "Jessi on the value", "Jayne"),
    # (a person's own video described in words no title has: a video not held, not their party's figure)
    ("how many views did boris's oven ready deal video get", False, "I don't have Conservatives videos",
     "25,000,000"),
])
def test_stop_62_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 62's second round of blind batches (1043-1048): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a question after a preamble: after "anyway", "<name> asks", a colon or a closing quote, read alone)
    ("my nan watched it all on her tablet back then and cried, anyway which vid was 5th", True,
     "Mean tweets with Jeremy Corbyn", "I don't have"),
    ("sam from leeds, who did a rally last year, asks how many videos got over 7 million", True, "3",
     "figures for sam"),
    ("next caller Tom who was at the 2017 rally, anyway: 'when did jessi's video go up'", True, "30 November 2019",
     "from 2017"),
    # (a year said before, the question naming no video of its own: the year narrows it, kept)
    ("next caller Tom who was at the 2017 rally: 'which one did rob delaney post'", False, "from 2017",
     "Our wonderful NHS"),
    # (a video named before the colon is of the question: not read alone)
    ("mean tweets vid: who posted, and what did its tweet say", True, "This was surprisingly fun", "I don't have"),
])
def test_stop_62_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 62's third round of blind batches (1049-1054): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place past the list's end typed as an ordinal after a verb of places, beside one that is in it)
    ("i know who came 9th, but who came 11th", False, "There is no 11th", "#9"),
    # (a word of address last after "how much" is no measure asked)
    ("labour fb views how much chief", True, "86,000,000", "figures for chief"),
    # (a figure of each of a party's videos, which the data holds only as their total)
    ("standard deviation of the conservative videos' view counts", False,
     "I don't have the Conservatives' videos one by one", "25,000,000"),
])
def test_stop_62_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 62's fourth round of blind batches (1055-1060) and the open ones of the rounds before: what their first
    look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a figure in a clause after a video word names that video: "the vid that did <figure>")
    ("the clip that got 9.5m, was it more than the 60 sec one", True, "got more views: 9,500,000", "No:"),
    ("that vid with 3.7m, how many more than jayne", True, "1,100,000 more", "Which video"),
    # (what a preamble narrows the question by is kept: a year, an order, a month, an exclusion)
    ("for 2017, anyway how many retweets did corbyn get", True, "1,400,000", "2,400,000"),
    ("top 3 only. sam asks what the total views are", True, "30,100,000", "55,347,000"),
    ("without the delaney one, jo asks which got most views", True, "If you’re not sure", "NHS: 13,400,000"),
    # (a weekday or a month said as small talk or as the day a period ends is no split of the figure)
    ("happy friday! how many fb views did the tories get", True, "25,000,000", "by day of the week"),
    ("how many retweets did corbyn have by monday", True, "2,400,000", "by day of the week"),
    ("i read in november that labour had 86m fb views, is that right", True, "86,000,000", "by month"),
    # ("how many times more than <a video>": a ratio, not how often something was shared)
    ("jessi got 2.747m views, how many times more than the one posted on 17 nov", True, "1.1 times",
     "how many times a video was shared"),
    # (how often "it" or "the videos" were shared: declined, no count of videos)
    ("how many times were the vids shared on facebook", False, "how many times a video was shared", "10 of the 10"),
    # ("if u drop the <name> outlier": that one left out, not that poster's videos alone)
    ("avg views if you drop the delaney one", True, "4,660,778", "of videos posted by Rob"),
    # (a day to come right after the election dates it: no forecast asked)
    ("election tomorrow, is labour ahead on facebook", True, "86,000,000", "forecasts"),
])
def test_stop_62_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 62 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a verb of winning with one video: the place next to it, below where it wins, above where it loses)
    ("so what did the mean tweets video beat", True, "just below Mean tweets", "just above"),
    ("what beat the jayne one?", True, "just above Jeremy Corbyn’s friend Jayne", "just below"),
    ("the vid that beat the gogglebox one - views?", True, "Mean tweets with Jeremy Corbyn", "just below"),
    ("nicky morgan one lost to what", True, "Gogglebox reacts", "Boris Johnson quotes"),
    ("the 60 sec one, who beat it and by how much", True, "2,300,000", "I don't have"),
    ("which vids did the immigration video outperform", True, "#5–#10", "just below"),
    # (... the other side said otherwise: the two set against each other, as before)
    ("how much did the nhs one beat the runner up by", True, "3,900,000", "just below"),
    ("did mean tweets beat gogglebox", True, "100,000", "just below"),
    # (the next in an order of views, counted from a video)
    ("which one had the next most views after the immigration video", True, "just below Labour’s immigration",
     "6,500,000 (6.5M) views across Facebook and Twitter.\n#4"),
    # (a figure naming its video, a place counted from it: no bound under that figure)
    ("whats the one just below the 6.5m one", True, "Mean tweets with Jeremy Corbyn", "exactly 6,500,000"),
    # (the party's own video word before a figure that names one of its videos)
    ("which labour video had 3.1 mil", True, "Nicky Morgan on Good Morning Britain", "I don't have"),
    # (both sides of a video, "it" said after the first only)
    ("boris quotes vid, whats just above it and whats just below", True, "Jessi on the value",
     "I don't have"),
    # (days to polling day in short forms: a day the article never dates, declined)
    ("mean tweets vid - days til election day?", False, "polling day", "Posted by"),
    ("jessi video was how many days b4 the election?", False, "polling day", "Posted by"),
])
def test_stop_63_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 63's first round of blind batches (1061-1066): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a poster question after a place next to a video: the views order kept, no posting order)
    ("whats right after mean tweets in the list, and who posted it", True, "Gogglebox reacts", "posted just after"),
    # (a place in the posting order guessed after a comma, checked by the posting dates)
    ("which came out first, the jessi one?", True, "1st posted is Labour’s immigration video", "not #1"),
    ("which got the least views, mean tweets obviously?", True, "the least viewed is Jeremy Corbyn’s friend Jayne",
     "I don't have"),
    # (a negation in words of a title that has its own: that video, none left out)
    ("what day was the one for folk who dont know who to vote for posted", True, "11 December 2019",
     "other than"),
    # (a person named in a title said again as a guess after the comparison: no poster filter)
    ("boris quotes or nicky morgan, which got more, boris?", True, "3,100,000", "no videos posted by"),
    # (what one would need to catch another: the gap)
    ("how many views would jayne need to catch up with the jessi video", True, "147,000", "Videos (Jeremy"),
    # (a count asked between two videos: the gap, not the ones between added)
    ("how many views between mean tweets and nicky morgan", True, "600,000", "Total views"),
    ("total views of the videos between mean tweets and jayne", True, "Total views", "more views than"),
    # (a topic said with "related": the videos about it)
    ("which ones are nhs related", True, "Jessi on the value", "I don't have"),
])
def test_stop_63_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 63's second round of blind batches (1067-1072): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (those said first, then the slice they are in, after "in": the slice of the whole list)
    ("total views of the november ones in the top 5", True, "among the 5 most viewed", "5 most viewed videos posted"),
    ("how many of corbyn's videos are in the top three", True, "2", "3 most viewed videos posted by"),
    # ("outside the top N": the places past it)
    ("average views outside the top 5", True, "except #1–#5", "Total views of the 5"),
    # (a place said with a wrong figure: the place names the video, the figure a claim)
    ("the 7th one w 3m, nicky morgan, views?", True, "3,100,000", "Boris Johnson quotes: 3,000,000"),
    ("the number 3 vid, the 7 mil one, who posted it", True, "60 second challenge", "No video has about"),
    # (a place with its day in brackets: the day said of it)
    ("how many days between the 4th one (14 nov) and the 3rd (12 dec)", True, "28 days", "I need one"),
    # (a place said again right after each video named)
    ("days between mean tweets 5th and jessi 9th", True, "9 days", "got more views"),
    # (a described video of a person the data lacks: declined, not their campaign or another video)
    ("the one with boris sleepin in the shed, how many views", False, "I can't tell which video", "3,000,000"),
    ("how many views did corbyn's birthday cake vid get, the one at #2?", False, "I can't tell which video",
     "9,500,000"),
    # ("r" for "are")
    ("which vids r in the top 3", True, "Our wonderful NHS", "I don't have"),
])
def test_stop_63_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 63's third round of blind batches (1073-1078): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # ("or more" then "than": a count compared, no bound taking the figure in)
    ("is there just one video under 2.7m or more than one", True, "under 2,700,000", "at least"),
    # (after an average, "how far above that": the average said again, no place above a video)
    ("mean of the top five, and how much above that is the nhs video", True, "above the average",
     "The video just above"),
    # (a win in time to come: a forecast)
    ("will the tories beat labour on facebook next time", False, "forecasts", "86,000,000"),
    # (a video's party guessed between two: the one holding it)
    ("is the jessi one a tory video or a labour one, who posted it", True, "Jeremy Corbyn", "I don't have"),
])
def test_stop_63_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 63's fourth round of blind batches (1079-1084): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a video against a figure of the rest: the rest without it)
    ("jayne vs the average of the rest", True, "other than Jeremy Corbyn’s friend Jayne", "all 10 videos"),
    ("mean tweets vs the median of the others", True, "median of videos other than", "all 10 videos"),
    ("the jessi one vs the rest of corbyn's videos combined", True, "posted by Jeremy Corbyn other than Jessi",
     "ranked #1"),
    ("boris quotes vs the average of the other november vids", True, "posted in November 2019 other than",
     "all 10 videos"),
    # (Tagalog places beside a video)
    ("ano yung nasa taas ng jayne", True, "just above Jeremy Corbyn’s friend Jayne", "I don't have"),
])
def test_stop_63_blind_round_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 63's fifth round of blind batches (1085-1090): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a day in brackets after a bare place: the place's video, not a place in the posting order)
    ("the 4th (14 nov) who posted", True, "posted Labour’s immigration video", "earliest"),
    # (a place and a figure in two phrases: two videos)
    ("the 2nd vs the 3.6m one", True, "5,900,000", "I don't have"),
    # ("beat by" is a margin; "get beat" and yes/no questions keep the video's own answer)
    ("what did mean tweets beat by", True, "Mean tweets with Jeremy Corbyn: 3,700,000", "just above"),
    ("did jayne get beat", True, "Jeremy Corbyn’s friend Jayne: 2,600,000", "Nothing comes"),
    # (a title's word is no average said: no average said again)
    ("mean tweets, how much over that is the nhs vid", True, "Our wonderful NHS", "Average views"),
    # (a guess at the first posted, of a video with no date: declined, no views order)
    ("which came out first, the gogglebox one?", False, "no tweet", "not #1"),
    # ("or more than that", "or more than 3m": a bound taking the figure in)
    ("vids with 3.6m or more than that", True, "at least 3,600,000", "I don't have"),
    # ("will you ...": a request, no forecast)
    ("will you tell me what beat the jessi one", True, "Boris Johnson quotes", "forecasts"),
    # (a contrast clause cut only after a reason asked; a question after it kept)
    ("jessi got 2,747,000 while the rest are round, what did the nhs one get", True, "13,400,000", "I don't have"),
    # (days to polling day, then another question: that one answered)
    ("days til election day, and whats the 2nd vid", True, "If you’re not sure", "polling day"),
    # ("minus" the one for those who don't know who to vote for: the total without it)
    ("total minus the one for people who dont know who to vote for", True, "45,847,000", "9,500,000 (9.5M)"),
    # ("what beat <title> in <month>": those above it in that month)
    ("what beat jessi in november", True, "posted in November 2019", "just above"),
])
def test_stop_63_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review's findings of stop 63 mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a pet form of a name with an "s" of whose: their videos, not every video)
    ("how many vids did jezzas account put up", True, "posted by Jeremy Corbyn: 8", "all 10"),
    # (someone's account said after "from": whose videos, no platform count)
    ("which ones didnt come from corbyns twitter", True, "not posted by Jeremy Corbyn", "Twitter-only"),
    # (places counted from the end beside another place: their places from the top)
    ("2nd last minus last", True, "147,000", "If you’re not sure"),
    ("4th from bottom plus 2nd from bottom", True, "5,847,000", "If you’re not sure"),
    ("6th plus the bottom one", True, "6,200,000", "least viewed first"),
    ("is jayne 1st from the bottom or 2nd from the bottom", True, "1st from the bottom", "not #"),
    ("gogglebox is how many from the bottom", True, "5th from the bottom", "How many videos"),
    # (the posting order's ends stay the posting order's)
    ("how many days between the first and last video tweets", True, "28 days", "10th earliest"),
    # (someone no table knows said before a poster's name and a video word: a video not held)
    ("the farage corbyn video views", False, "farage", "Posted by"),
    # (the kind of day asked: the posting day with its weekday)
    ("the jessi one, weekend or weekday?", True, "Saturday 30 November 2019", "I don't have"),
    # (one end of an order, in a month said with it, is the video counted from)
    ("the video above the earliest december one", True, "Nicky Morgan on Good Morning Britain", "posted in December"),
    ("the one below the newest one posted", True, "Labour’s immigration video", "I don't have"),
    # (a party winning on a weekday: the election, not a contest of views)
    ("reckon labour wins on friday", False, "election", "86,000,000"),
])
def test_stop_64_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 64's first round of blind batches (1091-1096): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (how far a video is from a round figure: the gap, either way)
    ("how far from 7 mil is the 60 second one", True, "over 7,000,000, by 200,000", "not the figure"),
    ("is the immigration one over 6m by much", True, "over 6,000,000, by 500,000", "I don't have"),
    # (one video's share of a whole, its place beside it)
    ("whats the share of the total for mean tweets and its rank", True, "#5 of 10", "I don't have"),
    # (a shared name said beside someone who posted one of its videos: that one)
    ("the delaney nhs one plus the jayne one", True, "16,000,000", "Jessi"),
    # ("whens": when is)
    ("whens the jayne one from", True, "17 November 2019", "I don't have"),
    # (a second video joined on after the verb of the first)
    ("how many views did jessi get and jayne", True, "2,600,000", "I don't have"),
    # (one operation asked of two pairs: each answered)
    ("mean tweets + jayne together, and boris + jessi together", True, "5,747,000", "12,047,000"),
    ("gap between jessi and jayne + gap between boris quotes and nicky morgan", True, "100,000", "Videos ("),
])
def test_stop_64_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 64's second round of blind batches (1097-1102): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a video asked, then a campaign figure: each answered)
    ("gogglebox views and whats the tory facebook total", True, "25,000,000", "I don't have"),
    # (a video and the one some places from it, set beside each other)
    ("add up mean tweets and the one two places below it", True, "6,800,000", "The video 2 places"),
    ("how many days from jessi to the one two above it", True, "5 days", "I don't have"),
    # (asks listed with commas: each answered, the first's video the later ones' too)
    ("boris quotes views, its date, and what's just above it", True, "Nicky Morgan", "I don't have"),
    ("diff between #2 and #3, #4 and #5, and #6 and #7", True, "2,800,000", "I don't have"),
])
def test_stop_64_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 64's third and later rounds of blind batches (1103-1120): what their first look got wrong, in our own
    words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place said with the top beside one from the end: each its own place)
    ("3rd from top and 3rd from bottom", True, "#3, #8", "#10"),
    ("2nd from top vs 4th last", True, "6,400,000 more views than Nicky Morgan", "Our wonderful NHS"),
    ("2nd from the bottom and 5th most viewed", True, "#5, #9", "I don't have"),
    # ("how far from the top": a place, no figure to set a video against)
    ("how far from the top is jayne", True, "#10 of 10", "more views than"),
    # (each shared name by its own poster)
    ("add up the nhs rob delaney one and the nhs corbyn one", True, "16,147,000", "2,747,000 views**"),
    # (a place counted from the end, a neighbour counted from it)
    ("2 spots above the 2nd from the bottom", True, "Nicky Morgan on Good Morning Britain", "least viewed"),
    # (an end of the posting order said first, "it" after it: counted from in views)
    ("the most recent one, whats the one just under it", True, "Labour’s immigration video", "I don't have"),
    # ("the first one posted after <title>": the next one)
    ("the first video posted after mean tweets", True, "If you’re not sure", "#5 of 10 (5th) by views.\n"),
    ("first vid that went up after the 20th nov", True, "Our wonderful NHS", "posted just after"),
    # (a party's one figure, its platform unsaid, set against a video)
    ("labour total minus mean tweets", True, "82,300,000", "I don't have"),
    # (asks listed after a video named with its neighbour)
    ("gogglebox views, its rank, and whats right below it", True, "Nicky Morgan", "I don't have"),
])
def test_stop_64_outside_review_and_round_six(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 64's outside review findings mended, and its sixth round of blind batches (1121-1126), in our own
    words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a video set as a part or a multiple of a place: no claim about its own place)
    ("jessi is about half of the 5th one isnt it", True, "Jessi on the value of our NHS had", "not #5"),
    ("is #3 half again as big as gogglebox", True, "times the views", "not #3"),
    ("mean tweets is a third of the top one right", True, "27.6%", "not #1"),
    # (a ratio says the smaller side's share too, and an exact part by name)
    ("gogglebox vs the 60 second challenge ratio", True, "50% of the views", "I don't have"),
    # (an ordinal after "a", then "of": a part of a figure, no place)
    ("what is a third of the total views", True, "18,449,000", "Videos ranked #3"),
    ("a fifth of all the views", True, "11,069,400", "Videos ranked #5"),
    # ("is <name> a <part> of <other>": a ratio, no question of who someone is)
    ("is jayne a quarter of the nhs one", True, "19.4%", "I don't have who"),
    # (a count before a middle word: the places round the centre)
    ("the 4 middle ones added up", True, "#4–#7", "top 4"),
    ("avg of the 2 vids in the middle", True, "3,650,000", "top 2"),
    ("bottom 4 together, the middle bit after", True, "least viewed", "middle 4"),
    # (the median names the videos it stands at)
    ("median of the bottom 3", True, "at #9 Jessi", "I don't have"),
    ("which video is bang in the middle of the list", True, "halfway between #5", "I don't have"),
    # (a slice said before a mean set as a bar: that slice's mean)
    ("which vids are under the top 3 average", True, "under 10,033,333", "5,534,700"),
    ("how far below the top 4 average is jayne", True, "6,550,000", "just below"),
    # ("in the list" after a named video: the list's order, a posting word or not)
    ("who posted the one right after jessi in the list", True, "Jeremy Corbyn’s friend Jayne", "posted just after"),
    # (a second ask leaning on the first's video, or naming its own, by a place next to it)
    ("what went up on 25 nov and whats ranked right below it", True, "Boris Johnson quotes", "I don't have"),
    ("what did corbyn post on 11 dec, and the one he posted the day after that", True,
     "60 second challenge", "I don't have"),
    ("the one below jessi in the list, and the one posted just after jessi by date, which are they", True,
     "Jeremy Corbyn’s friend Jayne", "I don't have"),
])
def test_stop_65_blind_rounds_one_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 65's first two rounds of blind batches (1127-1138): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a weekday said of a place in the whole list: that place, when its video went up that day)
    ("6th from the bottom, the monday one, views?", True, "Mean tweets with Jeremy Corbyn", "There is no"),
    ("what came 2nd from the bottom, the saturday one", True, "Jessi on the value of our NHS", "Our wonderful NHS:"),
    ("just below the 9th from bottom wednesday vid", True, "Jeremy Corbyn’s 60 second challenge", "There is no"),
    # (a weekday said of the places named: a description, not a set to count in)
    ("3rd from bottom and the bottom one, the two sunday ones, add them", True, "5,600,000", "all 10"),
    ("the 8th and 7th from bottom, both thursday ones, the gap between them", True, "700,000", "I don't have"),
    # (ordinals listed before one counted from the end: all counted from it)
    ("9th and 10th from the bottom combined", True, "22,900,000", "#9"),
    ("4th 3rd and 2nd from bottom, total", True, "ranked #7–#9", "#2"),
    # ("couple": two)
    ("top couple from december added", True, "16,700,000", "all 10"),
    ("avg of the bottom couple", True, "2,673,500", "all 10"),
    ("a couple of questions: which video was first posted?", True, "Labour’s immigration video", "2 earliest"),
    # (one word of a title after "my": the asker's own, no video)
    ("top 3 pls, sending to my friend", True, "The 3 most viewed", "Jayne"),
    # ("went up by" before "date": the posting order said, no gap)
    ("the first 2 that went up by date, combined", True, "9,100,000", "more views than"),
])
def test_stop_65_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 65's third round of blind batches (1139-1144): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a video and the ones either side of it, no video after the words: the three)
    ("mean tweets plus the ones either side, added up", True, "13,800,000", "either side of"),
    ("gogglebox and its neighbours", True, "Nicky Morgan on Good Morning Britain", "I don't have"),
    # ("first then": the order to say things in, no place)
    ("who posted boris quotes and when, name first then date", True, "Jeremy Corbyn", "not #1"),
    ("what was ranked second then", True, "If you’re not sure", "I don't have"),
    # (a plural of a frequent word is a word, no typo for another)
    ("sum of jessi and jayne, with thousands separators", True, "5,347,000", "more views than"),
    # ("on the same day of the week as": the weekday, no date)
    ("what else went up on the same day of the week as mean tweets", True, "Nicky Morgan", "None of the 10"),
    # (a count still to come: a forecast, declined)
    ("how many views will jayne have by christmas", False, "I don't have", "2,600,000 (2.6M) views across"),
    ("will the nhs one get more views next week", False, "forecasts", "Posted by"),
    ("link to jayne pls, will watch when i get home", True, "pic.twitter.com", "forecasts"),
])
def test_stop_65_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 65's fourth round of blind batches (1145-1150): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (the ones either side of a video: it is said too, its place and day)
    ("views either side of the immigration one", True, "Between them: #4 Labour’s immigration video", "I don't have"),
    # ("before and after it", "date wise": the posting order)
    ("what went up right before and after boris quotes", True, "by posting date", "by views"),
    ("mean tweets, whats either side of it date wise", True, "by posting date", "by views"),
    ("whats either side of mean tweets? dates they went up", True, "by views", "by posting date"),
    # (one end of the posting order and one place from the bottom that are one video)
    ("which went up first, is it the 7th from bottom", True, "Labour’s immigration video", "There is no"),
    # (places from the bottom with days between: places still)
    ("how many days between 2nd from bottom and 4th from bottom", True, "5 days between", "least viewed video is"),
])
def test_stop_65_blind_round_four_more(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 65's fourth round of blind batches, 1144 and 1149 too: what their first look got wrong, in our own
    words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place among a weekday's videos stays theirs; a weekday is read as said of a place only after "from bottom")
    ("the 2nd least viewed saturday video", True, "Our wonderful NHS", "Jessi"),
    ("the 3rd least viewed sunday video", False, "only 2 fit", "Boris Johnson quotes:"),
    # (a place said again from the other end in brackets: one video)
    ("the 3rd (8th from bottom)", True, "Jeremy Corbyn’s 60 second challenge", "#8"),
    ("the 5th (6th from bottom) views", True, "Mean tweets with Jeremy Corbyn", "#6"),
    # (ordinals joined by "then" are places still)
    ("third then fourth", True, "ranked #3–#4", "I don't have"),
    ("the fifth then, who posted it", True, "Jeremy Corbyn", "I don't have"),
    # ("my" before a title's own word still names it)
    ("my nhs, who posted it", True, "Rob Delaney", "I don't have"),
    # ("posted right after <title> in the list": the posting order, the relation asked)
    ("the one posted right after jayne in the list", True, "Our wonderful NHS", "Nothing comes"),
    # (a count before "middle" with another list said: not the middle of the whole list)
    ("the 2 middle of the top 4", True, "top", "#5–#6"),
    # (a person's name before "a quarter of": who they are, as before)
    ("is boris a quarter of nhs", False, "I don't have", "3,350,000"),
])
def test_stop_65_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 65's outside review: the regressions it found, mended, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place counted from the bottom beside a posting word is a place, not a day of the month)
    ("the vid after the 2nd from bottom, when was it posted", True, "Jeremy Corbyn’s friend Jayne",
     "Videos posted from"),
    ("2nd from bottom, date?", True, "Jessi on the value of our NHS", "posted from"),
    # (numbers listed before a place word)
    ("average for 8 9 and 10 place", True, "#8–#10", "(1 video)"),
    # (the same ordinal said again after a comparison: the two places, not a set of two against one)
    ("5th vs 8th, how much more did 5th get", True, "700,000 more", "Videos ranked #5, #8"),
    # (a video's own day said right before it describes it)
    ("days from the 30 nov jessi vid to the 60 second one", True, "12 days", "Jessi on the value of our NHS:"),
    ("days between mean tweets and the article, b/w", True, "3 days", "I don't have"),
    ("the jessi vid to the article, how many days", True, "12 days", "I don't have"),
    ("the boris quotes one went up 8 dec right? how many days till the article", True, "4 days",
     "0 days"),
    # (a held measure joined to a lacked one: the held answered, the lack said after it)
    ("jayne vid, shares and views?", True, "2,600,000", "Try:"),
    ("views + comments on the boris quotes vid", True, "I don't have comments figures", "Try:"),
    ("when did jessi go up and how many likes did it get", True, "30 November 2019", "Try:"),
    # (not when the held part leans on the lacked one, or asks nothing held of its own)
    ("how many likes did jayne get and what share of its views is that", False, "I don't have", "%"),
    ("lib dems facebook views? how did they compare with labour", False, "I don't have", "61,000,000"),
    ("did jessi's vid have subtitles for deaf viewers and who was in it", False, "I don't have", "#9 of 10"),
    # (a neighbour's figure against a bar)
    ("is the one below mean tweets over 3.5m?", True, "Gogglebox reacts to nurses pledge has 3,600,000",
     "Mean tweets with Jeremy Corbyn has"),
    ("over/under 5m on the 60 second one", True, "Jeremy Corbyn’s 60 second challenge has 7,200,000", "Labour’s"),
    # ("her" after a place word: the video named before)
    ("jayne's vid, what is 2 places above her", True, "Boris Johnson quotes", "I don't have"),
    # (a poster said of the neighbour asked)
    ("the vid one below mean tweets - did corbyn post it", True, "Gogglebox", "Jeremy Corbyn’s 60"),
    # (a video and the one some places from it, added)
    ("jessi + the one 2 above it, total", True, "5,847,000", "The video 2 places"),
    ("the top vid and the one above it, combined", False, "Nothing comes", "16,000,000"),
    # ("right" before a place word says how near, no claim to check)
    ("the jessi one, the one right under boris quotes, when was it posted", True, "30 November 2019", "most viewed"),
    # (three asks opened by "also", "btw", "oh and": each its own, none added into another)
    ("jayne + jessi views combined? also mean tweets views, oh and rank of mean tweets", True, "5,347,000",
     "8,347,000"),
    ("where is jessi ranked, also gogglebox, plus boris quotes", True, "#6 of 10", "Total views"),
])
def test_stop_66_blind_rounds_one_to_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 66's first three rounds of blind batches (1151-1168): what their first look got wrong, in our own
    words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (an end of the posting order said "first" or "last" with a time word: the video counted from, by date)
    ("the video that went up straight after the first one", True, "Jeremy Corbyn’s friend Jayne",
     "The earliest posted video:"),
    ("what was posted just before the last one", True, "If you’re not sure who to vote for", "The latest posted"),
    ("the vid right before the last one in december", True, "If you’re not sure who to vote for",
     "The latest posted"),
    # (an end of the posting order, then "the one before it": the two)
    ("the oldest vid and the one after it, views combined", True, "9,100,000", "9 videos"),
    # (one video said two ways in the posting order: once)
    ("posted 2nd to last, i.e. the one before the very last one", True, "2nd latest posted", "2nd most viewed"),
    # (a neighbour asked, then a gap between "them": the two)
    ("which went up right before boris quotes and how many days between them", True, "8 days between",
     "Boris Johnson quotes: 3,000,000 (3M) views across Facebook and Twitter.\nI don't"),
    # (places of a range set against one video the order picks)
    ("are places 3 to 5 together more than the top one", True, "#3–#5", "#3, #5"),
    ("4 thru 10 combined, how much more than the top one", True, "#4–#10", "#4, #10"),
    # (a range of places against a party's figure)
    ("places 7 to 10 added up vs the tories 25m", True, "#7–#10", "#7, #10"),
    # (an end of someone's posting order as the video counted from)
    ("the vid right below corbyn's earliest one", True, "Mean tweets with Jeremy Corbyn", "8 of the 10"),
    ("whats just under corbyn's newest video", True, "Labour’s immigration video", "8 of the 10"),
])
def test_stop_66_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 66's fourth round of blind batches (1169-1174), and 1163 before it: what their first look got wrong,
    in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a video named by its day, as the one counted from: by date)
    ("the one posted after the nov 25 vid", True, "Jessi on the value of our NHS", "Videos posted from"),
    ("the one before the video from dec 11", True, "Mean tweets with Jeremy Corbyn", "Videos posted on"),
    # (the days next to a video: a stretch when said with "the" or asked as a total; one day a week on otherwise)
    ("total views in the week after the nov 23 one", True, "24 November 2019 to 30 November 2019",
     "posted on 30 November"),
    ("what went up a week after jayne", True, "24 November 2019", "18 November"),
    ("the 3 days before mean tweets, total views", True, "6 December 2019 to 8 December 2019", "on 6 December"),
    # (days counted from a video with no date: declined as such, never another order)
    ("total views in the week after the gogglebox one", False, "no posting date", "#7–#10"),
])
def test_stop_66_blind_round_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 66's fifth round of blind batches (1175-1180): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # ("plus" joining what one figure is worked out of: one total, average or choice, not three asks)
    ("average of jessi, plus boris quotes, plus nicky morgan", True, "2,949,000", "(1 video)"),
    ("total views of jayne, plus jessi, plus mean tweets", True, "9,047,000", "Jessi on the value of our NHS:"
     " 2,747,000 (2.747M) views across"),
    ("which is highest: jessi, plus jayne, plus boris quotes", True, "Boris Johnson quotes", "I don't have"),
    # (a lacked measure with a time, a platform, another subject or an operation of its own: declined whole)
    ("jessi views and likes on facebook", False, "I don't have", "2,747,000 (2.747M) views across Facebook and"
     " Twitter.\n#9"),
    ("labour views and likes in 2017", False, "I don't have", "over 86,000,000 (86 million) Facebook views on"
     " campaign videos.\nI don't have likes"),
    ("labour views and how many likes did the tories get", False, "I don't have", "61,000,000"),
    ("jessi views + likes combined", False, "I don't have", "#9 of 10"),
    ("jessi views and what % were likes", False, "I don't have", "#9 of 10"),
    # (a place from the bottom, a neighbour asked, then a posting word: the neighbour, whose date the article lacks)
    ("the one above 4th from bottom posted on what day", False, "I don't have a date for Gogglebox reacts to nurses "
     "pledge", "was posted on"),
    # ("the first one on the list" with a posting word after it: no posting order counted from)
    ("the one after the first one on the list, when was it posted", True, "Our wonderful NHS",
     "Mean tweets"),
    # (a video and the one two places from it, averaged or compared: not a total)
    ("jessi + the one 2 above it average", True, "Jessi", "5,847,000"),
    # (a neighbour's bar past an end: declined; "after" in the list)
    ("is the one above the nhs vid over 10m", False, "Nothing comes just above", "13,400,000 views: over"),
    ("is the video after jessi over 3m", True, "Jeremy Corbyn’s friend Jayne has 2,600,000", "Jessi on the value of"
     " our NHS has"),
])
def test_stop_66_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 66 found wrong in its change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place in the posting order said of one video to check: confirmed or put right by the posting dates)
    ("was the jessi video the fifth one posted", True, "Yes: Jessi on the value of our NHS is the 5th posted",
     "There is no"),
    ("mean tweets posted 3rd?", True, "the 3rd posted is Our wonderful NHS", "Yes"),
    ("nicky morgan clip, was it put out 1st", True, "the 1st posted is Labour’s immigration video", "Yes"),
    # ("when was <title> first posted": "first" is no place claimed)
    ("when was the immigration video first tweeted?", True, "was posted on 14 November 2019", "No:"),
    # (its place in the posting order asked: said; none for a video with no date)
    ("what number was the boris quotes video posted", True, "the 6th of the 9 videos with a date", "No:"),
    ("whereabouts in the posting order is mean tweets", True, "the 7th of the 9 videos", "I don't have"),
    ("gogglebox, what position in the posting order", False, "no place in the posting order", "3,600,000 (3.6M) views"
     " across"),
    # (not "the views and the date, in that order": the order of the reply)
    ("mean tweets: date and views, in that order", True, "was posted on 9 December 2019", "of the 9 videos"),
    # (one video's posting set against another's: the earlier of the two, none for one with no date)
    ("when did mean tweets go up, before boris quotes?", True, "The earliest posted video (Mean tweets",
     "posted just before"),
    ("when did gogglebox go out, b4 jessi?", False, "posting date for Gogglebox", "Jeremy Corbyn’s friend Jayne"),
    # (days from an end of the posting order)
    ("what went up 2 days after the first one", True, "16 November 2019", "The earliest posted video"),
    # ("3rd down to 7th": a range; "2nd last vs last": both counted from the bottom)
    ("average views 2nd down to 4th", True, "#2–#4", "#2, #4"),
    ("second from last vs the last, which did better", True, "Jessi on the value of our NHS had 147,000 more", "#2"),
    ("2nd last plus last, total", True, "5,347,000", "If you’re not sure"),
    # (bare places listed, then one set against them after "vs")
    ("7 8 and 9 put together vs number 2", True, "Videos ranked #7–#9", "Videos ranked #2: If"),
    # (a tweet's words and a name shared by two videos, said together: one video)
    ("the 'thank you jessi' nhs clip vs boris quotes", True, "3,000,000 (3M) against 2,747,000", "Our wonderful NHS"),
    # (a video only said to be counted in a total of every video)
    ("average of every video, including jessi", True, "Average views of all 10 videos", "2,747,000 (2.747M) views"
     " across"),
    ("total views, skip the top one", True, "except #1: 41,947,000", "13,400,000 (13.4M) views across"),
    # (what the polls said, asked beside a video's week: declined)
    ("what were the opinion polls saying around when mean tweets came out", False, "opinion polls", "3,700,000"
     " (3.7M) views across"),
    # (a weekday said as whose something is, a thing the data knows nothing of: no filter)
    ("december videos please, need them for monday's seminar", True, "posted in December 2019", "Monday"),
    # ("just the fb and twitter": the two together, which the counts are)
    ("mean tweets views, just the facebook and twitter total", True, "3,700,000 (3.7M) views across", "Facebook-only"),
    ("how much further ahead was jessi than jayne", True, "147,000", "I don't have"),
])
def test_stop_67_blind_round_one(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 67's first round of blind batches (1181-1186): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a weekday after or before a video: that day, or those days, counted from its posting day)
    ("anything go out the sunday after mean tweets?", True, "No videos posted on Sunday 15 December 2019", "Monday"),
    ("the tuesday before the jessi vid, was anything posted", True, "Tuesday 26 November 2019", "on a Tuesday"),
    ("what came out the weekend after jayne", True, "Saturday 23 November 2019 to Sunday 24 November 2019",
     "on a Saturday or a Sunday"),
    # (a weekday claimed of one video: confirmed or put right; not a time limit, an aside or a choice)
    ("was the immigration vid a friday", True, "No: Labour’s immigration video was posted on Thursday 14 November"
     " 2019, not on a Friday", "Yes"),
    ("boris quotes went up on a sunday didnt it", True, "Yes: Boris Johnson quotes was posted on Sunday 8 December",
     "No:"),
    ("will jayne hit 3m by the weekend", False, "2,600,000", "not on a Saturday"),
    ("jessi views pls, been a long monday", True, "2,747,000", "not on a Monday"),
    ("was the jessi video a weekday or a weekend post", True, "Saturday 30 November 2019", "Yes"),
    # (weekdays joined: a span, either, or two sides)
    ("total views tuesday to thursday", True, "posted on a Tuesday or a Wednesday or a Thursday: 23,200,000",
     "No videos"),
    ("views on mondays vs sundays", True, "videos posted on a Sunday", "No videos posted on a Monday on"),
    ("videos from saturdays and sundays", True, "4 of the 10 videos posted on a Saturday or a Sunday", "None of"),
    # (numbered parts, after words that ask nothing or "step N"; the words before the first are part of it)
    ("for my class quiz: 1) top video views 2) who posted it", True, "Rob Delaney", "I couldn't read"),
    ("jessi vid step 1 views step 2 date", True, "30 November 2019", "I couldn't read"),
    ("add these up 1) jessi 2) jayne 3) boris quotes", True, "8,347,000", "I couldn't read"),
    # ("<title> views", then "when did <name> tweet it": that video)
    # ("how much between them": how far apart, not together)
    ("jayne and jessi, how much between them", True, "147,000", "5,347,000"),
    # (a count's platform asked as yes or no: no, both together)
    ("mean tweets 3.7m, is that fb only?", True, "No: Mean tweets with Jeremy Corbyn has 3,700,000 (3.7M) views"
     " across Facebook and Twitter", "I don't have"),
    ("mean tweets views on twitter only, how many", False, "Twitter-only", "No:"),
])
def test_stop_67_blind_round_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 67's second round of blind batches (1187-1192): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a figure said as a title, with when it went up between it and its video word: that video, the date words
    # said of it, no filter)
    ("the 3.7m early dec one vs the 3.1m late nov one", True, "Mean tweets with Jeremy Corbyn got more views", "Videos"
     " posted in"),
    ("total of the 6.5m mid nov one and the 2.6m nov 17 one", True, "9,100,000", "posted in November"),
    ("days between the 2.747m end of nov one and the 3m dec one", True, "8 days between", "I don't have"),
    # (a figure said after a gap or a total asked is its result claimed, not a video's count)
    ("difference between mean tweets and jayne is 1.1m right?", True, "1,100,000", "not the figure in the question"),
])
def test_stop_67_blind_round_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 67's third round of blind batches (1193-1198): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (two or more places said with a posting word: the videos at those places in the posting order)
    ("the 2nd and 4th ones to go up, combined views", True, "5,700,000", "#2"),
    ("6th posted vs 8th posted which did better", True, "If you’re not sure who to vote for, watch this. got more",
     "Jessi"),
    ("days between the 3rd and 5th ones posted", True, "7 days between Our wonderful NHS and Jessi", "1 day"),
    ("#2 and #4 posted how many days apart", True, "Labour’s immigration video", "Jeremy Corbyn’s friend Jayne"),
    # (a video set against the one next to it, said of "it")
    ("did boris quotes get more views than the one right below it", True, "Yes: Boris Johnson quotes had 253,000"
     " more views than Jessi", "The video just below"),
    ("did nicky morgan beat the one posted after it", True, "Jessi on the value of our NHS", "The video posted just"),
    # (a month's own, its apostrophe dropped; a share of every video said so; two offered, not added up)
    ("what % of decembers views was mean tweets", True, "15.8% of the views of videos posted in December 2019",
     "all 10"),
    ("jessi and jayne as a % of all 10", True, "9.7% of the views of all 10 videos", "105.7%"),
    ("which has the bigger share of all ten, jessi or jayne", True, "Jessi on the value of our NHS got more views",
     "of all 10 videos"),
    # (a figure said with its own platform, another platform asked: that one is not held)
    ("labour had 86m on fb, what did they get on tiktok", False, "TikTok", "No:"),
    # (someone said with the one video of theirs their tweet's words name: that video)
    ("jezza tweeted 'one person said all these' with which video", True, "Boris Johnson quotes", "8 of the 10"),
])
def test_stop_67_blind_round_four(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 67's fourth round of blind batches (1199-1204): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a neighbour asked, then set against the video it is counted from: a gap, a ratio or days)
    ("the one posted after nicky morgan, did it get more?", True, "Nicky Morgan on Good Morning Britain had 353,000"
     " more views than Jessi", "The video posted just after"),
    ("what went up right before mean tweets and how many days earlier", True, "1 day between Boris Johnson quotes",
     "The video posted just before"),
    ("the one just below jessi, who posted it", True, "Jeremy Corbyn’s friend Jayne", "147,000 more"),
    ("which video sits one place higher than jayne", True, "The video just above", "147,000 more"),
    # (two sides set against each other, "how many times" or "multiple" asked last: a ratio)
    ("tories 25m vs the nhs vid, how many times", True, "1.9 times", "11,600,000 more"),
    ("jessi vs jayne multiple", True, "1.1 times", "147,000 more"),
    ("multiple choice: how many views did jayne get? a) 2.6m b) 3m", True, "2,600,000", "times the views"),
])
def test_stop_67_blind_round_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 67's fifth round of blind batches (1205-1210): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a weekday of the asker's, said beside a question about a video: no claim, no filter)
    ("did jessi get 2.7m, need it for friday", True, "2,747,000", "not on a Friday"),
    ("my shift is monday or tuesday, how many views in total", True, "55,347,000", "on a Monday"),
    ("total views by thursday or friday please", True, "55,347,000", "on a Thursday"),
    # ("skip to": no leaving out)
    ("skip to mean tweets, views?", True, "3,700,000 (3.7M) views across", "other than"),
    # (numbered parts after words asking one thing of them all: read whole)
    ("average these 1) jessi 2) jayne 3) boris quotes", True, "2,782,333", "I couldn't read"),
    # (a figure said as a title with a date that is not its own: put right)
    ("the 2.6m dec one", True, "No: Jeremy Corbyn’s friend Jayne was posted on 17 November 2019", "Yes"),
    # (every video, including two named: the total of all; not where one is chosen)
    ("total of all ten including jessi and jayne", True, "55,347,000", "Total views of videos (Jessi"),
    ("of all ten including jayne which got the least", True, "Jeremy Corbyn’s friend Jayne", "Total views"),
    # (a follow-up asking of every video: not of the last answer's)
    # (a posting place said of a video with no date, or past the dated ones: no place by views put right)
    ("gogglebox, posted 3rd?", False, "3rd earliest posted", "No:"),
    ("was jessi posted 10th?", False, "10th earliest posted", "No:"),
    # (a place word with views after it: the views order's)
    ("jessi posted - what position in views", True, "#9 of 10", "to be posted"),
    # (someone who posted none, said as whose videos: declined, never the whole list's)
    ("average views of boris johnson's own campaign videos", False, "I don't have any videos posted by",
     "5,534,700"),
    # (retweets of a post picked by the posting order: no video's figure, never the campaign's total as if it were)
    ("how many retweets did the latest post get", False, "per video", "Retweets: Jeremy Corbyn"),
    ("retweets: earliest post vs latest post", False, "per video", "1,000,000 more"),
    ("latest retweet figure for corbyn", True, "2,400,000", "per video"),
])
def test_stop_67_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 67 found wrong in its change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (numbered parts each answered when every part answers alone, the later ones as follow-ups)
    ("1) no 5 title 2) views 3) who posted it", True, "3,700,000", "Top 5"),
    ("1) which vid got 3.7m 2) who posted it 3) what did the tweet say", True, "surprisingly fun", "Bottom"),
    # (a guess at a figure with "like" is no likes asked)
    ("the conservatives how many? like 25 mil", True, "25,000,000", "likes"),
    # (a question asked inside "does it say ...": that question)
    ("does the article say how many of the jessi views were on facebook", False, "Facebook-only", "Tweet:"),
    ("does it mention when the gogglebox one was posted", False, "a date for Gogglebox", "Tweet:"),
    # (a slice claimed to be some videos: checked, and what is asked worked on the real slice)
    ("the top 2 is nhs and the 60 sec one right? add them", True, "No: they are #1 Our wonderful NHS; #2",
     "20,600,000"),
    ("top two = nhs and not sure who to vote for?", True, "Yes: they are #1", "No:"),
    ("are gogglebox and jayne in the bottom 4", True, "No: Gogglebox reacts to nurses pledge is #6, not in it", "Yes"),
    ("is immigration and mean tweets both in the top 5", True, "Yes: Labour’s immigration video is #4", "No:"),
    # (two campaign figures said by their numbers, a measure the videos lack: those figures)
    ("1.4m - 2.4m rts whats the gap", True, "1,000,000", "per video"),
    ("2.4m vs 1.4m retweets how many times", True, "1.7 times", "per video"),
    # (a vote count is an election result, not held)
    ("labours vote total", False, "election results", "86,000,000"),
    # (two places typed with a dash alone)
    ("2-4 total", True, "23,200,000", "55,347,000"),
    ("avg of 6-9?", True, "3,111,750", "all 10"),
    ("8-10 dec", True, "posted from 8 December 2019 to 10 December 2019", "ranked"),
])
def test_stop_68_blind_rounds(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 68's blind batches (1217-1234): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (two ends of the list, each by its own order, asked to be one video: both found, Yes or No)
    ("is the most viewed one also the first posted", True, "No: the most viewed video is Our wonderful NHS; the "
     "earliest posted video is Labour’s immigration video", "among"),
    ("least viewed december one = earliest december one?", True, "Yes: Boris Johnson quotes is both", "among"),
    # (an end of the list asked whether it has a date or a poster)
    ("was the top one posted in november", True, "Yes: #1 Our wonderful NHS is one of the videos posted in November",
     "No:"),
    ("were the bottom 3 all posted in november", True, "No: 2 of the 3 are videos posted in November 2019", "Yes:"),
    ("is the least viewed one by rob delaney", True, "No: #10 Jeremy Corbyn’s friend Jayne is not one of the videos "
     "posted by Rob Delaney", "Yes:"),
    # (places after a plural video word and "are")
    ("which videos are 7 and 8", True, "Videos ranked #7–#8", "not_understood"),
    # (a figure rounded is said in short too)
    ("gogglebox views to the nearest million", True, "4,000,000 (4M)", "3,600,000 (3.6M) views; "),
])
def test_stop_68_blind_rounds_four_and_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 68's fourth and fifth rounds (1235-1246): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (numbered parts: the last of three may work on the two videos before it)
    ("1) which got 3.7m 2) which got 3.6m 3) total", True, "7,300,000", "Top"),
    # (an end with a video that has no date: nothing said of its date)
    ("was the 6th most viewed posted in november", False, "no 6th most viewed", "No: #6"),
    # ("every one": each, not any)
    ("is every one of the top 2 from december", True, "No: 1 of the 2 are videos posted in December", "Yes:"),
    # (a slice of every video asked with "everything except")
    ("everything except #10 added up", True, "52,747,000", "favourites"),
    # (two ends of the list added: each end found apart, not one among the other)
    ("total views of the earliest and the least viewed", True, "9,100,000", "among"),
    # (how a party was polling: no polls held, the video's date said beside it)
    ("what were the tories polling when the jessi video went up", False, "opinion polls", "Yes"),
])
def test_stop_68_second_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the second outside review of stop 68 found wrong in its change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a sentence after one about a video asks only for the place next to it, naming nothing else)
    ("60 sec challenge had 7.2m right? and the next one down?", True,
     "The video just below Jeremy Corbyn’s 60 second challenge (#3): Labour’s immigration video", "Also matching"),
    # (a sort said with its measure: "highest views first")
    ("list the december ones highest views first", True, "#2 If you’re not sure who to vote for", "None of the"),
    # (the videos between two named: by views unless the span itself is said of posting)
    ("the one between mean tweets and nicky morgan, when was it posted", False,
     "I don't have a date for Gogglebox reacts to nurses pledge", "by posting date"),
    ("which vid was posted between the nhs vid and the jessi vid", True, "by posting date: Nicky Morgan", "by views:"),
    # (a tweet's field asked of the one video found by its place, which has no tweet)
    ("who posted the one 2 below the immigration one", False,
     "I don't have who posted it for Gogglebox reacts to nurses pledge", "Posted by"),
    # (a count after a video word and before "places": the steps, not video number 4)
    ("whats the vid 4 places above the bottom one", True, "4 places above Jeremy Corbyn’s friend Jayne (#10): "
     "Gogglebox", "Nicky Morgan"),
    ("the video 2 places above the top one", False, "Nothing comes 2 places above Our wonderful NHS", "#2 of 10"),
    # (a platform's version of a video: a count there, which the data lacks)
    ("how many views did the instagram version of mean tweets get", False, "I don't have Instagram figures",
     "3,700,000 (3.7M) views across"),
    # (a title's last word read as its own before "the list": the list's order still)
    ("the vid right after nicky morgan on the list", True, "just below Nicky Morgan on Good Morning Britain (#7)",
     "posted just after"),
    # ("one of our ..." is some people, no video described by the name after it)
    ("one of my mates says boris johnson got 50m views on facebook", True, "around 25,000,000", "quotes"),
    # (two asks joined, each naming its own video: both)
    ("most viewed vid title and jayne vid date", True, "Jeremy Corbyn’s friend Jayne was posted on 17 November 2019",
     "Also matching"),
    ("top vid views + 2nd place views", True, "13,400,000", "Also matching"),
    # ("number" before a figure with its scale past the list's length: a figure, no place)
    ("is the tory facebook number 35 mil", True, "around 25,000,000", "no 35th"),
    # (a place in an order the data does not know: no place by views)
    ("whats the second weirdest one", False, "Sorry", "The 2nd most viewed"),
    # (a clause after a comma asking of its own place: answered apart, not added to the set before it)
    ("#2 and #3 together, and whats #4", True, "Total views of videos ranked #2–#3: 16,700,000", "23,200,000"),
    ("nicky morgan views, and how many more than jayne", True, "500,000 more views than Jeremy Corbyn’s friend Jayne",
     "Also matching"),
    # (two sets set against each other: each side read alone, their totals and the difference)
    ("top 3 added up vs bottom 3 added up", True, "The 3 least viewed videos (#8–#10): 8,347,000 views", "Bottom 3"),
    ("2 earliest vids combined vs 2 latest combined", True, "The 2 latest posted videos: 16,700,000 views",
     "60 second challenge: 7,200,000 views."),
    ("#1 on its own vs 2-10 all together", True, "Videos ranked #2–#10: 41,947,000 views", "Tweet:"),
    ("the nhs one vs the rest combined", True, "Videos ranked #2–#10 had 28,547,000 more views", "All 10 videos"),
    ("corbyns november videos vs his december ones", True, "posted by Jeremy Corbyn",
     "Videos posted in December 2019 had"),
    # (a dash between two days: the stretch from one to the other)
    ("nov 30 - dec 9 vids total", True, "posted from 30 November 2019 to 9 December 2019: 9,447,000", " or "),
    # (two sets joined, each with its own total)
    ("ranks 7 to 10 total n ranks 4 to 6 total", True, "Total views of videos ranked #4–#6: 13,800,000", "None of"),
    ("total for gogglebox, nicky morgan and boris quotes added up", True, "9,700,000", "6,700,000"),
    # (a slice said alone, or a party's figure, as a side: set against the other, not like for like said)
    ("bottom 4 vs the nhs one", True, "The 4 least viewed videos (#7–#10): 11,447,000 views", "two different"),
    ("top 3 vs tories", True, "Not like for like", "I don't have Conservatives videos"),
    ("whats the view count on the tory vid that beat the nhs one", False, "", "Not like for like"),
    ("shares on top 3 vs bottom 3", False, "shares", "21,753,000"),
    ("bottom 5 youtube views vs the nhs one on youtube", False, "YouTube", "1,647,000"),
    # (the asker's own favourites: no bonus videos)
    ("my personal faves are mean tweets and gogglebox. those two added up?", True, "7,300,000", "added favourites"),
])
def test_stop_69_blind_rounds(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 69's blind batches (1259-1276): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (one measure said once of two slices: of both)
    ("top 3 vs bottom 3 median", True, "6,753,000", "27,353,000"),
    # (a month said once of two slices: of both)
    ("top 3 vs bottom 3 in november", True, "14,553,000", "21,653,000"),
    # (a party's videos, or its figure on a platform it has none on: declined, not another figure)
    ("labour vs tories top 3", False, "I don't have", "55,900,000"),
    ("top 3 vs the tories on twitter", False, "I don't have", "5,100,000"),
    # (a field or an end asked of the two sides: not their totals)
    ("top 3 vs bottom 3 who posted", True, "posted 23 November 2019 by Rob Delaney", "21,753,000 more"),
    # (a posting verb closing a question of a date: the one between by views, whose date is lacked)
    ("when did the one between mean tweets and nicky morgan go up", False, "I don't have a date for Gogglebox",
     "by posting date"),
    ("whats between the nhs vid and the jessi vid date wise", True, "by posting date: Nicky Morgan", "by views:"),
    # (a count asked of a platform's version of a video: that platform's alone, which the data lacks)
    ("how many views did the twitter version of nhs get", False, "Twitter-only", "Our wonderful NHS: 13,400,000"),
    # (two totals or two sides, one of which no video fits: the whole's answer, no error)
    ("march total and april total", True, "None of the 10 videos fit: videos posted in March 2019", "Traceback"),
    ("march videos vs december videos", False, "No video fits: videos posted in March 2019", "Traceback"),
])
def test_stop_69_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 69 found wrong in its change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a part said again with its taking back said last: after a dash, "or", or "? no")
    ("what was 3rd - or 4th actually", True, "Labour’s immigration video", "60 second"),
    ("total views for ranks 2 3 4 - 3 4 5 sorry", True, "ranked #3–#5: 17,400,000", "#2–#5"),
    ("when were corbyns retweets counted up to, dec 10 or dec 9 soz", True, "The count runs up to 9 December",
     "day-by-day"),
    ("which one had 2,600,000 - 2,747,000 i mean", True, "Jessi on the value of our NHS", "friend Jayne:"),
    ("how many days were the 2017 retweets counted over, 42? no 52?", True, "52 days", "There is no"),
    # (a name said last to pick one of several a word fits, not to replace the other video)
    ("how many places apart are jayne and the nhs one. the delaney one i mean", True, "9 places",
     "Also matching"),
    # (plural videos posted on a day, then a stretch: the stretch, not one video)
    ("views of the videos posted dec 8 to dec 11 added", True, "16,200,000", "by day"),
    # (a day said month first, before a video word: the video posted that day, set against another)
    ("the dec 9 vid or the nov 30 vid, more views?", True, "Mean tweets with Jeremy Corbyn got more views", "by day"),
    ("nov 17 one vs dec 11 one", True, "If you’re not sure who to vote for, watch this. got more views", "by day"),
    # (a campaign figure said on a platform the data has other figures for: put right)
    ("the conservatives had 25m twitter views didnt they", True, "a Facebook figure in the article, not Twitter",
     "I don't have"),
    ("corbyn got 1.4m retweets on fb in 2017?", True, "a Twitter figure in the article, not Facebook", "I don't have"),
    # (a size said as a thing before the gap asked: the gap, no share)
    ("jayne vs jessi, how much of a gap is that in views", True, "147,000", "%"),
    # (a figure offered with a choice of two people, one holding it: theirs)
    ("was the 1.4m retweets in 2017 johnson or corbyn", True, "1,400,000", "I don't have"),
    # (the posting order's last, or a statement of its first, put right)
    ("was jessi the last vid posted", True, "the latest posted is Jeremy Corbyn’s 60 second challenge", "Yes"),
    ("the first vid he posted was mean tweets", True, "the 1st posted is Labour’s immigration video", "Yes"),
    # (two posts, or two videos, said as a count: a pair anywhere in an order)
    ("biggest gap in days between 2 uploads", True, "8 days apart", "Top 2"),
    ("largest difference between two vids?", True, "10,800,000", "Top 2"),
    ("smallest gap between 2 vids", True, "100,000 views apart", "least viewed"),
    # (a video with no date is one with no tweet in the article; a negation before it keeps the others)
    ("any vid without a posting date?", True, "Gogglebox", "Sorry"),
    ("setting aside the undated one, total views in december", True, "with a tweet in the article", "None of"),
    # (a guess taken back and denied, not said again: the question without it)
    ("who was 10th, jessi? no wait thats 9th", True, "Jeremy Corbyn’s friend Jayne", "No:"),
    ("views for the jayne video, 2.7m? no thats jessi", True, "2,600,000", "Jessi on the value of our NHS:"),
    ("which one got 3.1 million, boris quotes? no he had 3m", True, "Nicky Morgan", "No:"),
    # (a taking back with what it was said again: the figure, or the whole question, or the platforms)
    ("how many days did the 2017 count run, 42? no i think it was 52", True, "52 days", "There is no"),
    ("top 3 total? sorry i mean which was the very first one posted", True, "Labour’s immigration video", "Top 3"),
    ("nhs views on facebook and youtube, sorry facebook and twitter", True, "13,400,000", "YouTube"),
    # (two platforms offered as a choice, a campaign figure one's)
    ("labour 86m, was that on twitter? or facebook", True, "86,000,000 (86 million) Facebook views", "Conservatives"),
    ("did the tories get 25m on twitter, or was it facebook", True, "25,000,000 (25 million) Facebook views",
     "I don't have"),
    # (one video compared with a figure of a set said right after the comparing words: the gap)
    ("how many views is jayne short of the median", True, "1,050,000 views above Jeremy Corbyn’s friend Jayne",
     "Median views of videos"),
    # (a day said as the end of a figure's count, not its end: put right)
    ("corbyns 2019 retweets were counted up to dec 12 yeah", True, "No: the count runs up to 9 December 2019",
     "day-by-day"),
    # (a video's own count claimed of one platform: the count is both together)
    ("mean tweets got 3.7m on twitter right", True, "No: Mean tweets with Jeremy Corbyn has 3,700,000",
     "I don't have"),
    # (a word of the gap is no posting: "drop" between neighbours is in views)
    ("largest drop between neighbouring videos", True, "3,900,000 views apart", "days apart"),
    # (the poster said first, asking what they said of the one next to a video: the next one's)
    ("what did corbyn tweet about the vid one below nicky morgan", True,
     "below Nicky Morgan on Good Morning Britain (#7)", "just be honest"),
    ("the one just above no4, whats corbyn's tweet with it", True, "just above Labour’s immigration video (#4)",
     "When politicians"),
    # (a day as one side set against a video: the video posted that day)
    ("nov 30 vs the nicky morgan one", True, "Jessi on the value of our NHS", "by day"),
    # (three days, each month said before its day; and each after it)
    ("total for nov 23, dec 9, nov 30", True, "19,847,000", "None of"),
    ("total for 23 nov, 9 dec, 30 nov", True, "19,847,000", "None of"),
    # ("called" asks the name of a video found otherwise)
    ("whats the nov 17 one called", True, "Jeremy Corbyn’s friend Jayne", "I don't have the called"),
    # (Spanglish: posted, shared)
    ("cuantas veces compartieron el de jayne", False, "shares", "2,600,000 (2.6M) views across"),
    # (a place written as one, its posting day asked as yes or no: that video's date checked)
    ("was #3 posted on dec 11", True, "No: Jeremy Corbyn’s 60 second challenge was posted on 12 December 2019",
     "Videos posted on 11 December"),
    # (a quoted phrase of the vocabulary's own, no video's name)
    ("whats the 'least viewed' one then", True, "Jeremy Corbyn’s friend Jayne", "I can't tell which video"),
    # (the earliest, asked what came before it: its own date said)
    ("what came out right before the immigration one", True, "earliest posted (14 November 2019)", "Sorry"),
    # (a party holding no videos, its top one set against its figure: declined, no video of ours put in its place)
    ("the conservatives top video as a share of their 25m", False, "I don't have Conservatives videos", "13,400,000"),
    # (another video's exact count stated of one and asked back: put right; a rounded or hedged one is not)
    ("nicky morgan got 3.7m?", True, "that figure is the count of Mean tweets with Jeremy Corbyn", "Yes"),
    ("nicky morgan about 3m?", True, "3,100,000", "not the figure in the question"),
    # (a figure set against a party's, "who wins": a contest of the figures)
    ("bottom 5 combined vs the tories 25m, who wins", True, "15,047,000", "election results"),
    # (paid views: not held)
    ("how much of labours fb views was paid ads", False, "paid or organic", "77.5%"),
    # (numbers said again after "? wait")
    ("total of 3rd and 4th? wait 4th and 5th", True, "ranked #4–#5: 10,200,000", "#3–#4"),
    # (a day of the month guessed after a video's date is asked: no place past the list)
    ("when did mean tweets go up, 12th?", True, "posted on 9 December 2019", "There is no 12th"),
    # (numbered parts each standing alone: each answered, not the whole read as one)
    ("1) bottom 3 total 2) which is 8th", True, "8,347,000", "ranked #8: Boris"),
    # (a numbered part asking what the data lacks: said, not a neighbouring figure for the whole)
    ("1) corbyns likes on facebook 2) how many he got in the campaign", False, "likes", "How many videos"),
    # (a count of nothing said: no videos counted)
    ("how many did he gain during the campaign", False, "", "How many videos: 10"),
    # (a day no month has, said as the count's end: declined, no error)
    ("retweets counted up to feb 30?", False, "day-by-day", "Traceback"),
])
def test_stop_70_blind_rounds(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 70's blind batches (1295-): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a place in the posting order claimed within a month: among that month's, not every video)
    ("was mean tweets the first vid posted in december", True, "the 1st posted in December is Boris Johnson quotes",
     "Labour’s immigration video"),
    ("was jessi the last vid posted in november", False, "", "the latest posted is"),
    # (a figure said that has no end date: no end put right)
    ("the 1.4m retweets counted up to dec 12?", False, "", "No: the count runs up to"),
    # (another video's count offered beside its own: no verdict on either)
    ("gogglebox 3.6m or 3.7m?", True, "3,600,000", "not the figure in the question"),
    # (Spanish "after the <day>", "before the <day>": a bound, not the day)
    ("cuantas vistas despues del 8 dic", True, "from 9 December 2019 on: 20,400,000", "posted on 8 December"),
    # (a choice offered with "or" and "actually", no mark before: no taking back)
    ("was jayne posted on nov 17 or nov 23 actually", True, "Yes: Jeremy Corbyn’s friend Jayne", "No:"),
    # (the shortest gap between two posts: the closest neighbours)
    ("shortest gap between 2 posts", True, "1 day apart", "Gaps between neighbours"),
    # (a place written as one, its day stated and asked back)
    ("#2 was posted on dec 12?", True, "posted on 11 December 2019, not on the day", "Videos posted on 12"),
])
def test_stop_70_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """What the outside review of stop 70 found wrong in its change, mended."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize("question, answered, said, unsaid", [
    # (a choice of two places with a weak compare word: the two compared, no list of them)
    ("which got more, #6 or #5?", True, "Mean tweets with Jeremy Corbyn had 100,000 more views", "ranked #5–#6"),
    ("which came first, #6 or #5?", True, "posted", "more views than"),
    # (videos given as examples of a bound: the bound's list)
    ("which vids got over 9 mil - like the nhs one, any others?", True, "2 of the 10 videos with over 9,000,000",
     "Posted by Rob Delaney"),
    # (two figures offered for one video, one its own: no verdict, its count)
    ("did jessi get 2.747m or 2.6m", True, "2,747,000", "not the figure in the question"),
    ("jessi vid 2.747m or 2.6m?", True, "2,747,000", "two different videos"),
    ("did jessi get 3m or 3.5m", True, "No: Jessi on the value of our NHS has 2,747,000", "two different videos"),
    # (a choice of days offered for the one video of a person)
    ("the delaney vid, was that 22 nov or 23?", True, "23 November 2019", "Sorry, I can only"),
    # (places added with "+" and a place word after each)
    ("7th place + 8th place", True, "6,100,000", "2 of the 10 videos"),
    # (the whole top list, then one taken out with "minus": the total left)
    ("top ten minus the jayne one", True, "52,747,000", "Jeremy Corbyn’s friend Jayne: 2,600,000 (2.6M) views"),
    ("top of the top 10 minus the bottom of it", True, "10,800,000 more", "Total views"),
    # (two next to each other by views, "how many views between" them: their gap)
    ("how many views between no 3 and no 4", True, "700,000 more", "13,700,000"),
    ("whats between the gogglebox one and mean tweets views", True, "100,000 more", "No videos between"),
    # (the data's own campaign said as "this election" beside another year: both named)
    ("retweets 2017 plus this election", True, "3,800,000", "Sorry, I can only"),
    # (an operation denied: not asked; a question tag's "didnt" denies nothing)
    ("retweets a day 2017 vs 2019, rates not totals", True, "Per day: about 57,143 against 26,923", "together"),
    ("the retweets went up from 2017 didnt they, by how much", True, "1,000,000 more", "together"),
    # (two days offered as the count's end, "which date")
    ("corbyn rts counted up to which date, 9 dec or 10 dec", True, "runs up to 9 December 2019", "day-by-day"),
    # (whose it was, said last with "'s": a poster claim)
    ("the tweet of the immigration video was rob delaney's", True, "posted by Jeremy Corbyn, not Rob Delaney",
     "I have no videos"),
    # (a place said again after "or ... actually" with "the")
    ("whats the 4th vid, or the 5th actually", True, "The 5th most viewed video is Mean tweets", "ranked #4–#5"),
    # (Portuguese "nmr" a place word)
    ("o video nmr 3 é qual", True, "60 second challenge", "Sorry, I can only"),
    # (two figures offered for one video: its count, and whose the other is)
    ("mean tweets, 3.7m or 3.6m?", True, "3,600,000 is the count of Gogglebox", "No:"),
    # (a video taken out, then a place asked: the place among the rest)
    ("without the 60 second one whats 3rd", True, "3rd most viewed video other than Jeremy Corbyn’s 60 second "
     "challenge: Labour’s immigration video", "#3 of 10 (3rd)"),
    ("if jayne wasnt in the list whats 9th", True, "Jessi on the value of our NHS", "#10 of 10"),
    ("if the top 3 were taken out whats #1", True, "The most viewed video except #1–#3: Labour’s immigration",
     "Sorry"),
    # (a place past the top taken out: the list's own)
    ("apart from the top 3 which one is 4th", True, "Labour’s immigration video", "only"),
    # (where one video would stand among the rest)
    ("where would mean tweets be without the top 2", True, "would be #3 (3rd)", "Sorry"),
    ("without jessi what rank would jayne be", True, "would be #9 (9th)", "Sorry"),
    ("what rank was jayne, dont say top 5", True, "#10 of 10", "would be"),
    ("the vid where a woman talks about the nhs (not the rob delaney one) how many views", True, "2,747,000",
     "would be"),
    # (a video named by its poster and day, then its neighbour)
    ("the vid corbyn posted on 8 dec, whats one below it", True, "Jessi on the value of our NHS", "Videos posted by"),
    # (a rank word before "after": the list's order, though a posting word names the anchor)
    ("whats ranked right after the one posted on 8 dec", True, "Jessi on the value of our NHS", "posted just after"),
    # (German "über", "bis" in a German message)
    ("welche videos hatten über 9 mio views", True, "2 of the 10 videos with over 9,000,000", "Sorry"),
    ("platz 8 bis 10 bitte", True, "ranked #8–#10", "Sorry"),
    # (two places typed with a dash, or "to" after a list word: the places between)
    ("list 2-4", True, "ranked #2–#4", "most viewed campaign videos"),
    ("list 7 to 9", True, "ranked #7–#9", "most viewed campaign videos"),
    # (a place, then "the one after it", and their gap)
    ("#4 and the one after it, gap", True, "2,800,000 more", "Sorry"),
    # (a place by views with a day that is that video's own: said of it)
    ("the 3rd most viewed one posted on 12 dec, who posted it", True, "Jeremy Corbyn’s 60 second challenge",
     "There is no 3rd"),
    # (a video's own posting day said again after it: no count by day asked)
    ("views of the jayne one, the one from 17/11", True, "2,600,000", "by day"),
    # (a count of videos, then what they add up to, asked apart: the total too)
    ("how many vids are under 3m and what do they add up to", True, "5,347,000", "Sorry"),
    # (a second sentence of a word or two asking only what is lacked: the first answered, the lack said)
    ("jessi vid views? likes?", True, "I don't have likes figures.", "Sorry"),
    ("views on the immigration one, and was it on tiktok too", True, "I don't have TikTok figures.", "Sorry"),
    ("and on tiktok? how did labour do there?", False, "TikTok", "86,000,000"),
    # (French decimal commas before a shared unit; "plus" read as more when no "que" follows)
    ("les vidéos entre 2,5 et 3 millions de vues", True, "between 2,500,000 and 3,000,000", "Sorry"),
    ("labour vs tories fb combien de fois plus", True, "3.4 times", "together"),
    ("jessi nhs vid views, someone said 2,747k", True, "2,747,000", "No:"),
    # (a lack asked beside a held figure: the figure, the lack said after it)
    ("jayne views and how many ppl shared it", True, "I don't have shares figures.", "Sorry"),
    ("gogglebox views and how many likes it got on tiktok", True, "3,600,000", "Sorry"),
    # (a count with no measure of its own after a lack is of what is lacked: declined, no party's figure)
    ("how many followers did corbyn gain + how many does labour have", False, "followers", "86,000,000"),
    # (a campaign-only measure asked of videos picked by views or place)
    ("top 3 total views and retweets", False, "retweets per video", "3,800,000"),
    ("2019 retweets : 2017 retweets in lowest terms", True, "12:7", "per video"),
    # (a place taken out, then a place among the rest; a place past the top taken out)
    ("#1 and the one after it, total", True, "22,900,000", "Sorry"),
    ("the ones 1 and 2 places above mean tweets, combined", True, "places above", "10,200,000"),
    # (a video named by its posting day after "posted on": the list's neighbour, no date asked of it)
    ("whats ranked right after the one posted on dec 9", True, "Gogglebox reacts to nurses pledge", "I don't have"),
    # (days of the month said as ordinals past the list, after videos and "from": the days a video was posted on)
    ("total views of the vids from the 11th n 12th", True, "16,700,000", "There is no"),
    # (Italian: "uscito prima", "mln", "rispetto al")
    ("quale video è uscito prima, jessi o jayne?", True, "The earliest posted video", "just above"),
    ("quante volte era stato retweetato corbyn nella campagna 2017", True, "1,400,000", "How many videos"),
    # ("lab + con": the Conservatives, not an Italian "with")
    ("lab + con fb views together", True, "111,000,000", "Sorry"),
    # (a weaker compare word of another measure: no gap in views as the answer)
    ("which is more recent, #4 or #3", True, "posted", "more views than"),
    ("which got more, #4 or #3", True, "700,000 more views", "ranked #3–#4"),
    # ("..., or the Nth actually" after a list position written "#N": still a list position)
    ("when was #4 posted, or the 5th actually", True, "Mean tweets with Jeremy Corbyn was posted on 9 December",
     "earliest"),
    # ("top 10 minus <a bare number>": no total of the rest)
    ("top 10 minus 4", True, "Top 10 of 10", "Total views"),
    # (a lack "combined" after a held figure: added to it, declined; a total of the lack alone is the lack)
    ("jayne views + shares combined", False, "I don't have", "#10 of 10"),
    ("total views of the top 3 + total likes", True, "I don't have likes figures.", "Sorry"),
    # (signs as typed: "≥", "≤"; one place's views over another's, "#a/#b")
    ("how many vids ≥ 3.6m views", True, "How many videos with at least 3,600,000 views: 6", "couldn't tell"),
    ("#3/#10", True, "2.8 times", "ranked #3, #10"),
    # (an operation right before two places joined by a range word)
    ("avg 2 to 4", True, "Average views of videos ranked #2–#4", "Sorry"),
    # ("<A> vs <B>, how many views combined": the two added, not their gap; "lequel a plus": no sum)
    ("jayne vs jessi how many views combined", True, "5,347,000", "more views than"),
    ("jayne vs jessi lequel a plus", True, "147,000 more views", "Total views"),
    # (a tag "weren't it": a claim put to check; "nr" a place word)
    ("jayne were number 9 werent it", True, "No: Jeremy Corbyn’s friend Jayne is #10", "Sorry"),
    ("whats nr 4", True, "Labour’s immigration video", "Sorry"),
    # (a scale before "the top video" is no slice of that size: "6x the top video" is the top one, six times)
    ("is the 86m over 6x the top video", True, "6 times the views of Our wonderful NHS", "6 most viewed"),
    # (a scale said before a party's figure is no scale of the video named: no half of the video's views)
    ("nhs vid over half the tories fb total", True, "13,400,000", "Half the views of Our wonderful NHS"),
    # (two videos of a topic said added up, then a bar: their total against it, not their gap)
    ("did the two nhs videos together beat 16m", True, "16,147,000, over 16,000,000", "10,653,000 more"),
])
def test_stop_71_blind_rounds(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 71's blind batches (1331-): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a whole percentage is written as people write it; one decimal when asked)
    ("gogglebox as a percentage of the 60 second challenge", True, "had 50% of the views", "50.0%"),
    ("gogglebox as a percentage of the 60 sec one, 1 decimal", True, "50.0%", "Sorry"),
    # (one video as the whole: named as itself, not as a list of videos)
    ("jayne as a percent of the immigration video", True, "40% of the views of Labour’s immigration video",
     "videos ("),
    # ("days between the first and the last ... in the top ten": both ends of the posting order)
    ("number of days between the first and the last video in the top ten", True, "28 days", "most viewed"),
    # (nothing between two videos: the days or the views that put them next to each other)
    ("was anything put out between the nicky morgan clip and jessi's", True, "25 November", "Sorry"),
    # ("below <A> but above <B>", "after <A> but before <B>": the videos between the two)
    ("what sits below mean tweets but above jayne", True, "#6 Gogglebox reacts to nurses pledge", "just below"),
    ("anything go up after jayne's video but before the nhs one", True, "17 November", "Sorry"),
    # (two places asked apart are not one stretch)
    ("what's just above jessi and what's just below the immigration one", True, "The video just above",
     "Videos between"),
    # (Spanish: places said with their article, "del N al M", "q" for than, "por cuanto", "su tweet", "exactamente")
    ("diferencia entre el 3 y el 5", True, "3,500,000 more views", "Sorry"),
    ("del 2 al 4 cuantas vistas suman", True, "23,200,000", "Sorry"),
    ("tuvo jayne menos vistas q jessi? por cuanto", True, "147,000 fewer", "Sorry"),
    ("q puso corbyn en su tweet de jayne", True, "I met Jayne", "Sorry"),
    ("cuantas vistas exactamente tuvo el de mean tweets", True, "3,700,000", "I don't have"),
    ("q edad tenia la gente q vio el video de jayne", False, "who the viewers were", "Gente"),
    # (Italian "dal N al M": a range of places)
    ("quante views fanno i video dal 3 al 5 insieme", True, "17,400,000", "all 10"),
    # ("exceed": more than; "how much in it": the margin)
    ("did the 60 sec video exceed the immigration one", True, "700,000", "Sorry"),
    ("how many vids exceed 7m", True, "How many videos with over 7,000,000 views: 3", "Sorry"),
    ("how much in it between no 7 and no 8", True, "100,000 more views", "No videos between"),
    # ("come close to" a party's figure: the two set against each other)
    ("do the bottom 3 together come close to the tories facebook total", True, "16,653,000", "Sorry"),
    # (videos counted, a kind of video said: all Labour posted, which the article does not count)
    ("how many election videos did labour upload altogether", False, "the 10 most viewed", "55,347,000"),
    # (a platform's part of a total, or of a video's count said as a figure: not split)
    ("the labour twitter-only views total", False, "split by platform", "Where the data comes from"),
    ("how much of the 9.5m was twitter only", False, "split by platform", "retweets"),
    # (a month's part of a period's figure: not split)
    ("how much of the 2.4m retweets came in november", False, "by month", "63.2%"),
    # (a guess after a question mark is no part of it: the question alone, declined as it is)
    ("when was the gogglebox one posted? the rest all seem to have dates", False, "no tweet for it",
     "Videos other than"),
    # ("<party>'s chart": the list, all of it theirs)
    ("what came top of labour's chart", True, "Our wonderful NHS", "Sorry"),
    # (a party's own figure on a platform, asked after its claim: held)
    ("labour claim the most successful social media campaign ever, so how many views on facebook did they get", True,
     "86,000,000", "split by platform"),
    # ("<A>'s share of <A> + <B>": A's part of both)
    ("labour's share of lab + tory facebook views", True, "Labour and Jeremy Corbyn: about 77.5%",
     "Boris Johnson and the Conservatives: about 22.5% of the Facebook"),
    # (a scaled figure set against a party's: the plain share said too)
    ("is the immigration video more than a quarter of the tories' facebook views", True, "26% of the views", "Sorry"),
    # ("according to the article" after a figure asked: the figure, not where it comes from)
    ("how long did the 2017 campaign run, according to the article", True, "52 days", "Where the data comes from"),
    ("2017 campaign how many day", True, "52 days", "Sorry"),
    ("wht date was jayne posted", True, "17 November", "Sorry"),
])
def test_stop_72_blind_rounds(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 72's blind batches (1367-): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("<A> vs <B>, who pipped who": a side past an end of the list is no set of its own; no exception)
    ("nhs vs jayne, who pipped who", True, "10,800,000", "Sorry"),
    # (a time between two posts stated of them, as a claim or with "how many days")
    ("the gogglebox one went up 3 days after the nhs one right", False, "posting date for Gogglebox", "Sorry"),
    ("the nicky morgan one went up a week after jayne's right", True, "8 days between", "views a week"),
    ("the immigration one went up on 20 nov yeah? how many days before the nhs one", True, "9 days between",
     "Sorry"),
    # ("a week before <title>": no weekly rate)
    ("did #4 go up a week before jayne's video", True, "17 November", "views a week"),
    # (a wrong day claimed: the video posted that day named, the wrong day not repeated)
    ("was the not sure one posted on dec 9?", True, "the video posted that day is Mean tweets", "9 December"),
    # ("the date on the 3rd one": a place, no day of a month)
    ("whats the date on the 3rd one", True, "Jeremy Corbyn’s 60 second challenge was posted on 12 December",
     "3 November"),
    # (two figures asked, the second after the set: both)
    ("total of the bottom 5 and whats the average", True, "Total views: 15,047,000.", "Sorry"),
    # (a video named by its tweet's words beside another named: the two set against each other)
    ("the one he called surprisingly fun, how far ahead of jayne was it", True, "1,100,000 more views",
     "Videos posted by"),
    # (each day with its own "from": two days, no range between them)
    ("the video from 23 nov and the one from 30 nov added up", True, "16,147,000", "from 23 November"),
    ("the vid from 30 nov and the one from 9 dec, total views", True, "6,447,000", "9,447,000"),
    # (a campaign figure asked back: corrected, the other figure's owner said; a choice of two is no claim)
    ("were corbyn's 2017 retweets 2.4m?", True, "No: Jeremy Corbyn had 1,400,000", "Sorry"),
    ("tories had 30m on facebook?", True, "No: Boris Johnson and the Conservatives had around 25,000,000",
     "Sorry"),
    ("2.4m or 1.4m for corbyn in 2017?", True, "1,400,000", "No:"),
])
def test_stop_72_blind_rounds_two(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 72's second round (1373-1378): what its first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("vid 3 pls", "vid 6 + vid 7": places after a video word, not "for", and added with "+")
    ("vid 3 pls", True, "Jeremy Corbyn’s 60 second challenge", "Sorry"),
    ("vid 6 + vid 7", True, "6,700,000", "Sorry"),
    # ("did <name> post vid 3": the place's poster checked, not the one video <name> posted)
    ("did rob delaney post vid 3", True, "was posted by Jeremy Corbyn, not Rob Delaney", "Our wonderful NHS"),
    # (figures offered for one video, a choice or a hedge: its own count)
    ("was it 3.1m on the gmb video or 3.6 i forget", True, "3,100,000", "two different videos"),
    ("jessi vid 2.7 mil or sth", True, "2,747,000", "two different videos"),
    # (a place stated of a video and asked back: checked; a choice of two places is not a claim)
    ("jayne vid was number 8?", True, "No: Jeremy Corbyn’s friend Jayne is #10", "Sorry"),
    ("jayne vid 9th or 10th?", True, "#10 of 10", "No:"),
    # (someone's video on a day they posted none: when they did)
    ("rob delaney posted it on dec 1?", True, "Rob Delaney posted Our wonderful NHS on 23 November 2019", "Sorry"),
    # ("as a fraction": the share in lowest terms too)
    ("tory fb views as a fraction of labours", True, "25/86", "Sorry"),
    # (a share of the list over a bar, no views said: of the videos)
    ("what proportion of the top 10 got over 3m", True, "7 of 10 videos", "of the views of all 10"),
    # ("(2sf)": significant figures typed as one word, in brackets)
    ("avg views of the december vids (2sf)", True, "Rounded to 2 significant figures", "Sorry"),
    # (why Labour went digital: the article's reason)
    ("why labour go digital sef", True, "Where the data comes from", "Sorry"),
])
def test_stop_72_blind_rounds_three(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 72's third round (1379-1384): what its first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("how many views ahead of", "behind the leader": the gap between the two, no place next to one)
    ("how many views was mean tweets ahead of jayne", True, "1,100,000 more views", "just above"),
    ("how many views behind the top video is #9", True, "10,653,000 more views", "Total views"),
    # ("last q i promise: ...": the asker's own question, no order of videos)
    ("last q i promise: what did the bottom 3 get together", True, "8,347,000", "least viewed video:"),
    # ("closest in views to <title>": the other video nearest its count)
    ("which video is closest in views to jessi", True, "Jeremy Corbyn’s friend Jayne", "Sorry"),
    # (a bonus favourite's tweet: not given)
    ("who posted the real change video on twitter", False, "no figures, dates or tweets", "names no poster"),
    # (one period named with a comparing word: set against the other)
    ("did corbyn get more retweets in 2017", True, "2,400,000", "Sorry"),
    # (a campaign figure claimed with no one named, its measure said: corrected; a year said after a figure is
    # another's)
    ("the retweets in 2019 were 1.4m right?", True, "No: Jeremy Corbyn had 2,400,000", "Sorry"),
    ("the retweet figure was 2.4m over 52 days against 1.4m in 2017?", True, "2,400,000", "No:"),
    # (tweets counted over a figure's period: not held)
    ("how many tweets did corbyn send in the 52 days", False, "how many tweets were posted in all", "8 of the 10"),
    # ("the biggest gap in the rankings": next to each other)
    ("biggest gap in the rankings", True, "3,900,000 views apart", "Top 2"),
])
def test_stop_72_blind_rounds_four_five(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 72's fourth and fifth rounds (1385-1396): what their first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # (a party with no videos held, said with any posting verb: declined, not the list's own)
    ("which video did the tories put out first", False, "I don't have Conservatives videos", "Our wonderful NHS"),
    ("which clip did the tories release first", False, "I don't have Conservatives videos", "Our wonderful NHS"),
    # (how long a video took to reach a figure: a day's count, not held)
    ("how long did it take the nhs video to reach 10m", False, "views by day", "over 10,000,000"),
])
def test_stop_72_blind_round_six(question: str, answered: bool, said: str, unsaid: str) -> None:
    """Stop 72's sixth round (1397-1402): what its first look got wrong, in our own words."""
    _replied(question, answered, said, unsaid)


@pytest.mark.parametrize(("question", "answered", "said", "unsaid"), [
    # ("above <A> but below <B>" the wrong way round: no band between them, no list of the videos between)
    ("what is above the nhs one but below jayne", False, "Nothing comes just below", "Videos between"),
    ("videos posted after the 60 second one but before the immigration one", True, "None of the 10 videos fit",
     "Videos between"),
    # ("the leader" beside parties is the leading party, not the top video)
    ("how far behind the leader were the tories on facebook", True, "61,000,000", "Our wonderful NHS"),
    # (Italian "dal N al M" read "N to the M": a range of places)
    ("somma dal 6 al 10", True, "15,047,000", "55,347,000"),
    # ("between" two campaign figures is still a band of views)
    ("anything between 1.4m and 2.4m?", True, "None of the 10 videos fit", "Sorry"),
    # (a share of a bounded figure, "over 86m": about)
    ("is the top 3 more than a third of labour's 86m", True, "about 35%", "Sorry"),
])
def test_stop_72_outside_review(question: str, answered: bool, said: str, unsaid: str) -> None:
    """The outside review of stop 72's change: its regressions, mended, in our own words."""
    _replied(question, answered, said, unsaid)
