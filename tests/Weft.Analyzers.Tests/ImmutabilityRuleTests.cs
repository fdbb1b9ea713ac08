using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.CodeFixes;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT0001: snapshot slot types must be deeply immutable; and its fixes.</summary>
public sealed class ImmutabilityRuleTests
{
    [Fact]
    public Task Every_kind_of_mutability_is_reported() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using Weft;
        namespace App;

        public class Base { }
        public sealed class Leaky { public int Count; }

        [ThreadLocalSlot]
        public partial class {|WEFT0001:Routes|}
        {
            public int {|WEFT0001:Version|} { get; set; }
            public int {|WEFT0001:hits|};
            public readonly int[] {|WEFT0001:Weights|} = [];
            public List<string> {|WEFT0001:Hosts|} { get; init; } = new();
            public IReadOnlyList<string> {|WEFT0001:View|} { get; init; } = [];
            public ReadOnlyCollection<string> {|WEFT0001:Wrapped|} { get; init; } = null!;
            public ImmutableArray<List<int>> {|WEFT0001:Nested|} { get; init; }
            public Leaky {|WEFT0001:Inner|} { get; init; } = new();
            public event EventHandler? {|WEFT0001:Changed|};
            public ImmutableArray<string>.Builder {|WEFT0001:Builder|} { get; init; } = null!;
        }
        """);

    [Fact]
    public Task Views_over_arrays_settable_indexers_and_kept_primary_constructor_parameters_are_reported() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System;
        using System.Collections.Immutable;
        using System.Linq;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Frames(string[] {|WEFT0001:hosts|}, int[] seeds)
        {
            private readonly ImmutableArray<string> _names = seeds.Select(s => s.ToString()).ToImmutableArray();
            public ImmutableArray<int> Seeds { get; } = seeds.ToImmutableArray();
            public Memory<byte> {|WEFT0001:Preamble|} { get; init; }
            public ArraySegment<byte> {|WEFT0001:Window|} { get; init; }
            public ReadOnlyMemory<byte> {|WEFT0001:Trailer|} { get; init; }
            public Lazy<ImmutableArray<string>> Aliases { get; init; } = new(() => ImmutableArray<string>.Empty);
            public int Count => hosts.Length;
            public string {|WEFT0001:this|}[int index]
            {
                get => hosts[index];
                set => hosts[index] = value;
            }
        }
        """);

    [Fact]
    public Task Immutable_snapshots_are_quiet() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System;
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Weft;
        namespace App;

        public enum Policy { RoundRobin, LeastRequest }
        public sealed record Endpoint(string Host, int Port);
        public readonly record struct Weight(int Value);
        public sealed class Fixed { public readonly string Name = ""; public int Length => Name.Length; }

        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public const int Max = 10;
            public static int Created;
            public int Version { get; init; }
            public string Name { get; } = "";
            public readonly TimeSpan Timeout;
            public Policy Policy { get; init; }
            public ImmutableArray<Endpoint> Endpoints { get; init; }
            public ImmutableDictionary<string, Weight> Weights { get; init; } = ImmutableDictionary<string, Weight>.Empty;
            public FrozenDictionary<string, int> Index { get; init; } = FrozenDictionary<string, int>.Empty;
            public ImmutableArray<byte> Blob { get; init; }
            public (string, int) Pair { get; init; }
            public Fixed Extra { get; init; } = new();
            public Routes? Previous { get; init; }
            public Func<int, int> Map { get; init; } = x => x;
            public int Count => Endpoints.Length;
            public List<string> Copy() => new(Weights.Keys);
        }

        [ThreadLocalSlot]
        public sealed partial record Config(string Name, ImmutableArray<Endpoint> Endpoints);

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class PerWorkerIsMutableOnPurpose { public List<int> Items = new(); public int Hits { get; set; } }
        """);

    [Fact]
    public Task User_types_listed_in_editorconfig_count_as_immutable() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System.Net;
        using Weft;
        namespace App;
        public sealed class Opaque { public int Value { get; set; } }
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public IPEndPoint Endpoint { get; init; } = null!;
            public Opaque Opaque { get; init; } = null!;
        }
        """, ("weft.immutable_types", "System.Net.IPEndPoint, App.Opaque"));

    [Fact]
    public Task Setters_become_init_everywhere() => Verifier.FixAsync<SnapshotImmutabilityAnalyzer, SnapshotImmutabilityCodeFix>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public int {|WEFT0001:Version|} { get; set; }
            public string {|WEFT0001:Name|} { get; private set; } = "";
        }
        """, """
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public int Version { get; init; }
            public string Name { get; private init; } = "";
        }
        """);

    [Fact]
    public Task Mutable_collections_become_immutable_ones() => Verifier.FixAsync<SnapshotImmutabilityAnalyzer, SnapshotImmutabilityCodeFix>("""
        using System.Collections.Generic;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public List<string> {|WEFT0001:Hosts|} { get; init; }
            public int[] {|WEFT0001:Weights|} { get; init; }
            public IReadOnlyDictionary<string, int> {|WEFT0001:Index|} { get; init; }
        }
        """, """
        using System.Collections.Generic;
        using Weft;
        using System.Collections.Immutable;

        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public ImmutableArray<string> Hosts { get; init; }
            public ImmutableArray<int> Weights { get; init; }
            public ImmutableDictionary<string, int> Index { get; init; }
        }
        """, fixAllIterations: 1);

    // One property with a setter and a mutable collection type, beside others with one problem each: FixAll gets
    // every member right in a single pass (one diagnostic per member carries both problems; one rewrite per document).
    [Fact]
    public Task Setter_and_collection_on_one_type_are_fixed_in_one_FixAll_pass() => Verifier.FixAsync<SnapshotImmutabilityAnalyzer, SnapshotImmutabilityCodeFix>("""
        using System.Collections.Generic;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public List<string> {|WEFT0001:Hosts|} { get; set; }
            public int {|WEFT0001:Version|} { get; set; }
            public Dictionary<string, int> {|WEFT0001:Index|} { get; init; }
            public HashSet<int> {|WEFT0001:Ports|} { get; private set; }
        }
        """, """
        using System.Collections.Generic;
        using Weft;
        using System.Collections.Immutable;

        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public ImmutableArray<string> Hosts { get; init; }
            public int Version { get; init; }
            public ImmutableDictionary<string, int> Index { get; init; }
            public ImmutableHashSet<int> Ports { get; private init; }
        }
        """, fixAllIterations: 1);

    private static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "Immutability",
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private const string Cycle = """
        namespace App;
        // A and B reach each other; A is mutable (a writable field after the reference), so B, which holds an A, is too.
        public sealed class A { public readonly B Other = null!; public int Count; }
        public sealed class B { public readonly A Other = null!; }
        public sealed class C { public readonly C? Next; public readonly string Name = ""; }
        """;

    [Theory]
    [InlineData("App.A", "App.B")]
    [InlineData("App.B", "App.A")]
    public void A_reference_cycle_gives_the_same_verdicts_whichever_type_is_asked_first(string first, string second)
    {
        CSharpCompilation compilation = Compile(Cycle);
        var immutability = new Immutability(WeftSymbols.TryCreate(compilation)!, []);
        string? firstReason = immutability.WhyMutable(compilation.GetTypeByMetadataName(first)!);
        string? secondReason = immutability.WhyMutable(compilation.GetTypeByMetadataName(second)!);

        Assert.NotNull(firstReason);
        Assert.NotNull(secondReason);
        Assert.Null(immutability.WhyMutable(compilation.GetTypeByMetadataName("App.C")!));
    }

    [Fact]
    public Task A_snapshot_type_holding_a_mutable_snapshot_type_is_mutable_too() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Weft;
        namespace App;

        // Region and Zone are both slots and reach each other; Zone holds a list, so a Region reaches it too.
        [ThreadLocalSlot]
        public sealed partial class Region { public Zone? {|WEFT0001:Primary|} { get; init; } }

        [ThreadLocalSlot]
        public sealed partial class Zone
        {
            public Region? {|WEFT0001:Owner|} { get; init; }
            public List<string> {|WEFT0001:Racks|} { get; init; } = new();
        }

        [ThreadLocalSlot]
        public sealed partial class Site { public Depot? Main { get; init; } }

        [ThreadLocalSlot]
        public sealed partial class Depot { public Site? Owner { get; init; } public ImmutableArray<string> Racks { get; init; } }
        """);

    [Fact]
    public Task Members_inherited_from_a_base_class_are_members_of_the_snapshot() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Weft;
        namespace App;

        public class TableBase { public List<string> Names { get; } = new(); }
        public abstract class Versioned { public long Version; }
        public abstract class Named { public string Name { get; init; } = ""; public ImmutableArray<string> Tags { get; init; } }

        [ThreadLocalSlot]
        public sealed partial class {|WEFT0001:ClusterTable|} : TableBase { public int Size { get; init; } }

        [ThreadLocalSlot]
        public sealed partial class {|WEFT0001:Catalog|} : Versioned { }

        [ThreadLocalSlot]
        public sealed partial class Label : Named { }
        """);

    [Fact]
    public async Task Messages_say_field_or_property_and_name_the_mutable_type_once()
    {
        CSharpCompilation compilation = Compile("""
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using Weft;
            namespace App;
            public sealed class Holder { public IReadOnlyList<int> Items { get; init; } = []; }
            public sealed class Outer { public readonly Holder Inner = new(); }
            [ThreadLocalSlot]
            public sealed partial class Routes
            {
                public readonly List<int> Ports = new();
                public Dictionary<string, int> Weights { get; init; } = new();
                public ImmutableArray<List<string>> Groups { get; init; }
                public Outer Deep { get; init; } = new();
                public string Name { get; set; } = "";
                public int hits;
            }
            """);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers([new SnapshotImmutabilityAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        string[] messages = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        const string Prefix = "'Routes' is published by reference to every thread, but ";
        const string Suffix = ": a thread that changes it races every reader";
        Assert.Equal(
            [
                Prefix + "its field 'Ports' is of type 'List<int>', a mutable collection" + Suffix,
                Prefix + "its property 'Weights' is of type 'Dictionary<string, int>', a mutable collection" + Suffix,
                Prefix + "its property 'Groups' is of type 'ImmutableArray<List<string>>', whose type argument is 'List<string>', a mutable collection" + Suffix,
                Prefix + "its property 'Deep' is of type 'Outer', whose field 'Inner' is of type 'Holder', whose property 'Items' is of type 'IReadOnlyList<int>', a read-only view over a collection someone else can change" + Suffix,
                Prefix + "its property 'Name' has a setter (use init)" + Suffix,
                Prefix + "its field 'hits' is writable" + Suffix,
            ],
            messages);
    }

    // object may hold anything (reported); CultureInfo is writable unless made read-only (reported, listable in
    // weft.immutable_types); a delegate cannot change once made (quiet: what it captures is documented as the author's).
    [Fact]
    public Task Object_and_CultureInfo_are_reported_and_delegates_are_not() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System;
        using System.Globalization;
        using Weft;
        namespace App;
        public delegate bool Filter(string host);
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public object {|WEFT0001:Tag|} { get; init; } = "";
            public readonly object {|WEFT0001:Boxed|} = 1;
            public CultureInfo {|WEFT0001:Culture|} { get; init; } = CultureInfo.InvariantCulture;
            public Func<string, bool> Match { get; init; } = _ => true;
            public Filter Custom { get; init; } = _ => true;
            public Action? OnSwap { get; init; }
            public Delegate? Any { get; init; }
        }
        """);

    [Fact]
    public Task CultureInfo_listed_in_editorconfig_is_quiet() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System.Globalization;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;
        }
        """, ("weft.immutable_types", "System.Globalization.CultureInfo"));
}
