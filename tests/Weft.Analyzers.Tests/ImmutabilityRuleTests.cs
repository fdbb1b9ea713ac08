using System.Threading.Tasks;
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
            public ReadOnlyMemory<byte> Blob { get; init; }
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
        """, fixAllIterations: 2);
}
