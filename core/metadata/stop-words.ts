/**
 * The most frequent short words of each language, the cheapest reliable signal for telling
 * languages that share a script apart. Words shared by two languages of a group (Spanish and
 * Portuguese "de", Russian and Ukrainian "не") still help: the other words decide.
 */
export const STOP_WORDS: Record<string, string[]> = {
  en: 'the and of to in is that for on with was as said by it at from his has have be are were this an which not but they who will been would'.split(
    ' ',
  ),
  fr: 'le la les de des du et est que qui dans pour pas une un sur au aux avec ce il elle sont été par ont mais plus cette leur selon'.split(
    ' ',
  ),
  de: 'der die das und ist nicht den dem zu mit von sich des auf für ein eine im auch dass es wird hat wurde sie bei nach aus sind'.split(
    ' ',
  ),
  es: 'el la los las de del que y en un una por con para es se no al lo como su más pero ha fue sus este esta según'.split(' '),
  pt: 'o a os as de do da dos das que e em um uma por com para é não no na ao se mais foi pelo pela seu sua'.split(' '),
  it: 'il lo la i gli le di del della che e è in un una per con non si al alla sono ha anche dei delle più'.split(' '),
  nl: 'de het een en van in is dat op te met voor niet zijn die ook aan er maar om door heeft bij werd'.split(' '),
  tr: 've bir bu da de için ile olarak çok daha gibi ama olan ise kadar sonra değil her ancak ya mi tarafından açıklama dedi'.split(' '),
  ru: 'и в не на что с по как это он к из за о от для его был также было но все она так же только уже при который'.split(' '),
  uk: 'і в у не на що з до як це та за про від для його був також але вже й чи ми ще є які після'.split(' '),
  ar: 'في من على أن إلى التي الذي عن مع هذا هذه كان قد لا ما بين ذلك كما أو بعد وقال حيث عام إن'.split(' '),
  fa: 'و در به از که این را با است برای آن یک می خود تا کرد شده بر هم نیز های شد ای گفت'.split(' '),
  ur: 'کے کی میں ہے اور سے کو نے کا پر یہ ہیں تھا بھی ایک گیا کہا'.split(' '),
};
