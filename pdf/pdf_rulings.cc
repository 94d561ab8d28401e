#include "pdf/pdf_rulings.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "layout/rulings.h"
#include "pdf/content_lexer.h"

namespace finsam {
namespace {

// A filled rectangle no thicker than this is a rule; a thicker one is a
// shaded area whose edges count. Word draws table borders as 0.5-pt fills,
// InDesign as 0.25 to 1-pt strokes; the thinnest shaded cell is a line high.
constexpr double kMaxRuleThickness = 3.0;
// A colour component at or above this (gray, RGB) or a CMYK with all inks
// at or below 1 - this is paper white.
constexpr double kWhite = 0.95;
// Images placed per page at most (a page tiled from thousands of small
// images is a picture; its first tiles are as good as all).
constexpr size_t kMaxImagesPerPage = 1000;
// Form XObjects nest this deep at most (a cycle would not end otherwise).
constexpr int kMaxFormDepth = 8;
// Operations read per page at most, in forms included: a page that draws
// millions of path pieces is a picture, not a table.
constexpr long kMaxOperations = 2'000'000;

struct Point {
  double x = 0, y = 0;
};

// PDF matrix [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f.
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

  Point Apply(Point p) const {
    return Point{a * p.x + c * p.y + e, b * p.x + d * p.y + f};
  }
  // `m` applied first, then this (the PDF's `m cm`: CTM' = m x CTM).
  Matrix After(const Matrix& m) const {
    return Matrix{m.a * a + m.b * c,     m.a * b + m.b * d,
                  m.c * a + m.d * c,     m.c * b + m.d * d,
                  m.e * a + m.f * c + e, m.e * b + m.f * d + f};
  }
  double Scale() const { return std::sqrt(std::fabs(a * d - b * c)); }
};

struct GraphicsState {
  Matrix ctm;
  double line_width = 1;
  bool fill_white = false;
  bool stroke_white = false;
};

struct Subpath {
  std::vector<Point> points;  // in default user space
  bool closed = false;
  bool curved = false;
};

// Maps default user space to the text layer's coordinates: the crop box's
// top-left as origin, y down, turned by the page's /Rotate.
struct PageFrame {
  double llx = 0, lly = 0, urx = 0, ury = 0;
  int rotate = 0;  // 0, 90, 180, 270

  Point ToDisplay(Point p) const {
    const double u = p.x - llx;  // unrotated, y down
    const double v = ury - p.y;
    const double w = urx - llx;
    const double h = ury - lly;
    switch (rotate) {
      case 90:
        return Point{h - v, u};
      case 180:
        return Point{w - u, h - v};
      case 270:
        return Point{v, w - u};
      default:
        return Point{u, v};
    }
  }
  double display_width() const {
    return rotate % 180 == 0 ? urx - llx : ury - lly;
  }
  double display_height() const {
    return rotate % 180 == 0 ? ury - lly : urx - llx;
  }
};

bool IsWhite(const std::vector<double>& operands, bool cmyk) {
  if (operands.empty()) return false;
  if (cmyk) {
    for (double v : operands) {
      if (v > 1 - kWhite) return false;
    }
    return true;
  }
  for (double v : operands) {
    if (v < kWhite) return false;
  }
  return true;
}

// The decoded bytes of a content stream, or of an array of them joined by
// newlines. Throws what qpdf throws.
std::string ContentBytes(QPDFObjectHandle content) {
  std::string out;
  const auto append = [&out](QPDFObjectHandle stream) {
    if (!stream.isStream()) return;
    std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
    out.append(reinterpret_cast<const char*>(data->getBuffer()),
               data->getSize());
    out += '\n';
  };
  if (content.isArray()) {
    for (int i = 0; i < content.getArrayNItems(); ++i) {
      append(content.getArrayItem(i));
    }
  } else {
    append(content);
  }
  return out;
}

class ContentReader {
 public:
  // `images` may be null: images are not looked for then.
  ContentReader(const PageFrame& frame, std::vector<Ruling>* out,
                std::vector<PlacedImage>* images)
      : frame_(frame), out_(out), images_(images) {}

