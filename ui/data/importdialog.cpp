#include "importdialog.h"

#include "data/csvreader.h"
#include "common/format.h"
#include "previewmodel.h"
#include "jobs/taskrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace churnlens {

namespace {
const QString AskKey = QStringLiteral("import/askOnOpen");
constexpr int PreviewRows = 200;

QString delimiterName(char d)
{
    switch (d) {
    case ',': return ImportDialog::tr("comma");
    case ';': return ImportDialog::tr("semicolon");
    case '\t': return ImportDialog::tr("tab");
    case '|': return ImportDialog::tr("vertical bar");
    default: return QString::fromLatin1(&d, 1);
    }
}

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    case TextEncoding::Latin1: return QStringLiteral("Latin-1");
    case TextEncoding::Auto: break;
    }
    return ImportDialog::tr("automatic");
}

// Keeps the "Auto" entry of a combo honest by naming what was detected.
void setAutoText(QComboBox *combo, const QString &detected)
{
    combo->setItemText(0, detected.isEmpty() ? ImportDialog::tr("Automatic")
                                             : ImportDialog::tr("Automatic (%1)").arg(detected));
}
} // namespace

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_runner(new TaskRunner(this))
    , m_debounce(new QTimer(this))
    , m_model(new PreviewModel(this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    buildUi();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::refresh);
    refresh();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::askOnOpen()
{
    return QSettings().value(AskKey, true).toBool();
}

void ImportDialog::buildUi()
{
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Automatic"), 0);
    m_delimiter->addItem(tr("Comma  ,"), int(','));
    m_delimiter->addItem(tr("Semicolon  ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar  |"), int('|'));

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Automatic"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), int(TextEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), int(TextEncoding::Utf16BE));
    m_encoding->addItem(tr("Latin-1 (Western European)"), int(TextEncoding::Latin1));

    m_header = new QComboBox(this);
    m_header->addItem(tr("Automatic"), int(HeaderMode::Auto));
    m_header->addItem(tr("Yes, first row has column names"), int(HeaderMode::Yes));
    m_header->addItem(tr("No, first row is data"), int(HeaderMode::No));

    m_decimal = new QComboBox(this);
    m_decimal->addItem(tr("Automatic"), 0);
    m_decimal->addItem(tr("Point  1234.56"), int('.'));
    m_decimal->addItem(tr("Comma  1234,56"), int(','));

    const CsvOptions defaults;
    m_missing = new QLineEdit(defaults.missingTokens.join(QStringLiteral(", ")), this);
    m_missing->setToolTip(tr("Cell values that mean \"unknown\", separated by commas"));
    m_blankMissing = new QCheckBox(tr("Empty and blank cells are missing"), this);
    m_blankMissing->setChecked(defaults.whitespaceIsMissing);

    m_target = new QComboBox(this);
    m_target->addItem(tr("Find automatically"), QString());
    m_target->setToolTip(tr("The column that says whether a customer left"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Delimiter:"), m_delimiter);
    left->addRow(tr("&Encoding:"), m_encoding);
    left->addRow(tr("&Header row:"), m_header);
    auto *right = new QFormLayout;
    right->addRow(tr("D&ecimal separator:"), m_decimal);
    right->addRow(tr("&Missing values:"), m_missing);
    right->addRow(QString(), m_blankMissing);
    right->addRow(tr("&Churn column:"), m_target);
    auto *forms = new QHBoxLayout;
    forms->addLayout(left, 1);
    forms->addSpacing(24);
    forms->addLayout(right, 1);

    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setAlternatingRowColors(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_askAgain = new QCheckBox(tr("Show this preview every time I open a text file"), this);
    m_askAgain->setChecked(askOnOpen());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Load"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_askAgain);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(m_path).absoluteFilePath().toHtmlEscaped()), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(file);
    layout->addLayout(forms);
    layout->addWidget(m_detected);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(960, 640);

    for (QComboBox *combo : {m_delimiter, m_encoding, m_header, m_decimal})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::scheduleRefresh);
    connect(m_missing, &QLineEdit::textChanged, this, &ImportDialog::scheduleRefresh);
    connect(m_blankMissing, &QCheckBox::toggled, this, &ImportDialog::scheduleRefresh);
}

CsvOptions ImportDialog::options() const
{
    CsvOptions o;
    o.delimiter = char(m_delimiter->currentData().toInt());
    o.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    o.header = static_cast<HeaderMode>(m_header->currentData().toInt());
    o.decimal = char(m_decimal->currentData().toInt());
    o.missingTokens.clear();
    for (const QString &token : m_missing->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!token.trimmed().isEmpty())
            o.missingTokens.append(token.trimmed());
    }
    o.whitespaceIsMissing = m_blankMissing->isChecked();
    return o;
}

DataSource ImportDialog::source() const
{
    DataSource s;
    s.kind = DataSource::Kind::Csv;
    s.path = m_path;
    s.csv = options();
    s.targetHint = m_target->currentData().toString();
    return s;
}

bool ImportDialog::isRefreshing() const
{
    return m_runner->isRunning() || m_debounce->isActive();
}

void ImportDialog::setDelimiter(char delimiter)
{
    const int i = m_delimiter->findData(int(delimiter));
    if (i >= 0)
        m_delimiter->setCurrentIndex(i);
}

void ImportDialog::scheduleRefresh()
{
    m_debounce->start();
}

void ImportDialog::refresh()
{
    m_debounce->stop();
    m_status->setText(tr("Reading the first rows…"));
    const QString path = m_path;
    const CsvOptions opts = options();
    // Latest wins: a read with the settings before a change is never shown.
    m_runner->startLatest<Result<CsvPreview>>(
        tr("Reading preview"), [path, opts](Progress &) { return CsvReader::preview(path, opts, PreviewRows); },
        [this](Result<CsvPreview> &&result) {
            if (!result) {
                m_model->clear();
                m_status->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>")
                                      .arg(result.error().toString().toHtmlEscaped()));
                m_ok->setEnabled(false);
                Q_EMIT previewUpdated();
                return;
            }
            m_model->setPreview(*result);
            m_ok->setEnabled(!result->header.isEmpty());
            showDetected();
            Q_EMIT previewUpdated();
        });
}

void ImportDialog::showDetected()
{
    const CsvPreview &p = m_model->preview();
    const CsvOptions &o = p.options;
    setAutoText(m_delimiter, delimiterName(o.delimiter));
    setAutoText(m_encoding, encodingName(o.encoding) + (p.hadBom ? tr(", with BOM") : QString()));
    setAutoText(m_header, o.header == HeaderMode::No ? tr("no") : tr("yes"));
    setAutoText(m_decimal, o.decimal == ',' ? tr("comma") : tr("point"));

    const QString chosen = m_target->currentData().toString();
    m_target->blockSignals(true);
    while (m_target->count() > 1)
        m_target->removeItem(1);
    for (const QString &name : p.header)
        m_target->addItem(name, name);
    m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
    m_target->blockSignals(false);

    m_detected->setText(tr("%1 columns, separated by %2 · %3 · %4 line endings")
                            .arg(format::count(p.header.size()), delimiterName(o.delimiter), encodingName(o.encoding),
                                 p.lineEnding.isEmpty() ? tr("no") : p.lineEnding));
    m_status->setText(p.rows.size() >= PreviewRows
                          ? tr("Showing the first %1 rows. Grey dashes are cells read as missing.")
                                .arg(format::count(p.rows.size()))
                          : tr("Showing all %1 rows. Grey dashes are cells read as missing.")
                                .arg(format::count(p.rows.size())));

    // Widths from the header and the rows at hand (a few hundred): cheap, and readable at once.
    const QFontMetrics fm = m_view->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int w = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        for (int r = 0; r < std::min(m_model->rowCount(), 50); ++r)
            w = std::max(w, fm.horizontalAdvance(m_model->index(r, c).data().toString()) + 16);
        m_view->setColumnWidth(c, std::min(w, 260));
    }
}

void ImportDialog::accept()
{
    QSettings().setValue(AskKey, m_askAgain->isChecked());
    QDialog::accept();
}

} // namespace churnlens
