"""Round 9, spoken e-mail addresses (terms: the words of the local part) and dates of birth (day and
month in any order, numeric or in words, with odd context words or only the agent's question)."""
from tests.redaction_probes.round9_entries import DOB, EM, secret

# ------------------------------------------------------------------ e-mail
secret("email", "irish, dot and digits", [
    "A:whats the best email for you",
    "C:its [[jenny dot obrien eighty two at gmail dot com]]",
], EM("jenny.obrien82@gmail.com", "jenny", "obrien"))
secret("email", "indian, underscore and at the rate", [
    "A:kindly share your mail id",
    "C:[[rahul underscore verma at the rate yahoo dot co dot in]]",
], EM("rahul_verma@yahoo.co.in", "rahul", "verma"))
secret("email", "glued local part", [
    "A:email?",
    "C:[[mikeyb at hotmail dot com]], [[m i k e y b]]",
], EM("mikeyb@hotmail.com", "mikeyb"))
secret("email", "local part spelled", [
    "A:and the email address on file",
    "C:[[k t h o m p s o n]] at outlook dot com",
], EM("kthompson@outlook.com", "kthompson"))
secret("email", "all one word", [
    "A:can i take an email to send the receipt to",
    "C:yeah [[thebigfella all one word]] at icloud",
], EM("thebigfella@icloud.com", "thebigfella"))
secret("email", "dash and an irish isp", [
    "A:what's the email",
    "C:[[sinead dash ryan at eircom dot net]]",
], EM("sinead-ryan@eircom.net", "sinead", "ryan"))
secret("email", "uk, birth year in the local part", [
    "A:email address please",
    "C:[[daz nineteen seventy four]] at bt internet dot com",
], EM("daz1974@btinternet.com", "daz"))
secret("email", "initial dot surname at a family firm", [
    "A:which email should the quote go to",
    "C:[[p dot nair at nairandsons dot co dot uk]]",
], EM("p.nair@nairandsons.co.uk", "nair"))
secret("email", "period and at sign", [
    "A:what email would you like to use",
    "C:[[lucia period ferraro at sign protonmail dot me]]",
], EM("lucia.ferraro@protonmail.me", "lucia", "ferraro"))
secret("email", "teen handle", [
    "A:email for the account",
    "C:um [[x x dark angel x x]] at gmail",
], EM("xxdarkangelxx@gmail.com", "dark angel"))
secret("email", "yoruba name, under score split", [
    "A:your email",
    "C:[[tolu under score bankole at yahoo dot com]]",
], EM("tolu_bankole@yahoo.com", "tolu", "bankole"))
secret("email", "elderly, split over turns", [
    "A:do you have an email address",
    "C:my granddaughter set it up, its [[granny jean]]",
    "C:[[all joined up]] at aol dot com",
], EM("grannyjean@aol.com", "granny jean"))
secret("email", "gujarati name, spelled in the middle", [
    "A:email id please",
    "C:[[megh, thats m e g h, dot shah]] at gmail dot com",
], EM("megh.shah@gmail.com", "megh", "shah"))
secret("email", "maori name, hyphen, nz isp", [
    "A:and an email",
    "C:[[aroha hyphen ngata]] at xtra dot co dot nz",
], EM("aroha-ngata@xtra.co.nz", "aroha", "ngata"))
secret("email", "welsh, full stop for dot", [
    "A:could i get your email",
    "C:[[gareth full stop pryce]] at btinternet dot com",
], EM("gareth.pryce@btinternet.com", "gareth", "pryce"))
secret("email", "name and year as words", [
    "A:email",
    "C:[[ashley two thousand]] at hotmail dot co dot uk",
], EM("ashley2000@hotmail.co.uk", "ashley"))
secret("email", "initials and digits", [
    "A:what's your email",
    "C:[[j m k four five]] at gmail",
], EM("jmk45@gmail.com", "j m k"))
secret("email", "elderly couple's shared address", [
    "A:and an email for the confirmation",
    "C:it's [[bob and margaret all together]] at btinternet dot com, we've had it {{twenty years}}",
], EM("bobandmargaret@btinternet.com", "bob and margaret"))
secret("email", "work address described as a pattern", [
    "A:your work email please",
    "C:it's first name dot last name so [[thandiwe dot nkosi]] at the bank's dot co dot za",
], EM("thandiwe.nkosi@bank.co.za", "thandiwe", "nkosi"))
secret("email", "at glued on", [
    "A:which email?",
    "C:[[chloewatt at gmail dot com]]",
], EM("chloewatt@gmail.com", "chloewatt"))
secret("email", "asr hears dot as dog", [
    "A:email address",
    "C:[[ravi dog kumar]] at gmail dog com",
], EM("ravi.kumar@gmail.com", "ravi", "kumar"))
secret("email", "correction of the local part", [
    "A:and your email",
    "C:[[siobhan dot k]] no sorry [[siobhank]] no dot, at live dot ie",
], EM("siobhank@live.ie", "siobhan", "siobhank"))
secret("email", "scottish, underscore and digits", [
    "A:email address for the tickets",
    "C:[[weejock underscore eighty eight]] at hotmail dot co dot uk",
], EM("weejock_88@hotmail.co.uk", "weejock"))
secret("email", "nigerian, at the rate", [
    "A:please your email",
    "C:[[adaeze dot okafor at the rate gmail dot com]]",
], EM("adaeze.okafor@gmail.com", "adaeze", "okafor"))
secret("email", "us, spelled with nato after the agent asks", [
    "A:sorry was that b or d",
    "C:[[b as in bravo]], [[bellamy]], [[b e l l a m y]] at yahoo",
], EM("bellamy@yahoo.com", "bellamy"))