  // Reads `content` (a page's contents or a form's stream) with
  // `resources`, starting from `state`.
  void Run(QPDFObjectHandle content, QPDFObjectHandle resources,
           const GraphicsState& state, int depth) {
    std::string bytes;
    try {
      bytes = ContentBytes(content);
    } catch (const std::exception&) {
      return;  // a stream qpdf cannot decode draws nothing we can read
    }
    const QPDFObjectHandle saved_resources = resources_;
    const std::vector<GraphicsState> saved_stack = std::move(stack_);
    const GraphicsState saved_state = state_;
    const int saved_depth = depth_;
    resources_ = resources;
    stack_.clear();
    state_ = state;
    depth_ = depth;
    numbers_.clear();
    last_name_.clear();
    path_.clear();
    ContentLexer lexer(bytes);
    for (ContentLexer::Token t = lexer.Next();
         t.kind != ContentLexer::Kind::kEnd; t = lexer.Next()) {
      if (++operations_ > kMaxOperations || out_->size() > kMaxRulingsPerPage) {
        break;
      }
      if (t.kind == ContentLexer::Kind::kNumber) {
        numbers_.push_back(t.number);
      } else if (t.kind == ContentLexer::Kind::kOperator) {
        Operate(t.text);
        numbers_.clear();
        last_name_.clear();
      } else {
        if (t.kind == ContentLexer::Kind::kName) last_name_ = t.text;
        numbers_.push_back(std::nan(""));
      }
    }
    resources_ = saved_resources;
    stack_ = saved_stack;
    state_ = saved_state;
    depth_ = saved_depth;
    numbers_.clear();
    last_name_.clear();
    path_.clear();
  }

 private:
  bool Numbers(size_t n) const {
    if (numbers_.size() < n) return false;
    for (size_t i = numbers_.size() - n; i < numbers_.size(); ++i) {
      if (!std::isfinite(numbers_[i])) return false;
    }
    return true;
  }
  double Num(size_t i) const { return numbers_[numbers_.size() - 1 - i]; }

  std::vector<double> ColourOperands() const {
    std::vector<double> v;
    for (double n : numbers_) {
      if (std::isfinite(n)) v.push_back(n);
    }
    return v;
  }

  void Operate(std::string_view op) {
    if (op == "q") {
      stack_.push_back(state_);
    } else if (op == "Q") {
      if (!stack_.empty()) {
        state_ = stack_.back();
        stack_.pop_back();
      }
    } else if (op == "cm" && Numbers(6)) {
      state_.ctm = state_.ctm.After(
          Matrix{Num(5), Num(4), Num(3), Num(2), Num(1), Num(0)});
    } else if (op == "w" && Numbers(1)) {
      state_.line_width = Num(0);
    } else if (op == "g" || op == "rg" || op == "k" || op == "sc" ||
               op == "scn") {
      const std::vector<double> v = ColourOperands();
      state_.fill_white = IsWhite(v, op == "k" || v.size() == 4);
    } else if (op == "G" || op == "RG" || op == "K" || op == "SC" ||
               op == "SCN") {
      const std::vector<double> v = ColourOperands();
      state_.stroke_white = IsWhite(v, op == "K" || v.size() == 4);
    } else if (op == "cs") {
      state_.fill_white = false;  // the initial colour of a space is black
    } else if (op == "CS") {
      state_.stroke_white = false;
    } else if (op == "m" && Numbers(2)) {
      path_.push_back(Subpath{});
      path_.back().points.push_back(state_.ctm.Apply({Num(1), Num(0)}));
    } else if (op == "l" && Numbers(2)) {
      if (path_.empty()) path_.push_back(Subpath{});
      path_.back().points.push_back(state_.ctm.Apply({Num(1), Num(0)}));
    } else if ((op == "c" || op == "v" || op == "y") && !path_.empty()) {
      path_.back().curved = true;
      if (Numbers(2)) {
        path_.back().points.push_back(state_.ctm.Apply({Num(1), Num(0)}));
      }
    } else if (op == "h") {
      if (!path_.empty()) path_.back().closed = true;
    } else if (op == "re" && Numbers(4)) {
      const double x = Num(3), y = Num(2), w = Num(1), h = Num(0);
      Subpath rect;
      rect.points = {state_.ctm.Apply({x, y}), state_.ctm.Apply({x + w, y}),
                     state_.ctm.Apply({x + w, y + h}),
                     state_.ctm.Apply({x, y + h})};
      rect.closed = true;
      path_.push_back(std::move(rect));
    } else if (op == "S" || op == "s") {
      if (op == "s" && !path_.empty()) path_.back().closed = true;
      Stroke();
      path_.clear();
    } else if (op == "f" || op == "F" || op == "f*") {
      Fill();
      path_.clear();
    } else if (op == "B" || op == "B*" || op == "b" || op == "b*") {
      if ((op == "b" || op == "b*") && !path_.empty()) {
        path_.back().closed = true;
      }
      Fill();
      Stroke();
      path_.clear();
    } else if (op == "n") {
      path_.clear();
    } else if (op == "Do" && !last_name_.empty()) {
      DrawXObject("/" + last_name_);
    }
  }

