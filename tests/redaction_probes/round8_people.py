"""Round 8 data: dates of birth, e-mail addresses, street addresses, names and health. Written blind; see build_round8.py."""

from tests.redaction_probes.round8_entries import E, H, sec  # noqa: F401

# ================================================================ dates of birth
E("dob", ["A:can you confirm your date a birth",
          "C:[[twelfth of march sixty one]]"],
  [sec("dob", "1961-03-12")], "'date a birth'")
E("dob", ["A:how can i help",
          "C:d o b is [[oh four oh nine eighty seven]] i need to update my address"],
  [sec("dob", "1987-04-09")], "'d o b', US numeric")
E("dob", ["A:and when were you born",
          "C:[[nineteenth]]",
          "A:of",
          "C:[[may]]",
          "A:and the year",
          "C:[[seventy three]]"],
  [sec("dob", "1973-05-19")], "over three turns")
E("dob", ["A:and for security can i just take the day month and year",
          "C:[[second of november nineteen ninety]]"],
  [sec("dob", "1990-11-02")], "implied by the question")
E("dob", ["A:can i take your details",
          "C:berth date [[oh seven twenty two nineteen eighty]]"],
  [sec("dob", "1980-07-22")], "'berth date', US order")
E("dob", ["A:so to pass security whats the date you were born",
          "C:when was i born uh [[ninth of june fifty eight]]"],
  [sec("dob", "1958-06-09")], "'when was i born'")
E("dob", ["A:dee oh bee please",
          "C:[[twenty fifth of december seventy nine]] christmas baby"],
  [sec("dob", "1979-12-25")], "ordinal day")
E("dob", ["A:for verification",
          "C:[[14 02 1985]]"],
  [sec("dob", "1985-02-14")], "ASR digits")
E("dob", ["A:can i have your details for the file",
          "C:my day to birth is [[the thirty first of august ninety two]]"],
  [sec("dob", "1992-08-31")], "'day to birth'")
E("dob", ["A:and your birthday",
          "C:[[nineteen sixty six]] [[april the third]]"],
  [sec("dob", "1966-04-03")], "year first")
E("dob", ["A:to get you through security can i take day month and year",
          "C:[[seventeen]] [[oh three]] [[two thousand and one]]"],
  [sec("dob", "2001-03-17")], "numeric with 'two thousand and one'")
E("dob", ["A:and the date of birth on the policy",
          "C:[[the fourth of april forty nine]] god im old"],
  [sec("dob", "1949-04-04")], "irish elderly, same day and month")
E("dob", ["A:dob",
          "C:[[3/8/77]]"],
  [sec("dob", "1977-08-03")], "slashes, UK order")
E("dob", ["A:madam date of birth please",
          "C:date of birth is [[twenty six oh nine nineteen ninety four]]"],
  [sec("dob", "1994-09-26")], "indian")
E("dob", ["A:please can you confirm when you were born",
          "C:[[fifteenth june nineteen eighty eight]]"],
  [sec("dob", "1988-06-15")], "nigerian")
E("dob", ["A:date of birth",
          "C:[[may]]",
          "A:may what",
          "C:[[the sixth]]",
          "A:and the year",
          "C:[[sixty two]]"],
  [sec("dob", "1962-05-06")], "month first over turns")
E("dob", ["A:and your date of birth",
          "C:oh i was born in [[nineteen thirty nine]] the [[ninth of march]] i was"],
  [sec("dob", "1939-03-09")], "elderly, year first")
E("dob", ["A:and your birthday for the file",
          "C:[[ten twelve eighty one]]"],
  [sec("dob", "1981-10-12")], "US numeric words")
E("dob", ["A:whats your date of birth",
          "C:my burfday is [[the eighth of feb ninety five]]"],
  [sec("dob", "1995-02-08")], "'burfday'")
E("dob", ["A:and then dee oh bee",
          "C:[[nought five nought seven seventy]]"],
  [sec("dob", "1970-07-05")], "noughts, UK order")
