"""Round 8 data: cards, security codes, expiry dates, national numbers, phone numbers, accounts and PINs. Written blind; see build_round8.py."""

from tests.redaction_probes.round8_entries import E, H, sec  # noqa: F401

# ================================================================ card numbers (PAN)
E("pan", ["A:right so if you want to pay that off today i'll need the long number across the front of the card",
          "C:right so its [[four oh six nine]] hold on now till i get me glasses theyre in the other room",
          "A:no rush",
          "C:right im back where was i [[double oh six seven]] and then [[nine two one double eight]]",
          "A:lovely and the last bit",
          "C:[[one four three]] is that it is that all of it"],
  [sec("pan", "4069006792188143")], "irish elderly, fetches her glasses mid-number, double")
E("pan", ["A:go ahead with the card whenever you're ready",
          "C:okay its [[forty two eighty sixty six sixty six]]",
          "A:yep",
          "C:[[fifty three fifty one oh three forty eight]]"],
  [sec("pan", "4280666653510348")], "tens pairs, US")
E("pan", ["A:what are the digits on the card",
          "C:its a visa [[for five eight nine three eight six one]]",
          "A:okay",
          "C:[[seven six one nine nine oh eight five]]"],
  [sec("pan", "4589386176199085")], "'for' opening the run")
E("pan", ["A:can i take the card details please starting with the number",
          "C:[[four five nine eight]] [[nine eight seven three]]",
          "A:yep",
          "C:[[one oh five six no wait seven]] [[six oh three six]]"],
  [sec("pan", "4598987310576036")], "correction 'no wait seven'", exact=False)
E("pan", ["A:kindly tell me the sixteen digit number printed on your card",
          "C:yes madam it is [[four two one eight, one nine five three, three six double nine, four seven three four]] only"],
  [sec("pan", "4218195336994734")], "indian english, double, 'only'")
E("pan", ["A:and the card number",
          "C:ok so its [[4372 8731]]",
          "A:mhm",
          "C:[[9235 sixty three ninety four]]"],
  [sec("pan", "4372873192356394")], "ASR digits then words")
E("pan", ["A:no worries whats the card number mate",
          "C:yeah righto [[four double oh four, double five four one, oh eight one three, nine double eight six]]"],
  [sec("pan", "4004554108139886")], "australian, doubles")
E("pan", ["A:card number when youre ready",
          "C:card number is [[for to too six]]",
          "A:go on",
          "C:[[six four three three]] [[six eight seven oh]] [[oh nine one seven]]"],
  [sec("pan", "4226643368700917")], "'for to too' homophones")
E("pan", ["A:card number",
          "C:[[4237]]",
          "A:yep",
          "C:[[4243]]",
          "A:mm hm",
          "C:[[six six four five]]",
          "A:and",
          "C:[[one four]]",
          "A:keep going",
          "C:[[three two]]"],
  [sec("pan", "4237424366451432")], "five curt caller turns")
E("pan", ["A:alright please can you read out the card digits for me",
          "C:ehen okay it is [[four double six two, double zero three one]]",
          "A:okay",
          "C:[[eight nine one seven, one double seven five]] abeg is it going through now"],
  [sec("pan", "4662003189171775")], "nigerian")
E("pan", ["A:and what's the card number there",
          "C:aye nae bother it's [[four five one nine]] eh [[three seven oh five]]",
          "A:aye",
          "C:[[five seven one four oh double five eight]]"],
  [sec("pan", "4519370557140558")], "scottish")
E("pan", ["A:you can key the card number on your phone keypad or read it out whichever is easier",
          "D:[[43022980]]",
          "C:it stopped beeping so ill just say the rest [[seven eight eight seven six nine three two]]"],
  [sec("pan", "4302298078876932")], "keyed then spoken")
E("pan", ["A:what's the long number please",
          "C:[[five one seven nine eight six]] hang on ill start again i lost my place [[five one seven nine, eight six oh four, oh six three six, nine one eight two]]"],
  [sec("pan", "5179860406369182")], "restart mid-number", exact=False)
E("pan", ["A:and the number across the middle of the card",
          "C:its [[five two seven six, six two four eight, double seven one oh, oh ate won won]]"],
  [sec("pan", "5276624877100811")], "'ate won won' closing the run")
