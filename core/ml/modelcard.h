#pragma once

#include <QDateTime>
#include <QString>

namespace churnlens {

class ModelBundle;

//! What a model registry knows about a version beyond its meta.json; empty fields are left out.
struct ModelCardInfo
{
    QString version;       //!< "v3"
    QString status;        //!< "champion", "challenger", "archived"
    QString project;       //!< the project's name
    QDateTime registered;  //!< when the version was registered (invalid: not shown)
    QString registeredBy;  //!< who registered it (the OS user)
    QString reason;        //!< why (the registry's required short reason)
};

/*!
 * MODEL_CARD.md for a model folder: a plain-language account of a model for whoever receives
 * the folder — family and parameters, data, test metrics, decision threshold and how it was
 * chosen, features, library versions, intended use and limitations — built from the model's
 * meta.json and preparation (and \a info). Deterministic: the same model and info give the
 * same bytes (no clock, no locale). Written in English whatever the interface language, as
 * meta.json is: the card travels with the folder to readers the writer does not know.
 * Stateless; any thread.
 */
class ModelCard
{
public:
    static QString markdown(const ModelBundle &bundle, const ModelCardInfo &info = {});
};

} // namespace churnlens