E("dob", ["A:and your birthday",
          "C:im a leap year baby [[twenty ninth of february]] [[eighty four]]"],
  [sec("dob", "1984-02-29")], "leap day")
E("dob", ["A:whats your dob mate",
          "C:[[twenty three one seventy six]]"],
  [sec("dob", "1976-01-23")], "australian numeric words")
E("dob", ["A:and the date of your birth",
          "C:[[seventh o october sixty eight]]"],
  [sec("dob", "1968-10-07")], "scottish 'o'")
E("dob", ["A:birthdate",
          "C:[[oh two oh two oh two]] easy to remember"],
  [sec("dob", "2002-02-02")], "young")
E("dob", ["A:could you confirm the birthday on the account",
          "C:[[november the first sixty seven]]"],
  [sec("dob", "1967-11-01")], "month first")
E("dob", ["A:and the little ones date of birth",
          "C:[[the fifth of may twenty fifteen]]"],
  [sec("dob", "2015-05-05")], "child's")
E("dob", ["A:and just so i know im talking to the right person when were you born",
          "C:[[eleven eleven fifty five]] armistice day"],
  [sec("dob", "1955-11-11")], "repeated eleven")

# ================================================================ e-mail addresses
E("email", ["A:and an email address",
            "C:[[johnmurphyat gmail dot com]]"],
  [sec("email", "johnmurphy@gmail.com", "johnmurphy", "murphy")], "'at' glued on")
E("email", ["A:whats the best email",
            "C:[[sarah dot oconnell at hotmail dot co dot uk]]"],
  [sec("email", "sarah.oconnell@hotmail.co.uk", "sarah", "oconnell")], "dot spelled")
E("email", ["A:can you spell the email for me",
            "C:[[j o h n]]",
            "A:ok",
            "C:[[underscore k e l l y]] [[at outlook dot ie]]"],
  [sec("email", "john_kelly@outlook.ie", "john", "kelly")], "spelled over turns, .ie")
E("email", ["A:email id please",
            "C:[[priya ninety two at yahoo dot in]]"],
  [sec("email", "priya92@yahoo.in", "priya", "92")], "digits in local part")
E("email", ["A:and an email",
            "C:[[tunde underscore bakare at zoho dot ng]]"],
  [sec("email", "tunde_bakare@zoho.ng", "tunde", "bakare")], "underscore, .ng")
E("email", ["A:where should we send the invoice",
            "C:[[kirsty at kirstyweddings dot photography]]"],
  [sec("email", "kirsty@kirstyweddings.photography", "kirsty", "kirstyweddings")], "rare TLD")
E("email", ["A:and the email on the account",
            "C:[[m dot obrien eighty eight at icloud dot com]]"],
  [sec("email", "m.obrien88@icloud.com", "obrien", "88")], "initial, digits")
E("email", ["A:and an email address for the order",
            "C:[[anne dash marie dot dubois at orange dot fr]]"],
  [sec("email", "anne-marie.dubois@orange.fr", "anne", "marie", "dubois")], "dash said")
E("email", ["A:email",
            "C:its [[raj r a j]] [[dot patel at btinternet dot com]]"],
  [sec("email", "raj.patel@btinternet.com", "raj", "patel")], "name then spelling")
E("email", ["A:what email shall i put",
            "C:its [[oluwaseun]]",
            "A:could you spell that",
            "C:[[o l u w a s e u n]] [[at yahoo dot com]]"],
  [sec("email", "oluwaseun@yahoo.com", "oluwaseun")], "said then spelled")
E("email", ["A:your email",
            "C:[[big under score dave underscore seventy seven at aol dot com]]"],
  [sec("email", "big_dave_77@aol.com", "bigdave", "dave", "77")], "'under score' split")
E("email", ["A:can you give me an email to send the link to",
            "C:[[j chen fourteen at stanford dot edu]]"],
  [sec("email", "jchen14@stanford.edu", "j chen", "jchen", "14")], "split initial, .edu")
