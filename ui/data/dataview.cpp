#include "dataview.h"

#include "common/choicedelegate.h"
#include "columnmodel.h"
#include "data/columnconvert.h"
#include "data/tablesearch.h"
#include "datatablemodel.h"
#include "common/format.h"
#include "common/issuelist.h"
#include "workspace/workspace.h"
#include "summarybar.h"
#include "jobs/taskrunner.h"


#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QEvent>
#include <QTimer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace churnlens {

namespace {
// Above this many rows a conversion goes to a worker so the window stays responsive.
constexpr qsizetype SyncConvertRows = 100000;
constexpr int MaxPositiveChoices = 50;
// Typing searches once it pauses this long (ms): a million rows are not searched per keystroke.
constexpr int SearchPauseMs = 250;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

// The values a target can take, as text, for the "churned means" picker.
QStringList targetLevels(const Column &c)
{
    QStringList levels;
    if (c.isCoded()) {
        for (int32_t i = 0; i < std::min<int32_t>(c.dictionary().size(), MaxPositiveChoices); ++i)
            levels << c.dictionary().level(i);
        return levels;
    }
    std::set<double> seen;
    for (qsizetype r = 0; r < c.size() && int(seen.size()) < MaxPositiveChoices; ++r) {
        if (!c.isMissing(r))
            seen.insert(c.value(r));
    }
    for (double v : seen)
        levels << QString::number(v, 'g', 15);
    return levels;
}
} // namespace

DataView::DataView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tableModel(new DataTableModel(this))
    , m_columnModel(new ColumnModel(workspace, this))
    , m_converter(new TaskRunner(this))
    , m_searchDelay(new QTimer(this))
    , m_searcher(new TaskRunner(this))
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchPauseMs);
    connect(m_searchDelay, &QTimer::timeout, this, &DataView::startSearch);
    buildUi();
    connect(workspace, &Workspace::dataLoaded, this, &DataView::onDataLoaded);
    connect(workspace, &Workspace::tableChanged, this, &DataView::onTableChanged);
    connect(m_columnModel, &ColumnModel::typeChangeRequested, this, &DataView::changeType);
    connect(workspace, &Workspace::fieldLabelsChanged, this, &DataView::fitLabelColumn);
    // The column list takes a new table after dataLoaded (on tableChanged): fitted when it has its rows.
    connect(m_columnModel, &QAbstractItemModel::modelReset, this, &DataView::fitLabelColumn);
    connect(m_columnModel, &QAbstractItemModel::rowsInserted, this, &DataView::fitLabelColumn);
    onDataLoaded();
    onTableChanged();
}

DataView::~DataView() = default;

