// ContentLexer: the tokens of a PDF content stream that drawing needs.
//
// Pure, no qpdf: bytes in, tokens out. Numbers, names and operators come
// out; strings, arrays, dictionaries, comments and inline image data are
// skipped (each skipped operand comes out as kOther, so operand counts stay
// right). Never reads past the data, whatever the bytes (fuzzed:
// fuzz/content_lexer_fuzzer.cc). qpdf's object parser, which builds an
// object per token, took as long as Poppler's whole text extraction.
#ifndef FINSAM_PDF_CONTENT_LEXER_H_
#define FINSAM_PDF_CONTENT_LEXER_H_

#include <cstddef>
#include <string_view>

namespace finsam {

class ContentLexer {
 public:
  enum class Kind { kEnd, kNumber, kName, kOperator, kOther };
  struct Token {
    Kind kind = Kind::kEnd;
    double number = 0;      // kNumber
    std::string_view text;  // kName (without '/'), kOperator
  };

  // `data` must outlive the lexer.
  explicit ContentLexer(std::string_view data) : data_(data) {}

  // The next token; kEnd at the end of the data.
  Token Next();

 private:
  void SkipString();
  void SkipNested(char open, char close);
  void SkipInlineImage();

  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace finsam

#endif  // FINSAM_PDF_CONTENT_LEXER_H_