E("pan", ["A:and can i take the card number now please",
          "C:now then [[five three oh four]] [[five eight nine seven]] i cant see this in this light [[three two two six]] [[nine eight nine three]]",
          "A:thank you and the expiry date on it",
          "C:[[september twenty eight]]",
          "A:and the three little numbers on the back by the signature",
          "C:[[four four one]]"],
  [sec("pan", "5304589732269893"), sec("expiry", "0928"), sec("cvv", "441")], "elderly, with expiry and code")
E("pan", ["A:can you give me the number on the front",
          "C:the number is uh [[five four four six]] uh how you say [[four seven seven three]] [[six nine three five]] and [[one eight six two]]"],
  [sec("pan", "5446477369351862")], "non-native hesitant")
E("pan", ["A:right whats the long card number",
          "C:[[double five double eight double oh seven six]]",
          "A:yep",
          "C:[[six two oh one six eight seven six]]"],
  [sec("pan", "5588007662016876")], "three doubles")
E("pan", ["A:which card will you be using and can i have the number",
          "C:its a mastercard starts [[triple two one]]",
          "A:okay",
          "C:[[eight five nine one seven two six nine two five oh nine]]"],
  [sec("pan", "2221859172692509")], "triple, 2-series mastercard")
E("pan", ["A:hi there how can i help",
          "C:yeah im trying to pay the {{two hundred and forty}} quid off the balance the card is [[two seven two oh five six triple three eight nine eight oh nine five eight]]"],
  [sec("pan", "2720563338980958")], "triple, amount before, no prompt")
E("pan", ["A:and what digits have you got on the front there",
          "C:[[five one three oh]] sorry [[five five two seven]]",
          "A:then",
          "C:[[nine three five seven]] sorry [[five one seven eight]]"],
  [sec("pan", "5130552793575178")], "no keyword in prompt, 'sorry' between groups")
E("pan", ["A:card number please",
          "C:[[fifty two twenty five oh four oh four forty five eleven sixty nine ten]]"],
  [sec("pan", "5225040445116910")], "young, tens pairs all through")
E("pan", ["A:lovely and the card number",
          "C:yes it's [[five three seven one, nought six eight nought, eight six one six, eight three double five]]"],
  [sec("pan", "5371068086168355")], "uk nought")
E("pan", ["A:go ahead with the number",
          "C:[[fifty four twenty eight]] um [[forty five thirty four]]",
          "A:uh huh",
          "C:hang on [[fifty eighty four]] [[oh four forty six]]"],
  [sec("pan", "5428453450840446")], "tens pairs over turns")
E("pan", ["A:okay so how would you like to pay",
          "C:so the card its my daughters card actually she said i could use it its [[triple five six]] um [[two seven three six]] and theres a scratch on it [[seven four eight four]] yeah [[three four nine five]]"],
  [sec("pan", "5556273674843495")], "rambling, triple")
E("pan", ["A:whats the card",
          "C:[[two seven two oh two two nine three six five ate]]",
          "A:eight was it",
          "C:yeah [[one three two nine four]]"],
  [sec("pan", "2720229365813294")], "'ate' at a turn edge")
E("pan", ["A:and the card number for the payment",
          "C:its amex so its [[three four one nine]] [[three five six four one five]] [[three six four three three]]"],
  [sec("pan", "341935641536433")], "amex 4-6-5")
E("pan", ["A:go ahead with the amex number",
          "C:[[three seven seven oh, two four eight three six three, three five one one two]]",
          "A:and the four digit code printed above the number on the front",
          "C:[[eighty one fifty]]"],
  [sec("pan", "377024836335112"), sec("cvv", "8150")], "amex with 4-digit front code as a pair")
E("pan", ["A:what's the card number mate",
          "C:[[three double four six]]",
          "A:yep",
          "C:[[six two three six four nine]] and [[four six seven one seven]]"],
  [sec("pan", "344662364946717")], "australian amex")
E("pan", ["A:could you read me the card number",
          "C:[[three seven eight, triple seven, nine eight six one, seven five six oh nine]]"],
  [sec("pan", "378777986175609")], "triple seven")
E("pan", ["A:the number on the card please",
          "C:[[six oh eleven twenty two fifty two seventy three seventy six thirty one sixty six]]"],
  [sec("pan", "6011225273763166")], "discover as pairs")
