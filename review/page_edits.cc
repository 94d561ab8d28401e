#include "review/page_edits.h"

#include <algorithm>
#include <string_view>

namespace finsam::review {
namespace {

// Must stay the separator ExtractText uses (pipeline/text_pipeline.cc); the
// test ReviewPageEdits.MatchesPipelineText holds the two together.
constexpr std::string_view kPageBreak = "\n\f\n";

int LineCount(std::string_view text) {
  return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

DocumentNormalization NormalizePages(const DocumentText& doc,
                                     const Normalizer& normalizer,
                                     const NormalizeOptions& options) {
  std::string joined;
  // first_line[i]: the joined text's 1-based line where page i starts.
  std::vector<int> first_line;
  int line = 1;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (i > 0) {
      joined += kPageBreak;
      line += 2;  // the "\n\f\n" separator adds the form-feed line
    }
    first_line.push_back(line);
    joined += doc.pages[i].raw_text;
    line += LineCount(doc.pages[i].raw_text) - 1;
  }
  const NormalizedText normalized = normalizer.Normalize(joined, options);

  DocumentNormalization out;
  out.pages.resize(doc.pages.size());
  size_t from = 0;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    size_t to = normalized.text.find(kPageBreak, from);
    if (to == std::string::npos) to = normalized.text.size();
    out.pages[i].text = normalized.text.substr(from, to - from);
    from = std::min(normalized.text.size(), to + kPageBreak.size());
    if (out.pages[i].text != doc.pages[i].text) {
      out.pipeline_text_matches = false;
    }
  }
  // The page an edit belongs to: the last page starting at or before it.
  const auto place = [&](const Edit& edit, bool applied) {
    const auto it =
        std::upper_bound(first_line.begin(), first_line.end(), edit.line);
    if (it == first_line.begin()) return;
    const size_t page = static_cast<size_t>(it - first_line.begin()) - 1;
    Edit local = edit;
    local.line = edit.line - first_line[page] + 1;
    if (local.line > LineCount(doc.pages[page].raw_text)) return;  // the \f
    (applied ? out.pages[page].edits : out.pages[page].uncertain)
        .push_back(std::move(local));
  };
  for (const Edit& edit : normalized.edits) place(edit, true);
  for (const Edit& edit : normalized.uncertain) place(edit, false);
  return out;
}

}  // namespace finsam::review
