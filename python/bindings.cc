// thainews._thainews: thin shims over the C++ library. Python's objects are
// built in thainews/__init__.py from the same thainews/1 JSON the CLI prints,
// so there is one serializer and the two cannot drift apart. The GIL is
// released only around pure C++ work (extraction, segmentation), never while
// Python objects are touched.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "thainews/thainews.h"
#include "text/utf8.h"

namespace py = pybind11;

namespace {

// A failed Status on its way to Python, where it becomes thainews.Error.
struct StatusError {
  thainews::Status status;
  std::optional<size_t> offset;  // in the caller's units (bytes or code points)
};

py::object MakeError(const thainews::Status& status, std::optional<size_t> offset) {
  py::object error_class = py::module_::import("thainews._errors").attr("Error");
  return error_class(status.message(), thainews::StatusCodeName(status.code()),
                     offset ? py::object(py::int_(*offset)) : py::object(py::none()));
}

[[noreturn]] void Throw(const thainews::Status& status,
                        std::optional<size_t> offset = std::nullopt) {
  throw StatusError{status, offset};
}

template <typename T>
T ValueOrThrow(thainews::Result<T> result) {
  if (!result.ok()) Throw(result.status());
  return std::move(*result);
}

// Text as the library wants it: UTF-8 bytes, and whether offsets in errors
// should count code points (str) or bytes (bytes).
struct Input {
  std::string bytes;
  bool from_str = false;
  py::object text;  // the str, when the input was one
};

// Encodes a str to UTF-8. A lone surrogate cannot be encoded: it is an error,
// or U+FFFD with errors="replace" (one code point for one, so offsets still
// agree with the caller's str).
Input ReadInput(const py::handle& obj, thainews::InvalidBytes invalid) {
  Input input;
  if (PyUnicode_Check(obj.ptr())) {
    input.from_str = true;
    input.text = py::reinterpret_borrow<py::object>(obj);
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
    if (data != nullptr) {
      input.bytes.assign(data, static_cast<size_t>(size));
      return input;
    }
    PyErr_Clear();
    const Py_ssize_t length = PyUnicode_GetLength(obj.ptr());
    for (Py_ssize_t i = 0; i < length; ++i) {
      Py_UCS4 c = PyUnicode_ReadChar(obj.ptr(), i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        if (invalid == thainews::InvalidBytes::kError) {
          Throw(thainews::Status(thainews::StatusCode::kInvalidInput,
                                 "lone surrogate at index " + std::to_string(i) +
                                     " cannot be encoded; pass errors=\"replace\" to replace it"),
                static_cast<size_t>(i));
        }
        c = 0xFFFD;
      }
      thainews::utf8::Append(static_cast<char32_t>(c), &input.bytes);
    }
    input.text = py::str(PyUnicode_DecodeUTF8(input.bytes.data(),
                                               static_cast<Py_ssize_t>(input.bytes.size()),
                                               "strict"));
    return input;
  }
  if (PyBytes_Check(obj.ptr()) || PyByteArray_Check(obj.ptr()) ||
      PyObject_CheckBuffer(obj.ptr())) {
    py::buffer_info info = py::reinterpret_borrow<py::buffer>(obj).request();
    input.bytes.assign(static_cast<const char*>(info.ptr),
                       static_cast<size_t>(info.size * info.itemsize));
    return input;
  }
  throw py::type_error(std::string("expected str or bytes, got ") +
                       py::str(py::type::of(obj).attr("__name__")).cast<std::string>());
}

// The error offset in the caller's units: code points for a str.
std::optional<size_t> CallerOffset(const Input& input, const thainews::Status& status) {
  if (!status.byte_offset()) return std::nullopt;
  if (!input.from_str) return status.byte_offset();
  return thainews::CodePointIndex(input.bytes).ToCodePoint(*status.byte_offset());
}

py::str Utf8ToStr(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (o == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

thainews::DecodeOptions DecodeOptionsFrom(const thainews::DecodeOptions& base,
                                          const std::optional<std::string>& encoding,
                                          const std::optional<std::string>& errors) {
  thainews::DecodeOptions decode = base;
  if (encoding) decode.encoding = ValueOrThrow(thainews::ParseEncoding(*encoding));
  if (errors) decode.invalid_bytes = ValueOrThrow(thainews::ParseInvalidBytes(*errors));
  return decode;
}

thainews::Segmenter::Options SegmenterOptionsFrom(const std::string& engine,
                                                  const std::string& granularity,
                                                  const std::vector<std::string>& words,
                                                  const std::string& dictionary,
                                                  const std::string& data_dir) {
  thainews::Segmenter::Options options;
  options.engine = ValueOrThrow(thainews::ParseEngine(engine));
  options.granularity = ValueOrThrow(thainews::ParseGranularity(granularity));
  options.user_words = words;
  options.user_dictionary_path = dictionary;
  options.data_dir = data_dir;
  return options;
}

// (json, text) for one extracted article: the text is the caller's str when
// there was one, so no copy is made of it.
py::tuple ArticleResult(const thainews::Article& article, const Input& input,
                        const std::string& json) {
  py::object text = input.from_str ? input.text : py::object(Utf8ToStr(article.text));
  return py::make_tuple(Utf8ToStr(json), text);
}

class PyExtractor {
 public:
  PyExtractor(const std::string& engine, const std::vector<std::string>& words,
              const std::string& dictionary, const std::string& encoding,
              const std::string& errors, size_t max_bytes, const std::string& data_dir)
      : extractor_(Create(engine, words, dictionary, encoding, errors, max_bytes, data_dir)) {}

  py::tuple Extract(const py::object& obj, const std::optional<std::string>& encoding,
                    const std::optional<std::string>& errors) const {
    const thainews::DecodeOptions decode =
        DecodeOptionsFrom(extractor_.options().decode, encoding, errors);
    const Input input = ReadInput(obj, decode.invalid_bytes);
    thainews::Result<thainews::Article> article = thainews::Status();
    std::string json;
    {
      py::gil_scoped_release release;
      article = extractor_.Extract(input.bytes, decode);
      if (article.ok()) json = thainews::ToJson(*article);
    }
    if (!article.ok()) Throw(article.status(), CallerOffset(input, article.status()));
    return ArticleResult(*article, input, json);
  }

  // One entry per input: (json, text), or an Error object when that input
  // failed; the caller decides whether to raise it.
  py::list ExtractBatch(const py::iterable& objs, int num_threads,
                        const std::optional<std::string>& encoding,
                        const std::optional<std::string>& errors) const {
    const thainews::DecodeOptions decode =
        DecodeOptionsFrom(extractor_.options().decode, encoding, errors);
    std::vector<Input> inputs;
    std::vector<py::object> early_errors;  // inputs that failed to convert
    for (const py::handle& obj : objs) {
      try {
        inputs.push_back(ReadInput(obj, decode.invalid_bytes));
        early_errors.emplace_back();
      } catch (const StatusError& e) {
        inputs.emplace_back();
        early_errors.push_back(MakeError(e.status, e.offset));
      }
    }
    std::vector<std::string_view> views;
    std::vector<size_t> view_of;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (!early_errors[i]) {
        views.push_back(inputs[i].bytes);
        view_of.push_back(i);
      }
    }
    std::vector<thainews::Result<thainews::Article>> results;
    std::vector<std::string> jsons;
    {
      py::gil_scoped_release release;
      results = extractor_.ExtractBatch(views, decode, num_threads);
      jsons.resize(results.size());
      for (size_t r = 0; r < results.size(); ++r) {
        if (results[r].ok()) jsons[r] = thainews::ToJson(*results[r]);
      }
    }
    py::list out(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (early_errors[i]) out[i] = early_errors[i];
    }
    for (size_t r = 0; r < results.size(); ++r) {
      const size_t i = view_of[r];
      if (results[r].ok()) {
        out[i] = ArticleResult(*results[r], inputs[i], jsons[r]);
      } else {
        out[i] = MakeError(results[r].status(), CallerOffset(inputs[i], results[r].status()));
      }
    }
    return out;
  }

  std::string engine() const { return extractor_.segmenter().engine_name(); }

 private:
  static thainews::Extractor Create(const std::string& engine,
                                    const std::vector<std::string>& words,
                                    const std::string& dictionary, const std::string& encoding,
                                    const std::string& errors, size_t max_bytes,
                                    const std::string& data_dir) {
    thainews::Extractor::Options options;
    options.segmenter = SegmenterOptionsFrom(engine, "fine", words, dictionary, "");
    options.decode = DecodeOptionsFrom(options.decode, encoding, errors);
    options.decode.max_input_bytes = max_bytes;
    options.data_dir = data_dir;
    return ValueOrThrow(thainews::Extractor::Create(options));
  }

  thainews::Extractor extractor_;
};

class PySegmenter {
 public:
  PySegmenter(const std::string& engine, const std::string& granularity,
              const std::vector<std::string>& words, const std::string& dictionary,
              const std::string& data_dir)
      : segmenter_(ValueOrThrow(thainews::Segmenter::Create(
            SegmenterOptionsFrom(engine, granularity, words, dictionary, data_dir)))) {}

  // The words as str. A str input (the usual case) is read in place from
  // its own UTF-8 form; each word comes from the cache of recent words, so
  // an article's repeated words are made once.
  py::list Segment(const py::object& obj, bool keep_whitespace) const {
    Py_ssize_t size = 0;
    const char* data =
        PyUnicode_Check(obj.ptr()) ? PyUnicode_AsUTF8AndSize(obj.ptr(), &size) : nullptr;
    if (data == nullptr) {
      PyErr_Clear();
      return SegmentCopy(obj, keep_whitespace);
    }
    const std::string_view text(data, static_cast<size_t>(size));
    std::vector<thainews::Token> tokens;
    {
      py::gil_scoped_release release;
      tokens = segmenter_.Segment(text);
    }
    size_t kept = tokens.size();
    if (!keep_whitespace) {
      kept = 0;
      for (const thainews::Token& t : tokens) kept += t.kind != thainews::TokenKind::kSpace;
    }
    PyObject* list = PyList_New(static_cast<Py_ssize_t>(kept));
    if (list == nullptr) throw py::error_already_set();
    py::list out = py::reinterpret_steal<py::list>(list);
    Py_ssize_t index = 0;
    for (const thainews::Token& t : tokens) {
      if (!keep_whitespace && t.kind == thainews::TokenKind::kSpace) continue;
      PyObject* word = words_.Get(text.substr(t.begin, t.end - t.begin));
      if (word == nullptr) throw py::error_already_set();
      PyList_SET_ITEM(list, index++, word);
    }
    return out;
  }

  // Segment() for bytes, and for a str that has no UTF-8 form (lone
  // surrogates): through a UTF-8 copy.
  py::list SegmentCopy(const py::object& obj, bool keep_whitespace) const {
    const Input input = ReadInput(obj, thainews::InvalidBytes::kReplace);
    std::vector<thainews::Token> tokens;
    {
      py::gil_scoped_release release;
      tokens = segmenter_.Segment(input.bytes);
    }
    py::list out;
    for (const thainews::Token& t : tokens) {
      if (!keep_whitespace && t.kind == thainews::TokenKind::kSpace) continue;
      PyObject* word = words_.Get(std::string_view(input.bytes).substr(t.begin, t.end - t.begin));
      if (word == nullptr) throw py::error_already_set();
      out.append(py::reinterpret_steal<py::object>(word));
    }
    return out;
  }

  // (text, start, end, kind) per token, offsets in code points.
  py::list Tokenize(const py::object& obj) const {
    const Input input = ReadInput(obj, thainews::InvalidBytes::kReplace);
    std::vector<thainews::Token> tokens;
    {
      py::gil_scoped_release release;
      tokens = segmenter_.Segment(input.bytes);
    }
    py::list out;
    size_t byte = 0, code_point = 0;
    const auto advance = [&](size_t to) {
      for (; byte < to; ++byte) {
        if ((static_cast<unsigned char>(input.bytes[byte]) & 0xC0) != 0x80) ++code_point;
      }
    };
    for (const thainews::Token& t : tokens) {
      advance(t.begin);
      const size_t start = code_point;
      advance(t.end);
      out.append(py::make_tuple(
          Utf8ToStr(std::string_view(input.bytes).substr(t.begin, t.end - t.begin)), start,
          code_point, thainews::TokenKindName(t.kind)));
    }
    return out;
  }

  std::string engine() const { return segmenter_.engine_name(); }

 private:
  // The str objects of recent words. An article repeats its words ("ที่",
  // "การ", " ") hundreds of times, and making a new str for each is most of
  // what a call costs beyond the C++ segmentation; a hit here only takes a
  // reference. Direct-mapped, so a lookup is one hash and one compare.
  // Only touched with the GIL held, which serializes it.
  class WordCache {
   public:
    WordCache() = default;
    WordCache(const WordCache&) = delete;
    WordCache& operator=(const WordCache&) = delete;
    ~WordCache() {
      for (Entry& e : entries_) Py_XDECREF(e.word);
    }

    // A new reference to the str of `utf8` (valid UTF-8: a token of a str).
    PyObject* Get(std::string_view utf8) {
      if (utf8.size() > kMaxBytes) return Decode(utf8);
      const uint64_t hash = Hash(utf8);
      Entry& e = entries_[hash & (kEntries - 1)];
      if (e.word != nullptr && e.hash == hash && e.length == utf8.size() &&
          std::memcmp(e.bytes, utf8.data(), utf8.size()) == 0) {
        Py_INCREF(e.word);
        return e.word;
      }
      PyObject* word = Decode(utf8);
      if (word == nullptr) return nullptr;
      Py_XDECREF(e.word);
      Py_INCREF(word);
      e.word = word;
      e.hash = hash;
      e.length = static_cast<uint32_t>(utf8.size());
      std::memcpy(e.bytes, utf8.data(), utf8.size());
      return word;
    }

   private:
    static PyObject* Decode(std::string_view utf8) {
      return PyUnicode_DecodeUTF8(utf8.data(), static_cast<Py_ssize_t>(utf8.size()), "strict");
    }

    // The first and last eight bytes and the length: enough to tell words
    // apart (a collision costs only a miss), in a few instructions.
    static uint64_t Hash(std::string_view s) {
      uint64_t head = 0, tail = 0;
      std::memcpy(&head, s.data(), std::min<size_t>(8, s.size()));
      if (s.size() > 8) std::memcpy(&tail, s.data() + s.size() - 8, 8);
      uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ULL) ^ s.size()) * 0xFF51AFD7ED558CCDULL;
      return h ^ (h >> 29);
    }

    static constexpr size_t kMaxBytes = 30;  // ten Thai letters
    static constexpr size_t kEntries = 4096;
    struct Entry {
      PyObject* word = nullptr;
      uint64_t hash = 0;
      uint32_t length = 0;
      char bytes[kMaxBytes];
    };
    std::array<Entry, kEntries> entries_;
  };

