using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests;

/// <summary>Random and malformed declarations through the generator: it never throws, and what it emits compiles.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Modifiers = ["public", "internal", "private", "sealed", "static", "abstract", "partial", "unsafe", "file", "readonly", ""];
    private static readonly string[] Kinds = ["class", "struct", "record", "record struct", "interface", "class", "class"];
    private static readonly string[] Attributes =
    [
        "[ThreadLocalSlot]", "[ThreadLocalSlot(Mode = SlotMode.PerWorker)]", "[ThreadLocalSlot(Mode = (SlotMode)42)]",
        "[ThreadLocalSlot(Mode = )]", "[ThreadLocalSlot(]", "[Weft.ThreadLocalSlot, Weft.ThreadLocalSlot]", "",
    ];

    private static readonly string[] Members =
    [
        "[WorkerUpdate] void A(int x) { }", "[WorkerUpdate] int B() => 1;", "[WorkerUpdate] static void C() { }",
        "[WorkerUpdate] void D<T>(T t) { }", "[WorkerUpdate] void E(ref int x) { }", "[WorkerUpdate] void F(out int x) { x = 0; }",
        "[WorkerUpdate] void G(System.Span<int> s) { }", "[WorkerUpdate] unsafe void H(int* p) { }", "[WorkerUpdate] void I(Missing m) { }",
        "[WorkerUpdate] void J(params int[] xs) { }", "[WorkerUpdate] void K(string s = \"a\\\"b\", char c = '\\n', float f = 1.5f, decimal m = 2.5m, long l = -1) { }",
        "public static int Current => 1;", "[WorkerUpdate] void", "void L( { }", "[WorkerUpdate] void M(int pool, int onAllApplied) { }",
        "public int P { get; set; }", "[WorkerUpdate] async void N() { }", "[WorkerUpdate] void O(in int x, ref readonly int y) { }",
        "public sealed class Current { }", "public enum TryGetCurrent { A }", "public interface UpdateAll { }",
    ];

    [Fact]
    public void A_deprecated_update_deprecates_its_posting_methods_instead_of_breaking_the_generated_code()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Weft;
            namespace App;

            [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
            public sealed partial class Cache
            {
                [Obsolete("use Drop")]
                [WorkerUpdate]
                private void Evict(string host) { }
            }

            public static class Caller
            {
                public static Task Run(WorkerPool pool) => Cache.EvictOnAllWorkersAsync(pool, "a");
            }
            """;
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        var deprecations = output.GetDiagnostics().Where(d => d.Id == "CS0618").ToList();
        Assert.True(deprecations.All(d => !d.Location.SourceTree!.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)),
            $"CS0618 inside generated code:\n{string.Join("\n", deprecations)}");
        Assert.True(deprecations.Count == 1 && deprecations[0].GetMessage().Contains("EvictOnAllWorkersAsync", StringComparison.Ordinal) && deprecations[0].GetMessage().Contains("use Drop", StringComparison.Ordinal),
            $"the caller of the posting method should get the update's deprecation once:\n{string.Join("\n", deprecations)}");
    }

    [Fact]
    public void Slot_types_whose_names_differ_only_in_case_each_get_their_members()
    {
        const string source = """
            using Weft;
            namespace App;

            [ThreadLocalSlot] public sealed partial class Routes { }
            [ThreadLocalSlot] public sealed partial class routes { }
            [ThreadLocalSlot] public sealed partial class ROUTES { }

            public static class Reader
            {
                public static object Read() => (Routes.Current, routes.Current, ROUTES.Current);
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.GeneratedTrees.Length);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_nested_type_named_like_a_generated_member_keeps_the_name()
    {
        const string source = """
            using Weft;
            namespace App;

            [ThreadLocalSlot]
            public sealed partial class Routes
            {
                public sealed class Current { }
            }

            [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
            public sealed partial class Cache
            {
                public enum UpdateAll { None }

                [WorkerUpdate]
                private void Clear() { }
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"the generated members clash with the user's nested types:\n{string.Join("\n", errors)}");
        string generated = string.Join("\n", result.GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("PublishAsync", generated, StringComparison.Ordinal);
        Assert.Contains("ClearOnAllWorkersAsync", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_hundred_random_or_malformed_declarations_never_crash_the_generator()
    {
        var random = new Random(20261127);
        for (int i = 0; i < 500; i++)
        {
            string source = RandomSource(random, i);
            var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.True(result.Results.All(r => r.Exception is null), $"generator threw on:\n{source}\n{result.Results.First().Exception}");

            // Whatever it generated must not add errors of its own: every error is in the user's file.
            var generatedErrors = output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
                .ToList();
            Assert.True(generatedErrors.Count == 0, $"generated code broke on:\n{source}\n{string.Join("\n", generatedErrors)}");
        }
    }

    private static string RandomSource(Random random, int index)
    {
        var text = new StringBuilder();
        text.AppendLine("using Weft;");
        if (random.Next(3) != 0)
        {
            text.AppendLine(random.Next(2) == 0 ? $"namespace N{index};" : $"namespace N{index} {{");
        }

        bool blockNamespace = text.ToString().Contains('{', StringComparison.Ordinal);
        bool nested = random.Next(4) == 0;
        if (nested)
        {
            text.AppendLine($"{(random.Next(2) == 0 ? "partial " : "")}{Pick(random, Kinds)} Outer{(random.Next(5) == 0 ? "<T>" : "")} {{");
        }

        text.AppendLine(Pick(random, Attributes));
        string modifiers = string.Join(" ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, Modifiers)).Distinct());
        string generic = random.Next(6) == 0 ? "<T>" : "";
        text.AppendLine($"{modifiers} {Pick(random, Kinds)} S{index}{generic} {{");
        for (int m = random.Next(0, 5); m > 0; m--)
        {
            text.AppendLine(Pick(random, Members));
        }

        if (random.Next(10) != 0)
        {
            text.AppendLine("}");
        }

        if (nested)
        {
            text.AppendLine("}");
        }

        if (blockNamespace)
        {
            text.AppendLine("}");
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
