// The whole public API of thainews. Start with thainews/extractor.h.

#ifndef THAINEWS_THAINEWS_H_
#define THAINEWS_THAINEWS_H_

#include "thainews/article.h"
#include "thainews/extractor.h"
#include "thainews/gazetteer.h"
#include "thainews/json.h"
#include "thainews/segmenter.h"
#include "thainews/status.h"
#include "thainews/text.h"

#endif  // THAINEWS_THAINEWS_H_