  thainews::Segmenter segmenter_;
  mutable WordCache words_;
};

// A Place as the dict python/thainews/_gazetteer.py builds its dataclass
// from: the keys are the dataclass's fields.
py::dict PlaceDict(const thainews::Place& p) {
  py::dict d;
  d["level"] = thainews::PlaceLevelName(p.level);
  d["code"] = p.code;
  d["name"] = p.name;
  d["name_en"] = p.name_en;
  d["province"] = p.province;
  d["province_code"] = p.province_code;
  d["district"] = p.district;
  d["district_code"] = p.district_code;
  d["capital"] = p.capital;
  d["aliases"] = py::tuple(py::cast(p.aliases));
  return d;
}

py::list PlaceDicts(const std::vector<thainews::Place>& places) {
  py::list out;
  for (const thainews::Place& p : places) out.append(PlaceDict(p));
  return out;
}

class PyGazetteer {
 public:
  explicit PyGazetteer(const std::string& data_dir)
      : gazetteer_(ValueOrThrow(thainews::Gazetteer::Create({data_dir}))) {}

  py::list Find(const std::string& query) const { return PlaceDicts(gazetteer_.Find(query)); }
  py::object FindCode(const std::string& code) const {
    std::optional<thainews::Place> place = gazetteer_.FindCode(code);
    return place ? py::object(PlaceDict(*place)) : py::object(py::none());
  }
  py::list Provinces() const { return PlaceDicts(gazetteer_.Provinces()); }
  py::list Children(const std::string& code) const {
    return PlaceDicts(gazetteer_.Children(code));
  }

