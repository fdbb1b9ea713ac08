using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Library values that carry their arguments (docs/rules/WEFT0004.md, WEFT0002.md: what a value holds travels with
/// it): a library constructor keeps an argument in the member named like its parameter, and the carrier factories of
/// the BCL table (<c>KeyValuePair.Create</c>, <c>Tuple.Create</c>) do the same. Each test fails on an engine that
/// loses what such a value holds.
/// </summary>
public sealed class CarrierTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private readonly Dictionary<string, int> _byHost = new();

            public void Trim() => _byHost.Clear();
        }

        """;

    [Fact]
    public Task Worker_state_in_a_KeyValuePair_made_by_its_factory_escapes_with_it() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Job
        {
            public static Task Run(string host)
            {
                var entry = KeyValuePair.Create(host, Cache.Current);
                return Task.Run(() => {|WEFT0004:entry|}.Value.Trim());
            }
        }
        """);

    [Fact]
    public Task Worker_state_in_a_library_constructor_argument_escapes_with_the_value() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Job
        {
            public static Task Run(string host)
            {
                var entry = new KeyValuePair<string, Cache>(host, Cache.Current);
                return Task.Run(() => {|WEFT0004:entry|}.Value.Trim());
            }
        }
        """);

    [Fact]
    public Task Worker_state_in_a_Tuple_made_by_its_factory_escapes_with_it() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Job
        {
            public static Task Run()
            {
                var pair = Tuple.Create(1, Cache.Current);
                return Task.Run(() => {|WEFT0004:pair|}.Item2.Trim());
            }
        }
        """);

    [Fact]
    public Task Only_the_argument_a_member_is_named_after_travels_in_that_member() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Job
        {
            public static Task Run(string host)
            {
                var entry = KeyValuePair.Create(Cache.Current, host);
                string key = entry.Value;
                return Task.Run(() => Console.WriteLine(key));
            }
        }
        """);

    [Fact]
    public Task A_task_made_from_snapshot_data_and_a_sequence_repeating_it_give_the_snapshot_data_back() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Hosts
        {
            public List<string> All { get; init; } = new();
        }

        public static class Carriers
        {
            public static async Task LearnAsync(string host)
            {
                {|WEFT0003:(await Task.FromResult(Hosts.Current.All)).Add(host)|};
                {|WEFT0003:(await new ValueTask<List<string>>(Hosts.Current.All)).Remove(host)|};
                {|WEFT0003:Enumerable.Repeat(Hosts.Current.All, 1).First().Clear()|};
                (await Task.FromResult(new List<string>())).Add(host);
            }
        }
        """);
}
