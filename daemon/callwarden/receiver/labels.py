"""The Label Studio labeling config our export is made for, and the names the import reads.

One task per call. The call is shown as Paragraphs (`data.dialogue`: caller and agent turns in
order). Per call the annotator answers intent, slot accuracy, hallucination, sentiment and
escalation_correct (was routing to a human, or not doing so, right?). To correct a bot reply
the annotator marks that agent paragraph with the "bot reply" label and types the better
reply in the per-region text area. Flags and route come pre-filled as predictions.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from callwarden import bodies

OBJECT = "dialogue"              # Paragraphs over data.dialogue
TURN_LABELS = "turn"             # ParagraphLabels marking the bot reply being corrected
TURN_LABEL = "bot reply"
CORRECTION = "corrected_reply"   # per-region TextArea
FLAGS, ROUTE = "flags", "route"  # predictions only; the import ignores them

INTENT = "intent"
YES, NO = "yes", "no"
# Per-call questions with a fixed vocabulary. Intent is open: sites name their own intents.
CHOICES: dict[str, tuple[str, ...]] = {
    "slot_accuracy": ("correct", "partly_correct", "wrong", "no_slots"),
    "hallucination": (YES, NO),
    "sentiment": ("positive", "neutral", "negative"),
    "escalation_correct": (YES, NO),
}
QUESTIONS: dict[str, str] = {
    INTENT: "Caller's intent",
    "slot_accuracy": "Did the agent get the details (slots) right?",
    "hallucination": "Did the agent state anything false or made up?",
    "sentiment": "Caller's sentiment",
    "escalation_correct": "Was handing to a human (or not handing) the right decision?",
}
# follow_up_request routes to a ticket without ever being raised as a flag: not offered.
FLAG_TYPES = tuple(t for t in bodies.FLAG_TYPES if t != bodies.FOLLOW_UP)
ROUTES = (bodies.AUTO, bodies.ESCALATE, bodies.TICKET, bodies.END)     # the order the annotator reads them in


def _choices(name: str, values: tuple[str, ...], header: str, multiple: bool = False) -> list[str]:
    kind = "multiple" if multiple else "single-radio"
    lines = [f"    <Header value={quoteattr(header)}/>",
             f'    <Choices name="{name}" toName="{OBJECT}" choice="{kind}" showInline="true">']
    lines += [f"      <Choice value={quoteattr(v)}/>" for v in values]
    lines.append("    </Choices>")
    return lines


def label_config(intents: tuple[str, ...]) -> str:
    """The XML to paste into the Label Studio project's Labeling Interface."""
    lines = ["<View>",
             '  <Header value="Call $call_id from $appliance"/>',
             f'  <ParagraphLabels name="{TURN_LABELS}" toName="{OBJECT}">',
             f"    <Label value={quoteattr(TURN_LABEL)}/>",
             "  </ParagraphLabels>",
             f'  <Paragraphs name="{OBJECT}" value="$dialogue" layout="dialogue" nameKey="author" textKey="text"'
             ' granularity="paragraph"/>',
             '  <Header value="Better reply for the marked bot turn"/>',
             f'  <TextArea name="{CORRECTION}" toName="{OBJECT}" perRegion="true" editable="true" rows="3"'
             ' placeholder="What the agent should have said (keep placeholders such as [PCI_PAN])"/>',
             "  <View>"]
    lines += _choices(INTENT, tuple(intents), QUESTIONS[INTENT])
    for name, values in CHOICES.items():
        lines += _choices(name, values, QUESTIONS[name])
    lines += _choices(FLAGS, FLAG_TYPES, "Flags raised (prediction)", multiple=True)
    lines += _choices(ROUTE, ROUTES, "Route taken (prediction)")
    lines += ["  </View>", "</View>"]
    return "\n".join(lines) + "\n"
