#include "extract/furniture.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "extract/folded_text.h"

namespace finsam {
namespace {

// Top and foot bands of a page, as shares of its height: running headers,
// footers and page numbers live there.
constexpr double kTopBand = 0.12;
constexpr double kFootBand = 0.12;
// The Visma stamp can reach a little higher than a footer.
constexpr double kStampBand = 0.25;

enum class Edge { kTop, kFoot, kNone };

struct LineInfo {
  std::string folded;
  Edge edge = Edge::kNone;
  bool in_stamp_band = false;
};

// Where a line sits. Lines without boxes (text read from a file) have no
// position; then the first two lines count as top, the last two as foot.
LineInfo Locate(const TextLine& line, size_t index, size_t count,
                double height) {
  LineInfo info;
  info.folded = FoldForMatching(line.text);
  const bool has_box = line.box.y1 > line.box.y0 && height > 0;
  if (has_box) {
    const double y = line.box.center_y();
    if (y < kTopBand * height) info.edge = Edge::kTop;
    if (y > (1 - kFootBand) * height) info.edge = Edge::kFoot;
    info.in_stamp_band = y > (1 - kStampBand) * height;
  } else {
    if (index < 2) info.edge = Edge::kTop;
    if (index + 2 >= count) info.edge = Edge::kFoot;
    info.in_stamp_band = index + 4 >= count;
  }
  return info;
}

bool IsVismaStamp(const LineInfo& info) {
  static const RE2 kStamp(
      "visma ?sign|vismasign|"
      "(dokumentet|detta dokument) (ar|har) (elektroniskt )?signerat|"
      "signerats elektroniskt|elektroniskt signerat|"
      "verifiera (dokumentet|signaturerna)|verifieringskod|verification code|"
      "powered by visma");
  if (!RE2::PartialMatch(info.folded, kStamp)) return false;
  // "visma sign" alone is the logo wherever it is; the longer stamp lines
  // only count at the foot, so body text that mentions Visma stays.
  static const RE2 kLogo("^[^a-z0-9]{0,3}visma ?sign[^a-z0-9]{0,3}$");
  return info.in_stamp_band || RE2::FullMatch(info.folded, kLogo);
}

bool IsPageNumber(const LineInfo& info) {
  if (info.edge == Edge::kNone) return false;
  static const RE2 kPageNumber(
      "(sida|page|s\\.|sid\\.?)\\s*\\d{1,4}(\\s*(av|of|/|\\()\\s*\\d{1,4}\\)?)?"
      "|\\d{1,4}\\s*\\(\\s*\\d{1,4}\\s*\\)"
      "|[-–—]?\\s*\\d{1,4}\\s*[-–—]?"
      "|\\d{1,4}\\s*/\\s*\\d{1,4}");
  return RE2::FullMatch(info.folded, kPageNumber);
}

// A line's identity for repetition across pages: folded, digits masked, so
// "Årsredovisning 2023 – sida 3" on every page counts as one.
std::string RepeatKey(const std::string& folded) {
  std::string key;
  for (char c : folded) key += (c >= '0' && c <= '9') ? '#' : c;
  return key;
}

// Pages on which a key recurs count as running furniture when at least
// three of them are close together (gaps of at most two pages), or, in a
// document of two or three pages, when it is on two of them. A heading such
// as "Resultaträkning" atop a few far-apart pages of a meeting package does
// not qualify.
bool Recurs(const std::vector<int>& pages, int page_count) {
  if (page_count <= 3) return pages.size() >= 2;
  int run = 1;
  for (size_t i = 1; i < pages.size(); ++i) {
    run = pages[i] - pages[i - 1] <= 2 ? run + 1 : 1;
    if (run >= 3) return true;
  }
  return false;
}

}  // namespace

const char* FurnitureKindName(FurnitureKind kind) {
  switch (kind) {
    case FurnitureKind::kVismaStamp:
      return "visma-stamp";
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
  // (edge, key) -> pages it appears on, in order, once per page.
  std::map<std::pair<Edge, std::string>, std::vector<int>> seen;
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<TextLine>& lines = pages[p].lines;
    std::set<std::pair<Edge, std::string>> on_page;
    for (size_t i = 0; i < lines.size(); ++i) {
      infos[p].push_back(Locate(lines[i], i, lines.size(), pages[p].height));
      const LineInfo& info = infos[p].back();
      if (info.edge == Edge::kNone || info.folded.size() < 3) continue;
      on_page.insert({info.edge, RepeatKey(info.folded)});
    }
    for (const auto& key : on_page) {
      seen[key].push_back(static_cast<int>(p));
    }
  }
  std::set<std::pair<Edge, std::string>> running;
  for (const auto& [key, on] : seen) {
    if (Recurs(on, page_count)) running.insert(key);
  }

  std::vector<FurnitureSplit> result(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<TextLine>& lines = pages[p].lines;
    for (size_t i = 0; i < lines.size(); ++i) {
      const LineInfo& info = infos[p][i];
      FurnitureKind kind;
      bool furniture = true;
      if (IsVismaStamp(info)) {
        kind = FurnitureKind::kVismaStamp;
      } else if (IsPageNumber(info)) {
        kind = FurnitureKind::kPageNumber;
      } else if (info.edge != Edge::kNone &&
                 running.count({info.edge, RepeatKey(info.folded)}) > 0) {
        kind = info.edge == Edge::kTop ? FurnitureKind::kRunningHeader
                                       : FurnitureKind::kRunningFooter;
      } else {
        furniture = false;
      }
      if (furniture) {
        result[p].furniture.push_back(FurnitureLine{kind, lines[i].text});
      } else {
        result[p].body.push_back(lines[i]);
      }
    }
  }
  return result;
}

}  // namespace finsam
