"""Follow-up questions: the blind conversation set, questions that stand alone, and the context store."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
import yaml

from bot.engine.conversation import AMBIGUOUS, EMPTY, NO_CONTEXT, Context, Conversations
from bot.render.text import render_text
from tests.engine_helpers import DATA, engine, failure

ROOT = Path(__file__).resolve().parents[1]
CONVERSATIONS = yaml.safe_load((DATA / "conversations.yaml").read_text(encoding="utf-8"))
SHARED_DEV = ROOT.parent / "shared" / "questions" / "dev.yaml"
QUESTION_FILES = [DATA / "paraphrases.yaml", DATA / "compositional.yaml", *sorted((DATA / "batches").glob("*.yaml"))]
QUESTION_FILES += [SHARED_DEV] if SHARED_DEV.is_file() else []


def converse(turns: list[str]) -> list[tuple[bool, str, str, str]]:
    """Each turn of one conversation as the CLI and the bot read it: (answered, intent, title, text)."""
    context, out = EMPTY, []
    for q in turns:
        answer, context = engine().converse(q, context)
        assert answer is not None
        out.append((answer.answered, answer.intent, answer.title, render_text(answer)))
    return out


def test_the_conversation_set_is_what_the_issue_asks() -> None:
    assert len([c for c in CONVERSATIONS if 2 <= len(c) <= 4]) >= 60
    assert all(isinstance(turn["q"], str) for c in CONVERSATIONS for turn in c)


def test_every_turn_of_the_blind_conversations() -> None:
    """Scored with the shared scorer's rules, turn by turn, each conversation from an empty context."""
    failures = []
    for k, conversation in enumerate(CONVERSATIONS):
        replies = converse([turn["q"] for turn in conversation])
        for turn, (answered, _, _, text) in zip(conversation, replies, strict=True):
            reason = failure(turn, answered, text)
            if reason:
                failures.append(f"#{k} {turn['q']!r}: {reason}")
    assert failures == []


def test_ask_json_conversation_reads_blocks_from_stdin() -> None:
    """The whole set through `campaign-bot ask --json --conversation`, a blank line between conversations."""
    blocks = ["\n".join(" ".join(turn["q"].split()) for turn in c) for c in CONVERSATIONS]
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "--conversation"], cwd=ROOT,
                          input="\n\n".join(blocks) + "\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    replies = [json.loads(line) for line in proc.stdout.splitlines()]
    turns = [turn for c in CONVERSATIONS for turn in c]
    assert len(replies) == len(turns)  # one JSON object per question; blank lines answer nothing
    failures = [f"{t['q']!r}: {reason}" for t, r in zip(turns, replies, strict=True)
                if (reason := failure(t, r["answered"], r["text"]))]
    assert failures == []
    assert {"question", "answered", "intent", "text", "answer"} <= set(replies[0])


def test_a_blank_line_forgets_the_conversation() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "--conversation"], cwd=ROOT,
                          input="most viewed video?\nwho posted it?\n\nwho posted it?\n", capture_output=True,
                          text=True, timeout=60)
    replies = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["answered"] for r in replies] == [True, True, False]
    assert "Rob Delaney" in replies[1]["text"] and replies[2]["intent"] == NO_CONTEXT


