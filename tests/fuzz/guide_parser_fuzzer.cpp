// libFuzzer target: any bytes given to GuideParser must give a Guide or an error, never a crash, a hang or
// undefined behaviour. Run with `scripts/dev fuzz SECONDS`.
#include "guides/guide_parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto guide = Podium::Core::GuideParser::parse(text, QStringLiteral("en"));
    if (guide) {
        // Touch every part so the sanitizers see any bad memory behind it.
        qsizetype total = guide->introduction.size();
        for (const auto& step : guide->steps)
            total += step.title.size() + step.text.size() + step.checklist.size() + step.pictures.size();
        if (total < 0)
            __builtin_trap();
    }
    return 0;
}
