using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.CodeFixes;
using Weft.Generators;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT0100–WEFT0109 and the make-partial fix.</summary>
public sealed class UsageRuleTests
{
    [Fact]
    public Task Every_misuse_of_the_attributes_is_reported() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot] public sealed class {|WEFT0100:NotPartial|} { }
        [{|CS0592:ThreadLocalSlot|}] public partial struct AStruct { }
        [ThreadLocalSlot] public static partial class {|WEFT0102:AStatic|} { }
        [ThreadLocalSlot] public sealed partial class {|WEFT0103:AGeneric|}<T> { }
        [ThreadLocalSlot] public abstract partial class {|WEFT0104:AnAbstract|} { }
        public class {|WEFT0105:Outer|} { [ThreadLocalSlot] public sealed partial class Inner { } }
        [ThreadLocalSlot] public sealed partial class Snapshot { [WorkerUpdate] void {|WEFT0106:Bump|}() { } }
        public sealed class Plain { [WorkerUpdate] void {|WEFT0106:Bump|}() { } }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] int {|WEFT0107:Count|}() => 0;
            [WorkerUpdate] void {|WEFT0108:Fill|}(ref int x) { }
            [WorkerUpdate] void {|WEFT0108:Scan|}(System.Span<byte> bytes) { }
            [WorkerUpdate] void {|WEFT0108:Each|}<T>(T item) { }
            [WorkerUpdate] static void {|WEFT0108:Global|}() { }
            public static int {|WEFT0109:Current|} => 1;
        }
        """);

    [Fact]
    public Task A_file_local_slot_type_and_an_update_that_is_not_an_ordinary_method_are_reported() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot] file sealed partial class {|WEFT0110:Routes|} { }
        file partial class Holder { [ThreadLocalSlot] public sealed partial class {|WEFT0110:Inner|} { } }
        public interface IEvict { void Evict(string host); }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache : IEvict
        {
            [WorkerUpdate] void IEvict.{|WEFT0108:Evict|}(string host) { }
            [WorkerUpdate] ~{|WEFT0108:Cache|}() { }
        }
        """);

    [Fact]
    public Task Shape_problems_of_an_update_on_a_snapshot_type_ref_readonly_parameters_and_local_functions_are_reported() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Snapshot
        {
            [WorkerUpdate] int {|WEFT0106:{|WEFT0107:Count|}|}() => 0;
            [WorkerUpdate] static void {|WEFT0106:{|WEFT0108:Global|}|}() { }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void {|WEFT0108:Peek|}(ref readonly int x) { }
            [WorkerUpdate] void Read(in int x) { }

            public void Refresh()
            {
                Local();

                [WorkerUpdate] void {|WEFT0106:Local|}() { }
            }
        }
        """);

    [Fact]
    public Task Well_formed_declarations_are_quiet() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot] public sealed partial class Routes { }
        [ThreadLocalSlot] internal sealed partial record Config(string Name);
        public partial class Outer { internal partial struct Mid { [ThreadLocalSlot] private sealed partial class Deep { } } }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void Evict(string host) { }
            [WorkerUpdate] public void Touch(in int key, string? tag = null, params int[] more) { }
        }
        """);

    [Fact]
    public Task Make_partial_fixes_the_type_and_its_container() => Verifier.FixAsync<SlotDeclarationAnalyzer, MakePartialCodeFix>("""
        using Weft;
        namespace App;
        public class {|WEFT0105:Outer|}
        {
            [ThreadLocalSlot] public sealed class {|WEFT0100:Inner|} { }
        }
        [ThreadLocalSlot]
        sealed class {|WEFT0100:Other|} { }
        """, """
        using Weft;
        namespace App;
        public partial class Outer
        {
            [ThreadLocalSlot] public sealed partial class Inner { }
        }
        [ThreadLocalSlot]
        sealed partial class Other { }
        """);

    // The generator and WEFT0109 name the posting methods of a keyword-named update the same way: the user's
    // eventOnAllWorkers is left alone (no duplicate member in the generated file) and reported, the Task form is
    // still generated and callable.
    [Fact]
    public Task A_keyword_named_update_and_a_user_member_of_its_posting_name_agree() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            [WorkerUpdate] void @event(string @class) { }
            public static void {|WEFT0109:eventOnAllWorkers|}(WorkerPool pool, string @class, System.Action onAllApplied) { }
            static System.Threading.Tasks.Task Use(WorkerPool pool) => eventOnAllWorkersAsync(pool, "x");
        }
        """);

    private static readonly string[] TypeShapes =
    [
        "public sealed partial class", "public partial class", "public sealed class", "public static partial class",
        "public abstract partial class", "internal sealed partial record", "public partial struct", "public partial record struct",
    ];

    private static readonly string[] MemberShapes =
    [
        "[WorkerUpdate] void A(int x) { }", "[WorkerUpdate] int B() => 1;", "[WorkerUpdate] static void C() { }",
        "[WorkerUpdate] void D<T>(T t) { }", "[WorkerUpdate] void E(ref int x) { }", "[WorkerUpdate] void F(out int x) { x = 0; }",
        "[WorkerUpdate] void G(System.Span<int> s) { }", "[WorkerUpdate] void @event(string @class) { }", "[WorkerUpdate] void J(params int[] xs) { }",
        "[WorkerUpdate] void O(in int x, ref readonly int y) { }", "public static int Current => 1;", "public static void eventOnAllWorkers(WorkerPool pool, string @class, System.Action onAllApplied) { }",
        "public static void AOnAllWorkersAsync() { }", "public static void Publish() { }", "public static void Initialize() { }",
        "[WorkerUpdate] void @class() { }", "public static void BOnAllWorkers() { }",
    ];

    /// <summary>
    /// Seeded random slot declarations: the generator emits a type exactly when the analyzers report none of
    /// WEFT0100–WEFT0105 for it, posts an update exactly when WEFT0106–WEFT0108 are quiet on it, leaves out a
    /// generated member exactly where WEFT0109 is reported, and what it emits never breaks the build.
    /// </summary>
    [Fact]
    public async Task The_generator_serves_exactly_the_shapes_the_analyzers_accept()
    {
        const int seed = 20261129;
        var random = new Random(seed);
        for (int i = 0; i < 150; i++)
        {
            var text = new StringBuilder("using Weft;\nnamespace App;\n");
            bool nested = random.Next(4) == 0;
            bool outerPartial = random.Next(2) == 0;
            if (nested)
            {
                text.Append(outerPartial ? "public partial class Outer {\n" : "public class Outer {\n");
            }

            bool perWorker = random.Next(3) != 0;
            text.Append(perWorker ? "[ThreadLocalSlot(Mode = SlotMode.PerWorker)]\n" : "[ThreadLocalSlot]\n");
            text.Append(TypeShapes[random.Next(TypeShapes.Length)]).Append(" S").Append(i).Append(random.Next(6) == 0 ? "<T>" : "").Append(" {\n");
            foreach (string member in Enumerable.Range(0, random.Next(0, 5)).Select(_ => MemberShapes[random.Next(MemberShapes.Length)]).Distinct())
            {
                text.Append(member).Append('\n');
            }

            text.Append(nested ? "}\n}\n" : "}\n");
            string source = text.ToString();
            string failure = $"seed {seed}, case {i}:\n{source}";

            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            CSharpCompilation input = CSharpCompilation.Create(
                "Agreement" + i,
                [CSharpSyntaxTree.ParseText(source, parse, path: "Source.cs")],
                Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: parse)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            var generated = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".Weft.g.cs", StringComparison.Ordinal)).Select(t => t.ToString()).ToList();

            var generatedErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true).ToList();
            Assert.True(generatedErrors.Count == 0, $"{failure}\n{string.Join("\n", generatedErrors)}");

            ImmutableArray<Diagnostic> reported = await output
                .WithAnalyzers([new SlotDeclarationAnalyzer()])
                .GetAnalyzerDiagnosticsAsync();
            var ids = reported.Where(d => d.Location.SourceTree?.FilePath == "Source.cs").Select(d => (d.Id, Name: Identifier(d))).ToList();

            // A struct or interface is rejected by the compiler itself (CS0592: the attribute is valid on classes only).
            bool typeRejected = ids.Any(d => d.Id is "WEFT0100" or "WEFT0102" or "WEFT0103" or "WEFT0104" or "WEFT0105") ||
                input.GetDiagnostics().Any(d => d.Id == "CS0592");
            Assert.True(typeRejected == (generated.Count == 0), $"{failure}\nanalyzers: {string.Join(", ", ids)}; generated files: {generated.Count}");
            if (generated.Count == 0)
            {
                continue;
            }

            string emitted = generated[0];
            foreach (System.Text.RegularExpressions.Match update in System.Text.RegularExpressions.Regex.Matches(source, @"\[WorkerUpdate\] [^(]*? (@?\w+)(<T>)?\("))
            {
                string declared = update.Groups[1].Value;
                bool updateRejected = !perWorker || ids.Any(d => d.Id is "WEFT0106" or "WEFT0107" or "WEFT0108" && d.Name == declared);
                bool posted = emitted.Contains($"__instance.{declared}(", StringComparison.Ordinal);
                Assert.True(updateRejected != posted, $"{failure}\nupdate {declared}: analyzers {string.Join(", ", ids)}; generated:\n{emitted}");
            }

            foreach (string hidden in ids.Where(d => d.Id == "WEFT0109").Select(d => d.Name))
            {
                Assert.DoesNotContain($" {hidden}(", emitted, StringComparison.Ordinal);
                Assert.DoesNotContain($" {hidden}\n", emitted, StringComparison.Ordinal);
            }
        }
    }

    private static string Identifier(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
