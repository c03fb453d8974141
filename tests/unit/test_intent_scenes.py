"""scenes.py, the training corpus's third phrasing source: its shape, not its wording.

Each scene must carry at least as many look-alike negatives as asks (the point of the source is the
same situation on both sides of the line), use only its own `s_` slots, and draw from its own seeded
stream so the other sources' samples do not move when a scene changes.
"""

from __future__ import annotations

import re

import pytest

from callwarden_tools.intent_training import generate
from callwarden_tools.intent_training.generate import ALL_SLOTS, INTENTS
from callwarden_tools.intent_training.scenes import NEG, SCENE_SLOTS, SCENES


def test_every_scene_has_as_many_negatives_as_asks_and_valid_labels():
    assert len(SCENES) >= 11
    for scene, kinds in SCENES.items():
        asks = sum(len(t) for k, t in kinds.items() if k != NEG)
        assert asks and len(kinds[NEG]) >= asks, scene
        for kind in kinds:
            assert kind == NEG or set(kind.split("+")) <= set(INTENTS), (scene, kind)


def test_slots_are_its_own_and_every_reference_resolves():
    assert all(name.startswith("s_") for name in SCENE_SLOTS)
    assert all(ALL_SLOTS[name] is entries for name, entries in SCENE_SLOTS.items())
    for scene, kinds in SCENES.items():
        for templates in kinds.values():
            for t in templates:
                assert set(re.findall(r"<([^<>]*)>", t)) <= set(SCENE_SLOTS), (scene, t)
                assert t.count("{") == t.count("}"), (scene, t)


@pytest.fixture(scope="module")
def corpus():
    return generate.synthetic_corpus()


def test_scene_turns_are_labelled_grouped_and_a_meaningful_share(corpus):
    scenes = generate.scene_corpus()
    assert all(s.group.startswith("scene-") for s in scenes)
    negatives = [s for s in scenes if not s.labels]
    assert len(negatives) >= len(scenes) - len(negatives)
    assert {s.group.split("/")[0] for s in scenes} == {
        f"scene-{scene}-{kind}" for scene, kinds in SCENES.items() for kind in kinds}
    share = sum(1 for s in corpus if s.group.startswith("scene-")) / len(corpus)
    assert 0.12 <= share <= 0.22, share


def test_scenes_do_not_move_the_other_sources_draws(corpus, monkeypatch):
    """Scenes come last and draw from their own stream: without them, every other turn is drawn the same."""
    monkeypatch.setattr(generate, "scene_corpus", lambda seed=7, chatter=None: [])
    assert generate.synthetic_corpus() == [s for s in corpus if not s.group.startswith("scene-")]
