#include "signatures/pdf_date.h"

#include <cctype>
#include <cstdio>

namespace finsam::signatures {
namespace {

// Reads `width` digits at `*at` into `*value`; false (nothing consumed)
// when they are not all there.
bool Digits(std::string_view s, size_t* at, size_t width, int* value) {
  if (*at + width > s.size()) return false;
  int v = 0;
  for (size_t i = 0; i < width; ++i) {
    const char c = s[*at + i];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  *at += width;
  *value = v;
  return true;
}

}  // namespace

std::string PdfDateToIso(std::string_view s) {
  size_t at = 0;
  if (s.substr(0, 2) == "D:") at = 2;
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  if (!Digits(s, &at, 4, &year)) return "";
  // Each later field is optional, but only in order.
  if (Digits(s, &at, 2, &month) && Digits(s, &at, 2, &day) &&
      Digits(s, &at, 2, &hour) && Digits(s, &at, 2, &minute)) {
    Digits(s, &at, 2, &second);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
      minute > 59 || second > 60) {
    return "";
  }
  if (at >= s.size()) return "";  // no zone
  const char sign = s[at++];
  std::string zone;
  if (sign == 'Z') {
    zone = "Z";
  } else if (sign == '+' || sign == '-') {
    int zh = 0, zm = 0;
    if (!Digits(s, &at, 2, &zh)) return "";
    if (at < s.size() && s[at] == '\'') ++at;
    Digits(s, &at, 2, &zm);
    if (zh > 23 || zm > 59) return "";
    char buf[8];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, zh, zm);
    zone = buf;
  } else {
    return "";
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month,
                day, hour, minute, second);
  return buf + zone;
}

}  // namespace finsam::signatures
