/** One short news paragraph per language, as a reader would paste it. */
export const LANGUAGE_SAMPLES: Record<string, string> = {
  en: 'The foreign minister said the talks would continue next week. According to him, the two sides have agreed on most of the issues, but the final decision has not been taken yet.',
  ru: 'Министр иностранных дел заявил, что переговоры будут продолжены на следующей неделе. По его словам, стороны уже согласовали большинство вопросов, но окончательное решение пока не принято.',
  uk: 'Міністр закордонних справ заявив, що переговори будуть продовжені наступного тижня. За його словами, сторони вже погодили більшість питань, але остаточне рішення ще не ухвалене.',
  ar: 'قال وزير الخارجية إن المحادثات ستستمر في الأسبوع المقبل. وأضاف أن الطرفين اتفقا على معظم القضايا، لكن القرار النهائي لم يتخذ بعد، حسب ما ذكرت وكالة الأنباء.',
  fa: 'وزیر امور خارجه گفت که مذاکرات در هفته آینده ادامه خواهد یافت. به گفته وی، دو طرف بر سر بیشتر مسائل به توافق رسیده‌اند، اما تصمیم نهایی هنوز گرفته نشده است.',
  ur: 'وزیر خارجہ نے کہا کہ مذاکرات اگلے ہفتے جاری رہیں گے۔ ان کے مطابق دونوں فریقوں نے زیادہ تر مسائل پر اتفاق کر لیا ہے لیکن حتمی فیصلہ ابھی نہیں کیا گیا۔',
  he: 'שר החוץ אמר כי השיחות יימשכו בשבוע הבא. לדבריו, הצדדים הסכימו על רוב הנושאים, אך ההחלטה הסופית טרם התקבלה.',
  tr: 'Dışişleri Bakanı, görüşmelerin önümüzdeki hafta devam edeceğini söyledi. Bakan, tarafların birçok konuda uzlaştığını ancak nihai kararın henüz alınmadığını ifade etti ve bu sürecin çok önemli olduğunu belirtti.',
  fr: "Le ministre des Affaires étrangères a déclaré que les négociations se poursuivront la semaine prochaine. Selon lui, les deux parties se sont mises d'accord sur la plupart des questions, mais la décision finale n'a pas encore été prise.",
  de: 'Der Außenminister sagte, dass die Verhandlungen in der nächsten Woche fortgesetzt werden. Nach seinen Worten haben sich die beiden Seiten auf die meisten Fragen geeinigt, aber die endgültige Entscheidung ist noch nicht gefallen.',
  es: 'El ministro de Asuntos Exteriores dijo que las negociaciones continuarán la próxima semana. Según él, las dos partes han llegado a un acuerdo sobre la mayoría de las cuestiones, pero la decisión final aún no se ha tomado.',
};
