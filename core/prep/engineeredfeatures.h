#pragma once

#include "../data/datatable.h"
#include "preparationoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

namespace churnlens {

//! Whether an engineered feature can be made from a table's semantic mapping, and from what.
struct EngineeredFeatureStatus
{
    EngineeredFeature feature = EngineeredFeature::TenureBins;
    bool available = false;
    QStringList inputs; //!< names of the columns it would read
    QString reason;     //!< why it is not available (translated), empty when available
};

/*!
 * The rules behind the engineered features, shared by fitting and the GUI's switches.
 * Inputs must be Feature columns with the right semantic and storage: Tenure, TotalCharges
 * and SupportCalls numeric; Contract categorical with recognisable levels; Service columns
 * Yes/No, categorical or numeric. Stateless and thread-safe.
 */
class EngineeredFeatures
{
public:
    static QList<EngineeredFeatureStatus> status(const DataTable &table);
    static EngineeredFeatureStatus status(const DataTable &table, EngineeredFeature feature);

    //! Contract level → 0 (month-to-month), 1 (one year), 2 (two years), or -1 if not recognised.
    //! Case-insensitive, by words: "two"/"2" → 2, "one"/"1" → 1, a word starting "month" → 0.
    static int contractNumber(std::string_view level);
    //! Whether a Service column's level means "in use": anything but a no-like level
    //! ("No", "No internet service", "None", "false", "0", "n", "off", empty).
    static bool serviceInUse(std::string_view level);
};

} // namespace churnlens
