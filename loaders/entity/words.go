package entity

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// functionWords are capitalised only because they start a sentence.
var functionWords = set(`The A An In On At For From By With Without Since After Before During But And Or So
Yet However Meanwhile Although Though While When Where Why How What Who Whom Whose Which That This These Those
It Its He She They We I You His Her Hers Him Them Their Theirs Our Ours My Your There Here As If Because Until
Unless Despite Under Over Also Some Many Most All Both Each Every Several No Not Only Even Still Then Now Today
Yesterday Tomorrow Last Next Earlier Later Previously Instead Thus Therefore Indeed Such Other Another Any Few
More Less Much Whether Like About Against Among Between Into Through Throughout Upon Within Nor Already Once
Just Perhaps Maybe Overall Asked Speaking According Following Given Including Sources Officials Police Analysts
Critics Experts Residents Witnesses Talks Negotiations Dealers Traders Economists Bankers Diplomats Investors
Observers Officers Soldiers Doctors Scientists Researchers Lawyers Prosecutors Authorities Workers Farmers
Producers Exporters Importers Industry Others Neither Everyone Nobody Shares Prices Sales Earnings Profits
Revenues Results Company Officials Spokesmen Members Leaders Ministers Delegates Markets Banks Companies Is Are Was Were Be Been Has Have Had Do Does Did Will Would
Can Could Should May Might Must Shall Please Yes Oh Well Let Lets Let's Why Hello Thanks Thank
Dear Those Whatever Whoever However Elsewhere Separately Additionally Finally First Second Third Again Almost
Nevertheless Nonetheless Otherwise Besides Rather Further Furthermore Moreover Unlike Similarly Likewise`)