E("pan", ["A:and the card digits",
          "C:[[six zero one one seven two five zero]]",
          "A:okay",
          "C:[[zero nine one five]] and then [[ate one double seven]]"],
  [sec("pan", "6011725009158177")], "'ate' opening the last group")
E("pan", ["A:ok read me the card number",
          "C:[[six oh one one seven three one one]]",
          "A:sorry you cut out after the first few",
          "C:[[six oh one one seven three one one]] [[seven seven four three]] [[seven oh two one]]"],
  [sec("pan", "6011731177437021")], "repeated after the line cut out", exact=False)
E("pan", ["A:if you could just read out the card number",
          "C:right [[two two two one, oh one four eight, seven one oh four, seven eight nine oh]]",
          "A:i didnt catch the last group",
          "C:[[seven eight nine zero]]"],
  [sec("pan", "2221014871047890")], "last group said again", exact=False)

# ---------------------------------------------------------------- security codes and expiry alone
E("cvv", ["A:and just flip the card over for me theres a three digit code on the strip",
          "C:right [[six oh two]]"],
  [sec("cvv", "602")], "after 'right'")
E("cvv", ["A:security code please",
          "C:is that the one on the back",
          "A:yes the last three",
          "C:[[eight one nine]]"],
  [sec("cvv", "819")], "'the one' said before the code")
E("cvv", ["A:and the code on the back",
          "C:[[nine]] hang on its worn off [[five]] i think [[three]]"],
  [sec("cvv", "953")], "digit by digit with fillers")
E("cvv", ["A:please tell me the c v v number",
          "C:[[three seven zero]] madam"],
  [sec("cvv", "370")], "indian")
E("expiry", ["A:and when does the card run out",
             "C:[[end of november twenty seven]]"],
  [sec("expiry", "1127")], "month name")
E("expiry", ["A:expiry",
             "C:[[oh three]] uh [[twenty nine]]"],
  [sec("expiry", "0329")], "with filler")
E("expiry", ["A:whats the valid thru date on there",
             "C:says [[ten slash twenty six]]"],
  [sec("expiry", "1026")], "slash said")
E("expiry", ["A:and the end date",
             "C:[[o six]]",
             "A:and the year",
             "C:[[thirty]]"],
  [sec("expiry", "0630")], "over turns, letter o")

# ================================================================ SSN and national numbers
E("ssn", ["A:for verification can i get your social",
          "C:yeah its [[five two seven]]",
          "A:okay",
          "C:[[four one]]",
          "A:mhm",
          "C:[[eight eight three oh]]"],
  [sec("ssn", "527418830")], "three turns")
E("ssn", ["A:and the last four of your social please",
          "C:[[six two oh nine]]"],
  [sec("ssn", "6209")], "last four")
E("ssn", ["A:i just need the nine digit number off the card the blue and white one",
          "C:um [[three one eight]] [[six six]] [[oh four two seven]]"],
  [sec("ssn", "318660427")], "no context word")
E("ssn", ["A:how can i help",
          "C:yeah im locked out its probably under my social the last four are [[seventy seven oh one]]"],
  [sec("ssn", "7701")], "last four without being asked")
E("ssn", ["A:and your social security number",
          "C:well i have it written on a card here hold on dear its [[two one two]] then [[fifty]] and then the last bit [[nine nine eight seven]]"],
  [sec("ssn", "212509987")], "elderly, 'fifty' as the group")
E("ssn", ["A:can you verify your social for me",
          "C:[[four eight one, two oh, no, two six, five five three two]]"],
  [sec("ssn", "481265532")], "correction in the middle group", exact=False)
E("ssn", ["A:what's your ssn",
          "C:[[five forty one eighty two sixty three eleven]]"],
  [sec("ssn", "541826311")], "pairs")
E("ssn", ["A:i'll need your social to pull up the account",
          "C:[[six one triple seven four two eight nine]]"],
  [sec("ssn", "617774289")], "triple")
E("ssn", ["A:can i take your national insurance number",
          "C:yeah its [[j k four eight two nine one seven b]]"],
  [sec("ssn", "JK482917B")], "uk ni letters spelled")
E("ssn", ["A:and the n i number",
          "C:[[n as in nancy e forty two sixty one oh nine c]]"],
  [sec("ssn", "NE426109C")], "ni with pairs")
E("ssn", ["A:and your p p s number",
          "C:[[seven four one two six nine oh t a]]"],
  [sec("ssn", "7412690TA")], "irish pps")
