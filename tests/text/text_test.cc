// Decoding of caller bytes: UTF-8 validation, replacement, TIS-620, limits,
// and byte-to-code-point offsets.

#include "thainews/text.h"

#include <gtest/gtest.h>

#include <string>

namespace thainews {
namespace {

const char kRelease[] = "ผู้ว่าราชการจังหวัดลพบุรีเป็นประธาน";

TEST(DecodeTest, ValidUtf8PassesThroughUnchanged) {
  Result<std::string> out = DecodeToUtf8(kRelease);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, kRelease);
}

TEST(DecodeTest, InvalidUtf8IsAnErrorNamingTheByteOffset) {
  std::string text = "จังหวัด";  // 21 bytes
  text += '\xC3';                // a lead byte with no continuation
  text += "ลพบุรี";
  Result<std::string> out = DecodeToUtf8(text);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kInvalidInput);
  ASSERT_TRUE(out.status().byte_offset().has_value());
  EXPECT_EQ(*out.status().byte_offset(), 21u);
  EXPECT_NE(out.status().message().find("byte 21"), std::string::npos);
}

struct ReplaceCase {
  const char* name;
  std::string input;
  std::string expected;
};

// The replacements Python's bytes.decode("utf-8", "replace") makes: one
// U+FFFD per maximal subpart of an ill-formed sequence.
TEST(DecodeTest, ReplaceSubstitutesOneReplacementCharacterPerMaximalSubpart) {
  const std::string fffd = "\xEF\xBF\xBD";
  const ReplaceCase cases[] = {
      {"lone continuation", "a\x80z", "a" + fffd + "z"},
      {"truncated three-byte", "a\xE0\xB8z", "a" + fffd + "z"},
      {"overlong two-byte", "\xC0\xAF", fffd + fffd},
      {"surrogate", "\xED\xA0\x80", fffd + fffd + fffd},
      {"above U+10FFFF", "\xF4\x90\x80\x80", fffd + fffd + fffd + fffd},
      {"truncated at end", "ก\xE0", "ก" + fffd},
      {"NUL byte", std::string("a\0b", 3), "a" + fffd + "b"},
  };
  DecodeOptions options;
  options.invalid_bytes = InvalidBytes::kReplace;
  for (const ReplaceCase& c : cases) {
    Result<std::string> out = DecodeToUtf8(c.input, options);
    ASSERT_TRUE(out.ok()) << c.name;
    EXPECT_EQ(*out, c.expected) << c.name;
  }
}

TEST(DecodeTest, NulByteIsBinaryDataNotText) {
  Result<std::string> out = DecodeToUtf8(std::string("ข่าว\0\x01\x02", 15));
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(*out.status().byte_offset(), 12u);
  EXPECT_NE(out.status().message().find("binary"), std::string::npos);
}

TEST(DecodeTest, ByteOrderMarkIsKept) {
  Result<std::string> out = DecodeToUtf8("\xEF\xBB\xBFข่าว");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "\xEF\xBB\xBFข่าว");
}

TEST(DecodeTest, Tis620DecodesThaiLettersDigitsAndWindows874Extras) {
  // "ลพบุรี ๒๕๖๕" in TIS-620, then Windows-874's ellipsis (0x85).
  const std::string tis = "\xC5\xBE\xBA\xD8\xC3\xD5 \xF2\xF5\xF6\xF5\x85";
  DecodeOptions options;
  options.encoding = Encoding::kTis620;
  Result<std::string> out = DecodeToUtf8(tis, options);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "ลพบุรี ๒๕๖๕…");
}

TEST(DecodeTest, Tis620UndefinedByteIsAnErrorOrReplaced) {
  const std::string tis = "\xC5\xBE\xFF";
  DecodeOptions options;
  options.encoding = Encoding::kTis620;
  Result<std::string> out = DecodeToUtf8(tis, options);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(*out.status().byte_offset(), 2u);
  options.invalid_bytes = InvalidBytes::kReplace;
  out = DecodeToUtf8(tis, options);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "ลพ\xEF\xBF\xBD");
}

TEST(DecodeTest, AutoDetectsTis620OnlyWhenTheBytesAreNotUtf8) {
  DecodeOptions options;
  options.encoding = Encoding::kAuto;
  Result<std::string> utf8 = DecodeToUtf8(kRelease, options);
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(*utf8, kRelease);
  Result<std::string> tis = DecodeToUtf8("\xA8\xD1\xA7\xCB\xC7\xD1\xB4", options);  // จังหวัด
  ASSERT_TRUE(tis.ok());
  EXPECT_EQ(*tis, "จังหวัด");
  // Bytes that are neither: the UTF-8 error.
  Result<std::string> junk = DecodeToUtf8("\x80\x81\x82", options);
  EXPECT_FALSE(junk.ok());
}

TEST(DecodeTest, InputOverTheLimitIsRefusedWithItsOwnCode) {
  DecodeOptions options;
  options.max_input_bytes = 10;
  Result<std::string> out = DecodeToUtf8(kRelease, options);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kInputTooLarge);
}

TEST(DecodeTest, ParsesEncodingAndErrorNames) {
  EXPECT_EQ(*ParseEncoding("UTF-8"), Encoding::kUtf8);
  EXPECT_EQ(*ParseEncoding("cp874"), Encoding::kTis620);
  EXPECT_EQ(*ParseEncoding("TIS-620"), Encoding::kTis620);
  EXPECT_EQ(*ParseEncoding("auto"), Encoding::kAuto);
  EXPECT_EQ(ParseEncoding("latin-1").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(*ParseInvalidBytes("replace"), InvalidBytes::kReplace);
  EXPECT_EQ(*ParseInvalidBytes("strict"), InvalidBytes::kError);
  EXPECT_FALSE(ParseInvalidBytes("ignore").ok());
}

TEST(CodePointIndexTest, CountsCodePointsAcrossCheckpoints) {
  std::string text;
  std::vector<size_t> byte_at;  // byte offset of each code point
  for (int i = 0; i < 100; ++i) {
    byte_at.push_back(text.size());
    text += (i % 3 == 0) ? "a" : (i % 3 == 1) ? "ก" : "😀";
  }
  byte_at.push_back(text.size());
  const CodePointIndex index(text);
  for (size_t cp = 0; cp < byte_at.size(); ++cp) {
    EXPECT_EQ(index.ToCodePoint(byte_at[cp]), cp) << "code point " << cp;
  }
  // An offset inside a sequence belongs to the code point that contains it.
  EXPECT_EQ(index.ToCodePoint(byte_at[1] + 1), 1u);
}

TEST(CodePointIndexTest, EmptyText) {
  const CodePointIndex index("");
  EXPECT_EQ(index.ToCodePoint(0), 0u);
}

TEST(StatusTest, ToStringNamesTheCode) {
  EXPECT_EQ(Status().ToString(), "ok");
  EXPECT_EQ(Status(StatusCode::kInvalidInput, "bad").ToString(), "invalid input: bad");
  Result<int> failed = Status(StatusCode::kDataError, "missing");
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kDataError);
  Result<int> made_from_ok = Status();
  EXPECT_FALSE(made_from_ok.ok());  // a Result needs a value or a real error
}

}  // namespace
}  // namespace thainews
