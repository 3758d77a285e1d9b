#pragma once

#include "ml/trainoptions.h"

#include <QJsonObject>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace churnlens {

class DataTable;
class FieldLabels;

/*!
 * The choices of a training run, in plain words with a tooltip for every technical term:
 * which models, imbalance handling, engineered features (with whether the data's semantic
 * mapping provides their inputs), validation, tuning and the threshold rule. Produces the
 * TrainOptions for Trainer::run(). GUI thread only.
 */
class TrainSettings : public QWidget
{
    Q_OBJECT

public:
    //! The entries of modelChoice(), in order.
    enum ModelChoice { Auto, Logistic, Forest, XGBoost };

    explicit TrainSettings(QWidget *parent = nullptr);

    /*!
     * Shows which engineered features \a table can make (null: none), naming the columns they are
     * made from by their \a labels (the Data area's labels; null: the column names).
     */
    void setTable(const DataTable *table, const FieldLabels *labels = nullptr);
    TrainOptions options() const;
    //! Every choice on the panel, to be remembered (Workspace::setTrainSettings) and restored.
    QJsonObject state() const;
    //! Restores what state() returned; unknown or out-of-range entries are ignored.
    void setState(const QJsonObject &state);
    //! Why these settings cannot be used (translated), or empty.
    QString problem() const;

    QComboBox *modelChoice() const { return m_models; }
    QComboBox *imbalanceChoice() const { return m_imbalance; }
    QComboBox *foldsChoice() const { return m_folds; }
    //! Automatic (quick, thorough; the default), none, grid, random.
    QComboBox *tuningChoice() const { return m_tuning; }
    //! Automatic tuning's time limit for the run (seconds as item data, 0 = none).
    QComboBox *timeLimitChoice() const { return m_timeLimit; }
    //! What the chosen tuning will try, in words.
    QLabel *tuningNote() const { return m_tuningNote; }
    QComboBox *thresholdChoice() const { return m_threshold; }
    QSpinBox *testShare() const { return m_testShare; }
    QSpinBox *seed() const { return m_seed; }
    QSpinBox *earlyStopping() const { return m_earlyStopping; }
    QCheckBox *engineeredSwitch(EngineeredFeature f) const { return m_engineered[size_t(f)]; }

Q_SIGNALS:
    void changed();

private:
    QWidget *buildModels();
    QWidget *buildImbalance();
    QWidget *buildFeatures();
    QWidget *buildValidation();
    QWidget *buildThreshold();
    void restoreTuning(const QJsonObject &state);
    QString searchNote(const TrainOptions &o) const;
    QString automaticNote(const TrainOptions &o) const;
    void updateTexts();

    QComboBox *m_models;
    QLabel *m_modelsNote;
    QComboBox *m_imbalance;
    QLabel *m_imbalanceNote;
    std::array<QCheckBox *, EngineeredFeatureCount> m_engineered{};
    std::array<QLabel *, EngineeredFeatureCount> m_engineeredNote{};
    std::array<bool, EngineeredFeatureCount> m_available{};
    qsizetype m_rows = 0; //!< of the data open, for the automatic search's plan
    std::array<bool, EngineeredFeatureCount> m_wanted{}; // the user's choice, kept while a switch is unavailable
    QSpinBox *m_testShare;
    QComboBox *m_folds;
    QSpinBox *m_seed;
    QComboBox *m_tuning;
    QSpinBox *m_iterations;
    QComboBox *m_timeLimit;
    QFormLayout *m_validationForm;
    QSpinBox *m_earlyStopping;
    QLabel *m_tuningNote;
    QComboBox *m_threshold;
    QLabel *m_thresholdNote;
    QDoubleSpinBox *m_contactCost;
    QDoubleSpinBox *m_savedValue;
};

} // namespace churnlens
