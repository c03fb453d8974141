"""Caller turns that carry an intent, written for this suite from how people ask on the phone.

Each frame is one way of asking. `(a|b|)` picks one alternative (an empty one makes the part
optional) and `{slot}` one entry of a slot in vocab.py. A frame's id is its intent's prefix and
its position, and the id alone decides its half (suite.py), so a frame is never in both.

Registers vary on purpose: formal and roundabout, curt, rude, elderly, British ("ring",
"solicitor", "mobile") and American ("cell", "attorney", "BBB"), requests made as statements
("I'd rather not be recorded"), as questions ("is there any chance...") and as complaints
about the machine ("I'm not talking to a computer").
"""

from __future__ import annotations

ESCALATION = [
    "can I (speak|talk) to {human} (please|)",
    "(I want|I'd like|I need) to speak to {human}",
    "is there {human} I can talk to",
    "put me through to {human}",
    "(get|fetch) me {human}, (I'm not doing this with a machine|this thing doesn't understand me)",
    "I would be grateful if you could transfer me to {human}",
    "(operator|agent|representative). (operator|agent|representative).",
    "can you pass me on to {human} (please|)",
    "I'd rather deal with {human} if that's all right",
    "is it possible to (be connected|get connected) to {human}",
    "I need a human, not a recording",
    "just let me talk to {human}",
    "(look|listen), I don't want to talk to a machine, I want {human}",
    "(hello|hi) is anyone actually there, can I get {human} on the line",
    "you're not understanding me, can someone (real|human|from your team) pick this up",
    "I'd like this escalated to {human}",
    "could I have a word with {human} (please|)",
    "I wanna (speak|talk) to somebody (real|human|in charge)",
    "can you get {human} to come on the phone",
    "press zero, whatever it is, I just want {human}",
    "hand me over to {human}",
    "who's your (supervisor|manager|boss), I want to talk to them",
    "I need to speak with {human} about this (right now|today|straight away)",
    "sorry but I'd prefer to speak to an actual member of staff",
    "get me someone who can actually (help|sort this out), a person",
    "let me speak to your (manager|supervisor|line manager) (please|now|)",
]

OPT_OUT = [
    "(please|) stop {contacting} me",
    "take (me|my number|my details) off your (list|database|system|calling list)",
    "I don't want you {contacting} me (ever again|anymore|again)",
    "I never gave you permission to call me, (remove my number|delete my details)",
    "(don't|do not) {contact_verb} this number again",
    "I want to (opt out|unsubscribe) from (your calls|your texts|all of it|marketing calls)",
    "put me on your do not call list",
    "(how many times|I've told you before), stop {contacting} me",
    "I'd like to be removed from your (mailing list|marketing|list)",
    "this is the (third|fifth|tenth) call this week, I want it to stop, (don't|do not) call again",
    "could you make sure nobody from your company {contact_verb}s me again",
    "lose my number (please|mate|)",
    "(no|) more calls (please|thank you|)",
    "I'm asking you to stop {contacting} my (house|mum|elderly father|mobile|cell)",
    "delete my number and never {contact_verb} me again",
    "(cut it out with|enough with) the (calls|texts|cold calls), (seriously|honestly|)",
    "I want my number off every list you've got",
    "don't ring me, don't text me, don't email me, nothing",
    "can you (stop|quit) {contacting} me (please|)",
    "I don't want any more (texts|emails|calls|messages) from you lot",
    "(please|) unsubscribe me from all (communications|contact)",
    "take me off your list, I'm not interested",
]

CONSENT_REFUSED = [
    "I don't want (this call|this|our conversation|my voice) (being recorded|recorded)",
    "(please|) (stop|turn off|switch off) the recording",
    "I do not consent to (this call being recorded|being recorded|the recording)",
    "I'm not (happy|okay|comfortable) with (this being recorded|the recording|being recorded)",
    "I'm not talking to a (machine|robot|computer|bot)",
    "I refuse to (deal with|speak to|talk to) an automated (system|service|assistant)",
    "(can you|could you) (not|please not) record this",
    "I don't (agree|consent) to any recording",
    "(is|) there a way to (opt out of|turn off) the recording, I don't want it",
    "I object to being recorded",
    "I don't want (an AI|artificial intelligence|a chatbot|a computer) handling my (call|details)",
    "no (recording|recordings) (please|thank you), I don't allow it",
    "(please|) don't record (me|anything I say|this conversation)",
    "I won't speak to a (robot|machine|bot), (sorry|)",
    "you do not have my permission to record (this|me)",
    "I'm not (giving|going to give) my consent for (this|the recording)",
    "I'd rather you didn't record (this|me|this call)",
    "I withdraw my consent to the recording",
    "(if this is being recorded|if you're recording this) I want it stopped",
    "I'm not talking to an automated (thing|voice|system), I don't agree to that",
]

COMPLAINT = [
    "I want to make a (formal|proper|official) complaint",
    "I'd like to (lodge|file|register|put in|raise) a complaint (about {topic}|)",
    "I'm (going to|gonna) (take this to|report you to) the (ombudsman|regulator|trading standards|BBB|Better Business Bureau)",
    "(you'll be hearing|expect to hear) from my (solicitor|lawyer|attorney)",
    "I'm (going to|gonna) sue (you|your company|the lot of you)",
    "I'll be (taking|seeking) legal action",
    "(I'm|we're) taking you to (court|small claims)",
    "I want this (logged|recorded|put down) as a (formal|) complaint",
    "how do I (make|file|put in) a complaint (about {topic}|)",
    "I'm (going to|gonna) be complaining about {topic}",
    "I want to complain about {topic}",
    "I'm (reporting|going to report) this to (Ofcom|Ofgem|the FCA|the attorney general|consumer protection)",
    "(my|) (lawyer|solicitor|attorney) will be in touch",
    "this is (a|an official) complaint about {topic}",
    "I wish to complain (formally|in writing) about {topic}",
    "(get me|give me) your complaints (department|team|procedure), I want to complain",
    "I'm (escalating|taking) this (to|through) your formal complaints process",
    "I'm not (letting|going to let) this go, I'm making a complaint",
    "I'll be (contacting|calling) my (lawyer|solicitor) about {topic}",
]

