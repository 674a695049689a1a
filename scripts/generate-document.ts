// A long document for benchmarks: the example articles concatenated, each copy varied (commune,
// years, figures) so it is not one text repeated. Shared by bench.ts and perf-baseline.ts.

const COMMUNES = ['Thanh Lâm', 'Phú An', 'Hưng Đạo', 'Tân Minh', 'Đồng Tiến', 'Quảng Phú', 'Yên Lạc', 'Hòa Bình', 'Sơn Thủy', 'Kim Liên'];

export function generateDocument(examples: readonly { text: string }[], targetMb: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetMb * 1e6; i++) {
    const ex = examples[i % examples.length];
    const commune = COMMUNES[i % COMMUNES.length];
    const year = 2015 + (i % 10);
    const text = ex.text
      .replace(/Thanh Lâm|Phú An|Hưng Đạo|Tân Minh|Đồng Tiến/g, commune)
      .replace(/\b20(2[0-5])\b/g, (y) => String(Number(y) - 2020 + year))
      .replace(/\b(\d{2,3})(?= (?:ha|tấn|km))/g, (n) => String(Number(n) + (i % 37)));
    parts.push(text, '\n\n');
    size += Buffer.byteLength(text, 'utf8') + 2;
  }
  return parts.join('');
}
