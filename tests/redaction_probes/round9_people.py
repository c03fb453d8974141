"""Round 9, names: full names and surnames in lower case in identity contexts, spelled letter by
letter (plain, NATO, "as in"), nicknames, non-Anglo names as ASR writes them, split or merged,
a relative's or account holder's name, "put it under ..."."""
from tests.redaction_probes.round9_entries import N, secret

secret("name", "irish, who am i speaking with", [
    "A:and who am i speaking with",
    "C:[[dermot o'halloran]]",
], N("dermot o'halloran", "dermot", "halloran"))
secret("name", "polish surname said and spelled", [
    "A:can i take your surname",
    "C:its [[kowalczyk]], [[k o w a l c z y k]]",
], N("kowalczyk", "kowalczyk"))
secret("name", "igbo name split by asr", [
    "A:the name on the account",
    "C:[[chuck we mecca obi]]",
    "A:sorry could you spell that",
    "C:[[c h u k w u e m e k a]] then [[obi]]",
], N("chukwuemeka obi", "chuck we mecca", "chukwuemeka", "obi"))
secret("name", "vietnamese surname heard as a word, put it under", [
    "A:what name shall i put the order under",
    "C:put it under [[win]], [[n g u y e n]]",
], N("nguyen", "nguyen"))
secret("name", "australian nickname then the real name", [
    "A:who's the account holder",
    "C:everyone calls me [[bazza]] but it'll be [[barry kettlewell]] on there",
], N("barry kettlewell", "bazza", "barry", "kettlewell"))
secret("name", "punjabi, late husband as account holder", [
    "A:is the account in your name madam",
    "C:no it is in my late husband's name, [[rajinder singh sandhu]]",
], N("rajinder singh sandhu", "rajinder", "sandhu"))
secret("name", "welsh patronymic", [
    "A:full name please",
    "C:[[rhys ap gwilym]]",
], N("rhys ap gwilym", "rhys", "gwilym"))
secret("name", "maori name", [
    "A:kia ora, who have i got",
    "C:kia ora its [[wiremu te whata]]",
], N("wiremu te whata", "wiremu", "te whata"))
secret("name", "zulu surname by asr", [
    "A:can i get your name sir",
    "C:[[sibusiso em keezy]], the surname is [[m k h i z e]]",
], N("sibusiso mkhize", "sibusiso", "em keezy", "mkhize"))
secret("name", "irish-language name as asr hears it", [
    "A:what's the name for the booking",
    "C:[[shivawn nee breen]]",
], N("siobhan ni bhriain", "shivawn", "nee breen"))
secret("name", "scottish mac split", [
    "A:and your name",
    "C:[[euan mac kinnon]], thats [[e u a n]]",
], N("euan mackinnon", "euan", "mac kinnon"))
secret("name", "tamil surname spelled", [
    "A:surname please",
    "C:[[venkataraman]], i will spell, [[v e n k a t a r a m a n]]",
], N("venkataraman", "venkataraman"))
secret("name", "us teen name spelled then surname", [
    "A:name for the pickup?",
    "C:uh its [[jaylen]] like [[j a y l e n]] um [[brooks]]",
], N("jaylen brooks", "jaylen", "brooks"))
secret("name", "elderly english, title then full name", [
    "A:who's calling please",
    "C:it's mrs [[pettigrew]], [[edna pettigrew]], i rang yesterday",
], N("edna pettigrew", "pettigrew", "edna"))
secret("name", "nato spelling with plain letters mixed", [
    "A:could you spell the surname for me",
    "C:[[h for hotel, o, l, l, o, w, a, y]]",
], N("holloway", "holloway"))
secret("name", "chinese name, surname first, spelled", [
    "A:your name as on the passport",
    "C:family name [[zhou]], [[z h o u]], given name [[xiaoming]]",
], N("zhou xiaoming", "zhou", "xiaoming"))
secret("name", "saudi name", [
    "A:the booking is under which name",
    "C:[[mohammed al qahtani]]",
], N("mohammed al qahtani", "qahtani"))
secret("name", "polish name anglicised by asr", [
    "A:who am i talking to",
    "C:[[gregor bzezinski]]",
], N("grzegorz brzezinski", "gregor", "bzezinski"))
secret("name", "put the table under a surname", [
    "A:and what name will i put the table under",
    "C:[[okonkwo]], [[o k o n k w o]], table for {{eight}}",
], N("okonkwo", "okonkwo"))
secret("name", "welsh hyphenated name split", [
    "A:name of the passenger",
    "C:[[fee on lloyd jones]]",
], N("ffion lloyd-jones", "fee on", "lloyd jones"))
secret("name", "irish, calling for dad", [
    "A:whose name is the policy in",
    "C:its for me dad, [[eamon kavanagh]]",
], N("eamon kavanagh", "eamon", "kavanagh"))
secret("name", "joint account second holder", [
    "A:and the second account holder",
    "C:my wife, [[priya]], surname [[ramaswamy]]",
], N("priya ramaswamy", "priya", "ramaswamy"))
secret("name", "'as in' with a nato word", [
    "A:first name",
    "C:[[d as in delta, o, u, g, a, l]]",
], N("dougal", "dougal"))
secret("name", "us, double-barrel first name glued", [
    "A:could i have the full name",
    "C:[[maryellen oshaughnessy]]",
], N("maryellen o'shaughnessy", "maryellen", "oshaughnessy"))
secret("name", "surname that is a trade, with the full name", [
    "A:what's the last name on the reservation",
    "C:[[baker]], [[tom baker]], no relation before you ask, a table for {{two}} at {{eight}}",
], N("tom baker", "baker"))
secret("name", "korean name, non-native", [
    "A:may i have your name",
    "C:my name is [[hyun woo]], family name [[park]]",
], N("park hyun-woo", "hyun woo", "park"))
secret("name", "ghanaian name", [
    "A:who's the parcel for",
    "C:[[kwami asante]], its [[k w a m e]] actually",
], N("kwame asante", "kwami", "asante", "kwame"))
secret("name", "turkish name", [
    "A:your full name",
    "C:[[mehmet yilmaz]]",
], N("mehmet yilmaz", "mehmet", "yilmaz"))
secret("name", "jamaican, for her son", [
    "A:who is the student",
    "C:mi son, [[delroy thompson junior]]",
], N("delroy thompson", "delroy", "thompson"))
secret("name", "australian nickname, real name over turns", [
    "A:name on the card",
    "C:[[shazza]]",
    "C:sorry [[sharon mcgillivray]], [[m c g i l l i v r a y]]",
], N("sharon mcgillivray", "shazza", "sharon", "mcgillivray"))
secret("name", "south indian initials then surname", [
    "A:name as in your pan card",
    "C:[[k s raghunathan]]",
], N("k s raghunathan", "raghunathan"))
secret("name", "english name pronounced unlike its spelling", [
    "A:and the surname",
    "C:[[featherstonehaugh]], you say it [[fanshaw]]",
], N("featherstonehaugh", "featherstonehaugh", "fanshaw"))
secret("name", "afrikaans surname", [
    "A:may i have your name",
    "C:[[van der merwe]], first name [[pieter]]",
], N("pieter van der merwe", "van der merwe", "pieter"))
secret("name", "spanish name with two surnames", [
    "A:the traveller's name",
    "C:[[maria jose gutierrez pena]]",
], N("maria jose gutierrez pena", "maria jose", "gutierrez"))
secret("name", "teen, put it under, spelled", [
    "A:name for the order",
    "C:put it under [[kayden]], [[k a y d e n]]",
], N("kayden", "kayden"))
secret("name", "scottish, first and surname over turns", [
    "A:first name",
    "C:[[hamish]]",
    "A:and the second name",
    "C:[[macleod]]",
], N("hamish macleod", "hamish", "macleod"))
secret("name", "corrected spelling of a first name", [
    "A:can i take a name",
    "C:[[sarah]] no [[sara]] without the h, [[lindqvist]]",
], N("sara lindqvist", "sarah", "lindqvist"))
secret("name", "irish o- name with 'oh'", [
    "A:what name is it under",
    "C:[[oh sullivan]], [[declan oh sullivan]]",
], N("declan o'sullivan", "sullivan", "declan"))
secret("name", "mother-in-law as the account holder", [
    "A:and the name of the bill payer",
    "C:thats my mother in law [[bernadette quigley]]",
], N("bernadette quigley", "bernadette", "quigley"))
secret("name", "nigerian with a title", [
    "C:good afternoon this is chief [[emeka nwosu]] calling about the letter you sent",
], N("emeka nwosu", "emeka", "nwosu"))
secret("name", "surname alone answering the prompt", [
    "A:and the surname",
    "C:[[thistlethwaite]]",
], N("thistlethwaite", "thistlethwaite"))
secret("name", "mother's maiden name as a security answer", [
    "A:for security can you give me your mother's maiden name",
    "C:[[gallagher]]",
], N("gallagher", "gallagher"))
secret("name", "irish name said and as asr", [
    "A:who's the parcel for",
    "C:[[fionnuala]], [[fin oola brennan]]",
], N("fionnuala brennan", "fionnuala", "fin oola", "brennan"))
secret("name", "non-native, surname first, letters with 'like'", [
    "A:your name sir",
    "C:[[tanaka]], [[t like tokyo a n a k a]], [[hiroshi]]",
], N("hiroshi tanaka", "tanaka", "hiroshi"))
secret("name", "caribbean, daughter's name for a pickup", [
    "A:who will collect the package",
    "C:mi daughter [[shanice]], [[shanice campbell]]",
], N("shanice campbell", "shanice", "campbell"))
