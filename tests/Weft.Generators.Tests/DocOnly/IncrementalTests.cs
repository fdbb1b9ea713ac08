using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Tests.DocOnly;

/// <summary>
/// README: an "incremental source generator". An edit that leaves a slot type alone must leave its output alone: the
/// same text, and the source-output steps reused (Cached/Unchanged) rather than produced again.
/// </summary>
public sealed class IncrementalTests
{
    private const string U = DocOnlyKit.Usings;

    private const string Slots = U + """
        namespace App
        {
            [ThreadLocalSlot] public sealed partial class Routes { public int N { get; init; } }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int N; [WorkerUpdate] void Add(int k) => N += k; }
        }
        """;

    private static (IReadOnlyDictionary<string, string> Before, IReadOnlyDictionary<string, string> After, IncrementalStepRunReason[] Reasons) RunTwice(string[] sources, int edited, string replacement)
    {
        CSharpCompilation first = GeneratorHarness.Compile(sources);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(first);
        IReadOnlyDictionary<string, string> before = GeneratorHarness.Generated(driver.GetRunResult());

        SyntaxTree old = first.SyntaxTrees.ElementAt(edited);
        CSharpCompilation second = first.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(replacement, GeneratorHarness.ParseOptions, path: old.FilePath));
        driver = driver.RunGenerators(second);
        GeneratorDriverRunResult result = driver.GetRunResult();
        IncrementalStepRunReason[] reasons = result.Results
            .SelectMany(r => r.TrackedOutputSteps)
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs)
            .Select(output => output.Reason)
            .ToArray();
        return (before, GeneratorHarness.Generated(result), reasons);
    }

    [Fact]
    public void Editing_a_file_without_slot_types_reuses_every_output()
    {
        var (before, after, reasons) = RunTwice(
            [Slots, U + "namespace App { public static class Helpers { public static int One() => 1; } }"],
            edited: 1,
            U + "namespace App { public static class Helpers { public static int One() => 1; public static int Two() => 2; } }");
        Assert.Equal(before, after);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output step re-run: " + string.Join(",", reasons)));
    }

    [Fact]
    public void Editing_one_slot_type_leaves_the_other_slot_types_output_reused()
    {
        string other = U + "namespace App { [ThreadLocalSlot] public sealed partial class Limits { public int Max { get; init; } } }";
        var (before, after, reasons) = RunTwice(
            [Slots, other],
            edited: 1,
            U + "namespace App { [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Limits { public int Max; [WorkerUpdate] void Set(int m) => Max = m; } }");
        string[] unchangedHints = before.Keys.Where(h => h.Contains("Routes") || h.Contains("Cache")).ToArray();
        Assert.NotEmpty(unchangedHints);
        foreach (string hint in unchangedHints)
            Assert.Equal(before[hint], after[hint]);
        Assert.Contains(reasons, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(reasons, r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
    }
}