DISTRESS = [
    "{person} (has collapsed|isn't breathing|won't wake up|is unconscious)",
    "(I think|) I'm having a (heart attack|stroke|seizure)",
    "(I|) can't breathe",
    "there's (someone|a man|somebody) (trying to get in|in my house|outside with a knife)",
    "(I|) (want|wanna) to (kill myself|end it all|end my life)",
    "I don't (want|see the point) (to live|to be here|in living) anymore",
    "(please|) (send|call) an ambulance",
    "{person} (took|has taken) (too many|a load of|all of the) (pills|tablets)",
    "(the|my) (kitchen|house|flat|garage) is on fire",
    "I can smell gas (everywhere|in the house|really strongly)",
    "(help|help me), {person} is (choking|bleeding badly|having a fit)",
    "my (chest|left arm) (hurts|is in agony) and I feel (faint|dizzy|sick)",
    "{person} (is threatening|threatened) to hurt me",
    "I've (cut|hurt) myself (badly|and it won't stop bleeding)",
    "I'm (really|so) scared, (he|she|someone) (is|keeps) banging on the door",
    "I'm going to hurt myself",
    "I've fallen and I can't get up",
    "(there's been|I've been in) a (car crash|accident) and {person} is hurt",
    "I'm not safe (here|at home) (right now|)",
]

FRUSTRATION = [
    "this is (ridiculous|absurd|a joke|beyond a joke|pathetic)",
    "I've (called|rung|phoned) (three|four|five|six) times (already|this week|about this)",
    "(I've been|been) on hold for (forty|fifty|ninety) minutes",
    "you're not (listening|listening to me|even listening)",
    "I'm (fed up|sick and tired|sick to death) (of this|with this|of your company)",
    "how many times do I have to (say|explain|repeat) (it|this|myself)",
    "(what|such) a (waste of time|shambles|farce)",
    "(honestly|seriously|), your (service|company|system) is (useless|rubbish|terrible|appalling)",
    "(oh for|for) (crying out loud|goodness sake|heaven's sake|god's sake)",
    "I'm (so|really|absolutely) (angry|livid|furious|annoyed|frustrated) (about this|right now|)",
    "I've had (enough|it up to here) (with you lot|of this|)",
    "(nobody|no one) (ever|) (calls me back|gets back to me|knows anything)",
    "this is the (third|fourth|fifth) time I've explained (this|it)",
    "(why|how) is it (so hard|this difficult) to get a straight answer",
    "this (machine|system|thing) is (driving me mad|useless|doing my head in)",
    "I'm losing my (patience|temper|mind) with (this|you)",
    "(unbelievable|un believable), (absolutely|just) unbelievable",
    "(you people|your lot) are (hopeless|incompetent|a nightmare)",
    "I can't believe I'm still waiting (for this|after all this time)",
    "I am (at the end of my tether|at my wits' end)",
]

FOLLOW_UP = [
    "can (someone|you|somebody) (call|ring|phone) me back {when}",
    "(please|could you) (email|text) me (the details|a copy|the reference|that)",
    "(could|can) I (get|have) that in writing (please|)",
    "I'd like a (call back|callback) {when}",
    "(have|get) someone (call|ring) me {when}",
    "(would you|could you) send me (a letter|an email|a text) (confirming|about) (that|it|the appointment)",
    "(let me know|tell me) by (email|text) when it's (sorted|done|fixed)",
    "I'm at work, can you (call|ring) me back {when}",
    "(please|) follow up with me (by email|by phone|in writing) {when}",
    "send (it|the quote|the paperwork) to my (email|inbox|address) (please|)",
    "I'd rather (someone called me back|you rang me back) than wait on hold",
    "(can|could) you (get back to me|come back to me) {when}",
    "put it in (an email|writing) for me",
    "(drop|shoot) me an email (with that|about it) (please|)",
    "I need someone to (phone|call) me (back|) {when} about {topic}",
    "(is it|would it be) possible to (get a call back|arrange a callback) {when}",
    "just text me (when|once) (it's|they're) (ready|on the way)",
    "(can you|) (mail|post) me (a copy|the forms|the paperwork)",
]

# Two asks in one breath: real turns stack them.
MIXED = [
    ("this is (ridiculous|a joke), (get me|put me through to) {human}", ("frustration", "escalation_request")),
    ("stop {contacting} me or I'll (report you|take it to the ombudsman)", ("opt_out", "complaint")),
    ("I'm not being recorded, (put me through to|get me) {human}", ("consent_refused", "escalation_request")),
    ("I've (called|rung) (five|six) times, I want to make a (formal|) complaint", ("frustration", "complaint")),
    ("I can't sort it now, (email|text) me and (please|) stop calling my (work|office)", ("follow_up_request", "opt_out")),
    ("I'm fed up (of|with) waiting, I want {human}", ("frustration", "escalation_request")),
]

PREFIX = {"escalation_request": ESCALATION, "opt_out": OPT_OUT, "consent_refused": CONSENT_REFUSED,
          "complaint": COMPLAINT, "distress": DISTRESS, "frustration": FRUSTRATION,
          "follow_up_request": FOLLOW_UP}
