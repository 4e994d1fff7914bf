package attrib

// determiners and possessives before a cue form make it a noun or an
// adjective ("the reported deal", "his claims").
var determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "any", "some", "such", "every", "each", "another")

// standalone determiners can be a whole source: "another said".
var standalone = set("that", "another", "some", "each", "both", "any")

// leftSkip are auxiliaries and adverbs between a source and its cue.
var leftSkip = set("also", "however", "though", "here", "too", "has", "have", "had", "'s", "’s", "'ve", "’ve", "would", "will", "could", "may", "might", "should", "must", "did", "does", "do", "never", "later", "previously", "once", "now", "then", "just", "already", "often", "long", "since", "still", "even", "again", "further", "first", "earlier", "since", "not", "always", "ultimately", "all", "both", "too", "in", "turn", "at", "least", "personally", "himself", "herself", "themselves", "itself", "fact", "particular", "only")

// progressive are the copulas of a progressive cue ("is saying").
var progressive = set("is", "are", "was", "were", "am", "be", "been", "’s", "'s", "’re", "'re", "’m", "'m")

// negatedAux are the contracted negative auxiliaries between a source
// and its cue ("He doesn't believe …", "the mayor didn't say whether …").
var negatedAux = set("didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't", "haven’t",
	"hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "cannot", "couldn't", "couldn’t",
	"shouldn't", "shouldn’t", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t")

// notAdverbs end in -ly but are nouns that head a source ("the family").
var notAdverbs = set("family", "ally", "rally", "assembly", "supply", "reply", "italy", "july", "anomaly", "monopoly", "bully", "daily", "weekly", "monthly", "quarterly", "fly")

// boundary words end a source phrase read leftwards from its cue.
var boundary = set("wouldn't", "wouldn’t", "didn't", "didn’t", "doesn't", "doesn’t", "isn't", "isn’t", "won't", "won’t",
	"can't", "can’t", "couldn't", "couldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "wasn't", "wasn’t", "aren't", "aren’t", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "as", "but", "if",
	"since", "after", "before", "so", "than", "though", "although", "until", "unless", "whether", "what", "how", "why",
	"and", "or", "nor", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
	"did", "will", "would", "can", "could", "should", "may", "might", "must", "not", "to", "there", "him",
	"them", "me", "us", "also", "yet", "however", "even", "said", "says", "say", "told", "once", "then", "with",
	"into", "about", "against", "than", "like", "without", "over", "under", "during", "through", "by", "at", "on", "in")

// subjectPronouns are whole sources on their own.
var subjectPronouns = set("he", "she", "they", "we", "i", "it", "you", "who",
	"he's", "he’s", "she's", "she’s", "they've", "they’ve", "we've", "we’ve", "i've", "i’ve", "it's", "it’s",
	"he'd", "he’d", "she'd", "she’d", "they'd", "they’d", "we'd", "we’d", "i'd", "i’d", "they're", "they’re", "we're", "we’re",
	"he'll", "he’ll", "she'll", "she’ll", "they'll", "they’ll", "we'll", "we’ll", "i'll", "i’ll", "i'm", "i’m")

var leadingJunk = set("but", "and", "so", "then", "now", "also", "yet", "still", "however", "meanwhile", "instead", "later", "in", "on", "at", "for", "of", "or", "nor", "while", "though", "today", "yesterday")

// quantifiers stand alone as subjects ("Some view …", "Many fear …").
var quantifiers = set("some", "many", "most", "few", "several", "others", "both", "all", "neither", "either", "none")

// evidenceNouns are singular sources whose findings PolNeAR annotates ("a
// June poll found Trump receiving …"); before a noun-like cue form they
// make it a verb, and they let a strict-clause verb take a bare object.
var evidenceNouns = set("poll", "survey", "study", "report", "analysis", "research", "data", "article", "story", "memo",
	"review", "audit", "investigation", "census", "forecast", "tally", "count", "evidence", "record", "filing", "document",
	"ruling", "court", "committee", "panel", "board", "council", "campaign", "administration", "government", "agency",
	"department", "office", "website", "paper", "newspaper", "editorial", "column",
	"book", "letter", "statement", "ad", "video", "footage", "index", "model", "probe", "inquiry", "assessment", "estimate",
	"projection", "exam", "test", "experiment", "release")

// findings are the verbs whose bare object is the content when a poll or a
// report is the subject ("the survey found Trump ahead").
var findings = set("find", "show", "reveal", "suggest", "indicate", "conclude", "see")

var prepositions = set("of", "for", "in", "on", "at", "to", "with", "by", "from", "about", "without", "against", "into", "over", "under", "than", "like", "among", "between", "per", "across", "through")

var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "a", "dozens", "hundreds", "thousands")

// pastVerbs are common irregular verbs that end a source read leftwards
// when they follow a name ("Sanders went on to say").
var pastVerbs = set("began", "went", "took", "made", "came", "held", "gave", "got", "kept", "left", "met", "ran", "sent",
	"set", "put", "seek", "seeks", "tried", "tries", "goes", "went", "continued", "wants", "needs")

var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
