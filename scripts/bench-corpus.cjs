// The benchmarks' generated articles: sample `i % samples.length` with its years moved back by a
// step that changes every round of the samples (so most claims fall into different periods, as in
// a real archive) and, in one article of three, its figures changed (so some periods hold real
// conflicts). Used by bench.mjs (500 articles in memory) and bench-scale.ts (folders of thousands).
function benchArticle(samples, i) {
  const base = samples[i % samples.length];
  const shift = Math.floor(i / samples.length) % 40;
  return base
    .replace(/\b(19[89]\d|20[0-4]\d)\b/g, (y) => String(Number(y) - shift))
    .replace(/\b(\d{3})(?= (?:triệu|million|tỷ|billion))/g, (m) => String(Number(m) + (i % 3 === 0 ? 7 : 0)));
}

module.exports = { benchArticle };
