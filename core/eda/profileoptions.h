#pragma once

namespace churnlens {

//! Knobs of a profile run. The defaults are what the GUI and the CLI use.
struct ProfileOptions
{
    int threads = 0;              //!< worker threads; 0 = all cores
    int quantileBins = 10;        //!< numeric churn bins: deciles, merged where values tie
    //! A numeric column with at most this many distinct values gets one bin per value
    //! (a 0/1 flag, support calls 0..9) instead of quantile bins.
    int valueBinsUpTo = 12;
    int histogramBins = 30;       //!< about this many bars in a numeric distribution
    int maxLevels = 50;           //!< category levels kept per column; the rest become "Other"
    int highCardinality = 50;     //!< categories with more levels than this get a warning
    double mostlyMissing = 0.5;   //!< missing share above which a column gets a warning
    double leakageAuc = 0.95;     //!< single-feature AUC (either direction) that flags leakage
    double leakagePurity = 0.99;  //!< churn rate of a level that, covering most churners, flags leakage
    double confidence = 0.95;     //!< level of the Wilson intervals
    bool duplicates = true;       //!< look for duplicate rows (ignoring id columns)
    bool correlation = true;      //!< Pearson matrix of numeric columns
    //! The matrix grows with the square of the columns (20,000 numeric columns: 400M pairs, 6 GB):
    //! beyond this many numeric columns only the first ones are correlated, with a warning.
    int maxCorrelationColumns = 200;
};

} // namespace churnlens
