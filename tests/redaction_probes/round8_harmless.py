"""Round 8 data: harmless numbers (money, times, quantities, counts, labels, years). Written blind; see build_round8.py."""

from tests.redaction_probes.round8_entries import E, H, sec  # noqa: F401

# ================================================================ harmless: money
H("money", ["A:whats the card number",
            "C:[[four three five six, two three oh one, two three eight three, six oh seven nine]]",
            "A:and how much would you like to pay today",
            "C:{{a hundred and twenty}} please"],
  [sec("pan", "4356230123836079")], "amount after a card, no currency word")
H("money", ["A:can i take the account number first",
            "C:[[nine oh two two, one four six eight]]",
            "A:and what seems to be the problem with the bill",
            "C:the bill says {{forty seven fifty}} but i only had it for a week"],
  [sec("account", "90221468")], "after an account number")
H("money", ["A:how much was taken",
            "C:{{fifty euro}} twice on the same day"])
H("money", ["A:please tell me your consumer number",
            "C:[[four one seven two, six six oh three]]",
            "A:okay and what is the issue",
            "C:i have paid {{two thousand rupees}} on the fifth but it is still showing due"],
  [sec("account", "41726603")], "indian, after a consumer number")
H("money", ["A:which account did you send it from",
            "C:[[three oh eight, one one five, two nine four six]]",
            "A:and how much",
            "C:i sent {{five thousand naira}} to the wrong person"],
  [sec("account", "3081152946")], "nigerian")
H("money", ["A:hey who am i talking to",
            "C:[[tyrone jackson]]",
            "A:thanks how can i help",
            "C:yeah you guys charged me {{eighty bucks}} for a late fee and i paid on time"],
  [sec("name", "Tyrone Jackson", "tyrone", "jackson")], "after a name")
H("money", ["A:what was the issue with the order",
            "C:the sweater was {{$19.99}} and it came with a hole in the sleeve"], note="ASR digits")
H("money", ["A:and what price were you quoted",
            "C:{{one fifty}} for the lot"], note="price answering the agent, no currency word")
H("money", ["A:whats the number on the account",
            "C:[[oh seven nine four six, two two one, oh eight three]]",
            "A:thanks and what can i do for you",
            "C:its {{nine pounds ninety}} a month and i never signed up for it"],
  [sec("phone", "07946221083")])
H("money", ["A:date of birth",
            "C:[[sixth of july eighty]]",
            "A:thank you how can i help",
            "C:i want to borrow about {{twenty grand}} for the kitchen"],
  [sec("dob", "1980-07-06")], "after a date of birth")
H("money", ["A:how can i help today",
            "C:it says i owe {{seventy five cents}} how is that even a bill"])
H("money", ["A:card number please",
            "C:[[double four five triple three one four seven eight nine three two double eight five]]",
            "A:and what are we paying today",
            "C:{{six hundred and forty nine}} for the laptop",
            "A:and the expiry",
            "C:[[oh four twenty eight]]"],
  [sec("pan", "4453331478932885"), sec("expiry", "0428")], "amount between a card and its expiry, no currency word")
H("money", ["A:hello",
            "C:hi the receipt says {{thirty five dollars and twenty cents}} but my card got hit for more"])
H("money", ["A:who am i speaking to",
            "C:its [[gemma whitlock]] i paid a {{forty quid}} deposit on the dress"],
  [sec("name", "Gemma Whitlock", "gemma", "whitlock")], "after a name")
H("money", ["A:and an email to send the refund confirmation",
            "C:[[lorcan dot byrne at eircom dot net]]",
            "A:grand and whats the refund for",
            "C:it should be {{eleven eighty}} for the two cushions"],
  [sec("email", "lorcan.byrne@eircom.net", "lorcan", "byrne")], "after an e-mail")
H("money", ["A:whats the problem",
            "C:i got charged {{2.99}} delivery on an order that was supposed to be free"])
H("money", ["A:and what can you afford each month",
            "C:maybe {{two hundred a month}} at the most"], note="answering the agent")
H("money", ["A:what's the address on the account",
            "C:[[seven hundred nine palmetto]]",
            "A:and the charge you're asking about",
            "C:{{sixty nine ninety five}} on the fourth"],
  [sec("address", "709 Palmetto", "palmetto", "709")], "price in pairs after an address")