E("email", ["A:email",
            "C:[[liam dotwalsh at gmail dotcom]]"],
  [sec("email", "liam.walsh@gmail.com", "liam", "walsh")], "'dot' glued")
E("email", ["A:sir your email address",
            "C:[[ankit dot sharma at the rate gmail dot com]]"],
  [sec("email", "ankit.sharma@gmail.com", "ankit", "sharma")], "'at the rate'")
E("email", ["A:and your email",
            "C:[[chloe b ninety nine at g mail dot com]]"],
  [sec("email", "chloeb99@gmail.com", "chloe", "chloe b", "99")], "'g mail'")
E("email", ["A:got an email address for ya",
            "C:[[bazza dot mcgregor at bigpond dot net dot au]]"],
  [sec("email", "bazza.mcgregor@bigpond.net.au", "bazza", "mcgregor")], "australian")
E("email", ["A:and the email",
            "C:[[k period nakamura at proton dot me]]"],
  [sec("email", "k.nakamura@proton.me", "nakamura")], "'period'")
E("email", ["A:whats the email on file",
            "C:[[siobhan hyphen ni hyphen bhriain at eircom dot net]]"],
  [sec("email", "siobhan-ni-bhriain@eircom.net", "siobhan", "bhriain")], "hyphen said, irish")
E("email", ["A:can you spell out the email",
            "C:[[e for echo m for mike m for mike a]] [[at mail dot ru]]"],
  [sec("email", "emma@mail.ru", "emma")], "phonetic spelling")
E("email", ["A:email",
            "C:[[x x underscore lily underscore x x at hotmail dot co dot uk]]"],
  [sec("email", "xx_lily_xx@hotmail.co.uk", "lily")], "young")
E("email", ["A:what email would you like the receipt sent to",
            "C:[[tom dot harris two thousand and three at sky dot com]]"],
  [sec("email", "tom.harris2003@sky.com", "harris", "2003")], "year in local part")
E("email", ["A:and an email",
            "C:[[fiona at highlandwool dot scot]]"],
  [sec("email", "fiona@highlandwool.scot", "fiona", "highlandwool")], ".scot")
E("email", ["A:email address",
            "C:[[a double l a n at fastmail dot fm]]"],
  [sec("email", "allan@fastmail.fm", "allan", "a double l a n")], "'double l'")
E("email", ["A:what email do we have",
            "C:[[margaret]]",
            "A:margaret yep",
            "C:[[dot whyte w h y t e]]",
            "A:at",
            "C:[[btinternet dot com]]"],
  [sec("email", "margaret.whyte@btinternet.com", "margaret", "whyte")], "three turns")
E("email", ["A:and an email for the confirmation",
            "C:[[davidat kowalski dot pl]]"],
  [sec("email", "david@kowalski.pl", "david", "kowalski")], "'at' glued to the name")
E("email", ["A:please your email",
            "C:[[chidinma dot eze at yahoo dot com]]"],
  [sec("email", "chidinma.eze@yahoo.com", "chidinma", "eze")], "nigerian")
E("email", ["A:where can we email you",
            "C:[[hi at sandeeprao dot xyz]]"],
  [sec("email", "hi@sandeeprao.xyz", "sandeeprao", "sandeep")], "name in the domain, .xyz")

# ================================================================ street addresses
E("address", ["A:and whats the address there",
              "C:[[thirty one glenview]] in [[artane]]"],
  [sec("address", "31 Glenview Artane", "glenview")], "irish, no suffix")
E("address", ["A:and the address",
              "C:[[flat four b ninety seven marchmont]]",
              "A:postcode",
              "C:[[e h nine]] [[one h g]]"],
  [sec("address", "4B 97 Marchmont", "marchmont"),
   sec("postcode", "EH91HG", "eh9", "e h nine", "1hg", "one h g")], "edinburgh flat, postcode over turns")
E("address", ["A:where do you live",
              "C:[[apartment twelve c forty two oh five north kedzie]]"],
  [sec("address", "4205 N Kedzie Apt 12C", "kedzie", "4205")], "us apartment")
