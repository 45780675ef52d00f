// The thainews command: a thin loop over the library.
//
//   thainews extract FILE... | -      JSON (schema thainews/1)
//   thainews segment FILE | -         one line of words per input line
//
// Exit status: 0 when every input was processed, 1 when any input could not
// be read or was invalid (the others are still processed), 2 for a usage
// error. Messages go to stderr, one line each.

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "thainews/thainews.h"

namespace {

constexpr char kUsage[] =
    "usage: thainews <command> [options] [FILE...]\n"
    "\n"
    "commands:\n"
    "  extract FILE...|-   what each article says, as JSON (schema thainews/1):\n"
    "                      pretty JSON for one file, JSON Lines for several\n"
    "  segment FILE|-      split Thai text into words, one output line per input line\n"
    "  version             print the version\n"
    "\n"
    "options:\n"
    "  --jsonl             (extract) JSON Lines even for one file; each object has \"source\"\n"
    "  --threads N         (extract) threads for several files (default: all cores)\n"
    "  --progress          (extract) report progress on stderr (default: when stderr is a terminal)\n"
    "  --no-progress       (extract) never report progress\n"
    "  --sep S             (segment) word separator (default '|')\n"
    "  --granularity G     (segment) fine (default) or compound\n"
    "  --engine E          segmentation engine: default (thainews), thainews, libthai, icu\n"
    "  --dict FILE         extra words, one per line, kept whole\n"
    "  --encoding E        input encoding: utf-8 (default), tis-620, windows-874, auto\n"
    "  --errors E          invalid bytes: strict (default: fail) or replace (U+FFFD)\n"
    "  --max-bytes N       refuse inputs larger than N bytes (default 67108864)\n"
    "  --data-dir DIR      read data files from DIR instead of the compiled-in copies\n"
    "  -h, --help          this help\n";

struct Flags {
  std::string command;
  std::vector<std::string> files;
  bool jsonl = false;
  int threads = -1;
  int progress = -1;  // -1: when stderr is a terminal
  std::string sep = "|";
  std::string granularity = "fine";
  std::string engine = "default";
  std::string dict;
  std::string encoding = "utf-8";
  std::string errors = "strict";
  size_t max_bytes = size_t{64} << 20;
  std::string data_dir;
};

void Fail(const std::string& message) { std::cerr << "thainews: " << message << "\n"; }

int UsageError(const std::string& message) {
  Fail(message);
  std::cerr << "Try 'thainews --help'.\n";
  return 2;
}

// Parses argv into flags; returns -1 to go on, or an exit status.
int ParseFlags(int argc, char** argv, Flags* flags) {
  std::vector<std::string> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    std::string value;
    bool has_value = false;
    if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      const size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg = arg.substr(0, eq);
        has_value = true;
      }
    }
    const auto take = [&](std::string* out) {
      if (has_value) {
        *out = value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--version") {
      std::cout << "thainews " << thainews::Version() << "\n";
      return 0;
    } else if (arg == "--jsonl") {
      flags->jsonl = true;
    } else if (arg == "--progress") {
      flags->progress = 1;
    } else if (arg == "--no-progress") {
      flags->progress = 0;
    } else if (arg == "--threads" || arg == "--max-bytes") {
      std::string number;
      if (!take(&number)) return UsageError(arg + " needs a value");
      char* end = nullptr;
      errno = 0;
      const long long n = std::strtoll(number.c_str(), &end, 10);
      if (errno != 0 || end == number.c_str() || *end != '\0' || n < (arg == "--threads" ? -1 : 1)) {
        return UsageError(arg + ": not a valid number: '" + number + "'");
      }
      if (arg == "--threads") {
        flags->threads = static_cast<int>(n);
      } else {
        flags->max_bytes = static_cast<size_t>(n);
      }
    } else if (arg == "--sep") {
      if (!take(&flags->sep)) return UsageError("--sep needs a value");
    } else if (arg == "--granularity") {
      if (!take(&flags->granularity)) return UsageError("--granularity needs a value");
    } else if (arg == "--engine") {
      if (!take(&flags->engine)) return UsageError("--engine needs a value");
    } else if (arg == "--dict") {
      if (!take(&flags->dict)) return UsageError("--dict needs a value");
    } else if (arg == "--encoding") {
      if (!take(&flags->encoding)) return UsageError("--encoding needs a value");
    } else if (arg == "--errors") {
      if (!take(&flags->errors)) return UsageError("--errors needs a value");
    } else if (arg == "--data-dir") {
      if (!take(&flags->data_dir)) return UsageError("--data-dir needs a value");
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return UsageError("unknown option " + arg);
    } else if (flags->command.empty()) {
      flags->command = arg;
    } else {
      flags->files.push_back(arg);
    }
  }
  return -1;
}

// Reads a file, or stdin for "-". Errors are one line, naming the file.
thainews::Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::string content((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return thainews::Status(thainews::StatusCode::kIoError, "cannot read stdin");
    return content;
  }
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    return thainews::Status(thainews::StatusCode::kIoError, std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return thainews::Status(thainews::StatusCode::kIoError, "is a directory");
  }
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return thainews::Status(thainews::StatusCode::kIoError, std::strerror(errno));
  std::string content;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) content.append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return thainews::Status(thainews::StatusCode::kIoError, "read error");
  return content;
}

// The message for a failed input: "FILE: invalid UTF-8 at byte 17 ...".
std::string Describe(const std::string& path, const thainews::Status& status) {
  return (path == "-" ? std::string("<stdin>") : path) + ": " + status.message();
}

