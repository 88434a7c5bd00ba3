"""Given names: which words open a person's name, and which of them say the person's sex.

Two sources. The hand lists (``FEMALE_GIVEN``, ``MALE_GIVEN``) hold the common English-language
names and the public figures' names the attribution rules first needed, sex checked by hand.
The census lists (``_CENSUS_*``) are the first names of the US Census Bureau's 1990 name
frequency files (public domain; shipped as ``dist.male.first`` and ``dist.female.first`` in the
PyPI package ``names`` 0.3.0), taken when they cover at least 0.01 % of either sex. Left out:
names that are also lower-case English words (the word list of Debian's ``wamerican``: "will",
"grant", "hope", "ray"), months ("June", "April"), places ("Dallas", "Kenya") and the particle
"Al" ("Amr Al X"), since a capitalised word of those kinds would read as a person's name.
A census name says a sex when it covers at least 0.02 % of one sex and the other uses it at
most a twentieth as often ("Chris", "Jamie", "Kelly", "Jordan" say none). scripts/
build_given_names.py prints the census blocks.

- ``GIVEN_NAMES``: every known given name, for the shape of a name ("Podcaster Jamie X": the
  word before a known given name is a role; "Amr Al X" keeps a two-word surname).
- ``FEMALE_GIVEN`` / ``MALE_GIVEN``: the hand lists, whose sex is sure (pronoun agreement, and
  a person of unknown sex yields a he/she to a sure one nearby: referents.py).
- ``MOSTLY_FEMALE_GIVEN`` / ``MOSTLY_MALE_GIVEN``: the census names that say a sex by
  frequency only. The sex counts for agreement but is no sure one: given as sure, it took a
  he/she from the sure person nearby that it used to yield to (a "she" went from Senator
  Elizabeth X to a candidate Alison Y named after her; a "he" from the subject Jack X to the
  Rodrigo Y named in his apposition: 8 right answers lost on 1,000 corpus articles, twelfth
  session).
"""

from __future__ import annotations