E("address", ["A:and the zip",
              "C:[[six oh six]]",
              "A:uh huh",
              "C:[[one eight]]"],
  [sec("zip", "60618")], "zip over turns")
E("address", ["A:what's the postcode",
              "C:[[m fourteen]]",
              "A:yep",
              "C:[[five t p]]"],
  [sec("postcode", "M145TP", "m14", "m fourteen", "5tp", "five t p")], "uk postcode groups over turns")
E("address", ["A:where are we delivering to",
              "C:its [[the old forge]] [[bellingham]] everyone knows it"],
  [sec("address", "The Old Forge Bellingham", "old forge", "bellingham")], "house name")
E("address", ["A:whats the street address",
              "C:[[eighteen twenty two west belmont]]"],
  [sec("address", "1822 W Belmont", "belmont", "1822")], "us, no suffix")
E("address", ["A:please give the delivery address",
              "C:[[flat no three oh two sai krupa apartments jp nagar seventh phase]] pin code [[five six oh oh seven eight]]"],
  [sec("address", "302 Sai Krupa Apartments JP Nagar", "sai krupa", "302"), sec("zip", "560078")], "indian, pin code")
E("address", ["A:where should the technician come",
              "C:[[number fourteen adeola odeku]] victoria island"],
  [sec("address", "14 Adeola Odeku", "adeola odeku", "odeku")], "lagos")
E("address", ["A:and the address mate",
              "C:[[five slash forty seven the esplanade]] [[three one eight two]]"],
  [sec("address", "5/47 The Esplanade", "esplanade"), sec("zip", "3182")], "australian unit, postcode")
E("address", ["A:and where are you",
              "C:[[two up left sixty eight dumbarton]]"],
  [sec("address", "2/L 68 Dumbarton", "dumbarton")], "glasgow tenement")
E("address", ["A:your mailing address",
              "C:[[r r three box one forty]] [[millbrook]]"],
  [sec("address", "RR 3 Box 140 Millbrook", "millbrook", "140")], "rural route")
E("address", ["A:what street is that on",
              "C:[[fifty five mac arthur]]"],
  [sec("address", "55 MacArthur", "macarthur")], "split street name")
E("address", ["A:and the eircode",
              "C:[[d zero eight]] [[k f seven two]]"],
  [sec("postcode", "D08KF72", "d08", "d zero eight", "kf72", "k f seven two")], "eircode")
E("address", ["A:whats the first line of the address",
              "C:[[nineteen]]",
              "A:nineteen",
              "C:[[hawthorn]]",
              "A:hawthorn what",
              "C:just [[hawthorn]] theres no road or anything"],
  [sec("address", "19 Hawthorn", "hawthorn")], "no suffix, over turns")
E("address", ["A:where do you want it shipped",
              "C:[[three twenty one ocean]] [[unit fourteen]]"],
  [sec("address", "321 Ocean Unit 14", "321 ocean", "321")], "number as pairs")
E("address", ["A:and the address",
              "C:[[twelve heol y felin]]"],
  [sec("address", "12 Heol y Felin", "heol y felin", "felin")], "welsh")
E("address", ["A:has your address changed",
              "C:yes we moved from [[forty church view]] to [[six meadowside]]"],
  [sec("address", "40 Church View", "church view"), sec("address", "6 Meadowside", "meadowside")], "old and new")
E("address", ["A:can i take your postcode",
              "C:[[s e fifteen]] [[four q w]]"],
  [sec("postcode", "SE154QW", "se15", "s e fifteen", "4qw", "four q w")], "london postcode")
E("address", ["A:and the zip code",
              "C:[[nine four one one oh dash two two three oh]]"],
  [sec("zip", "941102230")], "zip plus four")
E("address", ["A:and the address",
              "C:[[two hundred east forty second]]"],
  [sec("address", "200 E 42nd", "east forty second")], "numbered street")
E("address", ["A:postal code",
              "C:[[k two p]] [[one l four]]"],
  [sec("postcode", "K2P1L4", "k2p", "k two p", "1l4", "one l four")], "canadian")