# ------------------------------------------------------------------ date of birth
secret("dob", "uk, ordinal day and month, short year", [
    "A:and your date of birth",
    "C:[[third of march eighty one]]",
], DOB("1981-03-03"))
secret("dob", "irish, leap day", [
    "A:when were you born",
    "C:[[the twenty ninth of february]], the leap year one, [[nineteen eighty eight]]",
], DOB("1988-02-29"))
secret("dob", "us numeric month day year", [
    "A:dob?",
    "C:[[eleven fourteen sixty two]]",
], DOB("1962-11-14"))
secret("dob", "indian, ddmmyyyy digit by digit", [
    "A:date of birth as per aadhaar",
    "C:[[zero five zero six one nine nine two]]",
], DOB("1992-06-05"))
secret("dob", "only the agent's question, year in a later turn", [
    "A:and when's your birthday",
    "C:[[june the second]]",
    "A:and the year",
    "C:[[seventy nine]]",
], DOB("1979-06-02"))
secret("dob", "teen correction", [
    "A:whats your date of birth",
    "C:[[the ninth]] no wait [[the tenth of april]], [[two thousand and six]]",
], DOB("2006-04-10"))
secret("dob", "year first", [
    "A:can you confirm your d o b",
    "C:[[nineteen seventy, july, the fourth]]",
], DOB("1970-07-04"))
secret("dob", "compact dd mm yyyy in words", [
    "A:and the date you were born",
    "C:[[seventeen oh three two thousand]]",
], DOB("2000-03-17"))
secret("dob", "nigerian, ordinal", [
    "A:date of birth please",
    "C:[[twenty first of october nineteen ninety]]",
], DOB("1990-10-21"))
secret("dob", "us, month as a number then tens", [
    "A:birthdate",
    "C:[[four twenty two eighty]]",
], DOB("1980-04-22"))
secret("dob", "parent gives a child's birthday", [
    "A:and the little one's date of birth",
    "C:[[the eighth of may]], [[twenty fifteen]], she'll be {{ten}} next year",
], DOB("2015-05-08"))
secret("dob", "split over turns", [
    "A:date of birth",
    "C:[[twelfth]]",
    "C:[[december]]",
    "C:[[sixty]]",
], DOB("1960-12-12"))
secret("dob", "scottish elderly", [
    "A:and what's your birthday",
    "C:[[the sixth o june]], [[fifty three]], coronation week",
], DOB("1953-06-06"))
secret("dob", "us teen, zeros as oh", [
    "A:what's your birthday",
    "C:[[oh four oh nine oh eight]]",
], DOB("2008-04-09"))
secret("dob", "south african id-style yymmdd", [
    "A:what's your date of birth",
    "C:it's the first six of my id, [[eight six one two two five]]",
], DOB("1986-12-25"))
secret("dob", "asr damaged context", [
    "A:and your date a berth",
    "C:[[second of august]], [[ninety eight]]",
], DOB("1998-08-02"))
secret("dob", "australian, day month year with 'and'", [
    "A:d o b for me",
    "C:[[fifteenth of jan]], [[two thousand and one]]",
], DOB("2001-01-15"))
secret("dob", "caribbean elderly, year then the date", [
    "A:when were you born ma'am",
    "C:[[nineteen forty seven]], [[november the thirtieth]]",
], DOB("1947-11-30"))
secret("dob", "non-native, month name misspoken then fixed", [
    "A:your birth date",
    "C:[[twenty three of septiembre]] sorry [[twenty three september]], [[eighty four]]",
], DOB("1984-09-23"))
secret("dob", "numeric with slashes said", [
    "A:could you confirm the birth date on the policy",
    "C:[[nine slash five slash seventy one]]",
], DOB("1971-05-09"))
