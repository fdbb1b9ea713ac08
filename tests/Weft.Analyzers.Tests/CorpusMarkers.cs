using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace Weft.Analyzers.Tests;

/// <summary>One expected diagnostic: a rule on one of <see cref="Lines"/>, its message holding every part.</summary>
internal sealed record Expectation(string Id, IReadOnlyList<int> Lines, IReadOnlyList<string> MessageParts);

/// <summary>
/// Reads the <c>// expect: WEFTnnnn[, WEFTnnnn] ["message part"]… [#group]</c> markers of a corpus file and scores
/// what the analyzers reported against them.
/// </summary>
internal static partial class CorpusMarkers
{
    /// <summary>
    /// A marker without a group expects each rule it names on its own line. Markers sharing a group expect the rule
    /// once, on any one of their lines: used where the documentation does not say whether a defect reached through a
    /// delegate or a call is reported where it is built or where it is handed over; a report on any of those lines is
    /// then no false alarm either. Quoted parts must all occur in the reported message.
    /// </summary>
    public static List<Expectation> Parse(SourceText text)
    {
        var single = new List<Expectation>();
        var grouped = new Dictionary<(string Id, string Group), (List<int> Lines, string[] Parts)>();
        foreach (TextLine line in text.Lines)
        {
            Match match = MarkerPattern().Match(line.ToString());
            if (!match.Success)
            {
                continue;
            }

            string? group = match.Groups["group"].Success ? match.Groups["group"].Value : null;
            string[] parts = match.Groups["text"].Captures.Select(c => c.Value).ToArray();
            foreach (Capture id in match.Groups["id"].Captures)
            {
                if (group is null)
                {
                    single.Add(new Expectation(id.Value, [line.LineNumber + 1], parts));
                }
                else
                {
                    if (!grouped.TryGetValue((id.Value, group), out var entry))
                    {
                        grouped[(id.Value, group)] = entry = ([], parts);
                    }

                    entry.Lines.Add(line.LineNumber + 1);
                }
            }
        }

        return [.. single.DistinctBy(e => (e.Id, e.Lines[0])), .. grouped.Select(g => new Expectation(g.Key.Id, g.Value.Lines, g.Value.Parts))];
    }

    /// <summary>
    /// An expectation met on any of its lines (by a report whose message holds every part) is a true positive, else a
    /// false negative; a report on no expectation's line is a false positive.
    /// </summary>
    public static CorpusFileResult Score(
        string relativePath,
        string category,
        IReadOnlyList<Expectation> expected,
        IReadOnlyDictionary<CorpusFinding, List<string>> actual,
        IReadOnlyList<string> compileErrors,
        IReadOnlyList<string> analyzerFailures)
    {
        var truePositives = new List<CorpusFinding>();
        var falseNegatives = new List<(CorpusFinding Finding, string Why)>();
        foreach (Expectation expectation in expected)
        {
            int hit = expectation.Lines.FirstOrDefault(l =>
                actual.TryGetValue(new CorpusFinding(expectation.Id, l), out List<string>? messages)
                && messages.Any(m => expectation.MessageParts.All(part => m.Contains(part, StringComparison.Ordinal))));
            if (hit > 0)
            {
                truePositives.Add(new CorpusFinding(expectation.Id, hit));
                continue;
            }

            int line = expectation.Lines[0];
            string why = actual.TryGetValue(new CorpusFinding(expectation.Id, line), out List<string>? wrong)
                ? $"reported, but the message lacks {string.Join(" and ", expectation.MessageParts.Select(p => $"'{p}'"))}: {wrong[0]}"
                : "expected, not reported";
            falseNegatives.Add((new CorpusFinding(expectation.Id, line), why));
        }

        return new CorpusFileResult(
            relativePath,
            category,
            truePositives.OrderBy(f => f.Line).ToArray(),
            actual.Where(a => !expected.Any(e => e.Id == a.Key.Id && e.Lines.Contains(a.Key.Line))).OrderBy(a => a.Key.Line).Select(a => (a.Key, a.Value[0])).ToArray(),
            falseNegatives.OrderBy(f => f.Finding.Line).ToArray(),
            compileErrors,
            analyzerFailures);
    }

    [GeneratedRegex(@"//\s*expect:\s*(?<id>WEFT\d{4})(\s*,\s*(?<id>WEFT\d{4}))*(\s+""(?<text>[^""]+)"")*(\s+#(?<group>[A-Za-z0-9_-]+))?")]
    private static partial Regex MarkerPattern();
}