H("money", ["A:and your date of birth",
            "C:[[thirtieth of june seventy two]]",
            "A:thank you how much was the deposit",
            "C:{{one thousand four hundred}} and they still havent given it back"],
  [sec("dob", "1972-06-30")], "after a date of birth")
H("money", ["A:can i help",
            "C:the ticket was {{£35}} and the train never came"], note="ASR symbol")
H("money", ["A:and the security code",
            "C:[[six eight two]]",
            "A:perfect and the amount",
            "C:just {{15 dollars}} for the donation"],
  [sec("cvv", "682")], "after a security code")
H("money", ["A:how much did he charge",
            "C:{{a tenner}} for the call out which is fair enough"])
H("money", ["A:can i get a number for you",
            "C:[[two one five, eight eight four, six one three oh]]",
            "A:and what did it cost",
            "C:it cost {{four fifty}} for the one coffee"],
  [sec("phone", "2158846130")], "time-shaped price after a phone number")
H("money", ["A:and how much was it",
            "C:ah {{ninety nine p}} it's not about the money its the principle"])
H("money", ["A:and the card number",
            "C:[[four seven seven six]] [[seven nine three six]]",
            "A:yep",
            "C:[[one seven three oh four eight six four]]",
            "A:how much are you putting on it",
            "C:{{three hundred quid}} that'll clear it i think"],
  [sec("pan", "4776793617304864")], "elderly, amount after a card")
H("money", ["A:go ahead with the card",
            "C:[[four seven six one, four one one six]] sorry is it the {{thirty two pounds}} or the {{forty}} you're taking",
            "A:the forty",
            "C:ok [[nine six one oh, five three one one]]"],
  [sec("pan", "4761411696105311")], "amount between the card's halves")
H("money", ["A:how much was the transfer",
            "C:{{seven hundred rand}} it was for my brother"])
H("money", ["A:and the name of the applicant",
            "C:[[ines carvalho]]",
            "A:and what size mortgage are you looking at",
            "C:about {{half a million}} maybe a bit less"],
  [sec("name", "Ines Carvalho", "ines", "carvalho")], "after a name")
H("money", ["A:what were you quoted for the repair",
            "C:{{1,250}} which seems mad for a boiler"], note="ASR digits with comma")
H("money", ["A:aye and how much was it",
            "C:{{twelve pound fifty}} for a tin of paint"], note="scottish 'pound'")
H("money", ["A:and the eircode",
            "C:[[h nine one]] [[w two x four]]",
            "A:and what can i help with",
            "C:theres a {{10 euro}} charge on the bill i dont recognise"],
  [sec("postcode", "H91W2X4", "h91", "h nine one", "w2x4", "w two x four")], "after an eircode")
H("money", ["A:can i take the social",
            "C:[[three nine one]] [[four four]]",
            "A:go on",
            "C:i paid {{fifteen hundred dollars}} for this hold on [[two oh six eight]]"],
  [sec("ssn", "391442068")], "money between the parts of an SSN")

# ================================================================ harmless: time
H("time", ["A:whats the best number for you",
           "C:[[oh seven seven one two, three eight eight, nine oh four]]",
           "A:and when suits",
           "C:can you ring me back at {{half three}}"],
  [sec("phone", "07712388904")], "after a phone number")
H("time", ["A:and the address for the visit",
           "C:[[twenty six larkhill]]",
           "A:when would you like the engineer",
           "C:{{quarter past nine}} tomorrow if you have it"],
  [sec("address", "26 Larkhill", "larkhill")], "after an address")
H("time", ["A:what time is the appointment",
           "C:{{ten thirty}} i think"], note="answering 'what time'")
H("time", ["A:how long has it been like this",
           "C:its been {{two weeks}} now"])
H("time", ["A:can i take your name",
           "C:[[tadhg o sullivan]]",
           "A:thanks and how can i help",
           "C:i signed up for {{six months}} and youve charged me for a year"],
  [sec("name", "Tadhg O'Sullivan", "tadhg", "osullivan")], "after a name")
H("time", ["A:whats the zip there",
           "C:[[one one two oh one]]",
           "A:and when did the parcel come",
           "C:about {{four o'clock}} but nobody knocked"],
  [sec("zip", "11201")], "after a zip code")
