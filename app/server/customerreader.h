#pragma once

#include "data/datatable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <vector>

namespace churnlens {

class ServingModel;

//! Something wrong (or worth saying) about one field of one customer of a request.
struct FieldProblem
{
    enum class Kind {
        NotAnObject,     //!< the customer is not a JSON object
        MissingField,    //!< the field is not there at all
        WrongType,       //!< a number field holds text, an object, an array or true/false
        UnseenCategory,  //!< a category the model has never seen
        MissingValue     //!< null or empty: filled in as in training (a warning), or refused when the model cannot
    };
    Kind kind = Kind::MissingField;
    qsizetype row = 0;      //!< 0-based position in the request
    QString field;          //!< empty for NotAnObject
    QString message;        //!< in words, naming the field
    QStringList expected;   //!< UnseenCategory: the categories the model knows

    //! "missing_field", "wrong_type", "unseen_category", "missing_value", "not_an_object".
    QString kindName() const;
    //! {"row", "field", "problem", "message", "expected"?}
    QJsonObject toJson() const;
};

//! Customers of one request, read into a table of the model's layout (ServingModel::layout()).
struct CustomerBatch
{
    DataTable table;
    QStringList ids;                         //!< per row: the customer id, or a null QString without one
    std::vector<QList<FieldProblem>> notes;  //!< per row: what was scored by a rule (unseen categories, filled-in values)
};

/*!
 * Reads the customers of a scoring request (JSON objects, or a CSV file's table) into a table of
 * the served model's layout, checking every field the model uses: a missing field, a value of
 * the wrong type and (unless told to score them) an unseen category are problems that name the
 * field, and nothing is scored; null (or an empty CSV cell) is a missing value the model fills
 * in as in training, noted with the prediction. With UnseenCategories::Score, an unseen category
 * is scored by the model's rule (no one-hot column set; one-column encodings treat it as
 * missing) and noted too. Fields the model does not use are ignored; the customer id is taken
 * from "customer_id", "customerID", "CustomerID", "customerId" or "id".
 * Stateless apart from its options; const methods are thread-safe.
 */
class CustomerReader
{
public:
    enum class UnseenCategories { Reject, Score };
    struct Options
    {
        UnseenCategories unseen = UnseenCategories::Reject;
        int maxProblems = 20; //!< problems reported at most (the count says how many there were)
    };
    using Read = std::expected<CustomerBatch, QList<FieldProblem>>;

    CustomerReader(const ServingModel &model, Options options);

    Read fromObject(const QJsonObject &customer) const;
    //! Every element must be an object; an empty array gives an empty batch.
    Read fromArray(const QJsonArray &customers) const;
    //! The rows of a CSV file (read by CsvReader); its columns are matched to the fields by name.
    Read fromTable(const DataTable &csv) const;

    //! The id field names tried, in order.
    static const QStringList &idFields();

private:
    const ServingModel &m_model;
    Options m_options;
};

} // namespace churnlens