E("address", ["A:the business address",
              "C:[[suite four ten eleven hundred lakeshore]]"],
  [sec("address", "1100 Lakeshore Suite 410", "lakeshore", "1100")], "suite, 'eleven hundred'")
E("address", ["A:what is your full address",
              "C:[[house number forty two gandhi nagar second cross]] near the temple"],
  [sec("address", "42 Gandhi Nagar 2nd Cross", "gandhi nagar", "second cross")], "indian")
E("address", ["A:and the address for the meter",
              "C:[[the cross ballinakill]] its the yellow house"],
  [sec("address", "The Cross Ballinakill", "ballinakill")], "irish rural")
E("address", ["A:where would you like the parcel left",
              "C:[[flat nine]] [[wellington buildings]] the door code's broken"],
  [sec("address", "Flat 9 Wellington Buildings", "wellington buildings")], "block of flats")

# ================================================================ names
E("name", ["A:who am i speaking with",
           "C:its [[chevonne mcgrath]] speaking"],
  [sec("name", "Siobhan McGrath", "chevonne", "mcgrath")], "ASR spelling of Siobhan")
E("name", ["A:and can i take a name",
           "C:names [[obi]] well [[obinna okafor]] on the account"],
  [sec("name", "Obinna Okafor", "obinna", "okafor")], "short name first")
E("name", ["A:what name should i put it under",
           "C:put it under [[krishnamurthy]]",
           "A:can you spell that",
           "C:[[k r i s h n a m u r t h y]]"],
  [sec("name", "Krishnamurthy", "krishnamurthy")], "spelled")
E("name", ["A:and who am i talking to today",
           "C:its [[mac donald]] [[eileen mac donald]]"],
  [sec("name", "Eileen MacDonald", "macdonald", "eileen")], "split by ASR")
E("name", ["A:surname",
           "C:[[van der berg]] three words"],
  [sec("name", "van der Berg", "vanderberg", "van der berg")], "particles")
E("name", ["A:how can i help",
           "C:hi [[deepika]] here i called yesterday"],
  [sec("name", "Deepika", "deepika")], "'X here'")
E("name", ["A:and your name",
           "C:this is mrs [[featherstonehaugh]] its pronounced [[fanshaw]]"],
  [sec("name", "Featherstonehaugh", "featherstonehaugh", "fanshaw")], "pronunciation given")
E("name", ["A:please what is your name",
           "C:[[chukwuemeka nwosu]]",
           "A:sorry the surname again",
           "C:[[n w o s u]]"],
  [sec("name", "Chukwuemeka Nwosu", "chukwuemeka", "nwosu")], "nigerian, surname spelled")
E("name", ["A:whose name is the account in",
           "C:my husbands [[desmond o leary]]"],
  [sec("name", "Desmond O'Leary", "desmond", "oleary")], "split O'")
E("name", ["A:full name please",
           "C:[[nguyen thi huong]]"],
  [sec("name", "Nguyen Thi Huong", "nguyen", "huong")], "vietnamese")
E("name", ["A:can i confirm the name",
           "C:[[ahmed]] no [[ahmad]] with an a"],
  [sec("name", "Ahmad", "ahmed", "ahmad")], "corrected spelling")
E("name", ["A:and what should i call you",
           "C:call me [[kez]] everyone does its [[kerry ann]] on the account"],
  [sec("name", "Kerry-Ann", "kez", "kerry")], "nickname")
E("name", ["A:and who's the account holder",
           "C:thats me [[lachlan mcphee]]"],
  [sec("name", "Lachlan McPhee", "lachlan", "mcphee")], "scottish")
E("name", ["A:what name shall i put the table under",
           "C:[[ravindran]] for {{four}} at {{eight}}"],
  [sec("name", "Ravindran", "ravindran")], "booking, harmless numbers after")
E("name", ["A:your surname please",
           "C:[[w for whiskey o for oscar j for juliet c i k]]"],
  [sec("name", "Wojcik", "wojcik")], "phonetic")
