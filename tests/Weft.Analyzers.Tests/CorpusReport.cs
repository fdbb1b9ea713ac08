using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Analyzers.Tests;

/// <summary>Formats a corpus run: per category, per rule, every mismatch with its place, and the totals.</summary>
internal static class CorpusReport
{
    public static string Format(CorpusRun run, double minimumPrecision, double minimumRecall)
    {
        var text = new StringBuilder();
        Score totals = run.Totals;
        text.AppendLine(Invariant($"Weft analyzer corpus: {run.Files.Count} files, {run.Elapsed.TotalSeconds:F1} s, analyzers: {string.Join(", ", run.AnalyzerNames)}"));
        text.AppendLine();

        Table(
            text,
            "category",
            run.Files.GroupBy(f => f.Category).Select(g => (g.Key, g.Count(), Sum(g))));

        var byRule = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        foreach (CorpusFileResult file in run.Files)
        {
            foreach (CorpusFinding f in file.TruePositives)
            {
                byRule[f.Id] = byRule.GetValueOrDefault(f.Id) + new Score(1, 0, 0);
            }

            foreach ((CorpusFinding f, _) in file.FalsePositives)
            {
                byRule[f.Id] = byRule.GetValueOrDefault(f.Id) + new Score(0, 1, 0);
            }

            foreach ((CorpusFinding f, _) in file.FalseNegatives)
            {
                byRule[f.Id] = byRule.GetValueOrDefault(f.Id) + new Score(0, 0, 1);
            }
        }

        Table(text, "rule", byRule.Select(r => (r.Key, -1, r.Value)));

        text.AppendLine("Mismatches:");
        foreach (CorpusFileResult file in run.Files)
        {
            foreach ((CorpusFinding f, string message) in file.FalsePositives)
            {
                text.AppendLine(Invariant($"  FP {file.RelativePath}:{f.Line} {f.Id} {message}"));
            }

            foreach ((CorpusFinding f, string why) in file.FalseNegatives)
            {
                text.AppendLine(Invariant($"  FN {file.RelativePath}:{f.Line} {f.Id} ({why})"));
            }
        }

        foreach (CorpusFileResult file in run.Files.Where(f => f.CompileErrors.Count > 0))
        {
            foreach (string error in file.CompileErrors)
            {
                text.AppendLine(Invariant($"  CORPUS BUG {file.RelativePath}:{error}"));
            }
        }

        foreach (CorpusFileResult file in run.Files.Where(f => f.AnalyzerFailures.Count > 0))
        {
            foreach (string failure in file.AnalyzerFailures)
            {
                text.AppendLine(Invariant($"  ANALYZER FAILURE {file.RelativePath}:{failure}"));
            }
        }

        text.AppendLine();
        text.AppendLine(Invariant(
            $"TOTAL: TP {totals.TruePositives}, FP {totals.FalsePositives}, FN {totals.FalseNegatives}; precision {totals.Precision:F3} (minimum {minimumPrecision:F2}), recall {totals.Recall:F3} (minimum {minimumRecall:F2})"));
        return text.ToString();
    }

    private static Score Sum(IEnumerable<CorpusFileResult> files) =>
        files.Aggregate(default(Score), (s, f) => s + new Score(f.TruePositives.Count, f.FalsePositives.Count, f.FalseNegatives.Count));

    private static void Table(StringBuilder text, string heading, IEnumerable<(string Name, int Files, Score Score)> rows)
    {
        text.AppendLine(Invariant($"{heading,-28} {"files",5} {"TP",4} {"FP",4} {"FN",4} {"precision",9} {"recall",7}"));
        foreach ((string name, int files, Score s) in rows.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            string fileCount = files < 0 ? string.Empty : files.ToString(CultureInfo.InvariantCulture);
            text.AppendLine(Invariant($"{name,-28} {fileCount,5} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {s.Precision,9:F3} {s.Recall,7:F3}"));
        }

        text.AppendLine();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
