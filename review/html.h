// HTML building blocks for the review page: escaping untrusted text and
// embedding bytes as data: URIs.
//
// Everything shown on the review page comes from an untrusted PDF, so every
// string goes through HtmlEscape before it reaches the page; invalid UTF-8
// (a damaged text layer) becomes U+FFFD instead of reaching the browser.
#ifndef FINSAM_REVIEW_HTML_H_
#define FINSAM_REVIEW_HTML_H_

#include <string>
#include <string_view>

namespace finsam::review {

// Escapes &, <, >, " and ' so the result is safe both as element content and
// inside a quoted attribute value. Invalid UTF-8 sequences become U+FFFD;
// control characters other than tab become U+FFFD too (a form feed or NUL
// has no business on the page).
std::string HtmlEscape(std::string_view text);

// Standard base64 (RFC 4648, with padding).
std::string Base64(std::string_view bytes);

// "data:MIME;base64,...".
std::string DataUri(std::string_view mime, std::string_view bytes);

}  // namespace finsam::review

#endif  // FINSAM_REVIEW_HTML_H_