void DataView::buildUi()
{
    m_summary = new SummaryBar(m_workspace, this);

    m_table = new QTableView(this);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed, uniform rows: the view never measures a million rows.
    const int rowHeight = m_table->fontMetrics().height() + 8;
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("dataSearch"));
    m_search->setPlaceholderText(tr("Find rows: a customer id, a value, a word…"));
    m_search->setToolTip(tr("Shows only the rows that contain this text in any column (Ctrl+F). Esc clears it."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this); // Esc clears
    connect(m_search, &QLineEdit::textChanged, this, &DataView::onSearchEdited);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("dataSearchStatus"));
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    // On a narrow table (a laptop, long German words) the count wraps instead of squeezing the field.
    m_searchStatus->setWordWrap(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    connect(m_searcher, &TaskRunner::progressChanged, this, [this](double fraction, const QString &) {
        if (m_searcher->isRunning())
            m_searchStatus->setText(tr("Searching… %1").arg(format::percent(fraction, 0)));
    });
    m_searchRow = new QWidget(this);
    auto *searchLayout = new QHBoxLayout(m_searchRow);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_search, 3);
    searchLayout->addWidget(m_searchStatus, 2);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_searchRow);
    tableLayout->addWidget(m_table, 1);

    m_target = new QComboBox(this);
    m_target->setToolTip(tr("The column that says whether a customer left"));
    m_positive = new QComboBox(this);
    m_positive->setToolTip(tr("The value of the churn column that means the customer left"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("Churn column:"), this));
    targetRow->addWidget(m_target, 2);
    targetRow->addSpacing(12);
    targetRow->addWidget(new QLabel(tr("Left when:"), this));
    targetRow->addWidget(m_positive, 1);

    m_columns = new QTableView(this);
    m_columns->setModel(m_columnModel);
    m_columns->setItemDelegate(new ChoiceDelegate(ColumnModel::ChoicesRole, m_columns));
    m_columns->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::DoubleClicked
                               | QAbstractItemView::EditKeyPressed);
    m_columns->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setAlternatingRowColors(true);
    m_columns->setWordWrap(false);
    m_columns->verticalHeader()->hide();
    m_columns->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_columns->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_columns->horizontalHeader()->setStretchLastSection(false);
    m_columns->horizontalHeader()->setHighlightSections(false);
    // Widths from the longest texts each field shows (names vary; 15 characters cover most).
    const QFontMetrics fm = m_columns->fontMetrics();
    const int arrow = 24;
    m_columns->setColumnWidth(ColumnModel::NameField, fm.horizontalAdvance(QStringLiteral("StreamingMovies")) + 12);
    m_columns->setColumnWidth(ColumnModel::LabelField, fm.horizontalAdvance(QStringLiteral("Streaming movies")) + 12);
    m_columns->setColumnWidth(ColumnModel::TypeField, fm.horizontalAdvance(tr("Category")) + arrow);
    QFont boldFont = m_columns->font();
    boldFont.setBold(true); // the target's row is bold
    m_columns->setColumnWidth(ColumnModel::RoleField, QFontMetrics(boldFont).horizontalAdvance(toString(ColumnRole::Target)) + arrow);
    int semanticWidth = 0;
    for (const QVariant &choice : ColumnModel::choices(ColumnModel::SemanticField))
        semanticWidth = std::max(semanticWidth, fm.horizontalAdvance(choice.toMap().value(QStringLiteral("text")).toString()));
    m_columns->setColumnWidth(ColumnModel::SemanticField, semanticWidth + arrow);
    // The number columns: wide enough for their values and for their header ("Ausprägungen" in German).
    const QFontMetrics headerFm = m_columns->horizontalHeader()->fontMetrics();
    auto numberWidth = [&](int field, const QString &widest) {
        const QString header = m_columnModel->headerData(field, Qt::Horizontal, Qt::DisplayRole).toString();
        return std::max(fm.horizontalAdvance(widest), headerFm.horizontalAdvance(header)) + 16;
    };
    m_columns->setColumnWidth(ColumnModel::MissingField, numberWidth(ColumnModel::MissingField, QStringLiteral("100.0%")));
    m_columns->setColumnWidth(ColumnModel::DistinctField, numberWidth(ColumnModel::DistinctField, QStringLiteral("1,000,000")));

    m_issues = new IssueList(m_workspace, this);
    m_issuesTitle = sectionTitle(tr("Data quality"), this);
    connect(m_issues, &IssueList::countChanged, this, [this](int n) {
        m_issuesTitle->setText(n == 0   ? tr("Data quality")
                               : n == 1 ? tr("Data quality: one note")
                                        : tr("Data quality: %1 notes").arg(format::count(n)));
    });

    auto *columnsPane = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsPane);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(sectionTitle(tr("Columns"), columnsPane));
    columnsLayout->addLayout(targetRow);
    columnsLayout->addWidget(m_columns, 1);
    auto *issuesPane = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesPane);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issuesTitle);
    issuesLayout->addWidget(m_issues, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    m_rightSplit = right;
    right->installEventFilter(this);
    right->addWidget(columnsPane);
    right->addWidget(issuesPane);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);

    int panelWidth = 4;
    for (int c = 0; c < ColumnModel::FieldCount; ++c)
        panelWidth += m_columns->columnWidth(c);
    panelWidth += m_columns->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    right->setMinimumWidth(std::min(panelWidth, 480));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tablePane);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    split->setSizes({1000, panelWidth});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_target, &QComboBox::activated, this, [this]() { m_workspace->setTarget(m_target->currentData().toInt()); });
    connect(m_positive, &QComboBox::activated, this, [this]() { m_workspace->setPositiveLabel(m_positive->currentText()); });
}