H("time", ["A:when was that",
           "C:{{9:45}} this morning"], note="ASR digits")
H("time", ["A:thanks for holding",
           "C:{{twenty minutes}} i was on hold there"])
H("time", ["A:and your date of birth",
           "C:[[the twentieth of september eighty three]]",
           "A:thank you whats the issue",
           "C:the van sat outside for {{an hour and a half}} and never delivered"],
  [sec("dob", "1983-09-20")], "after a date of birth")
H("time", ["A:how long ago did you return it",
           "C:{{three days}} ago"], note="bare duration")
H("time", ["A:and the account number on the bill",
           "C:[[seven seven one four four oh two nine]]",
           "A:how long has the power been off",
           "C:since {{seven this morning}} and ive a freezer full"],
  [sec("account", "77144029")], "after an account number")
H("time", ["A:and when are you free",
           "C:anytime between {{two and four}}"])
H("time", ["A:what's your shift",
           "C:i finish at {{seventeen hundred}} so after that"], note="military-style hours")
H("time", ["A:and the postcode please",
           "C:[[l s six]] [[two d y]]",
           "A:how can i help",
           "C:ive been with you {{ten years}} and this is how you treat me"],
  [sec("postcode", "LS62DY", "ls6", "l s six", "2dy", "two d y")], "after a postcode")
H("time", ["A:whats the number of the line thats down",
           "C:[[oh one one three four nine six]] its been dead since {{five past six}} last night [[oh five eight two]]"],
  [sec("phone", "01134960582")], "time between the parts of a phone number")
H("time", ["A:when is the delivery booked for",
           "C:{{friday the ninth}} they said"], note="a day that is not a birthday")
H("time", ["A:when are you open",
           "C:oh sorry i thought you were open {{eight till eight}}"])
H("time", ["A:can i take the pin",
           "C:[[four nine one six]]",
           "A:thanks whats the problem",
           "C:the app took {{forty five minutes}} to load my balance"],
  [sec("pin", "4916")], "after a PIN")
H("time", ["A:when can you be reached",
           "C:after {{six}} ill be home"], note="bare hour")
H("time", ["A:and what time do you want the taxi",
           "C:{{at 3pm}} from the hotel"], note="ASR digits")
H("time", ["A:name on the booking",
           "C:[[dervla kinsella]]",
           "A:what time did the driver arrive",
           "C:{{twenty to five}} and we were meant to leave at four"],
  [sec("name", "Dervla Kinsella", "dervla", "kinsella")], "after a name")
H("time", ["A:and the account",
           "C:[[five one eight eight two nine oh three]]",
           "A:what happened",
           "C:i waited in for {{eleven weeks}} for the replacement"],
  [sec("account", "51882903")], "after an account number")
H("time", ["A:last four of the social",
           "C:[[oh eight six two]]",
           "A:got it and when would be a good time to call",
           "C:{{nine in the morning}} before work"],
  [sec("ssn", "0862")], "after a last four")
H("time", ["A:what time was the booking",
           "C:{{half past twelve}} for lunch"])
H("time", ["A:how long do i have to return it",
           "C:isnt it {{ninety days}} on the website"])
H("time", ["A:what email is it under",
           "C:[[ngozi dot adeyemi at outlook dot com]]",
           "A:and how long was the outage",
           "C:{{two and a half hours}} in the middle of my exam"],
  [sec("email", "ngozi.adeyemi@outlook.com", "ngozi", "adeyemi")], "after an e-mail")
H("time", ["A:and your dob",
           "C:[[eighteenth of feb sixty four]]",
           "A:and what time are you coming in",
           "C:{{seven thirty}} if the bus is on time"],
  [sec("dob", "1964-02-18")], "clock time after a date of birth")
H("time", ["A:and when will i hear back",
           "C:they told me {{the next 48 hours}} last week"])
H("time", ["A:can i get the card number",
           "C:[[four eight nine three]] [[four two five eight]] [[four eight one eight]] [[eight three five six]]",
           "A:when do you want it charged",
           "C:on the day at {{quarter to eleven}} when we check in"],
  [sec("pan", "4893425848188356")], "after a card")
