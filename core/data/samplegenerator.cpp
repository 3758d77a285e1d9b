#include "samplegenerator.h"

#include "common/parallel.h"
#include "common/xoshiro.h"

#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>
#include <string>
#include <vector>

namespace churnlens {

namespace {

// Rows are made in fixed blocks, each with its own random stream derived from (seed, block).
// The output therefore does not depend on how many threads produce the blocks.
constexpr qint64 BlockRows = 8192;
// Blocks generated between two cancel checks / progress reports (≈ 50 ms on one core).
constexpr qint64 BatchBlocks = 16;

// The generator's draws on top of xoshiro256** (whose output is defined by the algorithm alone).
class Rng : public Xoshiro256
{
public:
    using Xoshiro256::Xoshiro256;

    //! Approximately standard normal (Irwin–Hall of four uniforms): no libm call, bounded tails.
    double normal() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772; }
    //! Poisson by inversion; fine for the small means used here.
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit && k < 30) {
            p *= uniform();
            ++k;
        }
        return k;
    }
};

enum Contract : uint8_t { MonthToMonth, OneYear, TwoYear };
enum Internet : uint8_t { Dsl, Fiber, NoInternet };
enum Payment : uint8_t { ElectronicCheck, MailedCheck, BankTransfer, CreditCard };
enum AddOn : uint8_t { Security, Backup, Protection, TechSupport, StreamingTv, StreamingMovies, AddOnCount };

struct Customer
{
    bool male, senior, partner, dependents, phone, multipleLines, paperless, churn;
    Contract contract;
    Internet internet;
    Payment payment;
    bool addOn[AddOnCount];
    int tenure;
    int supportCalls;
    double monthlyCharges; // as recorded (outliers included)
    double totalCharges;
    double churnLogit;     // the true log-odds, kept for calibration checks
    // Which recorded values are missing (missing completely at random, after churn is drawn).
    bool missingTenure, missingMonthly, missingTotal, missingPayment, missingCalls;
};

// Shares roughly follow the IBM Telco data; the churn model is a logistic regression
// on the drivers the original project reported, calibrated so that about 27% churn,
// month-to-month ≈ 42%, one year ≈ 11%, two years ≈ 3%.
Customer drawCustomer(Rng &rng)
{
    Customer c{};
    c.male = rng.chance(0.505);
    c.senior = rng.chance(0.162);
    c.partner = rng.chance(0.483);
    c.dependents = rng.chance(c.partner ? 0.50 : 0.12);

    const double uc = rng.uniform();
    c.contract = uc < 0.58 ? MonthToMonth : (uc < 0.79 ? OneYear : TwoYear);
    if (rng.chance(0.002)) {
        c.tenure = 0; // signed this month: no bill yet, so TotalCharges is blank (as in Telco)
    } else if (c.contract == MonthToMonth) {
        c.tenure = 1 + int(-std::log1p(-rng.uniform()) * 17.0);
    } else if (c.contract == OneYear) {
        c.tenure = 4 + int((rng.uniform() + rng.uniform()) * 0.5 * 69.0);
    } else {
        c.tenure = 72 - int(-std::log1p(-rng.uniform()) * 16.0);
    }
    c.tenure = std::clamp(c.tenure, 0, 72);

    c.phone = rng.chance(0.903);
    c.multipleLines = c.phone && rng.chance(0.47);
    const double ui = rng.uniform();
    c.internet = ui < 0.34 ? Dsl : (ui < 0.78 ? Fiber : NoInternet);
    static constexpr double addOnShare[AddOnCount] = {0.37, 0.44, 0.44, 0.37, 0.49, 0.49};
    const double loyalty = 0.2 * (double(c.tenure) / 72.0 - 0.4); // long-standing customers add services
    for (int a = 0; a < AddOnCount; ++a)
        c.addOn[a] = c.internet != NoInternet && rng.chance(addOnShare[a] + loyalty);
    c.paperless = rng.chance(0.59);
    const double up = rng.uniform();
    c.payment = up < 0.336 ? ElectronicCheck : (up < 0.565 ? MailedCheck : (up < 0.784 ? BankTransfer : CreditCard));

    // Price list plus a little noise; the cheapest plan costs about 18.
    double price = 0.0;
    if (c.phone)
        price += c.multipleLines ? 25.0 : 20.0;
    if (c.internet == Dsl)
        price += 25.0;
    else if (c.internet == Fiber)
        price += 50.0;
    for (int a = 0; a < AddOnCount; ++a)
        price += c.addOn[a] ? (a >= StreamingTv ? 10.0 : 5.0) : 0.0;
    price = std::max(18.0, price + rng.normal() * 2.5);
    price = std::round(price * 100.0) / 100.0;

    const double callMean = 0.9 + (c.internet == Fiber ? 0.5 : 0.0)
                            + (c.internet != NoInternet && !c.addOn[TechSupport] ? 0.5 : 0.0)
                            + (c.contract == MonthToMonth ? 0.2 : 0.0);
    c.supportCalls = rng.poisson(callMean);

    const double contractEffect[] = {0.0, -1.40, -2.5};
    double z = -1.17 + contractEffect[c.contract]
               - 0.028 * double(c.tenure)
               + 0.36 * double(c.supportCalls)
               + 0.022 * (price - 65.0)
               + (c.internet == Fiber ? 0.30 : 0.0)
               + (c.payment == ElectronicCheck ? 0.45 : 0.0)
               + (c.senior ? 0.30 : 0.0)
               + (c.paperless ? 0.25 : 0.0)
               + (c.internet != NoInternet && !c.addOn[TechSupport] ? 0.30 : 0.0)
               + (c.internet != NoInternet && !c.addOn[Security] ? 0.30 : 0.0)
               - (c.partner ? 0.10 : 0.0)
               - (c.dependents ? 0.25 : 0.0);
    c.churnLogit = z;
    c.churn = rng.uniform() * (1.0 + std::exp(-z)) < 1.0;

    // About 1.2% billing outliers, far above the interquartile fence (~170).
    c.monthlyCharges = price;
    if (rng.chance(0.012))
        c.monthlyCharges = std::round((price + 180.0 + rng.uniform() * 400.0) * 100.0) / 100.0;
    c.totalCharges = std::round(double(c.tenure) * price * (1.0 + rng.normal() * 0.03) * 100.0) / 100.0;

    // ≈15% of records with at least one missing value: 1 - (.95 · .96 · .97 · .975 · .985).
    c.missingTotal = c.tenure == 0 || rng.chance(0.045);
    c.missingCalls = rng.chance(0.04);
    c.missingPayment = rng.chance(0.03);
    c.missingTenure = rng.chance(0.025);
    c.missingMonthly = rng.chance(0.015);
    return c;
}

