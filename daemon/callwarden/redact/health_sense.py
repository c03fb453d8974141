"""Whether a phrase a caller said is about their health, by what it means rather than by a list.

A call that has told health goes on with details no list names ("the stitches came out", "it came
back clear"); masking every noun after that (health_context.py without this) hides the call's
business too ("a room near the lift", "the cancellation fee"). Here each phrase is embedded with
all-MiniLM-L6-v2 (int8 ONNX, pinned in models/manifest.toml) and compared with short examples of
the two sides: what a health detail is (a body part, a symptom, a condition, a medicine, a test or
a treatment, the mind, care and its devices) and what a call's business is (things bought, money,
places, people by role, services, events, travel, the home). A phrase's margin is how much
nearer the health side it sits; health_context.py says how near is health.

The examples are kinds of things in everyday words, written for this module; no probe set's wording.
Without the model (missing, failed sha256, onnxruntime error) `margins` returns None.
"""

from __future__ import annotations

import threading

import numpy as np

HEALTH = [
    # the body and its parts
    "my arm", "his leg", "her hip", "the knee joint", "my back", "the chest", "her stomach", "my bladder",
    "the bowel", "his liver", "my kidneys", "her lungs", "the heart", "my skin", "his eyes", "my ears",
    "her teeth and gums", "the spine", "my foot", "his thumb", "my womb", "the prostate", "my brain",
    # what is wrong
    "a swelling", "a lump", "a rash", "bleeding", "a fever", "being sick", "vomiting", "diarrhoea",
    "dizzy spells", "short of breath", "a bad cough", "chest pain", "headaches", "numbness", "itching",
    "an infection", "a fracture", "a sprain", "a wound", "a bruise", "a burn", "a blister", "swollen",
    "sore", "inflamed", "infected", "broken", "tender", "painful", "a tumour", "a cyst", "an ulcer",
    # conditions and the mind
    "an illness", "a disease", "a long-term condition", "a diagnosis", "diabetes", "asthma", "cancer",
    "arthritis", "depression", "anxiety", "panic", "stress and low mood", "an eating disorder",
    "self harm", "addiction", "a breakdown", "therapy and counselling", "grief", "a disability",
    "pregnancy", "a miscarriage", "fertility treatment", "the menopause",
    # care
    "a medicine", "tablets", "pills", "an inhaler", "an injection", "a dose", "a prescription",
    "side effects", "a blood test", "a scan", "an x-ray", "the results came back", "benign", "negative",
    "an operation", "surgery", "stitches", "a cast", "a hospital stay", "the ward", "a doctor's appointment",
    "physiotherapy", "dialysis", "chemotherapy", "a hearing aid", "a wheelchair", "crutches", "a catheter",
    "a breathing machine", "a blood pressure monitor", "recovery", "rehab",
]
BUSINESS = [
    # things bought and owned
    "a product", "the parcel", "an order", "a delivery", "the item", "a sofa", "a table and chairs",
    "a laptop", "a phone", "the router", "a television", "a fridge", "a washing machine", "clothes",
    "a jacket", "shoes", "a book", "a toy", "the car", "a bike", "a box", "the packaging", "a gift",
    # money
    "money", "a price", "a fee", "a charge", "a refund", "a deposit", "a bill", "an invoice", "a discount",
    "a payment", "the balance", "a voucher", "a credit", "the cost", "a loan", "the rent",
    # services and plans
    "a subscription", "a plan", "a contract", "an account", "a membership", "the policy", "a package deal",
    "an upgrade", "the broadband", "a booking", "a reservation", "an appointment slot", "a ticket",
    # places
    "a shop", "the store", "the office", "a branch", "a building", "the station", "an airport", "a hotel",
    "a room", "the kitchen", "the garden", "a car park", "the entrance", "the street", "a town", "a city",
    "upstairs", "the ground floor", "the lift", "the stairs", "a school", "a venue", "the platform",
    # people by role
    "a manager", "the driver", "a teacher", "a lawyer", "an accountant", "a neighbour", "my landlord",
    "a colleague", "the staff", "the engineer", "a friend", "the company",
    # events, travel, work
    "a holiday", "a flight", "a seat", "a trip", "the train", "a class", "a course", "a meeting",
    "a party", "a concert", "a match", "the weekend", "a job", "work", "the schedule", "a form",
    "a letter", "an email", "the website", "a password", "the app", "a complaint", "a problem with it",
    # pets and animals: a vet's, an insurer's or a sitter's business, no person's health
    "a pet", "the dog", "a cat", "the horse",
]
THINGS, ACTS = "things", "acts"       # which pair of sides a phrase is weighed between
# What people do, compared apart from the things (health_context._acts): verbs beside nouns would move
# the things' margins ("drinking too much" pulls "my drinking water" to health).
HEALTH_ACTS = [
    "coughing", "throwing up", "being sick", "bleeding", "fainting", "passing out", "can't sleep", "can't breathe",
    "wetting the bed", "shaking", "crying all the time", "hurting myself", "limping", "itching", "scratching",
    "starving myself", "drinking too much", "hearing voices", "panicking", "can't walk", "can't eat", "peeing a lot",
]
BUSINESS_ACTS = [
    "booking", "paying", "cancelling", "ordering", "moving house", "travelling", "working late", "sending it back",
    "waiting for the delivery", "ringing back", "changing the plan", "upgrading", "renewing", "checking in",
    "picking it up", "dropping it off", "logging in", "signing up", "switching provider", "complaining",
    "driving", "cooking", "cleaning", "shopping", "studying", "walking the dog", "watching tv", "reading",
    "going out",
]
_TOP = 3              # each side's score: the mean of its nearest examples