 private:
  thainews::Gazetteer gazetteer_;
};

}  // namespace

PYBIND11_MODULE(_thainews, m) {
  m.doc() = "Native core of thainews; use the thainews package.";

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const StatusError& e) {
      py::object error = MakeError(e.status, e.offset);
      PyErr_SetObject(error.get_type().ptr(), error.ptr());
    }
  });

  m.def("version", [] { return std::string(thainews::Version()); });

  py::class_<PyExtractor>(m, "Extractor")
      .def(py::init<const std::string&, const std::vector<std::string>&, const std::string&,
                    const std::string&, const std::string&, size_t, const std::string&>(),
           py::arg("engine"), py::arg("words"), py::arg("dictionary"), py::arg("encoding"),
           py::arg("errors"), py::arg("max_bytes"), py::arg("data_dir"))
      .def("extract", &PyExtractor::Extract, py::arg("text"), py::arg("encoding"),
           py::arg("errors"))
      .def("extract_batch", &PyExtractor::ExtractBatch, py::arg("texts"), py::arg("num_threads"),
           py::arg("encoding"), py::arg("errors"))
      .def_property_readonly("engine", &PyExtractor::engine);

  py::class_<PySegmenter>(m, "Segmenter")
      .def(py::init<const std::string&, const std::string&, const std::vector<std::string>&,
                    const std::string&, const std::string&>(),
           py::arg("engine"), py::arg("granularity"), py::arg("words"), py::arg("dictionary"),
           py::arg("data_dir"))
      .def("segment", &PySegmenter::Segment, py::arg("text"), py::arg("keep_whitespace"))
      .def("tokenize", &PySegmenter::Tokenize, py::arg("text"))
      .def_property_readonly("engine", &PySegmenter::engine);

  py::class_<PyGazetteer>(m, "Gazetteer")
      .def(py::init<const std::string&>(), py::arg("data_dir"))
      .def("find", &PyGazetteer::Find, py::arg("query"))
      .def("find_code", &PyGazetteer::FindCode, py::arg("code"))
      .def("provinces", &PyGazetteer::Provinces)
      .def("children", &PyGazetteer::Children, py::arg("code"));
}