E("name", ["A:hello who's calling",
           "C:its [[fionnuala]]"],
  [sec("name", "Fionnuala", "fionnuala")], "first name only")
E("name", ["A:can i get your name please",
           "C:you're speaking to [[yusuf ali]]"],
  [sec("name", "Yusuf Ali", "yusuf", "ali")], "'you're speaking to'")
E("name", ["A:and your name",
           "C:[[seer sha]] [[dunne]]",
           "A:could you spell the first name",
           "C:[[s a o i r s e]]"],
  [sec("name", "Saoirse Dunne", "seer sha", "saoirse", "dunne")], "ASR-split irish name")
E("name", ["A:and the name on the booking",
           "C:[[xu jiahui]] family name first [[x u]]"],
  [sec("name", "Xu Jiahui", "jiahui", "x u")], "chinese, family name first")
E("name", ["A:and who's the second driver",
           "C:put my wife on [[ngozi]] [[ngozi eze okafor]]"],
  [sec("name", "Ngozi Eze-Okafor", "ngozi", "okafor")], "a spouse's name")
E("name", ["A:the name on the card please",
           "C:[[mr p r sandhu]]"],
  [sec("name", "P R Sandhu", "sandhu")], "initials")
E("name", ["A:and your name",
           "C:im [[agnieszka]]",
           "A:sorry",
           "C:[[a g n i e s z k a]]"],
  [sec("name", "Agnieszka", "agnieszka")], "polish, spelled")
E("name", ["A:and who am i speaking to",
           "C:hiya its [[shaz]] [[sharon bellamy]]"],
  [sec("name", "Sharon Bellamy", "shaz", "sharon", "bellamy")], "nickname first")
E("name", ["A:may i have your name",
           "C:names [[billy]] [[billy mcintyre]]"],
  [sec("name", "Billy McIntyre", "billy", "mcintyre")], "'names'")
E("name", ["A:who is calling please",
           "C:myself [[venkatesh]] [[venkatesh iyer]]"],
  [sec("name", "Venkatesh Iyer", "venkatesh", "iyer")], "'myself'")
E("name", ["A:and the name for the order",
           "C:[[harriet fortescue smythe]] no hyphen"],
  [sec("name", "Harriet Fortescue Smythe", "harriet", "fortescue", "smythe")], "double-barrelled")

# ================================================================ health, no earlier health in the call
E("health", ["A:how can i help today",
             "C:i need to cancel the trip ive [[been wetting the bed]] again and i cant be sharing a room"],
  [sec("health", "enuresis", "wetting the bed", "wetting")], "no possessive")
E("health", ["A:whats the reason for the sick note",
             "C:[[hearing voices again]] so i cant do the interview"],
  [sec("health", "hearing voices", "hearing voices", "voices")], "mental health, bare")
E("health", ["A:are you able to come in on thursday",
             "C:no ive [[not been able to keep anything down]] since sunday"],
  [sec("health", "vomiting", "keep anything down")], "vomiting said plainly")
E("health", ["A:what happened",
             "C:i keep [[blacking out]] when i stand up so i cant drive to the depot"],
  [sec("health", "syncope", "blacking out")], "fainting")
E("health", ["A:is there a reason you need the home visit",
             "C:[[peeing blood]] the last couple of days and i dont want to go far"],
  [sec("health", "haematuria", "peeing blood")], "blunt")
E("health", ["A:why did you miss the shift",
             "C:[[panic attacks]] on the bus every morning i just cant get on it"],
  [sec("health", "panic attacks", "panic attacks", "panic")], "mental health")
E("health", ["A:is everything alright",
             "C:not really [[seeing things at night]] that arent there"],
  [sec("health", "hallucinations", "seeing things")], "hallucination said plainly")
E("health", ["A:how can i help",
             "C:ive [[lost a stone and a half without trying]] and [[the night sweats]] so i want to pause the gym"],
  [sec("health", "weight loss night sweats", "night sweats", "lost a stone")], "symptoms in an errand")
