#include "pipeline/page_normalization.h"

#include <algorithm>
#include <utility>

namespace finsam {
namespace {

constexpr std::string_view kPageBreak = "\n\f\n";

int LineCount(std::string_view text) {
  return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

std::vector<NormalizedPage> NormalizePages(
    const std::vector<std::string_view>& pages, const Normalizer& normalizer,
    const NormalizeOptions& options) {
  std::string joined;
  // first_line[i]: the joined text's 1-based line where page i starts.
  std::vector<int> first_line;
  int line = 1;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) {
      joined += kPageBreak;
      line += 2;  // the separator adds the form-feed line
    }
    first_line.push_back(line);
    joined += pages[i];
    line += LineCount(pages[i]) - 1;
  }
  NormalizedText normalized = normalizer.Normalize(joined, options);

  std::vector<NormalizedPage> out(pages.size());
  size_t from = 0;
  for (NormalizedPage& page : out) {
    size_t to = normalized.text.find(kPageBreak, from);
    if (to == std::string::npos) to = normalized.text.size();
    page.text = normalized.text.substr(from, to - from);
    from = std::min(normalized.text.size(), to + kPageBreak.size());
  }
  // The page an edit belongs to: the last page starting at or before it.
  const auto place = [&](Edit edit, bool applied) {
    const auto it =
        std::upper_bound(first_line.begin(), first_line.end(), edit.line);
    if (it == first_line.begin()) return;
    const size_t page = static_cast<size_t>(it - first_line.begin()) - 1;
    edit.line = edit.line - first_line[page] + 1;
    if (edit.line > LineCount(pages[page])) return;  // the form-feed line
    (applied ? out[page].edits : out[page].uncertain)
        .push_back(std::move(edit));
  };
  for (Edit& edit : normalized.edits) place(std::move(edit), true);
  for (Edit& edit : normalized.uncertain) place(std::move(edit), false);
  return out;
}

}  // namespace finsam
