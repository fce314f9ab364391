// Synthetic content packs for the scale benchmark: the real pack with its drugs and articles
// repeated `factor` times. Copy k (k ≥ 1) of an item gets the id `<id>-x<k>`; its references
// (a drug's `confuse_with`, an article's `drugs` and `related`) point at the same copy k of the
// items they named, so every id is unique and every cross reference resolves. In-app links inside
// markdown keep pointing at the originals, which are still there. The glossary and questions are
// kept once. The result is checked here (ids, references) and, natively, by `her2-pack baseline`
// (the same parse + validate the app runs) whenever it is under the app's size limit.

/** The app's pack size limit (`MAX_PACK_BYTES` in pack/src/read/parse.rs). */
export const MAX_PACK_BYTES = 16 * 1024 * 1024;

export function scalePack(pack, factor) {
  const suffix = (id, k) => (k === 0 ? id : `${id}-x${k}`);
  const drugs = [];
  const articles = [];
  for (let k = 0; k < factor; k++) {
    for (const d of pack.drugs) {
      drugs.push({ ...d, id: suffix(d.id, k), confuse_with: (d.confuse_with || []).map((o) => suffix(o, k)) });
    }
    for (const a of pack.articles) {
      articles.push({
        ...a,
        id: suffix(a.id, k),
        drugs: (a.drugs || []).map((o) => suffix(o, k)),
        related: (a.related || []).map((o) => suffix(o, k)),
      });
    }
  }
  const out = { ...pack, version: `${pack.version}-x${factor}`, drugs, articles };
  check(out);
  return out;
}

/** Throws if an id repeats or a reference dangles. */
export function check(pack) {
  const drugIds = new Set();
  const articleIds = new Set();
  for (const d of pack.drugs) {
    if (drugIds.has(d.id)) throw new Error(`duplicate drug id ${d.id}`);
    drugIds.add(d.id);
  }
  for (const a of pack.articles) {
    if (articleIds.has(a.id)) throw new Error(`duplicate article id ${a.id}`);
    articleIds.add(a.id);
  }
  for (const d of pack.drugs) {
    for (const o of d.confuse_with || []) if (o === d.id || !drugIds.has(o)) throw new Error(`${d.id}: bad confuse_with ${o}`);
  }
  for (const a of pack.articles) {
    for (const o of a.drugs || []) if (!drugIds.has(o)) throw new Error(`${a.id}: bad drug ${o}`);
    for (const o of a.related || []) if (o === a.id || !articleIds.has(o)) throw new Error(`${a.id}: bad related ${o}`);
  }
}