# Common English-language given names whose gender is not in doubt (unisex names such as
# Jordan, Taylor, Kelly, Chris, Lee, Dana, Jean, Andrea are left out on purpose). Only a first
# token of a full name counts, and only when no honorific, role or pronoun says otherwise:
# "Delegate Eleanor Holmes Norton … criticized Obama …. “…” she told Fox News" gave "she" to
# Obama, the most recent person without a gender.
FEMALE_GIVEN = frozenset("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
nancy lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan cheryl martha
hannah frances gloria ann teresa kathryn sara janice jacqueline alice judy madison doris abigail
julia grace denise marilyn beverly charlotte natalie theresa diana brittany kayla alexis lori
hillary eleanor nikki kamala elise ilhan alexandria rashida ayanna tulsi kirsten elizabeth
dianne susan lisa kellyanne sarah melania ivanka condoleezza madeleine theresa angela marine
nicola yulia oksana natalia svetlana tatiana irina olga valentina agnes ursula christine
margrethe ingrid sophie claire chloe lucy jane kate caroline harriet fiona ruth priya aisha
fatima mariam leila nadia sonia sofia gina stacey tammy wendy monica veronica vanessa erin
""".split())
MALE_GIVEN = frozenset("""james robert john michael david william richard joseph thomas charles
christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose
adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
barack mitch mitt bernie rand ted marco lindsey chuck nancy newt dick rudy rex mike hugh boris
vladimir xi emmanuel angus nigel gordon tony neil ian colin graham martin simon oliver harry
mohammed muhammad ahmed ali hassan omar ibrahim recep benjamin bashar kim jeb hunter beto pete
cory jared steve mick reince sean jeff rick rod ron jim tom tim bill bob ben dan sam greg doug
""".split()) - {"nancy", "lindsey", "kim", "jordan", "terry", "sam"}

_CENSUS_FEMALE = frozenset("""
ada addie adele adriana adrienne aida aimee alberta alexandra alicia alisa alisha alison allison
alma alyssa amelia ana andrea angelica angelina angie anita anne annette annie antoinette arlene
audrey aurora beatrice becky belinda bernadette bernice bertha bessie beth bethany betsy bettie
beulah blanca blanche bonita brandi bridget brittney brooke caitlin camille candace candice cara
carla carole carolina carrie cassandra cassie cathy cecelia cecilia celeste celia charlene chelsea
cheri cherie christa christie christy cindy clara claudia connie constance consuelo cora corinne
cristina danielle darla darlene deanna debbie debora delia delores deloris dena desiree dianna dina
dixie dolores dora doreen dorothea dorothy dorthy edith edna effie eileen elaine elena elisa
elisabeth ella ellen eloise elsa elsie elva elvira erica erika erma ernestine esperanza essie
estella estelle esther ethel etta eugenia eula eunice eva fannie fay faye felicia florence francine
francisca freda gail genevieve georgia geraldine gertrude gladys glenda goldie gretchen gwen
gwendolyn hattie heidi helena helene henrietta hilda ida ina inez irene irma isabel iva jacquelyn
jana janelle janette janie janine janis jeanette jeanne jeannette jeannie jenifer jenna jennie
jenny jill jillian jo joann joanna joanne jodi johanna josefina josephine josie juana juanita kara
kari karin karla kathy katie katrina kay kelli kellie kelsey kendra kerri kimberley krista kristen
kristi kristie kristin kristina kristine kristy krystal lana latasha latonya latoya laurie leah
lela lena lenora leona leticia lila lillian lillie lois lola lora lorena lorene loretta lorna
lorraine lottie louise lourdes lucia lucille lucinda lula luz lydia lynda lynette lynne mabel mable
madeline mae maggie mamie mandy marcella marcia margie marguerite marian marianne maribel marie
marissa marjorie marla marlene marsha marta maryann mattie maude maureen maxine meghan melanie
melba melinda mercedes meredith michele mildred mindy minnie miranda miriam mollie molly mona
monique muriel myra myrna nadine naomi natasha nell nellie nettie nichole nina nora norma ola ora
pam patrica patrice patti paula paulette pauline peggy phyllis polly priscilla rachael ramona
raquel reba rebekah regina rena renee rhonda rita roberta robyn rochelle ronda rosa rosalie
rosemarie rosetta rosie roxanne sabrina sadie sallie shanna shari shawna sheila shelia shelley
shelly sheri sherri sherrie sheryl silvia sonja sonya sophia stacie stefanie stella susanne susie
suzanne sylvia tabitha tamara tami tamika tammie tanya tara tasha teri terri thelma therese tiffany
tina toni tonya traci tracie tricia trina trisha trudy valerie velma vera verna vicki vickie vicky
vivian wanda wilma winifred yolanda yvette yvonne
""".split())
_CENSUS_MALE = frozenset("""
abraham alberto alejandro alex alfonso alfred alfredo allan allen alonzo alton alvin amos andre
andres andy antonio archie armando arnold arturo barry benny bernard bert blake bradford bradley
brent brett bryant byron caleb calvin carlos carlton cedric cesar chester clarence clark claude
clayton clifford clifton clint clinton clyde cody conrad cornelius craig curtis damon danny darin
darrel darrell darren darryl daryl dave delbert derek dewey dexter dominic doyle duane dustin
dwayne dwight edgar edmund eduardo edwin elbert elias ellis elmer enrique erick erik ernest ernesto
ervin evan everett felipe felix fernando floyd forrest francisco franklin fred frederick fredrick
garrett garry geoffrey gerard gerardo gilbert gilberto glenn grady gregg guillermo gustavo harvey
herbert herman horace howard hubert hugo ignacio irvin irving isaac ismael ivan jake javier jeffery
jeremiah jermaine jerome jesus joel johnathan jon jonathon jorge julian julio julius karl kelvin
kenny kent kirk kristopher kurt lamar laurence leland leo leon leonard leroy lester levi lewis
lionel lloyd lorenzo lowell lucas luis luke luther lyle mack malcolm manuel marc marcos marcus
mario marshall marvin mathew maurice melvin micheal miguel milton mitchell morris moses myron
nathaniel neal nelson nicolas norman orlando orville oscar otis owen pablo pedro percy perry phil
phillip preston rafael ramiro ramon randal randall randolph raul reginald ricardo rickey ricky
roberto roderick rodney rodolfo rogelio roland rolando ronnie roosevelt ross ruben rudolph rufus
salvador salvatore sam sammy saul sergio seth shane sheldon sherman spencer stanley stewart stuart
sylvester terence terrance terrell terrence theodore todd tomas tommy travis trevor tyrone vernon
virgil wallace wendell wesley wilbert wilbur wilfred willard willis wilson woodrow
""".split())
_CENSUS_OTHER = frozenset("""
abby abel adela adeline adolfo adolph adrian agustin aileen alana alejandra alissa allie allyson
alphonso alta althea alvaro alyce amalia amie anastasia angelia angeline angelo annabelle antoine
anton antonia araceli arline armand ashlee aubrey audra augusta aurelia ava avery avis barbra bart
beatriz benita benito bennie bernadine bernardo berta bette bettye bianca billie blaine bobbi
bobbie boyd brady brendan bret briana brianna bridgette bruno bryce bryon burton callie cameron
carey carlene carly carmela carmella carmen carroll cary casey catalina cathleen cecil cecile
chandra charlie charmaine chasity chris christi chrystal clare clarice clarissa claudette claudine
cleo cleveland cole colette concepcion corey corina corine cornelia corrine courtney damian damien
dana dane dante daphne darcy darius darnell darrin darwin davis deana deanne dee deena deidre
deirdre demetrius denis denny derick desmond devin devon dewayne diego dion dollie domingo dominick
dominique dona donnell donnie donovan earlene earline earnestine eddie edmond edwina efrain eldon
eli elinor eliza elliot elliott elma elnora elton elvia elvin elvis elwood emanuel emil emilia
emilio emmett ericka ernie erwin esmeralda esteban estela evangeline fabian federico fidel flossie
fran francis frankie freddie freddy frieda gabriela gabrielle gavin gayle gena georgette georgina
gerry glenna gonzalo gracie graciela gregorio greta grover guadalupe gus hal haley hans harlan
harley harriett harrison heriberto hilary hiram humberto ila ilene imelda imogene ira isabelle
isaiah issac jackie jackson jaclyn jaime jamal jami jamie janna jarrod jarvis jayne jayson jean
jeanie jeanine jeannine jefferson jeffry jerald jeri jerri jess jessie jewell jimmie joaquin
jocelyn jodie jody joesph joey johnnie jolene joni jordan josefa juliana julianne juliette justine
karina kasey katelyn katharine kathie kathrine katy kaye keisha kelley kendall kendrick keri kermit
kerry kim kris lacey ladonna lakeisha lakisha lamont lara latisha laverne lavonne lawanda leann
leanne leigh lenore leola leonardo leonor lesley leslie lessie letha lidia lilia lilian liliana
lilly lina lindsay lindsey liza lizzie lonnie loraine loren lorie lorrie lou louie louisa loyd
luann lucile luella luisa lupe lynn lynnette madelyn madge magdalena malinda mallory manuela marcel
marci marcie marcy margery margo margret mari maricela marietta marion marisa marisol maritza
marlon martina marty marva maryanne marylou matilda mauricio mavis maxwell maynard mayra meagan
melisa melva merle mia micah michel milagros millard millie minerva mitzi moises monte monty morgan
murray nanette nannie ned nelda neva nickolas nita noe noemi nola nolan nona norbert noreen norris
odell odessa ofelia ollie ophelia otto paige pearlie penelope petra pierre quentin quincy quinton
rachelle rae randi raphael reggie rene reuben reva reynaldo rhoda rickie rigoberto riley robbie
rocco rodger rodrigo romeo rory rosalind rosalinda rosalyn rosanne rosario roscoe roseann rosella
roslyn roxie royce russel ruthie sammie santos sasha saundra scot scotty sebastian selena selma
serena shana shannon sharron shaun shauna shawn sheena shelby sheree sidney simone socorro solomon
sondra staci stacy stan stephan susana susanna suzette sybil tabatha tameka tammi tania tanisha
taylor teddy terrie tessa thaddeus thurman tia timmy toby tommie tonia tracey tracy trent ty tyson
ulysses valarie valeria vance vaughn vern vicente vilma vince virgie wendi whitney wiley wilfredo
willa williams winnie winston xavier yesenia zelma
""".split())

# Round 82 (lane given95, draw K): given names of credited speakers that neither the hand
# lists nor the census files (below their 0.01 % floor, or not US names) hold, and that are no
# English word. Without one, "Jerrold X", "Kayleigh Y", "Dmitry Z" had no name shape ("Aide
# Kayleigh Y": the role word stayed in the name) and no sex, so the first he/she bound them
# whatever its gender. The sex, where the name is clearly one sex's, counts as a census sex
# does (agreement only, never sure). Left out: surnames that open names ("Hogan X", "Keating
# Y", "Warren Z", "Libby W", "Farah V"), words and places ("Ban", "Stormy", "Felicity", "Raj",
# "Olympia") and given names written after the surname ("Liu He").
_SEEN_FEMALE = frozenset("""kayleigh leeann patty illeana marilou jacinda dinah shugufta thea
andra jacqui liya nikole oprah ruksana federica kirstjen elissa ketanji kyrsten neera zoe
sherrilyn cleta asha leana huma megyn dilma chrystia hina leyla liesl saskia celinda ilyse
caitlyn norah tamar patrisse marcela lorella yoani betsey bari omarosa tiana""".split())
_SEEN_MALE = frozenset("""jerrold antonin orrin dmitry ibram judson stefan faisal suleiman sadiq
jeh arne steny milo sherrod francois emmet barney mohammad mohamed tedros merrick aron deval
lanny rahm johannes frederic zacharia abdullah balaji marcelo yanis hughey geoff rahimullah
ehsanullah sergey oleksandr yoshihide aryeh nabil elon ajay derrick andrés julián seamus ezra
eytan jens sergei hakeem thom ehud mahmoud jair amit narendra shinzo saad kanye saxby rashad
yascha preet geraldo thabo shimon ajit volodymyr jelani dinesh sanjay ronan karim fawaz dmitri
olivier valdis torsten sven yuri andrei hiroshi avigdor nicolás josé françois rubén dov ilan wael
hamid mevlut nikolay alexei kamal""".split())

MOSTLY_FEMALE_GIVEN = _CENSUS_FEMALE | _SEEN_FEMALE
MOSTLY_MALE_GIVEN = _CENSUS_MALE | _SEEN_MALE
_LISTED = FEMALE_GIVEN | MALE_GIVEN | MOSTLY_FEMALE_GIVEN | MOSTLY_MALE_GIVEN | _CENSUS_OTHER

# Given names left out of GIVEN_NAMES as English words, months or places, and short forms
# ("Hope X", "April Y", "Grant W", "Nick Z", "Ed V", "Matt U"): no list above says they open a
# name, but a rule that cuts a common word off the front of a name must keep them
# (attribute/opener_names.py, round 78, lane opener88: a zipf test alone cut "Nick", "Ken",
# "Matt", "Josh", "Buddy" off fifteen draw-C speakers). Round 80 (lane names91) adds the given
# names of draw G's speakers that no list held and that wordfreq counts as common words ("Jay X"
# 4.4, "Chad X", "Robin X", "Sally X", "Wolf X": title_line_openers.py cuts a common word before
# a surname written only in title lines, and a headline's "Jay X" over a body's "Gov. X" is a
# name). Surnames that open names ("Hogan X", "Parker X") are left out.
WORD_GIVEN_NAMES = frozenset("""amber amir april art august autumn bonnie brook buck bud candy
carter cash charity chase cherry chip clay cliff colt crystal dale dawn destiny drew duke dusty
earl faith ford gene glen grant hazel holly honor hope iris ivy joy june king lane liberty lily
major mason may mercy miles misty pat patience penny price prince rand ray reed rich river rob
rose ruby rush rusty sky sonny star sterling stone storm summer sunny trinity tucker wade will
woody al brad buddy cooper dean deb don ed guy hank herb israel jan jimmy josh ken kit lee matt
max meg mo nan nick norm peg sal sol sue val van vic wally walt
jay trey chad terry robin wes zach sally liz jen alec jed ari eliot judd mel lev beau wolf tad ash
asa zeke curt thad mat vin nate robby ronny tory poppy brit shea sandy whit reid gil cam dani stu
zack zac bess tori mimi moira colleen hanna keegan devlin lyndon garth noel bubba brigham becca
macy cyrus marlin russ reza rhea skye seymour lance dino savannah connor philippe giovanni pascal
mira yuki""".split()) - _LISTED


# The sex of the given names above that are also words or short forms, read by
# attribute/word_name_sex.py (agreement only, never a sure one). With no
# sex, "Josh X", "Amber Y", "Ed Z" took the first he/she that reached them whatever its gender,
# and that binding fixed their gender for the rest of the article ("X has slammed Y for using
# her plane; he blasted the senator after she flew …": the senator's "she" went to X, and every
# later "he" of X's passed him by; round 81, lane pron94, draw I). Only names one sex uses far
# more than the other, by the census files' full forms (Joshua, Edward, Elizabeth …); words
# that head places or things as often ("Rose Garden", "Liberty University", "May", "Grant
# Park") and unisex short forms ("Pat", "Terry", "Robin", "Lee", "Val", "Jan") say none.
WORD_GIVEN_FEMALE = frozenset("""amber april autumn bonnie candy crystal dawn destiny hazel
holly iris ivy lily misty penny ruby summer trinity deb meg nan peg sue jen liz sally bess tori
mimi moira colleen hanna poppy becca macy rhea skye savannah mira""".split()) & WORD_GIVEN_NAMES
WORD_GIVEN_MALE = frozenset("""art buck bud chip clay cliff colt duke earl glen miles rand ray
reed rob rusty sonny tucker wade woody brad buddy dean don guy hank herb jimmy josh ken matt
nick norm sal vic wally walt jay trey chad wes zach alec jed eliot judd lev beau tad zeke curt
thad mat nate robby ronny gil stu zack zac keegan lyndon garth bubba brigham russ reza seymour
lance dino connor philippe giovanni pascal cyrus amir drew max noel reid""".split()) & WORD_GIVEN_NAMES

# The short forms of WORD_GIVEN_NAMES that open a person's name and seldom anything else when
# capitalised ("Matt X", "Josh Y", "Ed Z", "Ken W"): they count for the shape of a name as the
# full forms do. Round 81 (lane null94, draw I) found label lines "Matt X, <outlet>:" left null
# because the entity step read the name as of unknown kind. Not taken: short forms that open
# places, bodies or surnames as often ("Chad", "Van", "Lee", "Pat", "Don", "Al", "Rich").
SHORT_FORM_NAMES = frozenset("""matt josh ed ken brad nick jen liz trey jay jimmy sally curt lev
eliot robby zach nate wes alec stu zack""".split()) & WORD_GIVEN_NAMES
GIVEN_NAMES = _LISTED | SHORT_FORM_NAMES


def given_sex(given: str) -> str | None:
    """The sex a lower-case given name says by the hand lists: "f", "m" or None. The census
    names say none here (a weaker sex, MOSTLY_*). entities, regroup.peer_person and
    family.other_gender each wrote this test until round 24 (lane cleanup8)."""
    return "f" if given in FEMALE_GIVEN else "m" if given in MALE_GIVEN else None