def test_conversation_needs_json_and_stdin() -> None:
    for args in (["--conversation"], ["--json", "--conversation", "top 3"]):
        proc = subprocess.run([sys.executable, "-m", "bot", "ask", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=60, input="")
        assert proc.returncode == 2 and "--conversation" in proc.stderr


# Questions of the files whose words lean on what came before: in a conversation they are follow-ups. In its
# batch "them" means every video; after an answer that listed some, it means those.
LEANS_ON_THE_LAST_ANSWER = {"rank them by date, earliest first",
                            # after a list, "out of all of them" may mean that list; the title says which
                            "which tweet was posted first out of all of them",
                            "which was postd first out of all of them",
                            "welches video was posted first of all of them?",
                            # (after a list, "and 7th?" is the 7th of it, as a follow-up)
                            "and 7th?",
                            # (after the December videos listed, "them" are those: the one of them on a Sunday)
                            "any of them come out on a sunday?",
                            "any of them go up on a thursday?",
                            # (after a count of the December videos, "list them" lists those)
                            "can u list them in the order they were posted pls",
                            # (the days between the two ends "of those" are not read yet: those are listed, dated)
                            "How many days elapsed between the earliest and the latest of those tweets, please?",
                            # (nor between the first and the last of "them", the last answer's videos: they are listed)
                            "which vid was posted first and which was posted last and how many days between them",
                            # (a name alone answers only as a first question: after an answer it is read against it)
                            "rob delaney?",
                            # ("between them" after two videos set against each other: those two)
                            "which posts had the shortest gap between them, consecutive ones i mean"}


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_questions_that_stand_alone_are_answered_alone(path: Path) -> None:
    """Every question of the question files: as the first of a conversation it gets its answer alone (or,
    declined alone, a decline); asked one after another as one long conversation, none that passes alone fails."""
    items = [i for i in yaml.safe_load(path.read_text(encoding="utf-8")) or [] if isinstance(i, dict) and "q" in i]
    changed, broken, context = [], [], EMPTY
    for item in items:
        q = " ".join(str(item["q"]).split())
        alone = engine().answer(q)
        first, _ = engine().converse(q, EMPTY)
        assert first is not None
        if first != alone and (alone.answered or first.answered):
            changed.append(q)
        chained, context = engine().converse(q, context)
        assert chained is not None
        if q not in LEANS_ON_THE_LAST_ANSWER and failure(item, alone.answered, render_text(alone)) is None and failure(
                item, chained.answered, render_text(chained)) is not None:
            broken.append(q)
    assert changed == [] and broken == []


def test_the_title_names_what_it_was_taken_to_be() -> None:
    replies = converse(["which video was number 7?", "who tweeted that one?"])
    assert replies[1][2] == "Nicky Morgan on Good Morning Britain"
    replies = converse(["how many views did mean tweets get", "how does it compare with jayne's?"])
    assert "Mean tweets with Jeremy Corbyn" in replies[1][2] and "Jayne" in replies[1][2]
    replies = converse(["corbyn retweets in the 2017 election?", "and in 2019?"])
    assert replies[1][2] == "Retweets: Jeremy Corbyn, the 42 days up to 9 December 2019"
    assert "2,400,000" in replies[1][3].splitlines()[1]


def test_no_context_asks_which_video_naming_a_few() -> None:
    ((answered, intent, title, text),) = converse(["who posted it?"])
    assert not answered and intent == NO_CONTEXT and title == "Which video?"
    assert "Our wonderful NHS" in text and "60 second challenge" in text


def test_an_ambiguous_it_offers_the_choices() -> None:
    context = EMPTY
    for q in ("top 3 videos?",):
        _, context = engine().converse(q, context)
    answer, after = engine().converse("who posted it?", context)
    assert answer is not None and not answer.answered and answer.intent == AMBIGUOUS
    assert answer.title == "Which of the 3?"
    assert "Our wonderful NHS" in answer.lines[0] and "60 second challenge" in answer.lines[0]
    assert answer.suggestions[0] == "who posted Our wonderful NHS"
    assert after == context  # the choice is still open: "the first one, who posted it?" works next
    chosen, _ = engine().converse("the second one, who posted it?", after)
    assert chosen is not None and "Jeremy Corbyn" in chosen.lines[0]


def test_the_second_counts_in_the_order_the_last_answer_used() -> None:
    replies = converse(["least viewed video?", "and the second?"])
    assert "Jessi on the value of our NHS" in replies[1][2]  # the second least viewed, not the second most
    replies = converse(["top 7?", "show the rest", "show the rest"])
    assert replies[1][2] == "The rest of the list: #8–#10" and replies[2][2] == "That was all 10"


def test_those_are_the_videos_of_the_last_answer() -> None:
    replies = converse(["top 3", "total views of those", "which of those was posted first", "who posted them"])
    assert "30,100,000" in replies[1][2]  # not the 55,347,000 of all ten
    assert replies[2][2].endswith(": Our wonderful NHS")  # the earliest of the three, not of all
    assert "Rob Delaney" in replies[3][3] and "Gogglebox" not in replies[3][3]


def test_a_comparison_with_one_side_unsaid_is_the_last_answers_video() -> None:
    replies = converse(["gogglebox views", "how much more than the nicky morgan one?"])
    assert "500,000 more views than Nicky Morgan" in replies[1][3]  # not Nicky Morgan's own card


def test_they_after_two_videos_are_the_two_sides() -> None:
    replies = converse(["mean tweets vs jayne", "how many days apart were they posted", "which ranks higher"])
    assert "22 days between" in replies[1][3]
    assert "#5 Mean tweets" in replies[2][3] and "Which of the 2?" not in replies[2][3]


def test_a_complete_question_after_a_follow_up_stands_alone() -> None:
    replies = converse(["most viewed?", "who posted it?", "when did corbyn post the jessi video?", "link?"])
    assert "30 November 2019" in replies[2][3] and "pic.twitter.com/1IEmJRSvD1" in replies[3][3]


def test_an_open_channel_ignores_chatter_but_reads_follow_ups() -> None:
    answer, context = engine().converse("top 3 videos?", EMPTY, open_channel=True)
    assert answer is not None and answer.answered
    chatter, kept = engine().converse("lol nice one mate", context, open_channel=True)
    assert chatter is None and kept == context
    follow, _ = engine().converse("show the rest?", context, open_channel=True)
    assert follow is not None and follow.answered and "Gogglebox" in render_text(follow)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_contexts_expire_after_the_minutes_of_silence() -> None:
    clock = Clock()
    store = Conversations(minutes=10, clock=clock)
    store.ask(engine(), ("c", 1), "most viewed video?")
    clock.now += 9 * 60
    assert "Rob Delaney" in render_text(store.ask(engine(), ("c", 1), "who posted it?"))  # type: ignore[arg-type]
    clock.now += 10 * 60 + 1  # silence since the last question, not the first
    answer = store.ask(engine(), ("c", 1), "who posted it?")
    assert answer is not None and answer.intent == NO_CONTEXT and len(store) == 0


def test_contexts_never_cross_users_or_channels() -> None:
    store = Conversations(clock=Clock())
    store.ask(engine(), ("general", 1), "most viewed video?")
    store.ask(engine(), ("general", 2), "least viewed video?")
    one = store.ask(engine(), ("general", 1), "who posted it?")
    two = store.ask(engine(), ("general", 2), "who posted it?")
    elsewhere = store.ask(engine(), ("other", 1), "who posted it?")
    assert one is not None and one.title == "Our wonderful NHS"
    assert two is not None and two.title == "Jeremy Corbyn’s friend Jayne"
    assert elsewhere is not None and elsewhere.intent == NO_CONTEXT


def test_the_store_is_bounded_oldest_first() -> None:
    clock = Clock()
    store = Conversations(cap=3, clock=clock)
    for user in range(5):
        clock.now += 1
        store.put(user, Context(videos=(user,)))
    assert len(store) == 3 and store.get(0) == EMPTY and store.get(1) == EMPTY
    assert store.get(4).videos == (4,)
    store.put(2, Context(videos=(9,)))  # a question refreshes its conversation: 3 is now the oldest
    store.put(5, Context(videos=(5,)))
    assert store.get(3) == EMPTY and store.get(2).videos == (9,)


def test_ten_thousand_live_conversations_are_small() -> None:
    """What 10,000 contexts (the cap) hold, from real answers: a few MB, so the bot stays within 80 MB."""
    questions = ["most viewed video?", "top 5", "how many facebook views did labour get?", "videos in december",
                 "corbyn retweets in 2017?", "who posted the jessi video?", "bottom 3", "total views of the top 3"]
    contexts = [engine().converse(q, EMPTY)[1] for q in questions]
    store = Conversations(clock=Clock())
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for k in range(10_000):
        # Distinct objects, as in the bot, where every question builds its own context.
        c = contexts[k % len(contexts)]
        copy = Context(c.question + " ", tuple(list(c.videos)), tuple(list(c.pool)), c.field,
                       tuple(list(c.metrics)), tuple(list(c.others)))
        store.put((k % 50 + 6000, 100_000 + k), copy)
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(store) == 10_000
    print(f"\n10,000 live conversations: {used / 2**20:.1f} MB")
    assert used < 10 * 2**20


def test_another_dataset_is_followed_up_by_the_same_code() -> None:
    other = engine(str(DATA / "other-campaign.yaml"))
    context, texts = EMPTY, []
    for q in ("how many views did the bike video get", "who posted it?", "top 2", "show the rest",
              "greenleaf vs iron union", "what about iron union?"):
        answer, context = other.converse(q, context)
        assert answer is not None and answer.answered, q
        texts.append((answer.title, render_text(answer)))
    assert texts[1][0] == "Bicycles for every town" and "Mara Quell" in texts[1][1]
    assert texts[3][0] == "The rest of the list: #3" and "The lighthouse keeper" in texts[3][1]
    assert texts[5][0].startswith("Iron Union")


def test_a_person_named_is_what_his_refers_to_not_the_last_video() -> None:
    replies = converse(["nicky morgan clip came 5th with 3.1m right",
                        "boris johnson's own retweet count in the campaign? whats his K/D vs corbyn"])
    assert not replies[1][0] and "I don't have retweets figures for Boris Johnson." in replies[1][3]
    assert "Nicky Morgan" not in replies[1][2]


def test_a_follow_up_with_a_negation_and_no_name_reads_no_title_past_its_end() -> None:
    # ("without" before the last answer's video, read as a name after the last word: it once indexed past it)
    replies = converse(["what is the exact title of the no.1", "with 'Our' or without"])
    assert replies[0][2] == "Our wonderful NHS"
    assert "Our wonderful NHS" in replies[1][2] or not replies[1][0]


def test_their_after_a_list_is_those_videos() -> None:
    replies = converse(["the two nhs videos", "what's their combined total?"])
    assert replies[1][0] and "16,147,000" in replies[1][3] and "55,347,000" not in replies[1][3]


def test_it_is_the_last_video_even_with_someone_named_for_his() -> None:
    # ("his" is the person's; "it" still the video of the last answer)
    replies = converse(["which video came 7th", "how did corbyn describe it in his tweet?"])
    assert replies[1][0] and "Why don't you just be honest?" in replies[1][3]


def test_a_pronoun_beside_the_article_named_is_not_the_last_figure() -> None:
    # ("a link for the article that I could cite": "that" is no pronoun for the retweet figure answered before)
    replies = converse(["how many retweets did corbyn get in 2019",
                        "is there an archived link for the article that I could cite?"])
    assert not replies[1][0] and "2,400,000" not in replies[1][3]


def test_it_in_a_later_question_is_no_sign_of_the_last_lists_place() -> None:
    """ "how much did the 1st video beat <figure> by? or was it less", after a list of two: "it" is that video, asked
    after the ordinal's question, so the 1st is the whole list's (it was the last answer's first)."""
    replies = converse(["what were the views on no 2 and no 3 together",
                        "how much did the 1st video beat the tories' whole FB total by? or was it less"])
    assert "Our wonderful NHS" in replies[1][2], replies[1]


def test_those_two_after_two_single_videos_are_both() -> None:
    """ "<title>?", "and <title>?", "sum of those two": the videos of the last two answers (all 10 were added); "of
    all these" after them is not narrowed so."""
    replies = converse(["how many views did the immigration video get", "and jayne?", "sum of those two"])
    assert "(Labour’s immigration video and Jeremy Corbyn’s friend Jayne): 9,100,000" in replies[2][3], replies[2]


def test_a_place_said_with_its_place_word_after_it_is_the_whole_lists() -> None:
    """Found in blind batch 377: "qual video ficou em 1º lugar no ranking?" after a question about one video gave
    that video ("em", chat for "them", read as "those": the first of the last answer); "1st place", its place word
    after it, is the whole list's, as "place 1" and "#1" are."""
    replies = converse(["how many views did gogglebox get", "which video came em 1st place"])
    assert replies[1][2] == "Our wonderful NHS"


def test_all_of_them_is_every_video_not_the_last_few() -> None:
    """ "out of all of them" after a short list asks of the whole list; "of those" of the last answer's."""
    replies = converse(["top 3 videos", "which was posted earliest out of all of them"])
    assert "Labour’s immigration video" in replies[1][3]
    replies = converse(["top 3 videos", "which of those was posted earliest"])
    assert "Labour’s immigration video" not in replies[1][3] and "Our wonderful NHS" in replies[1][3]


def test_an_order_of_its_own_is_asked_in_full_whatever_its_numbers() -> None:
    """ "and the bottom 3 of the ten?" after a top list said with another number ("back in 5"): the bottom 3, not the
    last question with its numbers swapped."""
    replies = converse(["top 3 videos please, off to work in 5", "and the bottom 3 of the ten?"])
    assert replies[1][2] == "The 3 least viewed campaign videos"


@pytest.mark.parametrize(("first", "stranger", "unsaid", "follow_up", "said"), [
    # (after campaign figures: not those figures again)
    ("did corbyn get 3 million retweets in 2019?", "that clip of corbyn and adele, views?", ("retweets", "2,400,000"),
     "and in 2017?", "1,400,000"),
    # (after a video: not the last video checked again)
    ("views of the jayne video?", "that vid of corbyn and adele, how many views", ("Jayne", "2,600,000"),
     "who posted that vid?", "Jeremy Corbyn"),
])
def test_a_video_with_someone_the_data_lacks_is_not_the_last_answer_again(
        first: str, stranger: str, unsaid: tuple[str, ...], follow_up: str, said: str) -> None:
    """After an answer, "that video of <name> and <a name no table knows>" is declined, not the last answer again;
    a follow-up that leans on the last answer still does."""
    replies = converse([first, stranger])
    answered, _, _, text = replies[1]
    assert not answered and all(u not in text for u in unsaid)
    replies = converse([first, follow_up])
    assert replies[1][0] and said in replies[1][3]


@pytest.mark.parametrize(("first", "then", "said"), [
    ("jessi and jayne views", "combined?", "5,347,000"),
    ("jessi and jayne views, added up", "and the diff?", "147,000 more"),
    ("the top 2", "the gap between them", "3,900,000 more"),
])
def test_an_operation_asked_alone_works_on_the_last_answers_videos(first: str, then: str, said: str) -> None:
    """ "combined?", "and the diff?" after an answer about two videos: of those two, not of all ten."""
    (_, _, _, _), (answered, _, _, text) = converse([first, then])
    assert answered and said in text and "all 10" not in text, text


@pytest.mark.parametrize(("first", "then", "said"), [
    ("labour vs tories", "combined?", "about 111,000,000"),
    ("labour vs tories", "and together?", "about 111,000,000"),
])
def test_an_operation_asked_alone_works_on_the_last_answers_figures(first: str, then: str, said: str) -> None:
    """ "combined?" after two parties' figures set side by side: those figures added, never the ten videos'."""
    (_, _, _, _), (answered, _, _, text) = converse([first, then])
    assert answered and said in text and "all 10" not in text, text


def test_their_field_after_two_videos_set_against_each_other_lists_both() -> None:
    """ "n their ranks" after "was <A> posted before <B>?": both videos' places, never "which video?"."""
    (_, _, _, _), (answered, _, _, text) = converse(["was the immigration vid posted before or after the jayne one?",
                                                     "n their ranks"])
    assert answered and "#4 Labour’s immigration video" in text and "#10 Jeremy Corbyn’s friend Jayne" in text, text


def test_a_difference_asked_alone_of_three_videos_asks_which() -> None:
    """ "the diff" after three videos: which two is not said, so it asks, never a figure for two of them."""
    (_, _, _, _), (answered, _, title, _) = converse(["the top 3", "the diff"])
    assert not answered and title == "Which of the 3?"


def test_a_gap_in_places_after_two_videos_is_no_difference_of_views() -> None:
    """ "the gap in places" after the top 2: places asked, never their difference in views."""
    (_, _, _, _), (_, _, _, text) = converse(["top 2", "the gap in places"])
    assert "3,900,000" not in text, text


@pytest.mark.parametrize(("first", "then", "said", "unsaid"), [
    ("gogglebox and nicky morgan together", "whats just above those two", "Mean tweets with Jeremy Corbyn", "top 2"),
    ("the top 3", "and the one right below those", "Labour’s immigration video", "top 4"),
    ("boris quotes and mean tweets", "the one posted just after them", "If you’re not sure", "top 2"),
])
def test_a_place_next_to_the_last_answers_videos_is_next_to_them_as_one_block(
        first: str, then: str, said: str, unsaid: str) -> None:
    """ "whats just above those two": above the highest of the last answer's videos (below the lowest; posted after the
    latest), never a slice of the list."""
    (_, _, _, _), (answered, _, _, text) = converse([first, then])
    assert answered and said in text and unsaid not in text, text


def test_a_count_of_places_from_the_last_answers_video_counts_from_it() -> None:
    """ "whats 1 place above it on the list" after one video: the one above it, never the top 1."""
    (_, _, _, _), (answered, _, _, text) = converse(["what went up on 30 nov", "whats 1 place above it on the list"])
    assert answered and "Boris Johnson quotes" in text and "Top 1" not in text, text


def test_a_month_of_its_own_is_no_renumbering() -> None:
    """ "and which top 10 were posted in december?" after a question about November's: December's videos, not the
    last question with its numbers said again."""
    replies = converse(["which of the top 10 went up in november", "and which top 10 ones went up in december?"])
    assert "Videos posted in December 2019" in replies[1][2] and "November" not in replies[1][2]


def test_a_neighbour_then_the_gap_between_them() -> None:
    """ "the one posted just before <title>", then "how many days between them": the neighbour and the video it was
    counted from; not "the first of those and the last", ends of a set."""
    replies = converse(["which went up just before mean tweets", "how many days between them"])
    assert "1 day between Boris Johnson quotes and Mean tweets with Jeremy Corbyn" in replies[1][3]
