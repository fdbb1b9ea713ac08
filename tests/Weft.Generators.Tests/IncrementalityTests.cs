using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Tests;

public sealed class IncrementalityTests
{
    private const string SlotA = """
        using Weft;
        namespace App;
        [ThreadLocalSlot] public sealed partial class A { public int X { get; init; } }
        """;

    private const string SlotB = """
        using Weft;
        namespace App;
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class B { [WorkerUpdate] void Bump(int n) { } }
        """;

    private const string Unrelated = """
        namespace App;
        public static class Helpers { public static int Twice(int x) => x * 2; }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(SlotA, SlotB, Unrelated);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.ToString().Contains("Helpers", StringComparison.Ordinal));
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Unrelated.Replace("x * 2", "x + x", StringComparison.Ordinal), GeneratorHarness.ParseOptions, old.FilePath));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = second.TrackedSteps[TrackingNames.SlotTypes].Concat(second.TrackedSteps[TrackingNames.ServableSlotTypes]).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step output was {o.Reason}"));
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_slot_type_changes_only_its_own_output()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(SlotA, SlotB, Unrelated);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class B", StringComparison.Ordinal));
        string changed = SlotB.Replace("void Bump(int n) { }", "void Bump(int n) { } [WorkerUpdate] void Reset() { }", StringComparison.Ordinal);
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(changed, GeneratorHarness.ParseOptions, old.FilePath));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = second.TrackedSteps[TrackingNames.ServableSlotTypes].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, outputs.Count);
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains("ResetOnAllWorkersAsync", second.GeneratedSources.Single(s => s.HintName.StartsWith("App.B", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Models_hold_no_symbols_syntax_locations_or_compilations()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(SlotA, SlotB);
        GeneratorRunResult result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();
        var models = result.TrackedSteps[TrackingNames.ServableSlotTypes].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(2, models.Count);
        foreach (object model in models)
        {
            AssertPure(model, "model", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void AssertPure(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertPure(item, $"{path}[{i++}]", seen);
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPure(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