H("time", ["A:and when did you see it",
           "C:the alarm went at {{oh three hundred}} and woke the whole street"], note="'oh' inside the time")
H("time", ["A:how long will you be away",
           "C:{{three weeks}} from saturday so stop the papers"])

# ================================================================ harmless: quantity
H("quantity", ["A:how can i help",
               "C:i need {{3 more boxes}} for the move"])
H("quantity", ["A:whats the card",
               "C:[[four one two oh, three two four one, oh six five two, nine six three oh]]",
               "A:and what are you ordering",
               "C:{{two bags}} of the compost and the hose"],
  [sec("pan", "4120324106529630")], "after a card")
H("quantity", ["A:card number for the postage",
               "C:[[five three oh four]] [[oh seven two three]] [[eight six two five]] [[five one one two]]",
               "A:and how heavy is it",
               "C:about {{twelve kilos}}"],
  [sec("pan", "5304072386255112")], "weight after a card")
H("quantity", ["A:whats the collection address",
               "C:[[ninety one cairnhill]]",
               "A:how far are you from the depot",
               "C:{{five miles}} maybe less"],
  [sec("address", "91 Cairnhill", "cairnhill")], "distance after an address")
H("quantity", ["A:and the name for the booking",
               "C:[[okonjo]] its a party of {{eight}} on saturday"],
  [sec("name", "Okonjo", "okonjo")], "party size after a name")
H("quantity", ["A:how many are travelling",
               "C:{{four adults and two kids}}"])
H("quantity", ["A:email for the order",
               "C:[[beatriz dot souza at uol dot com dot br]]",
               "A:what was wrong with it",
               "C:it says {{half a litre}} on the label and the bottles are tiny"],
  [sec("email", "beatriz.souza@uol.com.br", "beatriz", "souza")], "after an e-mail")
H("quantity", ["A:how much flour did you order",
               "C:{{200 grams}} and got two kilos"], note="ASR digits")
H("quantity", ["A:how long is the curtain",
               "C:{{two metres}} and the rail is shorter"])
H("quantity", ["A:and the member number",
               "C:[[three three nine one two]] [[eight seven four]]",
               "A:and what happened at the pump",
               "C:i put in {{forty litres}} and it charged me for sixty"],
  [sec("account", "33912874")], "after a member number")
H("quantity", ["A:who's the policy holder",
               "C:[[kwame asante]]",
               "A:and what size is the house",
               "C:{{three rooms}} downstairs and a box room"],
  [sec("name", "Kwame Asante", "kwame", "asante")], "after a name")
H("quantity", ["A:what was missing",
               "C:{{a dozen eggs}} and the milk"])
H("quantity", ["A:and your date of birth",
               "C:[[twenty seventh of january ninety one]]",
               "A:thanks whats up",
               "C:i only used {{10 gig}} and youre saying im over"],
  [sec("dob", "1991-01-27")], "after a date of birth")
H("quantity", ["A:how much came off the lorry",
               "C:{{two pallets}} and one was damaged"])
H("quantity", ["A:what did you order",
               "C:{{twenty four cans}} and got a case of twelve"])
H("quantity", ["A:whats the reg",
               "C:its the silver one and i need {{four tyres}}"], note="'the silver one' before")
H("quantity", ["A:how big is the room",
               "C:about {{thirty square metres}}"])
H("quantity", ["A:where did they leave it",
               "C:{{two hundred yards}} up the lane in a hedge"])
H("quantity", ["A:and the phone number on the account",
               "C:[[oh four three eight, nine one two, five five seven]]",
               "A:yep and the booking",
               "C:we need {{seven tables}} for the wake"],
  [sec("phone", "0438912557")], "after a phone number")
H("quantity", ["A:go ahead with the card",
               "C:[[forty eight forty eight seven three three three]]",
               "A:and which tv is it",
               "C:the {{sixty inch}} one",
               "A:lovely and the rest of the card",
               "C:[[one one three eight seven nine eight three]]"],
  [sec("pan", "4848733311387983")], "size between the halves of a card")
H("quantity", ["A:how much paper",
               "C:{{five hundred sheets}} a ream"])
H("quantity", ["A:what kind of place are you looking for",
               "C:{{two bedrooms}} near the school"])