  void Emit(Point a, Point b) {
    const Point p = frame_.ToDisplay(a);
    const Point q = frame_.ToDisplay(b);
    const double dx = std::fabs(p.x - q.x), dy = std::fabs(p.y - q.y);
    Ruling r;
    if (dy <= 1.0 && dx >= kMinRulingLength) {
      const double y = (p.y + q.y) / 2;
      r = Ruling{std::min(p.x, q.x), y, std::max(p.x, q.x), y};
    } else if (dx <= 1.0 && dy >= kMinRulingLength) {
      const double x = (p.x + q.x) / 2;
      r = Ruling{x, std::min(p.y, q.y), x, std::max(p.y, q.y)};
    } else {
      return;
    }
    EmitDisplay(r);
  }

  void Stroke() {
    if (state_.stroke_white) return;
    for (const Subpath& sp : path_) {
      if (sp.curved) continue;
      for (size_t i = 1; i < sp.points.size(); ++i) {
        Emit(sp.points[i - 1], sp.points[i]);
      }
      if (sp.closed && sp.points.size() > 2) {
        Emit(sp.points.back(), sp.points.front());
      }
    }
  }

  void Fill() {
    if (state_.fill_white) return;
    for (const Subpath& sp : path_) {
      if (sp.curved) continue;
      std::vector<Point> pts = sp.points;
      if (pts.size() == 5 && std::fabs(pts[0].x - pts[4].x) < 0.01 &&
          std::fabs(pts[0].y - pts[4].y) < 0.01) {
        pts.pop_back();
      }
      if (pts.size() != 4) continue;
      // An axis-aligned rectangle in display space?
      Point d[4];
      for (int i = 0; i < 4; ++i) d[i] = frame_.ToDisplay(pts[i]);
      double x0 = d[0].x, x1 = d[0].x, y0 = d[0].y, y1 = d[0].y;
      for (const Point& p : d) {
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
      }
      bool axis_aligned = true;
      for (const Point& p : d) {
        const bool on_x =
            std::fabs(p.x - x0) < 0.5 || std::fabs(p.x - x1) < 0.5;
        const bool on_y =
            std::fabs(p.y - y0) < 0.5 || std::fabs(p.y - y1) < 0.5;
        if (!on_x || !on_y) axis_aligned = false;
      }
      if (!axis_aligned) continue;
      const double w = x1 - x0, h = y1 - y0;
      // Emit works in user space; go back through the frame's inverse by
      // emitting display-space pieces directly.
      if (h <= kMaxRuleThickness && w >= kMinRulingLength) {
        EmitDisplay(Ruling{x0, (y0 + y1) / 2, x1, (y0 + y1) / 2});
      } else if (w <= kMaxRuleThickness && h >= kMinRulingLength) {
        EmitDisplay(Ruling{(x0 + x1) / 2, y0, (x0 + x1) / 2, y1});
      } else if (w > kMaxRuleThickness && h > kMaxRuleThickness) {
        EmitDisplay(Ruling{x0, y0, x1, y0});
        EmitDisplay(Ruling{x0, y1, x1, y1});
        EmitDisplay(Ruling{x0, y0, x0, y1});
        EmitDisplay(Ruling{x1, y0, x1, y1});
      }
    }
  }

