// The thainews/1 JSON writer. Offsets become code points here, in one place,
// through a CodePointIndex over Article::text. Python builds its objects from
// this same JSON, so the CLI, C++ and Python can never disagree on a field.

#include "thainews/json.h"

#include <cstdio>
#include <string>

#include "thainews/text.h"

namespace thainews {
namespace {

// A streaming writer. Objects and arrays of objects go on separate lines
// when indenting; arrays of numbers ("mentions") stay on one line.
class Writer {
 public:
  explicit Writer(int indent) : indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray(bool inline_items = false) {
    Open('[');
    inline_.back() = inline_items;
  }
  void EndArray() { Close(']'); }

  void Key(const char* key) {
    Separate();
    Quoted(key);
    out_ += indent_ > 0 ? ": " : ":";
    after_key_ = true;
  }

  void String(std::string_view s) {
    Separate();
    Quoted(s);
  }
  void Quoted(std::string_view s) {
    out_ += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default:
          if (c < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out_ += buffer;
          } else {
            out_ += static_cast<char>(c);
          }
      }
    }
    out_ += '"';
  }
  void Int(long long v) {
    Separate();
    out_ += std::to_string(v);
  }
  void Bool(bool v) {
    Separate();
    out_ += v ? "true" : "false";
  }
  void Null() {
    Separate();
    out_ += "null";
  }
  void OptionalString(const std::optional<std::string>& s) {
    if (s) {
      String(*s);
    } else {
      Null();
    }
  }

  std::string Take() { return std::move(out_); }

 private:
  void Open(char c) {
    Separate();
    out_ += c;
    first_.push_back(true);
    inline_.push_back(false);
  }
  void Close(char c) {
    const bool empty = first_.back();
    const bool was_inline = inline_.back();
    first_.pop_back();
    inline_.pop_back();
    if (!empty && indent_ > 0 && !was_inline) Newline();
    out_ += c;
  }
  // Writes what goes before a value or key: a comma and a line break, unless
  // the value follows its key.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += inline_.back() && indent_ > 0 ? ", " : ",";
    first_.back() = false;
    if (indent_ > 0 && !inline_.back()) Newline();
  }
  void Newline() {
    out_ += '\n';
    out_.append(first_.size() * indent_, ' ');
  }

  int indent_;
  std::string out_;
  std::vector<bool> first_;
  std::vector<bool> inline_;
  bool after_key_ = false;
};

class ArticleWriter {
 public:
  ArticleWriter(const Article& article, int indent)
      : article_(article), index_(article.text), w_(indent) {}

