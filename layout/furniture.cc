#include "layout/furniture.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "layout/folded_text.h"

namespace finsam {
namespace {

// Top and foot bands of a page, as shares of its height: running headers,
// footers and page numbers live there (A4 margins are 25-70 points of 842).
constexpr double kEdgeBand = 0.12;
// The Visma stamp (logo, "signerat" line, verification link) can reach a
// little higher than a footer.
constexpr double kStampBand = 0.25;
// Left and right margins, as shares of the page's width (A4: 60-70 points
// of 595): TellusTalk sets its line up the left edge at x 15-30.
constexpr double kSideBand = 0.1;
// Without boxes (text that came without positions), the first and last
// lines stand for the top and foot bands.
constexpr size_t kEdgeLines = 2;
constexpr size_t kStampLines = 4;

// kSide: a line in the left or right margin (a signing service's line set
// up the page's edge).
enum class Edge { kNone, kTop, kFoot, kSide };

struct LineInfo {
  std::string folded;  // FoldForMatching of the text: lower case, no å/ä/ö
  Edge edge = Edge::kNone;
  bool in_stamp_band = false;
};

LineInfo Locate(const TextLine& line, size_t index, size_t count, double height,
                double width) {
  LineInfo info;
  info.folded = FoldForMatching(line.text);
  if (line.box.y1 > line.box.y0 && height > 0) {
    const double y = line.box.center_y();
    if (y < kEdgeBand * height) info.edge = Edge::kTop;
    if (y > (1 - kEdgeBand) * height) info.edge = Edge::kFoot;
    info.in_stamp_band = y > (1 - kStampBand) * height;
    // Wholly within a side margin, and taller than wide: text set up the
    // page's edge.
    const double x0 = line.box.x0, x1 = line.box.x1;
    if (info.edge == Edge::kNone && width > 0 &&
        (x1 < kSideBand * width || x0 > (1 - kSideBand) * width) &&
        line.box.y1 - line.box.y0 > x1 - x0) {
      info.edge = Edge::kSide;
      info.in_stamp_band = true;
    }
  } else {
    if (index < kEdgeLines) info.edge = Edge::kTop;
    if (index + kEdgeLines >= count) info.edge = Edge::kFoot;
    info.in_stamp_band = index + kStampLines >= count;
  }
  return info;
}

bool IsVismaStamp(const LineInfo& info) {
  // The logo alone, however OCR garbles what is around it ("¢ visma sign",
  // "© visma sign"): nothing in a report body looks like that.
  static const RE2 kLogo("^[^a-z0-9]{0,4}visma ?sign[^a-z0-9]{0,4}$");
  if (RE2::FullMatch(info.folded, kLogo)) return true;
  // The stamp's sentences, links and codes, and the logo's first word alone
  // ("© visma"), count only near the foot, so body text that mentions Visma
  // or electronic signing stays.
  if (!info.in_stamp_band) return false;
  static const RE2 kStamp(
      "^[^a-z0-9]{0,4}visma[^a-z0-9]{0,4}$|visma "
      "?sign|vismasign|visma\\.(net|com|se|fi|no|dk)|powered by visma|"
      "(dokumentet|detta dokument) (ar|har) (elektroniskt )?signerat|"
      "signerats? elektroniskt|elektroniskt signerat|electronically signed|"
      "verifiera (dokumentet|signaturerna|aktheten|underskrifterna)|"
      "verifieringskod|verification code|"
      "^(verifiera|verifiering|verifikation|verification|verify)\\b.*"
      "[a-z0-9]*\\d[a-z0-9-]{5,}");
  return RE2::PartialMatch(info.folded, kStamp);
}

// Another e-signing service's stamp (FurnitureKind::kSigningStamp), near
// the foot or up a side margin only, so body text naming a service stays.
bool IsSigningStamp(const LineInfo& info) {
  if (!info.in_stamp_band) return false;
  static const RE2 kStamp(
      "powered by tellustalk|docusign envelope id|"
      "signerats (genom|med|via) getaccept|"
      "^transaktion \\d{10,}( signerat\\b.*)?$");
  return RE2::PartialMatch(info.folded, kStamp);
}

// "Sida 3", "Sida 3 av 14", "sid. 3", "Page 3 of 14", "3 (13)", "- 3 -",
// "3/14", or a lone number up to 999 (not a year such as "2023").
bool IsPageNumberText(const std::string& folded) {
  static const RE2 kPageNumber(
      "(sida|sid\\.?|s\\.|page|p\\.)\\s*\\d{1,4}"
      "(\\s*(av|of|/)\\s*\\d{1,4}|\\s*\\(\\s*\\d{1,4}\\s*\\))?"
      "|\\d{1,4}\\s*\\(\\s*\\d{1,4}\\s*\\)"
      "|\\d{1,4}\\s*(av|of|/)\\s*\\d{1,4}"
      "|[-\xe2\x80\x93\xe2\x80\x94]\\s*\\d{1,3}\\s*[-\xe2\x80\x93\xe2\x80\x94]"
      "|\\d{1,3}");
  return RE2::FullMatch(folded, kPageNumber);
}

// The "of M" of a page number at the end of a line: "3 (13)", "sida 3 av
// 13", "3/13". Returns 0 when there is none or N > M.
int PageTotalAtEnd(const std::string& folded) {
  static const RE2 kTotal(
      "(?:^|\\s)(\\d{1,4})\\s*(?:\\(\\s*(\\d{1,4})\\s*\\)|(?:av|of|/)\\s*"
      "(\\d{1,4}))$");
  int n = 0;
  std::string paren, word;
  if (!RE2::PartialMatch(folded, kTotal, &n, &paren, &word)) return 0;
  const int m = std::atoi((paren.empty() ? word : paren).c_str());
  return n >= 1 && n <= m ? m : 0;
}

// A line's identities for repetition across pages: the folded text itself,
// and (when enough letters remain to make it specific) the text with digits
// masked, so "Årsredovisning 2023 – sida 3" on every page is one line while
// "Not 12" atop consecutive notes pages is not.
std::vector<std::string> RepeatKeys(const std::string& folded) {
  std::vector<std::string> keys;
  if (folded.size() < 3) return keys;
  keys.push_back("=" + folded);
  std::string masked = "#";
  int letters = 0;
  bool digits = false;
  for (char c : folded) {
    if (c >= '0' && c <= '9') {
      digits = true;
      if (masked.back() != '0') masked += '0';
      continue;
    }
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
      ++letters;
    }
    masked += c;
  }
  if (digits && letters >= 4) keys.push_back(std::move(masked));
  return keys;
}

// Pages on which a line recurs at the same edge make it running furniture
// when at least three of them are close together (gaps of at most two
// pages, so an embedded report's header counts within a long meeting
// package), when it is on at least 30 % of the pages (at least three), or,
// in a document of two or three pages, when it is on two of them. A heading
// atop one or two pages is not furniture.
bool Recurs(const std::vector<int>& pages, int page_count) {
  const int count = static_cast<int>(pages.size());
  if (page_count <= 3) return count >= 2;
  if (count >= 3 && 10 * count >= 3 * page_count) return true;
  int run = 1;
  for (size_t i = 1; i < pages.size(); ++i) {
    run = pages[i] - pages[i - 1] <= 2 ? run + 1 : 1;
    if (run >= 3) return true;
  }
  return false;
}

// Edit distance between two byte strings, or limit + 1 when it exceeds
// `limit` (the band is all that is computed).
size_t BoundedEditDistance(std::string_view a, std::string_view b,
                           size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<size_t> row(a.size() + 1), next(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    next[0] = j;
    size_t best = next[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      next[i] = std::min({row[i] + 1, next[i - 1] + 1,
                          row[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      best = std::min(best, next[i]);
    }
    if (best > limit) return limit + 1;
    std::swap(row, next);
  }
  return std::min(row[a.size()], limit + 1);
}

// OCR reads a running header a little differently on some pages ("Brf
// Spettet 1O", "Org.iir"): a line at the same edge within one edit per ten
// characters of a running line is that line.
bool NearlyRunning(const LineInfo& info,
                   const std::set<std::pair<Edge, std::string>>& running) {
  if (info.folded.size() < 8 || info.folded.size() > 120) return false;
  const size_t limit = info.folded.size() / 10;
  if (limit == 0) return false;
  for (const auto& [edge, key] : running) {
    if (edge != info.edge || key.empty() || key[0] != '=') continue;
    const std::string_view text = std::string_view(key).substr(1);
    if (BoundedEditDistance(info.folded, text, limit) <= limit) return true;
  }
  return false;
}

// The page total most page numbers of the document agree on ("(332)"), or
// 0. With it, a number such as "33 (332)" that OCR glued to other text at
// the foot is still recognised.
int CommonPageTotal(const std::vector<std::vector<LineInfo>>& infos) {
  std::map<int, int> votes;
  for (const std::vector<LineInfo>& page : infos) {
    std::set<int> on_page;
    for (const LineInfo& info : page) {
      if (info.edge == Edge::kNone) continue;
      const int total = PageTotalAtEnd(info.folded);
      if (total > 0) on_page.insert(total);
    }
    for (int total : on_page) ++votes[total];
  }
  int best = 0, best_votes = 1;  // one page is no agreement
  for (const auto& [total, n] : votes) {
    if (n > best_votes) {
      best = total;
      best_votes = n;
    }
  }
  return best;
}

}  // namespace

const char* FurnitureKindName(FurnitureKind kind) {
  switch (kind) {
    case FurnitureKind::kVismaStamp:
      return "visma-stamp";
    case FurnitureKind::kSigningStamp:
      return "signing-stamp";
    case FurnitureKind::kPageNumber:
      return "page-number";
    case FurnitureKind::kRunningHeader:
      return "running-header";
    case FurnitureKind::kRunningFooter:
      return "running-footer";
  }
  return "page-number";
}

std::vector<FurnitureSplit> SplitFurniture(
    const std::vector<PageLines>& pages) {
  const int page_count = static_cast<int>(pages.size());
  std::vector<std::vector<LineInfo>> infos(pages.size());
  // (edge, key) -> the pages it is on, ascending, once per page.
  std::map<std::pair<Edge, std::string>, std::vector<int>> seen;
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<TextLine>& lines = pages[p].lines;
    std::set<std::pair<Edge, std::string>> on_page;
    for (size_t i = 0; i < lines.size(); ++i) {
      infos[p].push_back(
          Locate(lines[i], i, lines.size(), pages[p].height, pages[p].width));
      const LineInfo& info = infos[p].back();
      if (info.edge == Edge::kNone) continue;
      for (std::string& key : RepeatKeys(info.folded)) {
        on_page.insert({info.edge, std::move(key)});
      }
    }
    for (const auto& key : on_page) seen[key].push_back(static_cast<int>(p));
  }
  std::set<std::pair<Edge, std::string>> running;
  for (const auto& [key, on] : seen) {
    if (Recurs(on, page_count)) running.insert(key);
  }
  const int common_total = CommonPageTotal(infos);

  std::vector<FurnitureSplit> result(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<TextLine>& lines = pages[p].lines;
    for (size_t i = 0; i < lines.size(); ++i) {
      const LineInfo& info = infos[p][i];
      bool is_running = false;
      if (info.edge != Edge::kNone) {
        for (const std::string& key : RepeatKeys(info.folded)) {
          is_running = is_running || running.count({info.edge, key}) > 0;
        }
        is_running = is_running || NearlyRunning(info, running);
      }
      FurnitureKind kind = FurnitureKind::kPageNumber;
      if (IsVismaStamp(info)) {
        kind = FurnitureKind::kVismaStamp;
      } else if (IsSigningStamp(info)) {
        kind = FurnitureKind::kSigningStamp;
      } else if (info.edge == Edge::kSide && !is_running) {
        result[p].body.push_back(lines[i]);
        continue;
      } else if (info.edge != Edge::kNone && IsPageNumberText(info.folded)) {
        kind = FurnitureKind::kPageNumber;
      } else if (is_running) {
        kind = info.edge == Edge::kTop ? FurnitureKind::kRunningHeader
                                       : FurnitureKind::kRunningFooter;
      } else if (info.edge != Edge::kNone && common_total > 0 &&
                 info.folded.size() <= 40 &&
                 PageTotalAtEnd(info.folded) == common_total) {
        kind = FurnitureKind::kPageNumber;
      } else {
        result[p].body.push_back(lines[i]);
        continue;
      }
      result[p].furniture.push_back(FurnitureLine{kind, lines[i].text});
    }
  }
  return result;
}

}  // namespace finsam
