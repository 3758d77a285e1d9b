<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>churnlens</name>
    <message numerus="yes">
        <source>Other (%n levels)</source>
        <translation>
            <numerusform>Other (%n level)</numerusform>
            <numerusform>Other (%n levels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiling %n column(s)…</source>
        <translation>
            <numerusform>Profiling %n column…</numerusform>
            <numerusform>Profiling %n columns…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n negative value(s) (lowest %2), which should not happen for %3.</source>
        <translation>
            <numerusform>%1 has %n negative value (lowest %2), which should not happen for %3.</numerusform>
            <numerusform>%1 has %n negative values (lowest %2), which should not happen for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with %1 = 0 have %2 larger than %3.</source>
        <translation>
            <numerusform>%n customer with %1 = 0 has %2 larger than %3.</numerusform>
            <numerusform>%n customers with %1 = 0 have %2 larger than %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no churn value and are left out of churn rates.</source>
        <translation>
            <numerusform>%n row has no churn value and is left out of churn rates.</numerusform>
            <numerusform>%n rows have no churn value and are left out of churn rates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) (%1) repeat an earlier row exactly%2.</source>
        <translation>
            <numerusform>%n row (%1) repeats an earlier row exactly%2.</numerusform>
            <numerusform>%n rows (%1) repeat an earlier row exactly%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explaining %n customer(s)</source>
        <translation>
            <numerusform>Explaining %n customer</numerusform>
            <numerusform>Explaining %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column &quot;%1&quot;: %n value(s) are not numbers and are treated as missing.</source>
        <translation>
            <numerusform>Column &quot;%1&quot;: %n value is not a number and is treated as missing.</numerusform>
            <numerusform>Column &quot;%1&quot;: %n values are not numbers and are treated as missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column &quot;%1&quot;: %n row(s) have a category not seen in training; %2.</source>
        <translation>
            <numerusform>Column &quot;%1&quot;: %n row has a category not seen in training; %2.</numerusform>
            <numerusform>Column &quot;%1&quot;: %n rows have a category not seen in training; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column &quot;%1&quot;: %n row(s) have a category not seen in training (e.g. &quot;%2&quot;); %3.</source>
        <translation>
            <numerusform>Column &quot;%1&quot;: %n row has a category not seen in training (e.g. &quot;%2&quot;); %3.</numerusform>
            <numerusform>Column &quot;%1&quot;: %n rows have a category not seen in training (e.g. &quot;%2&quot;); %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other new level(s)</source>
        <translation>
            <numerusform>%n other new level</numerusform>
            <numerusform>%n other new levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep an eye on it: %n field(s) drifted, below the %1 of fields that calls for retraining</source>
        <translation>
            <numerusform>Keep an eye on it: %n field drifted, below the %1 of fields that calls for retraining</numerusform>
            <numerusform>Keep an eye on it: %n fields drifted, below the %1 of fields that calls for retraining</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::ChurnRateChart</name>
    <message numerus="yes">
        <source>Other (%n levels)</source>
        <translation>
            <numerusform>Other (%n level)</numerusform>
            <numerusform>Other (%n levels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::DistributionChart</name>
    <message numerus="yes">
        <source>%1 (%n outlier(s) outside the range not drawn)</source>
        <translation>
            <numerusform>%1 (%n outlier outside the range not drawn)</numerusform>
            <numerusform>%1 (%n outliers outside the range not drawn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::DriversChart</name>
    <message numerus="yes">
        <source>a number, grouped into %n value groups</source>
        <translation>
            <numerusform>a number, grouped into %n value group</numerusform>
            <numerusform>a number, grouped into %n value groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a category with %n levels</source>
        <translation>
            <numerusform>a category with %n level</numerusform>
            <numerusform>a category with %n levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::ExploreCards</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible leak(s) of the outcome</source>
        <translation>
            <numerusform>%n possible leak of the outcome</numerusform>
            <numerusform>%n possible leaks of the outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus %n note(s)</source>
        <translation>
            <numerusform>plus %n note</numerusform>
            <numerusform>plus %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing serious; %n note(s)</source>
        <translation>
            <numerusform>nothing serious; %n note</numerusform>
            <numerusform>nothing serious; %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::ImpactCharts</name>
    <message numerus="yes">
        <source>+ %n more segment(s)</source>
        <translation>
            <numerusform>+ %n more segment</numerusform>
            <numerusform>+ %n more segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::MissingChart</name>
    <message numerus="yes">
        <source>Share of rows missing (%n more column(s) not shown)</source>
        <translation>
            <numerusform>Share of rows missing (%n more column not shown)</numerusform>
            <numerusform>Share of rows missing (%n more columns not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::ProgressPanel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <comment>other jobs running</comment>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::ScoreView</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n customers</source>
        <translation>
            <numerusform>Exporting %n customer</numerusform>
            <numerusform>Exporting %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers saved to %1.</source>
        <translation>
            <numerusform>%n customer saved to %1.</numerusform>
            <numerusform>%n customers saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::StatsTable</name>
    <message numerus="yes">
        <source>Other (%n levels)</source>
        <translation>
            <numerusform>Other (%n level)</numerusform>
            <numerusform>Other (%n levels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::TrainJobsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;Training&lt;/b&gt; — %1 of %n model(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;Training&lt;/b&gt; — %1 of %n model done</numerusform>
            <numerusform>&lt;b&gt;Training&lt;/b&gt; — %1 of %n models done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Training finished&lt;/b&gt; — %1 of %n model(s) trained</source>
        <translation>
            <numerusform>&lt;b&gt;Training finished&lt;/b&gt; — %1 of %n model trained</numerusform>
            <numerusform>&lt;b&gt;Training finished&lt;/b&gt; — %1 of %n models trained</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::TrainSettings</name>
    <message numerus="yes">
        <source>%1: %n setting(s) × %2</source>
        <translation>
            <numerusform>%1: %n setting × %2</numerusform>
            <numerusform>%1: %n settings × %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fold(s)</source>
        <translation>
            <numerusform>%n fold</numerusform>
            <numerusform>%n folds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n fold(s)</source>
        <translation>
            <numerusform>on %n fold</numerusform>
            <numerusform>on %n folds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the best %n</source>
        <translation>
            <numerusform>the best %n</numerusform>
            <numerusform>the best %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the best %n on all folds</source>
        <translation>
            <numerusform>the best %n on all folds</numerusform>
            <numerusform>the best %n on all folds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::WaterfallWidget</name>
    <message numerus="yes">
        <source>%n other fields together</source>
        <translation>
            <numerusform>%n other field</numerusform>
            <numerusform>%n other fields together</numerusform>
        </translation>
    </message>
</context>
</TS>
