#include "pdf/content_lexer.h"

namespace finsam {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
         c == '\0';
}

bool IsRegular(char c) {
  return !IsSpace(c) && c != '(' && c != ')' && c != '<' && c != '>' &&
         c != '[' && c != ']' && c != '{' && c != '}' && c != '/' && c != '%';
}

bool ParseNumber(std::string_view w, double* out) {
  size_t i = 0;
  bool negative = false;
  if (i < w.size() && (w[i] == '+' || w[i] == '-')) negative = w[i++] == '-';
  double value = 0, scale = 0;
  bool digits = false;
  for (; i < w.size(); ++i) {
    const char c = w[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      if (scale == 0) {
        value = value * 10 + (c - '0');
      } else {
        value += (c - '0') * scale;
        scale /= 10;
      }
    } else if (c == '.' && scale == 0) {
      scale = 0.1;
    } else {
      return false;
    }
  }
  if (!digits) return false;
  *out = negative ? -value : value;
  return true;
}

}  // namespace

ContentLexer::Token ContentLexer::Next() {
  while (true) {
    while (pos_ < data_.size() && IsSpace(data_[pos_])) ++pos_;
    if (pos_ >= data_.size()) return Token{};
    const char c = data_[pos_];
    if (c == '%') {
      while (pos_ < data_.size() && data_[pos_] != '\n' &&
             data_[pos_] != '\r') {
        ++pos_;
      }
      continue;
    }
    if (c == '(') {
      SkipString();
      return Token{Kind::kOther, 0, {}};
    }
    if (c == '<') {
      if (pos_ + 1 < data_.size() && data_[pos_ + 1] == '<') {
        SkipNested('<', '>');
      } else {
        const size_t close = data_.find('>', pos_);
        pos_ = close == std::string_view::npos ? data_.size() : close + 1;
      }
      return Token{Kind::kOther, 0, {}};
    }
    if (c == '[') {
      SkipNested('[', ']');
      return Token{Kind::kOther, 0, {}};
    }
    if (c == '/') {
      ++pos_;
      const size_t start = pos_;
      while (pos_ < data_.size() && IsRegular(data_[pos_])) ++pos_;
      return Token{Kind::kName, 0, data_.substr(start, pos_ - start)};
    }
    const size_t start = pos_;
    while (pos_ < data_.size() && IsRegular(data_[pos_])) ++pos_;
    if (pos_ == start) {  // a stray delimiter: ')', ']', '>', '{', '}'
      ++pos_;
      continue;
    }
    const std::string_view word = data_.substr(start, pos_ - start);
    double number = 0;
    if (ParseNumber(word, &number)) return Token{Kind::kNumber, number, {}};
    if (word == "ID") SkipInlineImage();
    return Token{Kind::kOperator, 0, word};
  }
}

void ContentLexer::SkipString() {
  int depth = 0;
  while (pos_ < data_.size()) {
    const char c = data_[pos_++];
    if (c == '\\') {
      if (pos_ < data_.size()) ++pos_;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth <= 0) {
      return;
    }
  }
}

// A balanced [...] or <<...>> (strings inside them skipped as strings).
void ContentLexer::SkipNested(char open, char close) {
  int depth = 0;
  while (pos_ < data_.size()) {
    const char c = data_[pos_];
    if (c == '(') {
      SkipString();
      continue;
    }
    ++pos_;
    if (c == open) {
      ++depth;
    } else if (c == close && --depth <= 0) {
      return;  // "<<" counts two, ">>" closes both
    }
  }
}

// After "ID": binary data up to "EI" standing alone.
void ContentLexer::SkipInlineImage() {
  for (size_t i = pos_ + 1; i + 1 < data_.size(); ++i) {
    if (data_[i] == 'E' && data_[i + 1] == 'I' && IsSpace(data_[i - 1]) &&
        (i + 2 == data_.size() || IsSpace(data_[i + 2]))) {
      pos_ = i + 2;
      return;
    }
  }
  pos_ = data_.size();
}

}  // namespace finsam
