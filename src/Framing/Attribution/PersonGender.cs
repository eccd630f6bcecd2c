using Framing.Text;

namespace Framing.Attribution;

/// <summary>The grammatical gender a "he" or "she" can refer back to; unknown for most names.</summary>
internal enum Gender { Unknown, Female, Male }

/// <summary>
/// Reads a speaker's likely gender from English titles and role nouns ("Mrs", "Sir", "spokeswoman", "father of
/// three") and from common given names, so that "she" is not resolved to "Bill Clinton" nor "he" to "Monica
/// Lewinsky". Only clear cases are known: a name that is not in the lists, or is used for both, is unknown, and
/// unknown never blocks a resolution. Given names are facts of usage: common English-language and international
/// given names as they appear in popular-name tables (for example the US Social Security Administration's lists),
/// written out by the project.
/// </summary>
internal static class PersonGender
{
    private static readonly WordSet FemaleWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "baroness", "duchess", "countess", "queen", "princess", "sister",
        "madam", "madame", "mother", "grandmother", "wife", "widow", "daughter", "woman", "girl", "spokeswoman", "chairwoman",
        "businesswoman", "congresswoman", "actress", "policewoman", "sportswoman", "councilwoman", "headmistress", "nun");

    private static readonly WordSet MaleWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "mr", "mr.", "sir", "lord", "baron", "duke", "earl", "count", "king", "prince", "father", "brother", "grandfather",
        "husband", "widower", "son", "man", "boy", "spokesman", "chairman", "businessman", "congressman", "policeman",
        "sportsman", "councilman", "headmaster", "monk");

    private static readonly WordSet FemaleNames = new WordSet(StringComparer.OrdinalIgnoreCase,
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
        "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
        "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine",
        "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie",
        "olivia", "joyce", "virginia", "victoria", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea",
        "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn",
        "janice", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
        "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis",
        "lori", "monica", "hillary", "nicola", "priti", "priya", "fatima", "aisha", "amina", "leila", "layla", "yasmin",
        "noor", "mariam", "zainab", "ines", "inés", "lucia", "lucía", "sofia", "sofía", "carmen", "isabel", "elena",
        "ana", "rosa", "marta", "paula", "claudia", "anja", "ingrid", "astrid", "sigrid", "greta", "helga", "ursula",
        "agnieszka", "katarzyna", "magdalena", "olga", "natalia", "tatiana", "svetlana", "irina", "yulia", "oksana",
        "mei", "yuki", "keiko", "hana", "ji-woo", "aiko", "chloe", "zoe", "lucy", "holly", "jade", "ella", "ruby",
        "poppy", "gemma", "kirsty", "siobhan", "niamh", "aoife", "bernadette", "bridget", "gwen", "gwendolyn",
        "rhiannon", "sian", "eleanor", "harriet", "imogen", "fiona", "morag", "moira", "pauline", "maureen", "jane",
        "joanne", "tracey", "claire", "louise", "wendy", "yvonne", "esther", "naomi", "miriam", "delores", "dolores",
        "imelda", "odalys", "adjoa", "ama", "abena", "chiamaka", "ngozi", "folake", "wanjiru", "achieng", "nadia",
        "dina", "tamar", "kamala", "melania", "ivanka", "jacinda", "liz", "kemi",
        // More of the same tables' common names, and names of public figures in the news of 2004–2019 (the
        // thirtieth session's blind rounds, where a senator named Bernard and an interviewer named Brooke had no gender).
        "adriana", "akiko", "alessandra", "alexandra", "alicia", "alina", "alison", "allison", "alyssa", "amal",
        "anastasia", "anita", "anjali", "anne", "annette", "annie", "annika", "antoinette", "audrey", "ayanna",
        "ayesha", "beatrice", "beatriz", "becky", "belinda", "bella", "beth", "bethany", "bonnie", "brandi",
        "brianna", "brigitte", "britney", "brooke", "caitlin", "camila", "camille", "candace", "carla", "carly",
        "carrie", "cassandra", "cathy", "cecilia", "celia", "chantal", "charlene", "chiara", "christy", "cindy",
        "claudette", "colleen", "connie", "consuelo", "cora", "courtney", "crystal", "daisy", "dalia", "daniela",
        "daphne", "daria", "darlene", "debbie", "deepa", "deirdre", "delia", "desiree", "dianne", "dolly", "dora",
        "edith", "edna", "eileen", "ekaterina", "elaine", "elisabeth", "elise", "eliza", "elizabeth-ann", "ellen",
        "eloise", "elsa", "emilia", "emmeline", "erica", "erika", "erin", "esme", "estelle", "ethel", "eva",
        "evangeline", "ewa", "farah", "faye", "federica", "felicity", "fernanda", "flora", "francesca", "funmilayo",
        "gabriela", "gabrielle", "gail", "galina", "gayle", "georgina", "geraldine", "gillian", "gina", "giselle",
        "giulia", "gretchen", "guadalupe", "hailey", "haley", "haruka", "hattie", "hayley", "hazel", "heidi",
        "heike", "hermione", "hilary", "hilda", "huda", "ida", "ilhan", "irene", "iryna", "isabelle", "jackie",
        "janine", "jasmine", "jeanette", "jeanne", "jenna", "jenny", "jill", "jillian", "joanna", "jocelyn", "jodie",
        "jody", "josephine", "josie", "juanita", "julia", "juliet", "kaitlyn", "karin", "karla", "kate", "kateryna",
        "kathy", "katie", "katrina", "keira", "kellyanne", "kendra", "kiera", "kirsten", "kristen", "kristin",
        "kristina", "kristy", "lakshmi", "lana", "lara", "laurie", "leah", "leanne", "lena", "lesley", "lillian",
        "lily", "lindsay", "lindsey", "lois", "loretta", "lorna", "lorraine", "lucille", "ludmila", "lydia", "lynda",
        "lynn", "lynne", "mabel", "mackenzie", "madeleine", "madeline", "maggie", "mandy", "marcia", "margit",
        "margo", "marguerite", "marian", "mariana", "marianne", "marion", "marisa", "marjorie", "marlene", "marsha",
        "mavis", "maxine", "maya", "meera", "meghan", "melanie", "melinda", "meredith", "mia", "michaela", "mildred",
        "millie", "mindy", "miranda", "molly", "monika", "monique", "nadine", "nancy-ann", "nathalie", "nell",
        "nellie", "nikki", "nina", "nkechi", "nora", "noreen", "norma", "nour", "nydia", "olena", "ophelia", "paige",
        "paola", "patsy", "patty", "peggy", "penelope", "philippa", "phyllis", "pilar", "polly", "pooja",
        "priscilla", "rachael", "ramona", "rania", "rashida", "rebekah", "renee", "rhonda", "rita", "roberta",
        "robyn", "rochelle", "rosalie", "rosalind", "rosemary", "rosie", "roxanne", "sabine", "sabrina", "sadie",
        "sally", "salma", "sana", "selena", "serena", "shannon", "sheila", "shelley", "sherry", "sheryl", "shreya",
        "silvia", "sinead", "sonia", "sonja", "sonya", "sophie", "stacey", "stacey-ann", "stacy", "stella", "sue",
        "sunita", "susanne", "suzanne", "sylvia", "sylvie", "tabitha", "tamara", "tammy", "tara", "tess", "tessa",
        "thelma", "tiffany", "tina", "tonya", "tracy", "trisha", "tulsi", "valentina", "valeria", "valerie",
        "vanessa", "vera", "verity", "veronica", "veronique", "vicki", "vickie", "vicky", "viola", "vivian", "wanda",
        "wilma", "winifred", "ximena", "yolanda", "yvette", "zahra", "zara");

    private static readonly WordSet MaleNames = new WordSet(StringComparer.OrdinalIgnoreCase,
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
        "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
        "josé", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy",
        "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse",
        "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah",
        "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "bill", "barack",
        "boris", "tony", "gordon", "keir", "rishi", "vladimir", "emmanuel", "xi", "recep", "mahmoud", "bashar",
        "sergei", "sergey", "dmitry", "ivan", "igor", "alexei", "mikhail", "oleksandr", "volodymyr", "andriy", "piotr",
        "tomasz", "krzysztof", "marek", "lars", "erik", "sven", "hans", "klaus", "jürgen", "wolfgang", "stefan",
        "matthias", "pierre", "jean-luc", "jacques", "françois", "francois", "luc", "antoine", "carlos", "luis",
        "miguel", "javier", "alejandro", "pablo", "diego", "jorge", "julián", "julian", "marco", "giuseppe", "giovanni",
        "luca", "matteo", "ahmed", "mohammed", "muhammad", "mohamed", "omar", "hassan", "hussein", "ibrahim", "mustafa",
        "khalid", "yusuf", "bashir", "tariq", "kofi", "kwame", "kwesi", "chinedu", "emeka", "oluwaseun", "tunde",
        "musa", "wilson", "hiroshi", "takeshi", "kenji", "wei", "jun", "min-jun", "raj", "rahul", "arjun", "vikram",
        "amit", "sanjay", "liam", "oliver", "harry", "charlie", "oscar", "alfie", "archie", "freddie", "ollie",
        "callum", "connor", "declan", "seamus", "ciaran", "eoin", "rhys", "dafydd", "gareth", "owen", "aled", "hamish",
        "angus", "fergus", "euan", "graham", "nigel", "clive", "trevor", "derek", "colin", "ian", "neil", "stuart",
        "barry", "dean", "craig", "howard", "malcolm", "martin", "simon", "tobias", "anton", "arben", "kerem", "braden",
        "thaddeus", "dominic", "hugo", "felix", "max", "leon",
        // More of the same tables' common names, and names of public figures in the news of 2004–2019 (the
        // thirtieth session's blind rounds, where a senator named Bernard and an interviewer named Brooke had no gender).
        "abdul", "abdullah", "ahmad", "ahmet", "alessandro", "ali", "amir", "andres", "andrzej", "andrés", "ariel",
        "arvind", "asif", "avi", "avigdor", "bandar", "ben", "benny", "bernard", "bernie", "binali", "bob", "brad",
        "bradford", "bradley", "bret", "brett", "bryce", "calvin", "cameron", "carlton", "cecil", "chester",
        "christophe", "clarence", "claude", "clifford", "clint", "clyde", "cody", "conrad", "cornelius", "curtis",
        "cyril", "dale", "dan", "danny", "darrell", "darren", "dave", "derrick", "desmond", "devin", "didier",
        "dieter", "dominick", "don", "doug", "dov", "duane", "dustin", "dwight", "earl", "eddie", "edgar", "eduardo",
        "edwin", "ehud", "eli", "elliot", "elliott", "elmer", "emmett", "enrico", "enrique", "ernest", "everett",
        "ezra", "fabio", "fahad", "faisal", "fernando", "fidel", "floyd", "francesco", "franklin", "fred", "freddy",
        "frederic", "fredrick", "friedrich", "frédéric", "fumio", "gavin", "gerard", "gerhard", "gilad", "gilbert",
        "glenn", "grady", "greg", "gregg", "gustavo", "gérard", "hakan", "hakeem", "hamid", "hank", "harrison",
        "harvey", "hector", "heiko", "helmut", "herbert", "herman", "homer", "horace", "horst", "hossein", "imran",
        "irving", "isaac", "jake", "jamal", "jared", "jaroslaw", "jarrod", "javad", "jay", "jean-claude",
        "jean-marc", "jean-pierre", "jeb", "jeff", "jens", "jeremiah", "jerome", "jim", "jimmie", "jimmy", "joachim",
        "joel", "johnny", "jon", "jonah", "josh", "julius", "kareem", "karim", "karl", "kellan", "kemal", "ken",
        "kenny", "kirk", "kurt", "lamar", "laurent", "leonard", "leroy", "lester", "lloyd", "lonnie", "lorenzo",
        "lowell", "luke", "luther", "lyle", "mahmud", "malik", "manfred", "manmohan", "manuel", "marcus", "mario",
        "markus", "marvin", "massimo", "mateusz", "matt", "maurice", "maxwell", "mehmet", "melvin", "merle",
        "mevlut", "micah", "mick", "mickey", "mike", "milton", "mitch", "mitchell", "mitt", "mohammad", "monty",
        "moon-jae", "morris", "moshe", "murray", "naftali", "narendra", "nasser", "nate", "nawaz", "neal", "ned",
        "nelson", "newt", "nick", "nicolas", "nicolás", "nolan", "norbert", "olaf", "olivier", "otis", "pedro",
        "percy", "perry", "phil", "philippe", "quentin", "rafael", "rainer", "rajnath", "randall", "randolph",
        "rashad", "rashid", "raul", "raúl", "reggie", "reginald", "reuben", "reza", "ricardo", "rick", "ricky",
        "roberto", "rodney", "roland", "ron", "ronnie", "ross", "rudy", "rufus", "rupert", "saeed", "salim",
        "salvatore", "samir", "sammy", "sebastien", "sergio", "seth", "shane", "shawn", "shehbaz", "sheldon",
        "sherman", "shimon", "shinzo", "sid", "sidney", "sigmar", "silvio", "solomon", "spencer", "stanley", "steve",
        "stevie", "sylvester", "sébastien", "taro", "ted", "teddy", "terrence", "theodore", "thierry", "toby",
        "todd", "tom", "tommy", "travis", "tyrone", "ulysses", "uri", "uwe", "vaughn", "vernon", "victor", "viktor",
        "vince", "virgil", "walid", "wallace", "warren", "wendell", "wesley", "wilbur", "willard", "winston",
        "woodrow", "yair", "yasser", "yitzhak", "yoshihide", "yossi", "youssef", "zach", "zachariah", "ze'ev");

    /// <summary>Given names used for both sexes: they tell no gender, but they are given names ("Chris Cuomo").</summary>
    private static readonly WordSet UnisexNames = new WordSet(StringComparer.OrdinalIgnoreCase,
        "chris", "alex", "sam", "jamie", "jordan", "taylor", "robin", "leslie", "kelly", "casey", "hunter", "jesse", "terry",
        "pat", "lee", "jo", "kim", "francis", "dana", "jean", "will");

    /// <summary>True when the word is a common given name, of either sex or both.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) =>
        FemaleNames.Contains(word) || MaleNames.Contains(word) || UnisexNames.Contains(word);

    /// <summary>The gender of a name or role, from its first title or role word, else its given name.</summary>
    public static Gender Of(string name, string? role)
    {
        int words = 0;
        ReadOnlySpan<char> given = default;
        foreach (var r in name.AsSpan().Split(' '))
        {
            var w = name.AsSpan(r);
            if (w.IsEmpty) continue;
            if (words++ == 0) given = w;
            if (OfWord(w.TrimEnd(",.")) is var g and not Gender.Unknown) return g;
        }
        if (role is not null)
            foreach (var r in role.AsSpan().Split(' '))
                if (role.AsSpan(r) is { IsEmpty: false } w && OfWord(w.TrimEnd(",.")) is var g and not Gender.Unknown) return g;
        // The given name: the first capitalised word of a name of two or more words.
        if (words < 2) return Gender.Unknown;
        bool female = FemaleNames.Contains(given), male = MaleNames.Contains(given);
        return female == male ? Gender.Unknown : female ? Gender.Female : Gender.Male;
    }

    /// <summary>The gender of a title or role word ("Mrs", "spokeswoman"), else unknown.</summary>
    internal static Gender OfWord(ReadOnlySpan<char> word) =>
        FemaleWords.Contains(word) ? Gender.Female
        : MaleWords.Contains(word) ? Gender.Male : Gender.Unknown;

    /// <summary>The gender a pronoun asks for.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "she" or "her" or "hers" or "herself" => Gender.Female,
        "he" or "him" or "his" or "himself" => Gender.Male,
        _ => Gender.Unknown,
    };
}