void DataView::onDataLoaded()
{
    // A search belongs to the data it was typed for.
    m_search->clear();
    m_tableModel->setTable(m_workspace->table());
    fitColumns();
    fitLabelColumn();
    m_table->scrollToTop();
    m_panelFitted = m_rightSplit->isVisible() && m_workspace->table();
    if (m_panelFitted)
        fitColumnPanel();
}

void DataView::fitColumnPanel()
{
    // Give the column list the room it needs to show every column (the target is often last),
    // and the quality notes the rest, as long as the notes keep a useful height.
    const int total = m_rightSplit->height();
    if (total <= 0 || !m_workspace->table())
        return;
    const int rows = m_columnModel->rowCount();
    const int wanted = m_columns->horizontalHeader()->height() + rows * m_columns->verticalHeader()->defaultSectionSize()
                       + m_target->sizeHint().height() + 2 * fontMetrics().height() + 24;
    const int notes = m_issues->issueCount() <= 3 ? 100 : std::max(160, total / 3);
    const int columns = std::min(wanted, total - notes);
    m_rightSplit->setSizes({columns, total - columns});
}

void DataView::fitLabelColumn()
{
    // As wide as the longest label shown (German ones are longer than the sample's "Streaming movies"),
    // within reason: a very long user label is elided and in full in the tooltip.
    const QFontMetrics fm = m_columns->fontMetrics();
    int widest = fm.horizontalAdvance(QStringLiteral("Streaming movies"));
    QFont bold = m_columns->font();
    bold.setBold(true); // the target's row is bold, a user's label italic: bold is the wider
    const QFontMetrics boldFm(bold);
    for (int row = 0; row < m_columnModel->rowCount(); ++row)
        widest = std::max(widest, boldFm.horizontalAdvance(m_columnModel->index(row, ColumnModel::LabelField).data().toString()));
    const QString header = m_columnModel->headerData(ColumnModel::LabelField, Qt::Horizontal, Qt::DisplayRole).toString();
    widest = std::max(widest, m_columns->horizontalHeader()->fontMetrics().horizontalAdvance(header));
    m_columns->setColumnWidth(ColumnModel::LabelField, std::min(widest + 16, 40 * fm.averageCharWidth()));
}

bool DataView::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the search field clears it; taken before the window's Esc (cancel the running job).
    if (watched == m_search && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_search->clear();
        return true;
    }
    // Sized once per data set, when the splitter has its real height; later the user's drag wins.
    if (watched == m_rightSplit && event->type() == QEvent::Resize && !m_panelFitted && m_workspace->table()
        && m_rightSplit->isVisible()) {
        m_panelFitted = true;
        fitColumnPanel();
    }
    return QWidget::eventFilter(watched, event);
}

void DataView::onTableChanged()
{
    if (m_tableModel->table() != m_workspace->table()) {
        m_tableModel->setTable(m_workspace->table());
        // An edit (a type change) can change what a row shows: search the new snapshot again.
        if (!m_search->text().trimmed().isEmpty())
            startSearch();
    }
    m_searchRow->setVisible(bool(m_workspace->table()));
    refreshTargetPicker();
}

QWidget *DataView::showFindField()
{
    return m_search;
}

bool DataView::isSearching() const
{
    return m_searchDelay->isActive() || m_searcher->isRunning();
}

void DataView::onSearchEdited()
{
    if (m_search->text().trimmed().isEmpty()) {
        m_searchDelay->stop();
        m_searcher->cancel();
        m_tableModel->setRows(nullptr);
        m_searchStatus->clear();
        return;
    }
    m_searchDelay->start();
}