E("ssn", ["A:tax file number please",
          "C:yeah hang on [[four five nine]] [[two one seven]] [[three oh eight]]"],
  [sec("ssn", "459217308")], "australian tfn")
E("ssn", ["A:and your s i n",
          "C:[[five one two, seven three four, eight nine six]]"],
  [sec("ssn", "512734896")], "canadian sin")
E("ssn", ["A:sir can you tell me your adhar number for the kyc",
          "C:yes [[four seven eight two]] [[nine one three six]] [[zero five four one]]"],
  [sec("ssn", "478291360541")], "aadhaar in fours")
E("ssn", ["A:and just the last four digits of the s s n",
          "C:[[nineteen eighty eight]]"],
  [sec("ssn", "1988")], "year-shaped last four")
E("ssn", ["A:i'll need your s s n",
          "C:[[two oh four]] [[three eight]] [[one one seven two]]"],
  [sec("ssn", "204381172")], "groups")
E("ssn", ["A:how can i help you today",
          "C:i got a letter saying my so shall is [[six four one seven two eight three oh five]] and its wrong"],
  [sec("ssn", "641728305")], "'social' heard as 'so shall'")
E("ssn", ["A:to verify your identity",
          "C:the s s in [[five five three]] [[nineteen]] [[forty four twelve]]"],
  [sec("ssn", "553194412")], "'ssn' heard as 's s in'")
E("ssn", ["A:the number of your social security please",
          "C:number of social is [[one three two, zero eight, four four six one]] yes"],
  [sec("ssn", "132084461")], "non-native")
E("ssn", ["A:whats your n i",
          "C:[[p c]] [[sixty three oh two eighty one]] [[a]]"],
  [sec("ssn", "PC630281A")], "ni letters and pairs apart")
E("ssn", ["A:just to confirm the last four of your social",
          "C:[[eight three four oh]] and i was charged {{fifty dollars}} for nothing"],
  [sec("ssn", "8340")], "last four then money")
E("ssn", ["A:just the last four digits",
          "C:[[three nine nine]] sorry you only want the last four [[six five oh one]]"],
  [sec("ssn", "399"), sec("ssn", "6501")], "starts the whole number")
E("ssn", ["A:please enter your social security number using your keypad",
          "D:[[528]]",
          "C:wait do i press pound",
          "D:[[36]]",
          "D:[[7419]]"],
  [sec("ssn", "528367419")], "keyed in three bursts")
E("ssn", ["A:what number is on your social security card",
          "C:[[449 27 1836]]"],
  [sec("ssn", "449271836")], "ASR digit groups")
E("ssn", ["A:and your pan number for the kyc",
          "C:[[b k r p s seven two nine four h]]"],
  [sec("ssn", "BKRPS7294H")], "indian pan card")

# ================================================================ phone numbers
E("phone", ["A:whats a good callback number",
            "C:[[seven seven three, eight eight two, four one nine oh]]"],
  [sec("phone", "7738824190")], "us")
E("phone", ["A:and a mobile number",
            "C:[[oh seven seven double oh nine double oh one two three]]"],
  [sec("phone", "07700900123")], "uk mobile doubles")
E("phone", ["A:have you got a landline",
            "C:yeah [[oh two oh, seven nine four six, oh three two one]]"],
  [sec("phone", "02079460321")], "london")
E("phone", ["A:number to reach you at work",
            "C:[[six one seven]]",
            "A:uh huh",
            "C:[[four nine two]] [[eighty eight ten]] extension two two four"],
  [sec("phone", "6174928810")], "over turns, extension after")
E("phone", ["A:what number will we ring you back on",
            "C:[[oh eight seven, two one four, five five nine six]]"],
  [sec("phone", "0872145596")], "irish mobile")
E("phone", ["A:and your contact number",
            "C:[[oh four one two, three double four, six seven eight]]"],
  [sec("phone", "0412344678")], "australian mobile")
E("phone", ["A:sir your registered mobile",
            "C:[[plus nine one nine eight four five oh one two three four five]]"],
  [sec("phone", "919845012345")], "indian with country code")
E("phone", ["A:please whats your phone number",
            "C:[[oh eight oh three, four five six, seven eight one two]]"],
  [sec("phone", "08034567812")], "nigerian")
E("phone", ["A:and a daytime number",
            "C:[[oh one six one, four nine six, oh seven three four]]"],
  [sec("phone", "01614960734")], "manchester")