_lock = threading.Lock()
_model = None
_failed = False
_seen: dict[tuple[str, str], float] = {}     # (kind, phrase) -> margin; a call repeats its phrases
_SEEN_MAX = 20000


class _Embedder:
    def __init__(self) -> None:
        import onnxruntime
        import tokenizers

        from callwarden.models import ModelError, model_for, verify
        onnx, vocab = model_for("redact-embedding"), model_for("redact-embedding-tokenizer")
        problems = verify([onnx, vocab])
        if problems:
            raise ModelError("; ".join(problems))
        options = onnxruntime.SessionOptions()
        # one thread: a turn's phrases are few and short; the call's other work keeps the other cores
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(onnx.files[0].path), options,
                                                    providers=["CPUExecutionProvider"])
        self.tokenizer = tokenizers.Tokenizer.from_file(str(vocab.files[0].path))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.sides = {THINGS: (self.embed(HEALTH), self.embed(BUSINESS)),
                      ACTS: (self.embed(HEALTH_ACTS), self.embed(BUSINESS_ACTS))}

    def embed(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(encodings):
            ids[i, :len(e.ids)] = e.ids
            mask[i, :len(e.ids)] = 1
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                         "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def embedder() -> _Embedder | None:
    """Loaded once per process (about half a second); the worker warms it before the first call."""
    global _model, _failed
    with _lock:
        if _model is None and not _failed:
            try:
                _model = _Embedder()
            except Exception:       # fail closed: a call that has told health has every phrase masked
                _failed = True
        return _model


def margins(phrases: list[str], kind: str | list[str] = THINGS) -> list[float] | None:
    """For each phrase, how much nearer the health side it is than the business side, among the
    examples of its `kind` (THINGS or ACTS; one for all, or one per phrase); None without the model.
    The phrases not seen before are embedded in one batch."""
    model = embedder()
    if model is None:
        return None
    kinds = [kind] * len(phrases) if isinstance(kind, str) else kind
    keys = [(k, p.lower()) for k, p in zip(kinds, phrases)]
    with _lock:
        new = sorted({k for k in keys if k not in _seen})
    if new:
        e = model.embed([p for _, p in new])
        found = {}
        for side in {k for k, _ in new}:
            rows = [i for i, (k, _) in enumerate(new) if k == side]
            health_side, business_side = model.sides[side]
            health = np.sort(e[rows] @ health_side.T, axis=1)[:, -_TOP:].mean(1)
            business = np.sort(e[rows] @ business_side.T, axis=1)[:, -_TOP:].mean(1)
            found.update(zip([new[i] for i in rows], (health - business).tolist()))
        with _lock:
            if len(_seen) > _SEEN_MAX:
                _seen.clear()
            _seen.update(found)
    with _lock:
        return [_seen[k] for k in keys]
