#include "customerreader.h"

#include "servingmodel.h"

#include <cmath>

namespace churnlens {

namespace {

//! One value of a request, whatever it came from.
struct Cell
{
    enum Kind { Absent, Null, Number, Text, Bool, Other } kind = Absent;
    double number = 0.0;
    QString text;
    bool flag = false;
    const char *what = ""; //!< Other: "an object", "an array"
};

Cell cellOf(const QJsonValue &v)
{
    Cell c;
    switch (v.type()) {
    case QJsonValue::Undefined: c.kind = Cell::Absent; break;
    case QJsonValue::Null: c.kind = Cell::Null; break;
    case QJsonValue::Double: c.kind = Cell::Number; c.number = v.toDouble(); break;
    case QJsonValue::String: c.kind = Cell::Text; c.text = v.toString(); break;
    case QJsonValue::Bool: c.kind = Cell::Bool; c.flag = v.toBool(); break;
    case QJsonValue::Array: c.kind = Cell::Other; c.what = "an array"; break;
    case QJsonValue::Object: c.kind = Cell::Other; c.what = "an object"; break;
    }
    return c;
}

//! A category given as a number: its text as a CSV file would have it ("1", "2.5").
QString numberText(double v)
{
    if (v == std::trunc(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 17);
}

QString shown(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

class Builder
{
public:
    Builder(const ServingModel &model, const CustomerReader::Options &options, qsizetype rows, bool textNumbers)
        : m_model(model), m_options(options), m_rows(rows), m_textNumbers(textNumbers)
    {
        const size_t n = model.fields().size();
        m_numbers.resize(n);
        m_codes.resize(n);
        m_dictionaries.resize(n);
        for (size_t f = 0; f < n; ++f) {
            if (model.fields()[f].categorical)
                m_codes[f].reserve(size_t(rows));
            else
                m_numbers[f].reserve(size_t(rows));
        }
        m_notes.resize(size_t(rows));
    }

    void problem(FieldProblem::Kind kind, qsizetype row, const QString &field, const QString &message,
                 const QStringList &expected = {})
    {
        ++m_problemCount;
        if (m_problems.size() < m_options.maxProblems)
            m_problems.append(FieldProblem{kind, row, field, message, expected});
    }

    void add(qsizetype row, int f, const Cell &cell)
    {
        const ServedField &field = m_model.fields()[size_t(f)];
        if (cell.kind == Cell::Absent) {
            problem(FieldProblem::Kind::MissingField, row, field.name,
                    Tr::tr("The field \"%1\" is missing: the model needs it (give null for an unknown value).").arg(field.name));
            return;
        }
        if (cell.kind == Cell::Other || (cell.kind == Cell::Bool && !field.categorical)) {
            problem(FieldProblem::Kind::WrongType, row, field.name,
                    field.categorical ? Tr::tr("The field \"%1\" must be a category (text), not %2.").arg(field.name, QLatin1String(cell.what))
                                      : Tr::tr("The field \"%1\" must be a number, not %2.")
                                            .arg(field.name, cell.kind == Cell::Bool ? QStringLiteral("true/false") : QLatin1String(cell.what)));
            return;
        }
        if (cell.kind == Cell::Null) {
            if (!m_model.acceptsMissing()) {
                problem(FieldProblem::Kind::MissingValue, row, field.name,
                        Tr::tr("The field \"%1\" has no value, and this model cannot fill it in: give a value.").arg(field.name));
                return;
            }
            m_notes[size_t(row)].append(FieldProblem{FieldProblem::Kind::MissingValue, row, field.name,
                                                     Tr::tr("\"%1\" has no value: filled in as in training.").arg(field.name), {}});
            if (field.categorical)
                m_codes[size_t(f)].push_back(Column::MissingCode);
            else
                m_numbers[size_t(f)].push_back(Column::missingValue());
            return;
        }
        if (!field.categorical) {
            double v = cell.number;
            if (cell.kind == Cell::Text) {
                bool ok = false;
                v = m_textNumbers ? cell.text.trimmed().toDouble(&ok) : 0.0;
                if (!ok || !std::isfinite(v)) {
                    problem(FieldProblem::Kind::WrongType, row, field.name,
                            Tr::tr("The field \"%1\" must be a number, not the text \"%2\".").arg(field.name, shown(cell.text)));
                    return;
                }
            }
            m_numbers[size_t(f)].push_back(v);
            return;
        }
        const QString text = cell.kind == Cell::Text ? cell.text
                           : cell.kind == Cell::Number ? numberText(cell.number)
                                                       : (cell.flag ? QStringLiteral("true") : QStringLiteral("false"));
        if (!m_model.bundle().preparation().knowsCategory(f, text)) {
            if (m_options.unseen == CustomerReader::UnseenCategories::Reject) {
                problem(FieldProblem::Kind::UnseenCategory, row, field.name,
                        Tr::tr("The field \"%1\" has the category \"%2\", which the model has never seen.").arg(field.name, shown(text)),
                        field.categories);
                return;
            }
            m_notes[size_t(row)].append(FieldProblem{FieldProblem::Kind::UnseenCategory, row, field.name,
                                                     Tr::tr("\"%1\" has the category \"%2\", which the model has never seen: "
                                                            "scored as none of the known categories.").arg(field.name, shown(text)),
                                                     field.categories});
        }
        const QByteArray utf8 = text.toUtf8();
        m_codes[size_t(f)].push_back(m_dictionaries[size_t(f)].insert(std::string_view(utf8.constData(), size_t(utf8.size()))));
    }

    bool failed() const { return m_problemCount > 0; }

    CustomerReader::Read finish(QStringList ids)
    {
        if (m_problemCount > 0)
            return std::unexpected(m_problems);
        CustomerBatch batch;
        const DataTable &layout = m_model.layout();
        for (int f = 0; f < layout.columnCount(); ++f) {
            const Column &shape = layout.column(f);
            Column c = shape.isCoded()
                ? Column::coded(shape.name(), std::move(m_codes[size_t(f)]), std::move(m_dictionaries[size_t(f)]), shape.type())
                : Column::numeric(shape.name(), std::move(m_numbers[size_t(f)]), shape.type());
            c.setSemantic(shape.semantic());
            batch.table.addColumn(std::move(c));
        }
        batch.table.setSourceName(QStringLiteral("request"));
        batch.ids = std::move(ids);
        batch.notes = std::move(m_notes);
        return batch;
    }

private:
    const ServingModel &m_model;
    const CustomerReader::Options &m_options;
    qsizetype m_rows;
    bool m_textNumbers;
    std::vector<std::vector<double>> m_numbers;
    std::vector<std::vector<int32_t>> m_codes;
    std::vector<Dictionary> m_dictionaries;
    std::vector<QList<FieldProblem>> m_notes;
    QList<FieldProblem> m_problems;
    qsizetype m_problemCount = 0;
};

QString idOf(const QJsonObject &o)
{
    for (const QString &name : CustomerReader::idFields()) {
        const QJsonValue v = o.value(name);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return numberText(v.toDouble());
    }
    return QString();
}

} // namespace

QString FieldProblem::kindName() const
{
    switch (kind) {
    case Kind::NotAnObject: return QStringLiteral("not_an_object");
    case Kind::MissingField: return QStringLiteral("missing_field");
    case Kind::WrongType: return QStringLiteral("wrong_type");
    case Kind::UnseenCategory: return QStringLiteral("unseen_category");
    case Kind::MissingValue: return QStringLiteral("missing_value");
    }
    return QString();
}

QJsonObject FieldProblem::toJson() const
{
    QJsonObject o{{QStringLiteral("row"), double(row)},
                  {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)},
                  {QStringLiteral("problem"), kindName()},
                  {QStringLiteral("message"), message}};
    if (!expected.isEmpty())
        o.insert(QStringLiteral("expected"), QJsonArray::fromStringList(expected));
    return o;
}

const QStringList &CustomerReader::idFields()
{
    static const QStringList names{QStringLiteral("customer_id"), QStringLiteral("customerID"), QStringLiteral("CustomerID"),
                                   QStringLiteral("customerId"), QStringLiteral("id")};
    return names;
}

CustomerReader::CustomerReader(const ServingModel &model, Options options) : m_model(model), m_options(options) {}

CustomerReader::Read CustomerReader::fromObject(const QJsonObject &customer) const
{
    Builder b(m_model, m_options, 1, false);
    for (int f = 0; f < int(m_model.fields().size()); ++f)
        b.add(0, f, cellOf(customer.value(m_model.fields()[size_t(f)].name)));
    return b.finish(QStringList{idOf(customer)});
}

CustomerReader::Read CustomerReader::fromArray(const QJsonArray &customers) const
{
    Builder b(m_model, m_options, customers.size(), false);
    QStringList ids;
    ids.reserve(customers.size());
    for (qsizetype r = 0; r < customers.size(); ++r) {
        const QJsonValue v = customers.at(r);
        if (!v.isObject()) {
            b.problem(FieldProblem::Kind::NotAnObject, r, QString(),
                      Tr::tr("Customer %1 of the array is not a JSON object.").arg(r));
            continue;
        }
        const QJsonObject o = v.toObject();
        for (int f = 0; f < int(m_model.fields().size()); ++f)
            b.add(r, f, cellOf(o.value(m_model.fields()[size_t(f)].name)));
        ids.append(idOf(o));
    }
    return b.finish(std::move(ids));
}

CustomerReader::Read CustomerReader::fromTable(const DataTable &csv) const
{
    Builder b(m_model, m_options, csv.rowCount(), true);
    std::vector<int> columnOf;
    for (const ServedField &f : m_model.fields())
        columnOf.push_back(csv.indexOf(f.name));
    int idColumn = csv.idIndex();
    for (int i = 0; idColumn < 0 && i < idFields().size(); ++i)
        idColumn = csv.indexOf(idFields()[i]);
    QStringList ids;
    ids.reserve(csv.rowCount());
    for (qsizetype r = 0; r < csv.rowCount(); ++r) {
        for (int f = 0; f < int(columnOf.size()); ++f) {
            Cell cell;
            if (columnOf[size_t(f)] >= 0) {
                const Column &c = csv.column(columnOf[size_t(f)]);
                if (c.isMissing(r)) {
                    cell.kind = Cell::Null;
                } else if (c.isNumericStorage()) {
                    cell.kind = Cell::Number;
                    cell.number = c.value(r);
                } else {
                    cell.kind = Cell::Text;
                    cell.text = c.text(r);
                }
            }
            b.add(r, f, cell);
        }
        ids.append(idColumn >= 0 && !csv.column(idColumn).isMissing(r) ? csv.column(idColumn).text(r) : QString());
        if (b.failed() && r > 0 && r % 1024 == 0)
            break; // enough to say what is wrong
    }
    return b.finish(std::move(ids));
}

} // namespace churnlens
