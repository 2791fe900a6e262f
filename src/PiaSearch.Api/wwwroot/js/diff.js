// Character-level difference between two texts (Myers' O(ND) algorithm), for the before/after view.

const MAX_EDITS = 800;

/** Returns [op, text] pairs; op is '=', '-' (only in a) or '+' (only in b). */
export function diffChars(a, b) {
  const A = Array.from(a);
  const B = Array.from(b);
  let start = 0;
  while (start < A.length && start < B.length && A[start] === B[start]) start++;
  let endA = A.length;
  let endB = B.length;
  while (endA > start && endB > start && A[endA - 1] === B[endB - 1]) { endA--; endB--; }

  const ops = [];
  if (start > 0) ops.push(['=', A.slice(0, start).join('')]);
  ops.push(...middle(A.slice(start, endA), B.slice(start, endB)));
  if (endA < A.length) ops.push(['=', A.slice(endA).join('')]);
  return merge(ops);
}

function middle(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [['+', b.join('')]];
  if (m === 0) return [['-', a.join('')]];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  // Too different to align character by character: show it as replaced.
  return [['-', a.join('')], ['+', b.join('')]];
}

function backtrack(trace, a, b, depth) {
  const ops = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d];
    const at = (k) => v[k + d + 1];
    const k = x - y;
    const prevK = (k === -d || (k !== d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { ops.push(['=', a[x - 1]]); x--; y--; }
    if (x === prevX) { ops.push(['+', b[y - 1]]); y--; } else { ops.push(['-', a[x - 1]]); x--; }
  }
  while (x > 0 && y > 0) { ops.push(['=', a[x - 1]]); x--; y--; }
  return ops.reverse();
}

function merge(ops) {
  const merged = [];
  for (const [op, text] of ops) {
    if (!text) continue;
    const last = merged[merged.length - 1];
    if (last && last[0] === op) last[1] += text; else merged.push([op, text]);
  }
  return merged;
}