  // Clips `r` (display coordinates) to the page and keeps it unless that
  // leaves nothing, or too short a stroke to be a ruling.
  void EmitDisplay(Ruling r) {
    const double w = frame_.display_width(), h = frame_.display_height();
    r.x0 = std::max(r.x0, 0.0);
    r.y0 = std::max(r.y0, 0.0);
    r.x1 = std::min(r.x1, w);
    r.y1 = std::min(r.y1, h);
    if (r.x1 < r.x0 || r.y1 < r.y0) return;
    if (std::max(r.x1 - r.x0, r.y1 - r.y0) < kMinRulingLength) return;
    out_->push_back(r);
  }

  void DrawXObject(const std::string& name) {
    if (depth_ >= kMaxFormDepth || !resources_.isDictionary()) return;
    QPDFObjectHandle xobjects = resources_.getKey("/XObject");
    if (!xobjects.isDictionary()) return;
    QPDFObjectHandle object = xobjects.getKey(name);
    if (!object.isStream()) return;
    QPDFObjectHandle subtype = object.getDict().getKey("/Subtype");
    if (!subtype.isName()) return;
    if (subtype.getName() == "/Form") {
      DrawForm(object);
    } else if (subtype.getName() == "/Image") {
      PlaceImage(object.getDict());
    }
  }

  // An image fills the unit square of its current matrix.
  void PlaceImage(QPDFObjectHandle dict) {
    if (images_ == nullptr || images_->size() >= kMaxImagesPerPage) return;
    QPDFObjectHandle mask = dict.getKey("/ImageMask");
    if (mask.isBool() && mask.getBoolValue()) return;  // a stencil, no pixels
    QPDFObjectHandle w = dict.getKey("/Width");
    QPDFObjectHandle h = dict.getKey("/Height");
    if (!w.isInteger() || !h.isInteger()) return;
    PlacedImage image;
    image.width_px = static_cast<int>(w.getIntValue());
    image.height_px = static_cast<int>(h.getIntValue());
    if (image.width_px <= 0 || image.height_px <= 0) return;
    Box& b = image.box;
    bool first = true;
    for (Point corner : {Point{0, 0}, Point{1, 0}, Point{1, 1}, Point{0, 1}}) {
      const Point p = frame_.ToDisplay(state_.ctm.Apply(corner));
      if (!std::isfinite(p.x) || !std::isfinite(p.y)) return;
      b.x0 = first ? p.x : std::min(b.x0, p.x);
      b.x1 = first ? p.x : std::max(b.x1, p.x);
      b.y0 = first ? p.y : std::min(b.y0, p.y);
      b.y1 = first ? p.y : std::max(b.y1, p.y);
      first = false;
    }
    b.x0 = std::max(b.x0, 0.0);
    b.y0 = std::max(b.y0, 0.0);
    b.x1 = std::min(b.x1, frame_.display_width());
    b.y1 = std::min(b.y1, frame_.display_height());
    if (b.x1 <= b.x0 || b.y1 <= b.y0) return;  // off the page
    images_->push_back(image);
  }