// customerID like Telco's "7590-VHVEG": four digits and five letters. The row index goes
// through a bijection of the 10^4 · 26^5 codes, so ids are unique, yet look random.
constexpr uint64_t IdSpace = 10000ull * 26 * 26 * 26 * 26 * 26;
constexpr uint64_t IdMultiplier = 48271 * 1021; // coprime to 2, 5 and 13 (the factors of IdSpace)

void appendId(std::string &out, uint64_t row, uint64_t seed)
{
    static_assert(std::gcd(IdMultiplier, IdSpace) == 1);
    uint64_t state = seed;
    const uint64_t offset = splitMix64(state) % IdSpace;
    const uint64_t x = (IdMultiplier * row + offset) % IdSpace; // IdMultiplier·row < 2^64
    uint64_t digits = x / 11881376; // 26^5
    uint64_t letters = x % 11881376;
    char buf[10];
    for (int i = 3; i >= 0; --i, digits /= 10)
        buf[i] = char('0' + digits % 10);
    buf[4] = '-';
    for (int i = 9; i >= 5; --i, letters /= 26)
        buf[i] = char('A' + letters % 26);
    out.append(buf, 10);
}

void appendInt(std::string &out, long long v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

// Money with two decimals from whole cents: exact and locale-free.
void appendMoney(std::string &out, double v)
{
    const long long cents = std::llround(v * 100.0);
    appendInt(out, cents / 100);
    const int frac = int(cents % 100);
    const char tail[3] = {'.', char('0' + frac / 10), char('0' + frac % 10)};
    out.append(tail, 3);
}

void appendYesNo(std::string &out, bool yes) { out.append(yes ? "Yes," : "No,"); }

void appendRow(std::string &out, const Customer &c, uint64_t row, uint64_t seed)
{
    static constexpr const char *contracts[] = {"Month-to-month", "One year", "Two year"};
    static constexpr const char *internets[] = {"DSL", "Fiber optic", "No"};
    static constexpr const char *payments[] = {"Electronic check", "Mailed check", "Bank transfer (automatic)",
                                               "Credit card (automatic)"};
    appendId(out, row, seed);
    out.append(c.male ? ",Male," : ",Female,");
    out.append(c.senior ? "1," : "0,");
    appendYesNo(out, c.partner);
    appendYesNo(out, c.dependents);
    if (!c.missingTenure)
        appendInt(out, c.tenure);
    out.push_back(',');
    appendYesNo(out, c.phone);
    out.append(!c.phone ? "No phone service," : (c.multipleLines ? "Yes," : "No,"));
    out.append(internets[c.internet]);
    out.push_back(',');
    for (int a = 0; a < AddOnCount; ++a)
        out.append(c.internet == NoInternet ? "No internet service," : (c.addOn[a] ? "Yes," : "No,"));
    out.append(contracts[c.contract]);
    out.push_back(',');
    appendYesNo(out, c.paperless);
    if (!c.missingPayment)
        out.append(payments[c.payment]);
    out.push_back(',');
    if (!c.missingMonthly)
        appendMoney(out, c.monthlyCharges);
    out.push_back(',');
    if (!c.missingTotal)
        appendMoney(out, c.totalCharges);
    out.push_back(',');
    if (!c.missingCalls)
        appendInt(out, c.supportCalls);
    out.append(c.churn ? ",Yes\n" : ",No\n");
}

constexpr char Header[] =
    "customerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,MultipleLines,InternetService,"
    "OnlineSecurity,OnlineBackup,DeviceProtection,TechSupport,StreamingTV,StreamingMovies,Contract,"
    "PaperlessBilling,PaymentMethod,MonthlyCharges,TotalCharges,SupportCalls,Churn\n";

std::string makeBlock(qint64 block, qint64 rows, uint64_t seed)
{
    const qint64 first = block * BlockRows;
    const qint64 count = std::min(BlockRows, rows - first);
    std::string out;
    out.reserve(size_t(count) * 200);
    Rng rng(seed, uint64_t(block));
    for (qint64 i = 0; i < count; ++i)
        appendRow(out, drawCustomer(rng), uint64_t(first + i), seed);
    return out;
}

/*!
 * Produces the file in order, a batch of blocks at a time (the blocks of one batch on
 * \a threads threads), handing each finished batch to \a sink. Returns false when canceled.
 */
template<typename Sink>
bool produce(qint64 rows, quint64 seed, int threads, Progress *progress, Sink &&sink)
{
    if (!sink(std::string(Header)))
        return false;
    const qint64 blocks = (rows + BlockRows - 1) / BlockRows;
    std::vector<std::string> parts;
    for (qint64 b = 0; b < blocks; b += BatchBlocks) {
        if (isCanceled(progress))
            return false;
        parts.assign(size_t(std::min(BatchBlocks, blocks - b)), std::string());
        (void)parallelFor(qsizetype(parts.size()), 1, threads, nullptr, [&](qsizetype i, qsizetype, int) {
            parts[size_t(i)] = makeBlock(b + i, rows, seed);
            return true;
        });
        for (const std::string &part : parts)
            if (!sink(part))
                return false;
        if (progress)
            progress->setProgress(double(b + qint64(parts.size())) / double(blocks));
    }
    return true;
}

} // namespace

