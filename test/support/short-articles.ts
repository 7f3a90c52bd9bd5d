// Two short invented news items for tests that need a workbench with a little in it: one dated in
// its dateline, one crediting an agency.

export const IDLIB_ZONE = `Erdoğan and Putin agree on Idlib zone

Monday 17 September 2018

Turkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.

The buffer zone will be 15-20 km deep, according to the Russian Defence Ministry.`;

export const GRAIN_TALKS = `Grain talks resume in Istanbul

October 01, 2020

Reuters reported that negotiators met again on Tuesday to discuss the Black Sea corridor.`;