  void DrawForm(QPDFObjectHandle form) {
    QPDFObjectHandle dict = form.getDict();
    const QPDFObjGen id = form.getObjGen();
    if (open_forms_.count(id) > 0) return;  // a form that draws itself
    GraphicsState inner = state_;
    QPDFObjectHandle m = dict.getKey("/Matrix");
    if (m.isArray() && m.getArrayNItems() == 6) {
      double v[6];
      for (int i = 0; i < 6; ++i) {
        QPDFObjectHandle item = m.getArrayItem(i);
        v[i] = item.isNumber() ? item.getNumericValue() : (i == 0 || i == 3);
      }
      inner.ctm = inner.ctm.After(Matrix{v[0], v[1], v[2], v[3], v[4], v[5]});
    }
    QPDFObjectHandle res = dict.getKey("/Resources");
    if (!res.isDictionary()) res = resources_;
    open_forms_.insert(id);
    // The form's operands and path are its own; Run saves and restores ours.
    std::vector<double> numbers = std::move(numbers_);
    std::vector<Subpath> path = std::move(path_);
    Run(form, res, inner, depth_ + 1);
    numbers_ = std::move(numbers);
    path_ = std::move(path);
    open_forms_.erase(id);
  }

  const PageFrame frame_;
  std::vector<Ruling>* out_;
  std::vector<PlacedImage>* images_;
  QPDFObjectHandle resources_;
  GraphicsState state_;
  std::vector<GraphicsState> stack_;
  std::vector<double> numbers_;  // operands (NaN: not a number)
  std::string last_name_;        // the last name operand, for Do
  std::vector<Subpath> path_;
  std::set<QPDFObjGen> open_forms_;
  int depth_ = 0;
  long operations_ = 0;
};

PageFrame FrameOf(QPDFPageObjectHelper& page) {
  PageFrame frame;
  QPDFObjectHandle::Rectangle box =
      page.getCropBox(false, false).getArrayAsRectangle();
  frame.llx = std::min(box.llx, box.urx);
  frame.urx = std::max(box.llx, box.urx);
  frame.lly = std::min(box.lly, box.ury);
  frame.ury = std::max(box.lly, box.ury);
  QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
  if (rotate.isInteger()) {
    const long long r = ((rotate.getIntValue() % 360) + 360) % 360;
    frame.rotate = static_cast<int>(r - r % 90);
  }
  return frame;
}

}  // namespace

PdfRulingReader::PdfRulingReader(const std::string& pdf_bytes,
                                 const std::string& password) {
  // qpdf reports problems by throwing; none of that may leave this module.
  try {
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    pdf->processMemoryFile("input", pdf_bytes.data(), pdf_bytes.size(),
                           password.empty() ? nullptr : password.c_str());
    pages_ = QPDFPageDocumentHelper(*pdf).getAllPages();
    pdf_ = std::move(pdf);
  } catch (const std::exception&) {
    pages_.clear();
    pdf_.reset();
  }
}

PdfRulingReader::~PdfRulingReader() = default;

std::vector<Ruling> PdfRulingReader::Read(int index) {
  return ReadPage(index, /*images=*/nullptr);
}

PageDrawing PdfRulingReader::ReadDrawing(int index) {
  PageDrawing drawing;
  drawing.rulings = ReadPage(index, &drawing.images);
  return drawing;
}

std::vector<Ruling> PdfRulingReader::ReadPage(
    int index, std::vector<PlacedImage>* images) {
  std::vector<Ruling> out;
  if (pdf_ == nullptr || index < 0 ||
      static_cast<size_t>(index) >= pages_.size()) {
    return out;
  }
  try {
    QPDFPageObjectHelper& page = pages_[static_cast<size_t>(index)];
    const PageFrame frame = FrameOf(page);
    if (frame.urx - frame.llx <= 0 || frame.ury - frame.lly <= 0) return out;
    ContentReader reader(frame, &out, images);
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    reader.Run(page.getObjectHandle().getKey("/Contents"), resources,
               GraphicsState{}, 0);
  } catch (const std::exception&) {
    // Keep what was read.
  }
  if (out.size() > kMaxRulingsPerPage) out.resize(kMaxRulingsPerPage);
  return MergeRulings(std::move(out));
}

}  // namespace finsam