H("quantity", ["A:and the email",
               "C:[[dario underscore ferri at libero dot it]]",
               "A:okay whats the question",
               "C:do you have {{nine seats}} together on the evening flight"],
  [sec("email", "dario_ferri@libero.it", "dario", "ferri")], "after an e-mail")
H("quantity", ["A:whats your account number",
               "C:[[four four one nine, oh two seven three]]",
               "A:how many things were in the parcel",
               "C:{{eleven items}} and two were broken"],
  [sec("account", "44190273")], "after an account number")
H("quantity", ["A:how much luggage",
               "C:{{three suitcases}} and a buggy"])
H("quantity", ["A:whats the sort code",
               "C:[[eighty three twenty six fourteen]]",
               "A:and the problem",
               "C:i ordered {{six bottles}} of the red and got white"],
  [sec("account", "832614")], "after a sort code")
H("quantity", ["A:how much paint do you need",
               "C:{{2 litres}} of the white"], note="ASR digits")
H("quantity", ["A:what did you get delivered",
               "C:a {{15 kilo}} bag of dog food split open"])
H("quantity", ["A:how much gravel",
               "C:{{one and a half tonnes}} for the drive"])
H("quantity", ["A:your address please",
               "C:[[eleven ashgrove]] [[b t nine]] [[five d w]]",
               "A:and how far is the nearest drop off",
               "C:the nearest one is {{3 kilometres}} away and i dont drive"],
  [sec("address", "11 Ashgrove", "ashgrove"),
   sec("postcode", "BT95DW", "bt9", "b t nine", "5dw", "five d w")], "belfast address then distance")

# ================================================================ harmless: count
H("count", ["A:how can i help",
            "C:this is the {{third}} time ive rung about the same thing"])
H("count", ["A:and the card number",
            "C:[[five two six nine, seven six six one, nine one four one, oh one one eight]]",
            "A:did it decline before",
            "C:yeah {{twice}} this morning"],
  [sec("pan", "5269766191410118")], "after a card")
H("count", ["A:pin",
            "C:[[three eight two five]]",
            "A:ok and which option did you choose",
            "C:option {{two}} and it hung up"],
  [sec("pin", "3825")], "after a PIN")
H("count", ["A:which one do you want",
            "C:the {{second}} one the blue"])
H("count", ["A:did they all arrive",
            "C:{{two}} of them did"])
H("count", ["A:whats the number on the order",
            "C:its my mobile [[oh seven eight eight one, four four three, two nine oh]]",
            "A:and how many are missing",
            "C:{{four}}"],
  [sec("phone", "07881443290")], "bare answer to 'how many' after a phone number")
H("count", ["A:can i take your name",
            "C:[[marguerite delacroix]]",
            "A:thank you and what can i do",
            "C:ive sent {{seven}} emails and nobody answers"],
  [sec("name", "Marguerite Delacroix", "marguerite", "delacroix")], "after a name")
H("count", ["A:were you the first to report it",
            "C:i think i was {{first}} yeah"])
H("count", ["A:and the customer number",
            "C:[[c two two eight]] [[nine one four five]]",
            "A:okay and what happens",
            "C:it asks me to press {{five}} then cuts off"],
  [sec("account", "C2289145")], "menu key after a customer number")
H("count", ["A:date of birth please",
            "C:[[twenty sixth of october fifty eight]]",
            "A:and how often has it happened",
            "C:{{three times}} this week"],
  [sec("dob", "1958-10-26")], "after a date of birth")
H("count", ["A:how many deliveries have you missed",
            "C:{{ten}} at least"], note="answering 'how many'")
H("count", ["A:what did you rate us",
            "C:{{five stars}} before all this"])
H("count", ["A:and an email",
            "C:[[wei dot zhang eighty at qq dot com]]",
            "A:how many do you need",
            "C:{{one or two}} should be fine"],
  [sec("email", "wei.zhang80@qq.com", "zhang", "80")], "after an e-mail")
H("count", ["A:and your zip code",
            "C:[[three oh three one eight]]",
            "A:and what's wrong",
            "C:the elevator's out and im on the {{fourth}} floor"],
  [sec("zip", "30318")], "after a zip code")
H("count", ["A:are you calling about the same issue",
            "C:yes this is my {{sixth}} call"])
