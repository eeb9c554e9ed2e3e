"""The tree of a conversation with edits and regenerations."""

from kimi_ui.storage.branches import Node, Tree


def tree() -> Tree:
    # u1 -> a1 -> u2 -> a2          (first branch)
    #          \-> u2b -> a2b -> u3 (u2 edited)
    #                \-> a2c        (a2b regenerated)
    return Tree.of([
        Node("u1", None, 1, "user"), Node("a1", "u1", 2, "assistant"),
        Node("u2", "a1", 3, "user"), Node("a2", "u2", 4, "assistant"),
        Node("u2b", "a1", 5, "user"), Node("a2b", "u2b", 6, "assistant"),
        Node("u3", "a2b", 7, "user"), Node("a2c", "u2b", 8, "assistant"),
    ])


def test_path_to_a_leaf_and_to_the_newest_branch():
    t = tree()
    assert t.path("a2") == ["u1", "a1", "u2", "a2"]
    assert t.path("u3") == ["u1", "a1", "u2b", "a2b", "u3"]
    assert t.path(None) == ["u1", "a1", "u2b", "a2c"]  # newest child at each step
    assert t.path("unknown") == t.path(None)


def test_positions_count_siblings_in_writing_order():
    t = tree()
    assert t.position("u2") == (1, 2) and t.position("u2b") == (2, 2)
    assert t.position("a2b") == (1, 2) and t.position("a2c") == (2, 2)
    assert t.position("u1") == (1, 1)


def test_switching_lands_on_the_newest_leaf_below_the_sibling():
    t = tree()
    assert t.switch("u2b", -1) == "a2"
    assert t.switch("u2", +1) == "a2c"
    assert t.switch("a2b", +1) == "a2c"
    assert t.switch("u2", -1) is None and t.switch("a2c", +1) is None


def test_a_cycle_or_a_missing_parent_does_not_hang():
    t = Tree.of([Node("x", "y", 1, "user"), Node("y", "x", 2, "assistant")])
    assert len(t.path("x")) <= 2
    orphan = Tree.of([Node("a", "gone", 1, "user"), Node("b", "a", 2, "assistant")])
    assert orphan.path(None) == ["a", "b"]
