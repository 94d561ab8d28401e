#include "extract/rulings.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace finsam {

std::vector<Ruling> MergeRulings(std::vector<Ruling> rulings,
                                 double tolerance) {
  // Work on (position, from, to) with the axis folded away.
  struct Piece {
    double pos, from, to;
  };
  std::vector<Piece> horizontal, vertical;
  for (const Ruling& r : rulings) {
    if (r.horizontal()) {
      if (r.x1 > r.x0) horizontal.push_back({r.y0, r.x0, r.x1});
    } else if (r.y1 > r.y0) {
      vertical.push_back({r.x0, r.y0, r.y1});
    }
  }
  const auto merge = [tolerance](std::vector<Piece> pieces) {
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
      return a.pos < b.pos || (a.pos == b.pos && a.from < b.from);
    });
    // Group by position (a chain of positions each within tolerance of the
    // group's first), then join overlapping spans within each group.
    std::vector<Piece> out;
    size_t i = 0;
    while (i < pieces.size()) {
      size_t j = i;
      while (j < pieces.size() && pieces[j].pos - pieces[i].pos <= tolerance) {
        ++j;
      }
      std::vector<Piece> group(pieces.begin() + static_cast<long>(i),
                               pieces.begin() + static_cast<long>(j));
      std::sort(group.begin(), group.end(),
                [](const Piece& a, const Piece& b) { return a.from < b.from; });
      Piece cur = group.front();
      double pos_sum = cur.pos * (cur.to - cur.from);
      double len_sum = cur.to - cur.from;
      for (size_t k = 1; k < group.size(); ++k) {
        const Piece& p = group[k];
        if (p.from <= cur.to + tolerance) {
          cur.to = std::max(cur.to, p.to);
          pos_sum += p.pos * (p.to - p.from);
          len_sum += p.to - p.from;
          continue;
        }
        cur.pos = len_sum > 0 ? pos_sum / len_sum : cur.pos;
        out.push_back(cur);
        cur = p;
        pos_sum = p.pos * (p.to - p.from);
        len_sum = p.to - p.from;
      }
      cur.pos = len_sum > 0 ? pos_sum / len_sum : cur.pos;
      out.push_back(cur);
      i = j;
    }
    return out;
  };
  std::vector<Ruling> out;
  for (const Piece& p : merge(std::move(horizontal))) {
    out.push_back(Ruling{p.from, p.pos, p.to, p.pos});
  }
  for (const Piece& p : merge(std::move(vertical))) {
    out.push_back(Ruling{p.pos, p.from, p.pos, p.to});
  }
  return out;
}

bool HorizontalRulingBetween(const std::vector<Ruling>& rulings, double y0,
                             double y1, double x0, double x1,
                             double min_cover) {
  const double want = std::max(0.0, x1 - x0) * min_cover;
  for (const Ruling& r : rulings) {
    if (!r.horizontal() || r.y0 <= y0 || r.y0 >= y1) continue;
    const double cover = std::min(r.x1, x1) - std::max(r.x0, x0);
    if (cover > 0 && cover >= want) return true;
  }
  return false;
}

}  // namespace finsam