E("phone", ["A:is there another way we can get hold of you",
            "C:my daughters [[oh seven nine one one]] hang on [[two three four]] [[five six seven]]"],
  [sec("phone", "07911234567")], "no keyword in prompt, filler")
E("phone", ["A:best number for you",
            "C:[[two oh one nine hundred]]",
            "A:okay",
            "C:[[forty two seventeen]]"],
  [sec("phone", "2019004217")], "'nine hundred' as a group, over turns")
E("phone", ["A:can i confirm your number",
            "C:[[five oh three, two two six, eight one four seven]]",
            "A:sorry say again",
            "C:[[five oh three]] [[two two six]] [[eight one four seven]]"],
  [sec("phone", "5032268147")], "said twice", exact=False)
E("phone", ["A:and whats the best number",
            "C:[[oh one three one, four nine six, oh double two nine]]"],
  [sec("phone", "01314960229")], "edinburgh")
E("phone", ["A:callback",
            "C:[[four oh four, seven oh one, triple three five]]"],
  [sec("phone", "4047013335")], "curt, triple")
E("phone", ["A:your phone number please",
            "C:[[nine one seven]] uh [[five three six]] how to say [[five two zero eight]]"],
  [sec("phone", "9175365208")], "non-native hesitant")
E("phone", ["A:whats the number there",
            "C:call me on [[oh two]] thats sydney [[nine eight seven six]] [[five four three two]]"],
  [sec("phone", "0298765432")], "area code then aside")
E("phone", ["A:and a mobile",
            "C:[[oh double seven four triple one two oh eight six]]"],
  [sec("phone", "07741112086")], "double and triple")
E("phone", ["A:and if we get cut off",
            "C:[[oh seven four eight two, nine one three, six oh six]]"],
  [sec("phone", "07482913606")], "implied by prompt")
E("phone", ["A:phone",
            "C:[[one eight one eight, three four two, seventy nine oh six]]"],
  [sec("phone", "18183427906")], "us with leading one")
E("phone", ["A:can i get a couple of numbers for you",
            "C:home is [[six oh nine, two five one, three eight eight four]] and my cell [[six oh nine, four seven seven, oh one five two]]"],
  [sec("phone", "6092513884"), sec("phone", "6094770152")], "two numbers")
E("phone", ["A:whats your mobile",
            "C:[[oh 7 9 double three 4 five six seven eight nine]]"],
  [sec("phone", "07933456789")], "ASR mixes digits and words")
E("phone", ["A:what number should the driver ring",
            "C:[[oh eight five, one double two, four nine seven oh]] but not before {{ten}} i work nights"],
  [sec("phone", "0851224970")], "irish, time after")
E("phone", ["A:please enter the mobile number we should text followed by the hash key",
            "D:[[07700900456]]#"],
  [sec("phone", "07700900456")], "keyed")
E("phone", ["A:and the number",
            "C:area code [[nine seventy]]",
            "A:nine seven oh",
            "C:yeah then [[five eight two six one four oh]]"],
  [sec("phone", "9705826140")], "area code as a number")
E("phone", ["A:can you give me a contact number",
            "C:its [[oh seven]] um [[eight double oh]] um [[one four two]] [[three nine three]]"],
  [sec("phone", "07800142393")], "fillers between every group")

# ================================================================ accounts, sort codes, member and policy numbers
E("account", ["A:and the sort code",
              "C:[[forty ninety eight seventy two]]",
              "A:and the account number",
              "C:[[three one seven six]] um [[two oh nine four]]"],
  [sec("account", "409872"), sec("account", "31762094")], "sort code as pairs")
E("account", ["A:whats your membership number",
              "C:its on the card [[h m four four seven one nine oh two]]"],
  [sec("account", "HM4471902")], "member id with letters")
E("account", ["A:do you have your policy reference",
              "C:yeah its [[p l]] hang on [[seven seven three]]",
              "A:yep",
              "C:[[oh nine one two five]]"],
  [sec("account", "PL77309125")], "policy over turns")
E("account", ["A:i need the routing and the account number off the check",
              "C:routing is [[oh seven one, nine two three, two eight four]] and the account is [[four four eight one, two nine oh six, five three]]"],
  [sec("routing", "071923284"), sec("account", "4481290653")], "routing and account")
