"""Round 9, addresses: streets without a usual suffix, bare street names answering "and the street",
rural routes, house names, flats and units, PO boxes, postcodes, ZIPs and eircodes in words,
directions-style addresses, split over turns. Terms are the street, house or place words (or the
post-office box digits, or the inward part of a postcode); ZIP codes are separate digit secrets."""
from tests.redaction_probes.round9_entries import AD, DG, secret

secret("address", "us, street without suffix, then a zip", [
    "A:what's the service address",
    "C:[[twenty two oh five willow bend]]",
    "A:and the zip",
    "C:[[seven eight seven four five]]",
], AD("2205 willow bend", "willow bend"), DG("zip", "78745"))
secret("address", "uk, street without suffix beside a shop", [
    "A:first line of the address please",
    "C:its [[nine ashby]], the one by the co op",
], AD("9 ashby", "ashby"))
secret("address", "irish, number then the bare street name", [
    "A:and what number is the house",
    "C:[[fourteen]]",
    "A:fourteen, and the street?",
    "C:[[carrowmore]]",
], AD("14 carrowmore", "carrowmore"))
secret("address", "canadian rural route", [
    "A:where should we send the replacement",
    "C:well we're out in the county so its [[r r three site twelve box nine]] [[lacombe]]",
], AD("rr 3 site 12 box 9 lacombe", "site twelve box nine", "lacombe"))
secret("address", "uk house name and village", [
    "A:house number or name",
    "C:it's a name, [[the old forge]], in [[lower swell]]",
], AD("the old forge, lower swell", "old forge", "lower swell"))
secret("address", "irish house name by asr and an eircode", [
    "A:the address for the certificate",
    "C:[[ard na grena]], [[ballinagh]]",
    "A:and the eircode",
    "C:[[h one two, x k four nine]]",
], AD("ard na greine, ballinagh, h12 xk49", "ard na grena", "ballinagh", "x k four nine"))
secret("address", "uk flat in a named court", [
    "A:where are you living at the moment",
    "C:[[flat six greyfriars court]] its above the launderette",
], AD("flat 6 greyfriars court", "greyfriars"))
secret("address", "us po box", [
    "A:do you have a mailing address that's different",
    "C:yeah we get mail at the post office, [[p o box three one one seven]], [[tularosa]]",
], AD("po box 3117 tularosa", "3117", "tularosa"))
secret("address", "irish directions, road name the secret", [
    "A:can you describe where the house is for the driver",
    "C:we're the blue house past the church on the [[drumcliffe]] road, the one with the red gate",
], AD("drumcliffe road", "drumcliffe"))
secret("address", "south african street without suffix and suburb", [
    "A:delivery address please",
    "C:[[forty one jacaranda]] in [[mowbray]]",
], AD("41 jacaranda, mowbray", "jacaranda", "mowbray"))
secret("address", "indian apartment address with landmark", [
    "A:tell me the address for pickup",
    "C:[[flat four zero two, sai krupa apartments]], near hanuman temple, [[jayanagar fourth block]]",
], AD("402 sai krupa apartments jayanagar 4th block", "sai krupa", "jayanagar"))
secret("address", "nigerian plot and street", [
    "A:where in lagos",
    "C:[[plot fourteen, adeola odeku]], victoria island",
], AD("plot 14 adeola odeku", "adeola odeku"))
secret("address", "glasgow tenement position", [
    "A:and whereabouts are you",
    "C:[[thirty seven dalziel]], [[flat one stroke two]], [[two up]] on the left",
], AD("37 dalziel 1/2", "dalziel"))
secret("address", "barbados lot and village", [
    "A:where can the technician find you",
    "C:[[lot twenty three cane garden]] saint james, by the rum shop",
], AD("lot 23 cane garden", "cane garden"))
secret("address", "us zip in words after the street", [
    "A:the address on the account",
    "C:[[eighteen fifty lincoln park west]]",
    "C:zip is [[six oh six one four]]",
], AD("1850 lincoln park west", "lincoln park west"), DG("zip", "60614"))
secret("address", "uk postcode in letter groups", [
    "A:can i take your postcode",
    "C:yeah its [[l s six, three q t]]",
    "A:and the house number",
    "C:[[eighty eight]]",
], AD("88, ls6 3qt", "three q t"))
secret("address", "australian unit and street, postcode", [
    "A:where do you want it sent",
    "C:[[unit four, twelve kookaburra]], [[chatswood]], [[two oh six seven]]",
], AD("4/12 kookaburra chatswood", "kookaburra", "chatswood"), DG("zip", "2067"))
secret("address", "nz street said by a teen", [
    "A:whats ya address",
    "C:its like [[three a tui]] yeah in [[wainuiomata]]",
], AD("3a tui, wainuiomata", "tui", "wainuiomata"))
secret("address", "welsh house name by asr", [
    "A:does the house have a number",
    "C:no it's just got a name, [[tee gwin]], on the road out of [[llanfihangel]]",
], AD("ty gwyn, llanfihangel", "tee gwin", "llanfihangel"))
secret("address", "elderly english, number and 'the' street", [
    "A:and where are you living now mrs",
    "C:i'm at [[number six, the larches]], it's a little close behind the surgery",
], AD("6 the larches", "larches"))
secret("address", "teen glued by asr", [
    "A:what address should we use",
    "C:[[forty seven belmwood]] yeah",
], AD("47b elmwood", "belmwood"))
secret("address", "us, the street split over turns", [
    "A:what's the street",
    "C:[[bramble]]",
    "A:bramble what, lane? drive?",
    "C:no just [[bramble hollow]], [[two twelve]]",
], AD("212 bramble hollow", "bramble"))
secret("address", "irish townland", [
    "C:hi the broadband's down again, we're in [[gortnaclohy]], out the skibbereen road, last house before the bog",
], AD("gortnaclohy", "gortnaclohy"))
secret("address", "scottish farm name", [
    "A:what's the address for the invoice",
    "C:[[easter balgray farm]], by [[auchtermuchty]]",
], AD("easter balgray farm, auchtermuchty", "balgray", "auchtermuchty"))
secret("address", "uk, bare street that is an ordinary word", [
    "A:and the road",
    "C:[[primrose]], [[sixty four primrose]]",
], AD("64 primrose", "primrose"))
secret("address", "jamaican district directions", [
    "A:where is the property",
    "C:it inna [[mount salem]], di yellow house ova di gully, mi deh [[lot nine]]",
], AD("lot 9 mount salem", "mount salem"))
secret("address", "us apartment, unit after street", [
    "A:street address and apartment number",
    "C:[[five eighty one hawthorne]] [[apartment twelve c]]",
], AD("581 hawthorne apt 12c", "hawthorne"))
secret("address", "indian village and post", [
    "A:give your permanent address",
    "C:[[house number two three one, kuppam village]], [[kolar district]] karnataka",
], AD("231 kuppam village, kolar", "kuppam", "kolar"))
secret("address", "south african farm road", [
    "A:how do we find the farm",
    "C:take the dirt road after the shell garage, it's [[plaas rietvlei]], the sign is faded",
], AD("plaas rietvlei", "rietvlei"))
secret("address", "uk, postcode inward split", [
    "A:what's the postcode there",
    "C:[[b s seven]]",
    "C:[[eight l g]]",
], AD("bs7 8lg", "eight l g"))
secret("address", "irish eircode only", [
    "A:just the eircode will do",
    "C:[[d zero six, w f eight two]]",
], AD("d06 wf82", "w f eight two"))
secret("address", "us, zip alone in odd grouping", [
    "A:billing zip",
    "C:[[nine four]] [[one one oh]]",
], DG("zip", "94110"))
secret("address", "australian rural lot", [
    "A:where's the property mate",
    "C:[[lot two, twelve mile creek]], off the [[bruxner]], past the servo",
], AD("lot 2 twelve mile creek", "twelve mile creek", "bruxner"))
secret("address", "elderly scottish, sheltered housing", [
    "A:what's the address dear",
    "C:i'm in [[number eleven, ferguson gardens]], the sheltered bit",
], AD("11 ferguson gardens", "ferguson gardens"))
secret("address", "nigerian, close and estate", [
    "A:please confirm your residential address",
    "C:[[number seven, okotie eboh close]], [[ikoyi]]",
], AD("7 okotie eboh close, ikoyi", "okotie eboh"))
secret("address", "us directions with a road name", [
    "A:the driver says he can't find you",
    "C:tell him turn left at the dollar general onto [[county road forty]] and we're the trailer with the flag",
], AD("county road 40", "county road forty"))
secret("address", "new york walk-up", [
    "A:whats the full address",
    "C:[[three forty one east ninth]], [[four r]]",
], AD("341 e 9th 4r", "east ninth"))
secret("address", "uk, relative's address for a gift", [
    "A:and where's it going",
    "C:to my nan, [[twenty seven bellingham]], [[n e six]], [[five j z]]",
], AD("27 bellingham ne6 5jz", "bellingham", "five j z"))
secret("address", "canadian apartment with buzzer", [
    "A:any delivery instructions",
    "C:[[unit nine oh four, eleven rideau]], buzz [[forty two]], [[k one n]] [[seven b four]]",
], AD("904-11 rideau k1n 7b4", "rideau", "seven b four"))
secret("address", "caribbean trinidad, street and village", [
    "A:your address on the form",
    "C:[[lp forty six, pasea main]], [[tunapuna]]",
], AD("lp 46 pasea main tunapuna", "pasea", "tunapuna"))
secret("address", "welsh, town only after the house", [
    "A:which town",
    "C:[[ystradgynlais]]",
    "A:and the first line",
    "C:[[two maesglas]]",
], AD("2 maesglas ystradgynlais", "ystradgynlais", "maesglas"))
secret("address", "indian pincode in words", [
    "A:pincode",
    "C:[[five six zero zero four one]]",
], DG("zip", "560041"))
secret("address", "us trailer park lot", [
    "A:and your address",
    "C:[[lot fifty three, sunny acres]], [[route nine]]",
], AD("lot 53 sunny acres", "sunny acres"))
secret("address", "uk barge mooring", [
    "A:where should post go",
    "C:i live on a narrowboat, [[the kingfisher]], moored at [[tardebigge]] for {{three months}} at a time",
], AD("nb kingfisher, tardebigge", "kingfisher", "tardebigge"))
secret("address", "kenyan-born uk caller, estate and block", [
    "A:what's your address please",
    "C:[[block c, flat nineteen, winstanley]] estate",
], AD("19 block c winstanley estate", "winstanley"))
secret("address", "us, street said then corrected", [
    "A:street name",
    "C:[[magnolia]] no sorry [[magnolia crest]], we moved",
], AD("magnolia crest", "magnolia"))
secret("address", "irish, house beside a named pub", [
    "A:and where's the car parked",
    "C:outside the house, it's the cottage beside [[mcgettigans]] in [[glenties]]",
], AD("beside mcgettigans, glenties", "mcgettigans", "glenties"))
secret("address", "south african complex", [
    "A:full address",
    "C:[[unit twenty, la montagne]], [[seventy two kingfisher]], [[fourways]]",
], AD("20 la montagne, 72 kingfisher, fourways", "la montagne", "kingfisher", "fourways"))
secret("address", "glaswegian, street pronounced", [
    "A:and the street name",
    "C:[[byres]], [[b y r e s]]",
], AD("byres", "byres"))
secret("address", "us teen, address after 'wait'", [
    "A:where do i send the hoodie",
    "C:wait um [[nineteen cottonwood]] in [[bozeman]]",
], AD("19 cottonwood bozeman", "cottonwood", "bozeman"))
