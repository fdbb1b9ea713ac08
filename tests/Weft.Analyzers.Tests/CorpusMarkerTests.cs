using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Weft.Analyzers.Tests;

/// <summary>The corpus's measuring instrument: how markers are read and how reports are scored against them.</summary>
public sealed class CorpusMarkerTests
{
    private const string File = """
        class C
        {
            void M()
            {
                a(); // expect: WEFT0002
                b(); // expect: WEFT0001, WEFT0003 "Limits" "List"
                c(); // expect: WEFT0004 #escape
                d(); // expect: WEFT0004 #escape
                e();
            }
        }
        """;

    [Fact]
    public void Markers_name_rules_per_line_and_groups_once()
    {
        List<Expectation> expected = CorpusMarkers.Parse(SourceText.From(File));

        Assert.Equal(4, expected.Count);
        Assert.Contains(expected, e => e.Id == "WEFT0002" && e.Lines.SequenceEqual([5]) && e.MessageParts.Count == 0);
        Assert.Contains(expected, e => e.Id == "WEFT0001" && e.Lines.SequenceEqual([6]) && e.MessageParts.SequenceEqual(["Limits", "List"]));
        Assert.Contains(expected, e => e.Id == "WEFT0003" && e.Lines.SequenceEqual([6]));
        Assert.Contains(expected, e => e.Id == "WEFT0004" && e.Lines.SequenceEqual([7, 8]));
    }

    [Fact]
    public void Reports_score_as_true_and_false_positives_and_misses()
    {
        var actual = new Dictionary<CorpusFinding, List<string>>
        {
            [new("WEFT0002", 5)] = ["written after publish"],
            [new("WEFT0001", 6)] = ["Limits holds a List<T>"],
            [new("WEFT0003", 6)] = ["reaches the Routes snapshot"],
            [new("WEFT0004", 7)] = ["escapes"],
            [new("WEFT0004", 8)] = ["escapes"],
            [new("WEFT0006", 9)] = ["static"],
        };

        CorpusFileResult result = CorpusMarkers.Score("F.cs", "F", CorpusMarkers.Parse(SourceText.From(File)), actual, [], []);

        Assert.Equal([new("WEFT0001", 6), new("WEFT0002", 5), new("WEFT0004", 7)], result.TruePositives.OrderBy(f => f.Id));
        Assert.Equal([new("WEFT0006", 9)], result.FalsePositives.Select(f => f.Finding));
        (CorpusFinding missed, string why) = Assert.Single(result.FalseNegatives);
        Assert.Equal(new CorpusFinding("WEFT0003", 6), missed);
        Assert.Contains("message lacks", why, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_reported_misses_every_expectation()
    {
        CorpusFileResult result = CorpusMarkers.Score("F.cs", "F", CorpusMarkers.Parse(SourceText.From(File)), new Dictionary<CorpusFinding, List<string>>(), [], []);

        Assert.Empty(result.TruePositives);
        Assert.Empty(result.FalsePositives);
        Assert.Equal(4, result.FalseNegatives.Count);
    }
}