E("account", ["A:whats the account number on the bill",
              "C:[[eight oh oh]] erm [[two three]] erm [[four five six one]]"],
  [sec("account", "800234561")], "utility, erms")
E("account", ["A:and the iban",
              "C:[[i e seven one]] [[b o f i]] [[nine oh five eight, three eight four six, one nine two seven, five three]]"],
  [sec("account", "IE71BOFI90583846192753")], "irish iban (the 'o' of bofi reads as a digit)", exact=False)
E("account", ["A:have you got your clubcard handy",
              "C:[[six three four double oh four]] then [[one two eight eight three six]]"],
  [sec("account", "634004128836")], "loyalty card")
E("account", ["A:member i d from the insurance card",
              "C:[[w x q]] [[four four nine]] [[two eight one six six]]"],
  [sec("account", "WXQ44928166")], "us insurance member id")
E("account", ["A:and the number at the top of your letter",
              "C:[[seven eight two four]] [[four one oh six]]"],
  [sec("account", "78244106")], "no keyword")
E("account", ["A:your account number for the transfer",
              "C:[[two oh eight, seven one four, six three nine five]]"],
  [sec("account", "2087146395")], "nigerian nuban")
E("account", ["A:please tell the account number and ifsc",
              "C:account number [[five oh one oh oh four two seven eight one nine six three two]] ifsc [[h d f c zero zero zero four five one seven]]"],
  [sec("account", "50100427819632"), sec("routing", "HDFC0004517")], "indian account and ifsc")
E("account", ["A:bsb and account number",
              "C:bsb [[oh six two, one four one]] account [[one oh three eight, two nine five one]]"],
  [sec("routing", "062141"), sec("account", "10382951")], "australian bsb")
E("account", ["A:whats the number on the account",
              "C:[[six six two oh one four]] no [[six six two oh four one seven three]]"],
  [sec("account", "66204173")], "corrected", exact=False)
E("account", ["A:sort code",
              "C:[[two oh dash double four dash one nine]]",
              "A:account",
              "C:[[seven three double oh five one two eight]]"],
  [sec("account", "204419"), sec("account", "73005128")], "dash said, doubles")
E("account", ["A:and your customer reference",
              "C:it's got [[n h]] then [[six one two nine two eight three]]"],
  [sec("account", "NH6129283")], "letters then digits")
E("account", ["A:do you have the policy number there",
              "C:i do somewhere now its [[four]]",
              "A:yes",
              "C:[[four seven]] sorry the print is tiny [[one one nine]]",
              "A:mm",
              "C:[[two oh three]]"],
  [sec("account", "447119203")], "elderly, three turns")
E("account", ["A:what is the account",
              "C:[[twenty three sixty one forty four oh eight]]"],
  [sec("account", "23614408")], "pairs")
E("account", ["A:and your roll number",
              "C:roll number [[e four four seven]] slash [[two one nine oh six]]"],
  [sec("account", "E44721906")], "scottish building society roll number")

# ---------------------------------------------------------------- PINs
E("pin", ["A:and the four digit pin you set up with us",
          "C:[[seven two]] uh [[nine one]]"],
  [sec("pin", "7291")], "pairs with filler")
E("pin", ["A:whats your telephone banking passcode",
          "C:is it the [[eight five eight five]] hmm no its [[eight five five eight]]"],
  [sec("pin", "8585"), sec("pin", "8558")], "wrong guess then right one")
E("pin", ["A:and the security number you chose",
          "C:[[nineteen sixty four]]"],
  [sec("pin", "1964")], "year-shaped")
E("pin", ["A:pin please",
          "C:[[oh oh four seven]]"],
  [sec("pin", "0047")], "leading zeros")
E("pin", ["A:and the six digit passcode",
          "C:[[two eight one]] [[nine nine three]]"],
  [sec("pin", "281993")], "six digits")
E("pin", ["A:please enter your four digit pin",
          "D:[[6]]",
          "C:hang on",
          "D:[[308]]"],
  [sec("pin", "6308")], "keyed with a pause")
E("pin", ["A:just the pin for now",
          "C:the pin is [[one one six seven]] or is that the old one"],
  [sec("pin", "1167")], "'the old one' after")
E("pin", ["A:can you confirm your pin",
          "C:[[five nine three two]] and i'm taking out {{two hundred}} tomorrow at the branch"],
  [sec("pin", "5932")], "money after")
