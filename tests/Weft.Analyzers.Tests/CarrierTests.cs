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
}
