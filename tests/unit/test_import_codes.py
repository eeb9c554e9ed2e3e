"""An import refused says why with a catalog code and its parameters: str() is the English the script API and
the tests have always read, and the page words the same code in German, a nested problem (a field of message
2 of conversation 2) included, as one German sentence."""

from __future__ import annotations

import pytest

from kimi_ui.conversations import Conversations
from kimi_ui.storage.db import Database
from kimi_ui.storage.export import FORMAT_ALL, FORMAT_CONVERSATION, VERSION
from kimi_ui.storage.importing import MAX_MESSAGES, ImportProblem, plan_data, plan_file
from tests.support.serving import make_settings
from tests.unit.test_codes import english_sentences


def conversation(*roles: str, **fields) -> dict:
    messages = [{"id": f"m{n}", "role": role} for n, role in enumerate(roles, 1)]
    return {"format": FORMAT_CONVERSATION, "version": VERSION, "conversation": {}, "messages": messages} | fields


def refused(data) -> ImportProblem:
    with pytest.raises(ImportProblem) as raised:
        plan_data(data)
    return raised.value


def german(problem: ImportProblem) -> str:
    words = problem.words("de")
    assert words != str(problem)
    for sentence in english_sentences():
        assert sentence not in words, (sentence, words)
    return words


def test_a_field_of_a_message_is_one_sentence_with_the_places_and_the_inner_problem_as_parameters():
    problem = refused({"format": FORMAT_ALL, "version": VERSION,
                       "conversations": [conversation("user"), conversation("user", "x")]})
    assert (problem.code, problem.params) == ("import.field", {
        "where": (("conversation", 2), ("message", 2)), "field": "role",
        "problem": {"code": "import.one_of", "params": {"choices": ("user", "assistant"), "value": "'x'"}}})
    assert str(problem) == "conversation 2, message 2: 'role' must be one of user, assistant, not 'x'"
    assert german(problem) == "Chat 2, Nachricht 2: „role“ muss user oder assistant sein, nicht 'x'"


def test_numbers_in_a_nested_problem_are_german_numbers():
    problem = refused(conversation(conversation={"title": "x" * 1234}))
    assert problem.params["problem"] == {"code": "import.too_long", "params": {"length": 1234, "limit": 200}}
    assert str(problem) == "conversation 1, 'conversation': 'title' is too long (1,234 characters; at most 200)"
    assert german(problem) == "Chat 1, „conversation“: „title“ ist zu lang (1.234 Zeichen; höchstens 200)"


def test_a_newer_format_version():
    problem = refused(conversation(version=VERSION + 1))
    assert (problem.code, problem.params) == ("import.newer_version", {
        "where": (("conversation", 1),), "version": repr(VERSION + 1), "current": VERSION})
    assert str(problem) == (f"conversation 1: format version {VERSION + 1}: it was made by a newer kimi-ui "
                            f"(this one reads version {VERSION})")
    assert "Formatversion" in german(problem)


def test_too_many_messages():
    problem = refused(conversation(*["user"] * (MAX_MESSAGES + 1)))
    assert (problem.code, problem.params) == ("import.too_many_messages",
                                              {"found": MAX_MESSAGES + 1, "limit": MAX_MESSAGES})
    assert str(problem).startswith("too many messages in one import (100,001; at most 100,000): split the file")
    assert german(problem).startswith("Zu viele Nachrichten für einen Import (100.001; höchstens 100.000)")


def test_a_chatgpt_conversation_names_its_place_in_the_file():
    problem = refused([{"mapping": {}}, {"title": "no mapping"}])
    assert (problem.code, problem.params) == ("import.at", {
        "where": (("chatgpt", 2),), "problem": {"code": "import.chatgpt_no_mapping", "params": {}}})
    assert str(problem) == "ChatGPT conversation 2: not a ChatGPT conversation (it has no 'mapping')"
    assert german(problem).startswith("ChatGPT-Chat 2: ")


def test_a_file_that_is_not_json(tmp_path):
    path = tmp_path / "notes.json"
    path.write_bytes(b'{"a": 1} trailing')
    with pytest.raises(ImportProblem) as raised:
        plan_file(path, name=path.name, max_bytes=1_000_000, max_items=1_000)
    problem = raised.value
    assert problem.code == "import.not_json" and "trailing garbage" in problem.params["detail"]
    assert str(problem) == f"This is not a JSON file ({problem.params['detail']})."
    assert german(problem).startswith("Das ist keine JSON-Datei (")


def test_a_file_over_the_size_limit_passes_megabytes_as_numbers(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 3_400_000)
    with pytest.raises(ImportProblem) as raised:
        plan_file(path, name=path.name, max_bytes=1_048_576, max_items=1_000)
    problem = raised.value
    assert problem.params == {"name": "big.json", "size": 3.2, "limit": 1.0}
    assert str(problem) == "big.json is 3.2 MB; imports take at most 1 MB (KIMI_UI_MAX_IMPORT_MB)"
    assert german(problem).startswith("big.json ist 3,2 MB groß; ein Import darf höchstens 1 MB")


def test_the_imports_an_hour(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'kimi_ui.db'}")
    db.migrate()  # (the count is in the database)
    conversations = Conversations(db, make_settings(tmp_path / "data", imports_per_hour=1))
    try:
        with pytest.raises(ImportProblem) as first:
            conversations.import_file("alice", tmp_path / "missing.json")  # counts: the limit is checked first
        assert (first.value.code, str(first.value)) == ("import.upload_the_file", "Upload the exported .json file.")
        with pytest.raises(ImportProblem) as raised:
            conversations.import_file("alice", tmp_path / "missing.json")
    finally:
        db.dispose()
    problem = raised.value
    assert (problem.code, problem.params) == ("import.per_hour", {"count": 1, "minutes": 60})
    assert str(problem) == "at most 1 imports an hour; try again in 60 min."
    assert german(problem) == "Du kannst höchstens 1 Datei pro Stunde importieren; versuch es in 60 Min. noch einmal."
