using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A user-defined conversion is a call of its operator: the converted value is what the operator returns (a copy, or
/// the operand's own data), and a broadcast argument converted by one is judged as the operator's result. A sealed
/// class deriving from <c>EventArgs</c> (which holds nothing) is judged by its own members. Corpus round 10, causes 9
/// and 10; the quiet tests fail on the engine before (the conversion was taken for its operand, the base type for
/// unknown state).
/// </summary>
public sealed class UserConversionTests
{
    private const string Snapshot = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        public sealed class Directory
        {
            public NameSet Names { get; } = new();
        }

        public static class Shared
        {
            private static readonly Directory s_directory = new();

            [SharedSnapshot]
            public static Directory Current => s_directory;
        }

        """;

    [Fact]
    public Task A_conversion_that_copies_the_snapshot_data_is_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public sealed class NameSet
        {
            private readonly List<string> _names = new();

            public static implicit operator List<string>(NameSet set) => set._names.ToList();
        }

        public static class Lookup
        {
            public static int Add(string name)
            {
                List<string> names = Shared.Current.Names;
                names.Add(name);
                return names.Count;
            }
        }
        """);

    [Fact]
    public Task A_conversion_that_hands_out_the_snapshot_list_is_reported_at_the_write() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public sealed class NameSet
        {
            private readonly List<string> _names = new();

            public static implicit operator List<string>(NameSet set) => set._names;
        }

        public static class Lookup
        {
            public static int Add(string name)
            {
                List<string> names = Shared.Current.Names;
                {|WEFT0003:names.Add(name)|};
                return names.Count;
            }
        }
        """);

    [Fact]
    public Task An_explicit_conversion_that_copies_is_quiet_too() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public sealed class NameSet
        {
            private readonly List<string> _names = new();

            public static explicit operator string[](NameSet set) => set._names.ToArray();
        }

        public static class Lookup
        {
            public static void Clear()
            {
                var names = (string[])Shared.Current.Names;
                names[0] = "";
            }
        }
        """);

    private const string Pool = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Pool
        {
            private HostGroup? _group;

            [WorkerUpdate]
            private void Assign(HostGroup group) => _group = group;
        }

        """;

    [Fact]
    public Task A_broadcast_argument_converted_to_an_immutable_type_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Pool + """
        public sealed class HostGroup
        {
            private HostGroup(ImmutableArray<string> hosts) => Hosts = hosts;

            public ImmutableArray<string> Hosts { get; }

            public static implicit operator HostGroup(List<string> hosts) => new(hosts.ToImmutableArray());
        }

        public static class Assignments
        {
            public static Task Run(WorkerPool pool, List<string> hosts) => Pool.AssignOnAllWorkersAsync(pool, hosts);
        }
        """);

    [Fact]
    public Task A_broadcast_argument_converted_to_a_mutable_wrapper_is_reported_as_the_wrapper() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Pool + """
        public sealed class HostGroup
        {
            private HostGroup(List<string> hosts) => Hosts = hosts;

            public List<string> Hosts { get; }

            public static implicit operator HostGroup(List<string> hosts) => new(hosts);
        }

        public static class Assignments
        {
            public static Task Run(WorkerPool pool, List<string> hosts) => Pool.AssignOnAllWorkersAsync(pool, {|#0:hosts|});
        }
        """,
        [new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.MutableBroadcastArgument).WithLocation(0).WithArguments("hosts", "HostGroup", "Pool.AssignOnAllWorkersAsync")]);

    private const string Listener = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Listener
        {
            private ConfigChanged? _last;

            [WorkerUpdate]
            private void OnConfigChanged(ConfigChanged change) => _last = change;
        }

        public static class Config
        {
            public static Task Apply(WorkerPool pool, ImmutableDictionary<string, string> values) =>
                Listener.OnConfigChangedOnAllWorkersAsync(pool, {|#0:new ConfigChanged(values)|});
        }

        """;

    [Fact]
    public Task A_sealed_EventArgs_with_immutable_members_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Listener.Replace("{|#0:", "").Replace("|}", "") + """
        public sealed class ConfigChanged : EventArgs
        {
            public ConfigChanged(ImmutableDictionary<string, string> values) => Values = values;

            public ImmutableDictionary<string, string> Values { get; }
        }
        """);

    [Fact]
    public Task A_sealed_EventArgs_with_a_mutable_member_is_still_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Listener + """
        public sealed class ConfigChanged : EventArgs
        {
            public ConfigChanged(ImmutableDictionary<string, string> values) => Values = values;

            public ImmutableDictionary<string, string> Values { get; set; }
        }
        """,
        [new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.MutableBroadcastArgument).WithLocation(0).WithArguments("new ConfigChanged(values)", "ConfigChanged", "Listener.OnConfigChangedOnAllWorkersAsync")]);
}