void DataView::startSearch()
{
    m_searchDelay->stop();
    const auto table = m_tableModel->table();
    const QString text = m_search->text().trimmed();
    if (!table || text.isEmpty())
        return;
    TableSearchQuery query;
    query.text = text;
    query.locale = QLocale();
    query.decimals = m_tableModel->columnDecimals();
    m_searchStatus->setText(tr("Searching…"));
    using Found = Result<std::vector<qsizetype>>;
    // Latest wins: the search for an older text (or an older table) is canceled and never shown.
    m_searcher->startLatest<Found>(
        tr("Searching the data"), [table, query](Progress &progress) { return TableSearch::find(*table, query, &progress); },
        [this, table, text](Found &&found) {
            if (table != m_tableModel->table() || text != m_search->text().trimmed())
                return;
            if (!found) {
                m_searchStatus->setText(found.error().code == ErrorCode::Canceled ? tr("Search stopped") : found.error().message);
                return;
            }
            const auto matches = qsizetype(found->size());
            m_tableModel->setRows(std::make_shared<const std::vector<qsizetype>>(std::move(*found)));
            m_searchStatus->setText(tr("%1 of %2 rows match").arg(format::count(matches), format::count(table->rowCount())));
            m_table->scrollToTop();
        });
}

void DataView::fitColumns()
{
    // Widths from the header and a sample of rows: never resizeColumnsToContents on a big model.
    const int rows = m_tableModel->rowCount();
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics bold = m_table->horizontalHeader()->fontMetrics();
    const int step = std::max(1, rows / 200);
    for (int c = 0; c < m_tableModel->columnCount(); ++c) {
        int w = bold.horizontalAdvance(m_tableModel->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < rows; r += (r < 100 ? 1 : step))
            w = std::max(w, fm.horizontalAdvance(m_tableModel->displayText(r, c)) + 20);
        m_table->setColumnWidth(c, std::clamp(w, 56, 320));
    }
}

void DataView::refreshTargetPicker()
{
    const auto table = m_workspace->table();
    m_target->clear();
    m_positive->clear();
    m_target->setEnabled(bool(table));
    if (!table) {
        m_positive->setEnabled(false);
        return;
    }
    m_target->addItem(tr("(none)"), -1);
    for (int c = 0; c < table->columnCount(); ++c) {
        const Column &col = table->column(c);
        // A target needs a few distinct values; an id or a number series cannot be one.
        if (c != table->targetIndex() && (col.type() == ColumnType::Text || col.distinctCount() > MaxPositiveChoices))
            continue;
        m_target->addItem(col.name(), c);
    }
    const int target = table->targetIndex();
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
    m_positive->setEnabled(target >= 0);
    if (target >= 0) {
        m_positive->addItems(targetLevels(table->column(target)));
        m_positive->setCurrentIndex(m_positive->findText(table->positiveLabel()));
    }
}

void DataView::changeType(int column, ColumnType type)
{
    const auto table = m_workspace->table();
    if (!table || column < 0 || column >= table->columnCount() || table->column(column).type() == type)
        return;
    struct Converted
    {
        Result<Column> column;
        QList<Issue> issues;
    };
    const CsvOptions options = m_workspace->source().csv;
    const QString name = table->column(column).name();
    auto convert = [table, column, type, options](Progress &) {
        Converted out{Result<Column>(Column()), {}};
        out.column = convertColumn(table->column(column), type, options, &out.issues);
        return out;
    };
    auto apply = [this, table, column, name](Converted &&result) {
        if (m_workspace->table() == nullptr || m_workspace->table()->columnNames() != table->columnNames())
            return; // other data was loaded meanwhile
        if (!result.column) {
            Q_EMIT errorOccurred(tr("Cannot change the type of “%1”").arg(name), result.column.error().toString());
            return;
        }
        // Values that did not convert became missing: list them so nothing changes silently.
        m_workspace->replaceColumn(column, std::move(*result.column), result.issues);
    };
    if (table->rowCount() <= SyncConvertRows) {
        Progress none;
        apply(convert(none));
        return;
    }
    if (m_converter->isRunning()) {
        Q_EMIT errorOccurred(tr("Please wait"), tr("Another column is still being converted."));
        return;
    }
    m_converter->start<Converted>(tr("Converting “%1” to %2").arg(name, toString(type)), std::move(convert),
                                  std::move(apply));
}

} // namespace churnlens