  std::string Write(const JsonOptions& options) {
    w_.BeginObject();
    w_.Key("schema");
    w_.String("thainews/1");
    if (!options.source.empty()) {
      w_.Key("source");
      w_.String(options.source);
    }
    w_.Key("headline");
    w_.String(article_.headline);

    w_.Key("dates");
    w_.BeginArray();
    for (const Date& d : article_.dates) {
      w_.BeginObject();
      TextAndSpan(d.text, d.span);
      w_.Key("kind");
      w_.String(DateKindName(d.kind));
      w_.Key("value");
      w_.String(d.value);
      w_.Key("era");
      w_.String(d.era == Date::Era::kBE ? "BE" : "CE");
      w_.Key("weekday");
      w_.OptionalString(d.weekday);
      w_.Key("time");
      w_.OptionalString(d.time);
      w_.Key("year_inferred");
      w_.Bool(d.year_inferred);
      w_.Key("weekday_mismatch");
      w_.Bool(d.weekday_mismatch);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("officials");
    w_.BeginArray();
    for (const Official& o : article_.officials) {
      w_.BeginObject();
      TextAndSpan(o.text, o.span);
      w_.Key("honorific");
      w_.String(o.honorific);
      w_.Key("name");
      w_.String(o.name);
      w_.Key("given_name");
      w_.String(o.given_name);
      w_.Key("family_name");
      w_.String(o.family_name);
      w_.Key("position");
      w_.OptionalString(o.position);
      w_.Key("province");
      w_.OptionalString(o.province);
      Mentions(o.mentions);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("provinces");
    w_.BeginArray();
    for (const Province& p : article_.provinces) {
      w_.BeginObject();
      w_.Key("name");
      w_.String(p.name);
      w_.Key("code");
      w_.String(p.code);
      w_.Key("name_en");
      w_.String(p.name_en);
      Mentions(p.mentions);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("districts");
    w_.BeginArray();
    for (const District& d : article_.districts) {
      w_.BeginObject();
      w_.Key("name");
      w_.String(d.name);
      w_.Key("province");
      w_.String(d.province);
      w_.Key("code");
      w_.String(d.code);
      w_.Key("name_en");
      w_.String(d.name_en);
      w_.Key("province_code");
      w_.String(d.province_code);
      Mentions(d.mentions);
      w_.EndObject();
    }
    w_.EndArray();

    if (options.include_subdistricts) {
      w_.Key("subdistricts");
      w_.BeginArray();
      for (const Subdistrict& s : article_.subdistricts) {
        w_.BeginObject();
        w_.Key("name");
        w_.String(s.name);
        w_.Key("district");
        w_.String(s.district);
        w_.Key("province");
        w_.String(s.province);
        w_.Key("code");
        w_.String(s.code);
        w_.Key("name_en");
        w_.String(s.name_en);
        Mentions(s.mentions);
        w_.EndObject();
      }
      w_.EndArray();
    }

    w_.Key("attendance");
    w_.BeginArray();
    for (const Attendance& a : article_.attendance) {
      w_.BeginObject();
      TextAndSpan(a.text, a.span);
      w_.Key("count");
      w_.Int(a.count);
      w_.Key("unit");
      w_.String(a.unit);
      w_.Key("approximate");
      w_.Bool(a.approximate);
      w_.Key("role");
      if (a.is_total) {
        w_.String("total");
      } else if (a.is_part) {
        w_.String("part");
      } else {
        w_.Null();
      }
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("issues");
    w_.BeginArray();
    for (const IssueList& list : article_.issues) {
      w_.BeginObject();
      TextAndSpan(list.text, list.span);
      w_.Key("declared_count");
      if (list.declared_count) {
        w_.Int(*list.declared_count);
      } else {
        w_.Null();
      }
      w_.Key("items");
      w_.BeginArray();
      for (const IssueItem& item : list.items) w_.String(item.text);
      w_.EndArray();
      w_.Key("item_spans");
      w_.BeginArray(true);
      for (const IssueItem& item : list.items) SpanPair(item.span);
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();

    WriteEvent();

    w_.EndObject();
    return w_.Take();
  }

 private:
  // "event": an object with every slot (null when empty), or null.
  void WriteEvent() {
    w_.Key("event");
    if (!article_.event) {
      w_.Null();
      return;
    }
    const Event& e = *article_.event;
    w_.BeginObject();
    w_.Key("date");
    if (e.date) {
      w_.BeginObject();
      TextAndSpan(e.date->text, e.date->span);
      w_.Key("value");
      w_.String(e.date->value);
      w_.EndObject();
    } else {
      w_.Null();
    }
    w_.Key("time");
    w_.OptionalString(e.time);
    w_.Key("venue");
    if (e.venue) {
      w_.BeginObject();
      TextAndSpan(e.venue->text, e.venue->span);
      w_.EndObject();
    } else {
      w_.Null();
    }
    w_.Key("district");
    w_.OptionalString(e.district);
    w_.Key("province");
    w_.OptionalString(e.province);
    w_.Key("chair");
    w_.OptionalString(e.chair);
    w_.Key("attendance");
    if (e.attendance) {
      w_.Int(*e.attendance);
    } else {
      w_.Null();
    }
    w_.EndObject();
  }

  void TextAndSpan(const std::string& text, Span span) {
    w_.Key("text");
    w_.String(text);
    w_.Key("start");
    w_.Int(static_cast<long long>(index_.ToCodePoint(span.begin)));
    w_.Key("end");
    w_.Int(static_cast<long long>(index_.ToCodePoint(span.end)));
  }
  void SpanPair(Span span) {
    w_.BeginArray(true);
    w_.Int(static_cast<long long>(index_.ToCodePoint(span.begin)));
    w_.Int(static_cast<long long>(index_.ToCodePoint(span.end)));
    w_.EndArray();
  }
  void Mentions(const std::vector<Span>& mentions) {
    w_.Key("mentions");
    w_.BeginArray(true);
    for (const Span& m : mentions) SpanPair(m);
    w_.EndArray();
  }

  const Article& article_;
  CodePointIndex index_;
  Writer w_;
};

}  // namespace

std::string ToJson(const Article& article, const JsonOptions& options) {
  return ArticleWriter(article, options.indent).Write(options);
}

}  // namespace thainews