E("health", ["A:can you tell me why you want to freeze the membership",
             "C:ive been [[cutting myself]] again and my [[counsellor]] said take a break from things"],
  [sec("health", "self-harm", "cutting myself", "counsellor")], "self-harm")
E("health", ["A:is there anything we should know before the visit",
             "C:ive been [[thinking about ending it all]] lately to be honest"],
  [sec("health", "suicidal thoughts", "ending it all")], "suicidal ideation")
E("health", ["A:whats the problem",
             "C:hes [[having fits]] again and cant go to school"],
  [sec("health", "seizures", "fits")], "seizures as 'fits'")
E("health", ["A:do you need the ground floor room",
             "C:yes please [[short of breath]] going up stairs"],
  [sec("health", "dyspnoea", "short of breath")], "bare answer")
E("health", ["A:why did you leave early",
             "C:[[pains in the chest]] and [[the left arm went numb]]"],
  [sec("health", "chest pain", "pains in the chest", "went numb")], "chest pain")
E("health", ["A:how can i help",
             "C:i need to reschedule found [[a lump]] [[under the arm]] and theyre seeing me friday"],
  [sec("health", "lump", "lump", "under the arm")], "lump, no possessive")
E("health", ["A:is there a reason for the delay",
             "C:[[bleeding down below after the procedure]] so i stayed in"],
  [sec("health", "bleeding", "bleeding", "down below", "procedure")], "euphemism")
E("health", ["A:whats going on",
             "C:mams [[hallucinating]] and [[wandering at night]] we need the alarm fitted"],
  [sec("health", "hallucinating wandering", "hallucinating", "wandering")], "a parent's, 'mams'")
E("health", ["A:why do you need the refund",
             "C:had [[the runs]] for a week couldnt leave the house"],
  [sec("health", "diarrhoea", "the runs")], "slang")
E("health", ["A:hows things",
             "C:[[keep forgetting where i live]] honestly the kids want me to get the pendant"],
  [sec("health", "memory loss", "forgetting where i live")], "memory")
E("health", ["A:is there a reason youre cancelling",
             "C:[[drinking again]] and [[back at the meetings]] so money's tight"],
  [sec("health", "alcohol relapse", "drinking again", "meetings")], "addiction")
E("health", ["A:how are you getting on",
             "C:[[off me food]] and [[crying all the time]] to be honest"],
  [sec("health", "low mood", "off me food", "crying all the time")], "low mood")
E("health", ["A:anything we can help with",
             "C:[[the waterworks]] are giving trouble so an aisle seat near the toilet please"],
  [sec("health", "urinary", "waterworks")], "euphemism")
E("health", ["A:do you want the call back on this number",
             "C:text is better [[cant hear]] much out of the left side now"],
  [sec("health", "hearing loss", "cant hear")], "hearing")
E("health", ["A:what can i do for you",
             "C:[[constant ringing in the ears]] and the noise from the works next door makes it worse"],
  [sec("health", "tinnitus", "ringing in the ears")], "tinnitus")
E("health", ["A:can you make it in person",
             "C:im getting [[dizzy spells]] so i'd rather not"],
  [sec("health", "dizziness", "dizzy")], "dizziness")
E("health", ["A:why can you not do early mornings",
             "C:[[sick every morning]] for the next few weeks probably"],
  [sec("health", "morning sickness", "sick every morning")], "implied pregnancy")
E("health", ["A:is there anything else",
             "C:[[hands shaking]] so bad i cant sign for the parcel"],
  [sec("health", "tremor", "shaking")], "tremor")
E("health", ["A:how can i help",
             "C:been [[making myself sick after meals]] and i want to stop the meal box delivery"],
  [sec("health", "bulimia", "making myself sick")], "eating disorder said plainly")
E("health", ["A:why did you miss the appointment",
             "C:[[the shakes]] were bad and [[seeing spiders on the walls]]"],
  [sec("health", "withdrawal", "shakes", "spiders")], "withdrawal")