// timeWords are capitalised time words, which the event stage reads.
var timeWords = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas
Easter Ramadan Eid`)

// notNames are capitalised words that name no entity worth a node.
var notNames = set(`Internet God Mass Islamic Muslim Christian Jewish Hindu Sikh Catholic Protestant Shia
Sunni Western Eastern Northern Southern Arab English French Spanish Latin European African Asian Olympic
Oscar Oscars Grammy Bafta VAT Mr. Mrs. Ms. Dr. OK TV CD DVD PC GDP CEO MP MPs AM PM UK-based US-based`)

// connectors join name words: "Islamic Emirate of Afghanistan", "Osama bin Laden".
var connectors = set(`of de del della da di van von der den bin ibn al el la le du dos das y ul ud`)

// hyphenParts may end a hyphenated name: "Tehreek-e-Taliban", "Mazar-i-Sharif".
var hyphenParts = set(`e i o ul ud ur al el ad as bin`)

// auxAdverbs may stand between a subject and its verb.
var auxAdverbs = set(`has have had is was are were be been being also repeatedly increasingly previously
already did does do not n't never yet would will could may might should can must shall again now then just
still further formally officially publicly strongly recently earlier later reportedly allegedly firmly quickly
immediately initially itself himself herself themselves today yesterday however long`)

// speechVerbs after a name make its bearer a speaker.
var speechVerbs = set(`said says say told tells added adds stated states announced announces claimed claims
insisted insists warned warns argued argues explained explains noted notes confirmed confirms denied denies
complained complains alleged alleges admitted admits acknowledged acknowledges urged urges wrote writes tweeted
tweets declared declares maintained maintains suggested suggests believes believed thinks thought asked asks
replied replies responded responds commented comments stressed stresses revealed reveals predicted predicts
accused accuses criticised criticized condemned condemns welcomed welcomes rejected rejects agreed agrees
promised promises pledged pledges vowed vows called calls demanded demands expects expected hopes hoped
described describes reported reports indicated indicates disclosed discloses estimated estimates forecast
forecasts recommended recommends proposed proposes signalled signaled says:`)

// govVerbs after a country or a capital make it stand for its government
// ("Islamabad has complained", "Pakistan held talks").
var govVerbs = set(`negotiates negotiated negotiate held holds hold signed signs sign imposed imposes
recalled recalls expelled expels summoned summons sent sends launched launches refused refuses declined declines
threatened threatens blamed blames protested protests offered offers wants want wanted decided decides ordered
orders approved approves backed backs opposed opposes supports supported joined joins withdrew withdraws
mediated mediates arranged arranges seeks sought struck strikes attacked attacks comment commented
insisted insists`)

// govBefore: a country or a capital right after these is being
// addressed as its government ("urged Kabul to").
var govBefore = set(`urged urges urging told tells asked asks accused accuses pressed presses warned warns
criticised criticized blamed blames condemned condemns`)

// govNouns after a demonym make the phrase its government: "Pakistani officials".
var govNouns = set(`government officials authorities administration leaders leadership diplomats
negotiators ministers minister forces troops military army regime cabinet envoy envoys ministry
spokesman spokeswoman spokesperson president`)

// militaryNouns are the govNouns that name a country's armed forces.
var militaryNouns = set(`military army forces`)

// headsOfGovernment are govNouns that name one person, not the government.
var personGovNouns = set(`minister envoy spokesman spokeswoman spokesperson president`)

// rulerNouns after a possessive capital make it the government: "Kabul’s new rulers".
var rulerNouns = set(`rulers government leaders leadership authorities regime administration`)

// roleNouns head a role phrase before or after a person's name.
var roleNouns = set(`spokesman spokeswoman spokesperson leader minister secretary chancellor president
chairman chairwoman chair chief head director official analyst economist commander ambassador envoy governor
mayor senator MP MEP lawmaker legislator adviser advisor aide founder executive manager coach captain striker
player boss deputy lawyer attorney judge prosecutor professor researcher scientist correspondent editor
reporter commissioner negotiator general colonel officer member candidate premier treasurer strategist
campaigner activist representative partner owner investor diplomat consultant expert economist
co-founder cofounder ceo cfo coo cto cmo quarterback lineman linebacker receiver cornerback safety midfielder
defender goalkeeper keeper winger forward pitcher shortstop batsman bowler democrat republican`)

// roleMods may stand before a role noun: "government spokesman", "foreign minister".
var roleMods = set(`government foreign interior defence defense finance prime deputy former senior chief
top party opposition shadow acting military police information health education home trade culture
justice environment economic political communications press executive managing general assistant vice
junior senior local regional national state federal official group company club team union
first-team caretaker new then operating technology financial marketing investment product defensive
offensive wide running tight`)

// orgHeads end (or, before "of", start) organization names.
var orgHeads = set(`Party Ministry Bank Corp Corp. Corporation Inc Inc. Ltd Ltd. plc PLC LP L.P. LLC GmbH Group Council
Commission Committee Association Union Agency Department Office Authority Court University College School
Army Police Front Movement Organisation Organization Institute Foundation Fund Trust Society League
Federation Club United Airways Airlines Motors Industries Holdings Bros Bros. Company Partners Network
Times News Post Journal Service Services Systems Telecom Energy Petroleum Records Studios Pictures
Entertainment Media Assembly Parliament Senate Congress Cabinet Exchange Board Reserve Treasury Forces
Brigade Battalion Chamber Taliban Brotherhood Alliance Coalition Institution Centre Center Hospital Museum
Church Mosque Bureau Administration Commonwealth Games Cup Championship Championships Festival Awards
Stadium Channel Radio Television TV Magazine Review Guardian Telegraph Herald Tribune Gazette Capital
Securities Investments Group's Co Co. Emirate Republic Kingdom Secretariat Directorate Agency's`)

// companyHeads end company names ("General Electric", "Newmont Mining",
// "Abbott Laboratories") but, unlike orgHeads, do not join runs or stop a
// word from standing for the company: "Chemical said" is the bank. They
// only decide the type of a run that ends with one, titled or not.
var companyHeads = set(`Electric Electronics Dynamics Pharmaceuticals Chemicals Chemical Motor Foods Mining
Technologies Laboratories Semiconductor Aerospace Brands`)

// placeHeads end place names.
var placeHeads = set(`River Mountains Mountain Province Valley Street Road County Island Islands Lake Sea
Ocean Gulf Strait Peninsula Desert Region District State City Town Village Square Bay Coast Hills Heights
Airport Park Border Canal Pass Plain Plains Basin Delta`)

// directions qualify a place: "eastern Afghanistan".
var directions = set(`eastern western northern southern central north-eastern north-western south-eastern
south-western northeastern northwestern southeastern southwestern north-east north-west south-east
south-west northeast northwest southeast southwest east west north south`)

// directionWords is directions by vocabulary id, for the scan's test of
// every token.
var directionWords = vocab.NewTable(directions)

// placePreps before an unknown name suggest a place.
var placePreps = set(`in at near from to across outside inside into towards toward via`)

// powerVerbs with "power" after an organization make it the ruling group
// of its country ("since the Afghan Taliban returned to power").
var powerVerbs = set(`returned regained seized took came swept retook won grabbed`)

// VocabWords lists the direction words, for loaders/vocab's generator.
func VocabWords() []string {
	ws := make([]string, 0, len(directions))
	for w := range directions {
		ws = append(ws, w)
	}
	return ws
}
