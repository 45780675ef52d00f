#include <iostream>

#include "thainews/thainews.h"

int main() {
  auto extractor = thainews::Extractor::Create({});
  if (!extractor.ok()) {
    std::cerr << extractor.status().ToString() << "\n";
    return 1;
  }
  auto article = extractor->Extract("ข่าวทดสอบจากจังหวัดลพบุรี\nเนื้อหาข่าว\n");
  if (!article.ok()) {
    std::cerr << article.status().ToString() << "\n";
    return 1;
  }
  const std::string json = thainews::ToJson(*article);
  if (article->headline != "ข่าวทดสอบจากจังหวัดลพบุรี" ||
      json.find("\"schema\":\"thainews/1\"") == std::string::npos) {
    std::cerr << "unexpected result: " << json << "\n";
    return 1;
  }
  auto gazetteer = thainews::Gazetteer::Create();
  if (!gazetteer.ok() || gazetteer->Find("โคราช").empty() ||
      article->provinces.empty() || article->provinces[0].code != "TH-16") {
    std::cerr << "places or gazetteer missing from the installed library\n";
    return 1;
  }
  std::cout << "consumer ok\n";
  return 0;
}