thainews::Result<thainews::DecodeOptions> DecodeFlags(const Flags& flags) {
  thainews::DecodeOptions decode;
  auto encoding = thainews::ParseEncoding(flags.encoding);
  if (!encoding.ok()) return encoding.status();
  auto errors = thainews::ParseInvalidBytes(flags.errors);
  if (!errors.ok()) return errors.status();
  decode.encoding = *encoding;
  decode.invalid_bytes = *errors;
  decode.max_input_bytes = flags.max_bytes;
  return decode;
}

thainews::Result<thainews::Segmenter::Options> SegmenterFlags(const Flags& flags) {
  thainews::Segmenter::Options options;
  auto engine = thainews::ParseEngine(flags.engine);
  if (!engine.ok()) return engine.status();
  auto granularity = thainews::ParseGranularity(flags.granularity);
  if (!granularity.ok()) return granularity.status();
  options.engine = *engine;
  options.granularity = *granularity;
  options.user_dictionary_path = flags.dict;
  options.data_dir = flags.data_dir;
  return options;
}

int RunExtract(const Flags& flags, const thainews::DecodeOptions& decode,
               const thainews::Segmenter::Options& segmenter_options) {
  thainews::Extractor::Options options;
  options.decode = decode;
  options.segmenter = segmenter_options;
  options.data_dir = flags.data_dir;
  auto extractor = thainews::Extractor::Create(options);
  if (!extractor.ok()) {
    Fail(extractor.status().message());
    return 1;
  }
  const bool jsonl = flags.jsonl || flags.files.size() > 1;
  const bool progress = flags.progress == 1 || (flags.progress == -1 && flags.files.size() > 1 &&
                                                isatty(STDERR_FILENO));
  int status = 0;
  // Files go in chunks, so that memory stays bounded on a long list and the
  // cores stay busy within each chunk.
  constexpr size_t kChunk = 256;
  for (size_t first = 0; first < flags.files.size(); first += kChunk) {
    const size_t last = std::min(flags.files.size(), first + kChunk);
    std::vector<std::string> contents(last - first);
    std::vector<bool> readable(last - first, false);
    std::vector<std::string_view> inputs;
    std::vector<size_t> input_of;
    for (size_t i = first; i < last; ++i) {
      auto content = ReadInput(flags.files[i]);
      if (!content.ok()) {
        Fail(Describe(flags.files[i], content.status()));
        status = 1;
        continue;
      }
      contents[i - first] = std::move(*content);
      readable[i - first] = true;
    }
    for (size_t k = 0; k < contents.size(); ++k) {
      if (readable[k]) {
        inputs.push_back(contents[k]);
        input_of.push_back(first + k);
      }
    }
    auto results = extractor->ExtractBatch(inputs, flags.threads);
    for (size_t r = 0; r < results.size(); ++r) {
      const std::string& path = flags.files[input_of[r]];
      if (!results[r].ok()) {
        Fail(Describe(path, results[r].status()));
        status = 1;
        continue;
      }
      thainews::JsonOptions json;
      json.indent = jsonl ? 0 : 2;
      json.source = path == "-" ? "<stdin>" : path;
      std::cout << thainews::ToJson(*results[r], json) << "\n";
    }
    std::cout.flush();
    if (progress) {
      std::cerr << "\rthainews: " << last << "/" << flags.files.size() << " files" << std::flush;
    }
  }
  if (progress) std::cerr << "\n";
  return status;
}

int RunSegment(const Flags& flags, const thainews::DecodeOptions& decode,
               const thainews::Segmenter::Options& options) {
  auto segmenter = thainews::Segmenter::Create(options);
  if (!segmenter.ok()) {
    Fail(segmenter.status().message());
    return 1;
  }
  std::vector<std::string> files = flags.files;
  if (files.empty()) files.push_back("-");
  int status = 0;
  std::string out;
  for (const std::string& path : files) {
    auto bytes = ReadInput(path);
    if (!bytes.ok()) {
      Fail(Describe(path, bytes.status()));
      status = 1;
      continue;
    }
    auto text = thainews::DecodeToUtf8(*bytes, decode);
    if (!text.ok()) {
      Fail(Describe(path, text.status()));
      status = 1;
      continue;
    }
    std::string_view rest = *text;
    while (!rest.empty()) {
      size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      out.clear();
      bool first = true;
      for (const thainews::Token& t : segmenter->Segment(line)) {
        if (!first) out += flags.sep;
        first = false;
        out.append(line.data() + t.begin, t.end - t.begin);
      }
      out += '\n';
      std::cout << out;
    }
  }
  std::cout.flush();
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  Flags flags;
  if (const int done = ParseFlags(argc, argv, &flags); done >= 0) return done;
  if (flags.command.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  if (flags.command == "version") {
    std::cout << "thainews " << thainews::Version() << "\n";
    return 0;
  }
  if (flags.command != "extract" && flags.command != "segment") {
    return UsageError("unknown command '" + flags.command + "'");
  }
  auto decode = DecodeFlags(flags);
  if (!decode.ok()) return UsageError(decode.status().message());
  auto segmenter = SegmenterFlags(flags);
  if (!segmenter.ok()) return UsageError(segmenter.status().message());
  if (flags.command == "extract") {
    if (flags.files.empty()) return UsageError("extract needs FILE... or - for stdin");
    return RunExtract(flags, *decode, *segmenter);
  }
  return RunSegment(flags, *decode, *segmenter);
}
