using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Shapes of data flow the engine follows by the transfer of each operation kind, not by example: out arguments of
/// any callee, pattern variables of every pattern form, deconstruction, and state wrapped in another object before it
/// crosses threads.
/// </summary>
public sealed class FlowShapeTests
{
    private const string Types = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Collections.Frozen;
        using System.Collections.ObjectModel;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        // Deliberately not immutable (WEFT0001 is another analyzer): these tests are about the writes.
        [ThreadLocalSlot]
        public sealed partial class Table
        {
            public List<string> Hosts { get; init; } = new();
            public Dictionary<string, List<string>> Groups { get; init; } = new();
            public ConcurrentDictionary<string, List<int>> Ports { get; init; } = new();
            public object Payload { get; init; } = new List<int>();
            public List<List<string>> Tiers { get; init; } = new();
            public int[] Weights { get; init; } = [];
            public (List<string> Primary, List<string> Backup) Pair { get; init; } = (new(), new());
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public Dictionary<string, int> ByHost { get; } = new();
        }

        """;

    [Fact]
    public Task Snapshot_data_through_out_arguments_of_user_methods_and_unlisted_library_methods_is_written_through() =>
        Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Lookup
        {
            public static bool TryHosts(out List<string> hosts)
            {
                hosts = Table.Current.Hosts;
                return hosts.Count > 0;
            }

            public static void Group(string name, out List<string> members) => members = Table.Current.Groups[name];

            public static void Own(out List<string> mine) => mine = new List<string>();

            public static void Use(string name)
            {
                if (TryHosts(out var hosts))
                {
                    {|WEFT0003:hosts.Add("x")|};
                }

                List<string> members;
                Group(name, out members);
                {|WEFT0003:members.Clear()|};

                if (Table.Current.Ports.TryGetValue(name, out var ports))
                {
                    {|WEFT0003:ports.Add(80)|};
                }

                Own(out var mine);
                mine.Add("a fresh list is mine to change");
                int.TryParse(name, out int parsed);
                parsed++;
            }
        }
        """);

    [Fact]
    public Task Pattern_variables_of_every_pattern_form_alias_snapshot_data() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Patterns
        {
            public static List<string>? Use(string key)
            {
                if (Table.Current is { Hosts: var hosts } && hosts.Count == 0)
                {
                    {|WEFT0003:hosts.Add("127.0.0.1")|};
                }

                if (Table.Current.Payload is List<int> numbers)
                {
                    {|WEFT0003:numbers.Clear()|};
                }

                switch (Table.Current.Payload)
                {
                    case List<int> { Count: > 2 } many:
                        {|WEFT0003:many.RemoveAt(0)|};
                        break;
                }

                if (Table.Current.Tiers is [var first, ..])
                {
                    {|WEFT0003:first.Add(key)|};
                }

                if (Table.Current is { Pair.Backup: { } backup })
                {
                    {|WEFT0003:backup.Add(key)|};
                }

                List<string>? chosen = Table.Current switch
                {
                    { Hosts.Count: > 0 } table => table.Hosts,
                    _ => null,
                };
                chosen?{|WEFT0003:.Add(key)|};

                var own = new Table();
                if (own is { Hosts: var mine })
                {
                    mine.Add("a fresh table is mine to change");
                }

                return null;
            }
        }
        """);

    [Fact]
    public Task Deconstructed_parts_of_snapshot_data_alias_it() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Parts
        {
            public static void Use()
            {
                var (hosts, weights) = (Table.Current.Hosts, Table.Current.Weights);
                {|WEFT0003:hosts.Add("x")|};
                {|WEFT0003:weights[0] = 1|};

                List<string> primary, backup;
                (primary, backup) = Table.Current.Pair;
                {|WEFT0003:backup.Clear()|};

                var (own, count) = (new List<string>(), Table.Current.Hosts.Count);
                own.Add("a fresh list is mine to change");
            }
        }
        """);

    [Fact]
    public Task Worker_state_wrapped_in_another_object_is_still_worker_state_on_another_thread() =>
        Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class Flusher
        {
            private readonly Cache _cache;

            public Flusher(Cache cache) => _cache = cache;

            public void Run() => _cache.ByHost.Clear();
        }

        public sealed class Job
        {
            public Dictionary<string, int>? Map { get; init; }

            public void Run() => Map?.Clear();
        }

        public static class Output
        {
            public static Task FlushAsync()
            {
                var flusher = new Flusher(Cache.Current);
                var job = new Job { Map = Cache.Current.ByHost };
                ThreadPool.QueueUserWorkItem(_ => {|WEFT0004:job|}.Run());
                return Task.Run({|WEFT0004:flusher.Run|});
            }

            public static Task QuietAsync()
            {
                var job = new Job { Map = new Dictionary<string, int>() };
                return Task.Run(job.Run);
            }
        }
        """);
}