QByteArray SampleGenerator::generateCsv(qint64 rows, quint64 seed, Progress *progress, int threads)
{
    rows = std::clamp<qint64>(rows, 0, qint64(IdSpace));
    QByteArray out;
    out.reserve(qsizetype(rows) * 190 + qsizetype(sizeof Header));
    const bool done = produce(rows, seed, threads, progress, [&out](const std::string &part) {
        out.append(part.data(), qsizetype(part.size()));
        return true;
    });
    return done ? out : QByteArray();
}

Result<void> SampleGenerator::writeCsv(const QString &path, qint64 rows, quint64 seed, Progress *progress, int threads)
{
    if (rows < 0 || uint64_t(rows) > IdSpace)
        return makeError(ErrorCode::Usage, Tr::tr("The number of customers must be between 0 and %1.").arg(IdSpace));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("Cannot write the file: %1").arg(file.errorString());
        return std::unexpected(e);
    }
    const bool done = produce(rows, seed, threads, progress, [&file](const std::string &part) {
        return file.write(part.data(), qint64(part.size())) == qint64(part.size());
    });
    if (!done) {
        file.cancelWriting();
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
    }
    if (!done || !file.commit()) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("Cannot write the file: %1").arg(file.errorString());
        return std::unexpected(e);
    }
    return {};
}

} // namespace churnlens