H("count", ["A:and your name",
            "C:[[bronagh mcaleese]]",
            "A:which ones are broken",
            "C:all {{three}} of the lamps"],
  [sec("name", "Bronagh McAleese", "bronagh", "mcaleese")], "after a name")
H("count", ["A:and the date of birth",
            "C:[[first of december eighty nine]]",
            "A:thanks and which item",
            "C:its {{number two}} on the list"],
  [sec("dob", "1989-12-01")], "list position after a date of birth")
H("count", ["A:how many parcels are you expecting",
            "C:{{twelve}}"], note="bare count")
H("count", ["A:is this your first order",
            "C:no my {{eighth}}"])
H("count", ["A:have you tried turning it off",
            "C:{{a hundred times}}"])
H("count", ["A:whats the account number",
            "C:[[six one five oh]] [[three three two eight]]",
            "A:and how often do the bins get missed",
            "C:{{twice a week}} it feels like"],
  [sec("account", "61503328")], "after an account number")
H("count", ["A:did the test calls work",
            "C:{{two out of three}}"])
H("count", ["A:i need your social to look into it",
            "C:[[seven one two]] [[six six]] [[oh three nine four]]",
            "A:thanks which statements are wrong",
            "C:the last {{five}}"],
  [sec("ssn", "712660394")], "after an SSN")
H("count", ["A:what's your postcode",
            "C:[[g twelve]] [[eight q h]]",
            "A:and how many texts did you get",
            "C:{{nine}} texts in an hour"],
  [sec("postcode", "G128QH", "g12", "g twelve", "8qh", "eight q h")], "after a glasgow postcode")
H("count", ["A:which one did you get",
            "C:the {{2nd}} one in the list"], note="ASR digit ordinal")
H("count", ["A:is it working now",
            "C:no and thats the {{third}} attempt"])
H("count", ["A:have you complained before",
            "C:{{4}} complaints already"], note="ASR digit")
H("count", ["A:and your email",
            "C:[[haruto dot sato at docomo dot ne dot jp]]",
            "A:thanks whats the problem",
            "C:i left {{twenty}} reviews and none show up"],
  [sec("email", "haruto.sato@docomo.ne.jp", "haruto", "sato")], "after an e-mail")
H("count", ["A:for billing press one for anything else press two",
            "D:{{2}}",
            "A:you pressed two please hold"], note="menu key")
H("count", ["A:how many of the kids need a ticket",
            "C:all of them so {{three}}"])
H("count", ["A:how many times did the engineer come out",
            "C:he came {{once}} and never came back"], note="'once'")

# ================================================================ harmless: labels and years
H("label", ["A:have you got an order number",
            "C:yeah its {{48213}}"], note="order number answering the agent")
H("label", ["A:and the phone number",
            "C:[[oh two eight nine four, seven one two, three oh five]]",
            "A:and which room was it",
            "C:room {{214}} on the second floor"],
  [sec("phone", "02894712305")], "room number after a phone number")
H("label", ["A:which bus was it",
            "C:the {{46}} into town"])
H("label", ["A:where are you now",
            "C:at gate {{twelve}} and nobody's here"])
H("label", ["A:whats the ticket reference",
            "C:ticket {{3391}} from last week"])
H("label", ["A:what phone have you got",
            "C:an {{iphone thirteen}}"])
H("year", ["A:how long have you been with us",
           "C:since {{2015}}"])
H("year", ["A:and your date of birth",
           "C:[[fourteenth of august sixty nine]]",
           "A:and when did you buy the car",
           "C:back in {{ninety eight}} brand new"],
  [sec("dob", "1969-08-14")], "purchase year after a date of birth")
H("year", ["A:when did you last update your details",
           "C:{{twenty nineteen}} i think"])
H("year", ["A:what model is it",
           "C:the {{2022}} one with the big screen"])
H("year", ["A:and the card number",
           "C:[[six oh one one, eight eight five two, eight seven two nine, one three oh four]]",
           "A:and when did you open the account",
           "C:{{nineteen ninety}} with my mother"],
  [sec("pan", "6011885287291304")], "year after a card")
H("year", ["A:when was the house built",
           "C:{{eighteen ninety}} its listed"])
