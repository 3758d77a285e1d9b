#include "engineeredfeatures.h"

#include <cctype>
#include <string>
#include <vector>

namespace churnlens {

namespace {

// Lower-case ASCII words of a level ("Month-to-month" → month, to, month).
std::vector<std::string> words(std::string_view s)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            cur.push_back(char(std::tolower(u)));
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

bool usableFeature(const Column &c)
{
    return c.role() == ColumnRole::Feature;
}

QString notMapped(const QString &what)
{
    return Tr::tr("No feature column is mapped to %1.").arg(what);
}

} // namespace

int EngineeredFeatures::contractNumber(std::string_view level)
{
    const std::vector<std::string> w = words(level);
    for (const std::string &x : w) {
        if (x == "two" || x == "2")
            return 2;
    }
    for (const std::string &x : w) {
        if (x == "one" || x == "1")
            return 1;
    }
    for (const std::string &x : w) {
        if (x.starts_with("month"))
            return 0;
    }
    return -1;
}

bool EngineeredFeatures::serviceInUse(std::string_view level)
{
    const std::vector<std::string> w = words(level);
    if (w.empty())
        return false;
    const std::string &first = w.front();
    return !(first == "no" || first == "none" || first == "false" || first == "0" || first == "n"
             || first == "off" || first == "f");
}

EngineeredFeatureStatus EngineeredFeatures::status(const DataTable &table, EngineeredFeature feature)
{
    EngineeredFeatureStatus s;
    s.feature = feature;
    // A numeric Feature column with this semantic, or -1 (reason set).
    auto numericInput = [&](Semantic semantic, int *index) {
        *index = -1;
        for (int i : table.semanticColumns(semantic)) {
            const Column &c = table.column(i);
            if (usableFeature(c) && c.isNumericStorage()) {
                *index = i;
                s.inputs.append(c.name());
                return true;
            }
        }
        if (s.reason.isEmpty())
            s.reason = notMapped(toString(semantic));
        return false;
    };
    int a = -1;
    int b = -1;
    switch (feature) {
    case EngineeredFeature::TenureBins:
        s.available = numericInput(Semantic::Tenure, &a);
        break;
    case EngineeredFeature::ChargesPerMonth:
        s.available = numericInput(Semantic::TotalCharges, &a) & numericInput(Semantic::Tenure, &b);
        break;
    case EngineeredFeature::SupportCallsPerMonth:
        s.available = numericInput(Semantic::SupportCalls, &a) & numericInput(Semantic::Tenure, &b);
        break;
    case EngineeredFeature::ContractNumber: {
        for (int i : table.semanticColumns(Semantic::Contract)) {
            const Column &c = table.column(i);
            if (!usableFeature(c) || !c.isCoded())
                continue;
            QStringList unknown;
            for (int32_t code = 0; code < c.dictionary().size(); ++code) {
                if (contractNumber(c.dictionary().view(code)) < 0)
                    unknown.append(c.dictionary().level(code));
            }
            if (!unknown.isEmpty()) {
                s.reason = Tr::tr("Contract levels not recognised: %1 (expected month-to-month, one year, "
                                  "two year).").arg(unknown.mid(0, 5).join(QStringLiteral(", ")));
                continue;
            }
            s.inputs.append(c.name());
            s.available = true;
            s.reason.clear();
            break;
        }
        if (!s.available && s.reason.isEmpty())
            s.reason = notMapped(toString(Semantic::Contract));
        break;
    }
    case EngineeredFeature::ServiceCount:
        for (int i : table.semanticColumns(Semantic::Service)) {
            const Column &c = table.column(i);
            if (usableFeature(c) && c.type() != ColumnType::Text && c.type() != ColumnType::Date)
                s.inputs.append(c.name());
        }
        s.available = !s.inputs.isEmpty();
        if (!s.available)
            s.reason = notMapped(toString(Semantic::Service));
        break;
    }
    if (!s.available)
        s.inputs.clear();
    return s;
}

QList<EngineeredFeatureStatus> EngineeredFeatures::status(const DataTable &table)
{
    QList<EngineeredFeatureStatus> out;
    for (int i = 0; i < EngineeredFeatureCount; ++i)
        out.append(status(table, EngineeredFeature(i)));
    return out;
}

} // namespace churnlens
