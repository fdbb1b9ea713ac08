using System;
using System.IO;
using System.Linq;
using Weft.Analyzers.Engine;
using Xunit.Abstractions;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Runs every Weft analyzer over the corpus under <c>Corpus/</c> (one compilation per file, generator output added)
/// and compares what they report with the <c>// expect: WEFTnnnn</c> markers. The corpus was written from the rule
/// documentation alone, so it measures how the analyzers do on code they were not shaped around.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    /// <summary>Below this share of reported diagnostics being expected, the analyzers raise too many false alarms.</summary>
    private const double MinimumPrecision = 0.97;

    /// <summary>Below this share of expected diagnostics being reported, the analyzers miss too many defects.</summary>
    private const double MinimumRecall = 0.95;

    [Fact]
    public void Analyzers_meet_precision_and_recall_on_the_corpus()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "Corpus");
        int acceptedBefore = QuietBodies.AcceptedInAudit.Count();
        CorpusRun run = CorpusRunner.Run(root);
        string report = CorpusReport.Format(run, MinimumPrecision, MinimumRecall);
        output.WriteLine(report);

        // The audit (QuietBodyAudit) ran each of these through the engine too; other tests running beside this one may
        // add theirs to the count, which is exact when the corpus test runs alone.
        output.WriteLine($"Bodies the body screen accepted during the run, each audited: {QuietBodies.AcceptedInAudit.Count() - acceptedBefore}");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-results.txt"), report);

        Assert.True(run.Files.Count >= 120, $"The corpus holds {run.Files.Count} files; at least 120 are required.");
        var broken = run.Files.Where(f => f.CompileErrors.Count > 0).ToList();
        Assert.True(
            broken.Count == 0,
            "Corpus files that do not compile (a corpus bug, not an analyzer one):\n"
            + string.Join("\n", broken.SelectMany(f => f.CompileErrors.Select(e => $"{f.RelativePath}: {e}"))));
        var crashed = run.Files.Where(f => f.AnalyzerFailures.Count > 0).ToList();
        Assert.True(
            crashed.Count == 0,
            "Analyzers that threw or did not finish (AD0001 or timeout):\n"
            + string.Join("\n", crashed.SelectMany(f => f.AnalyzerFailures.Select(e => $"{f.RelativePath}: {e}"))));
        Assert.True(
            run.Totals.Precision >= MinimumPrecision && run.Totals.Recall >= MinimumRecall,
            $"Precision {run.Totals.Precision:F3} (minimum {MinimumPrecision:F2}), recall {run.Totals.Recall:F3} (minimum {MinimumRecall:F2}).\n{report}");
    }
}
