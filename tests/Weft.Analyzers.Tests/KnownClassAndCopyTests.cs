using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Precision on values the code made itself: an interface call on an object created here runs that class's method
/// only (docs/rules/WEFT0002.md: "a call of your method that writes it"), and a copy of worker state whose elements
/// are tuples or record structs of strings and numbers holds nothing of the worker's (WEFT0004.md: "one of numbers and
/// strings is a copy"). Each test fails on the engine before these rules.
/// </summary>
public sealed class KnownClassAndCopyTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task An_interface_call_on_an_object_made_here_runs_only_its_class() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public interface ISink
        {
            void Accept(List<string> config);
        }

        public sealed class LoggingSink : ISink
        {
            public void Accept(List<string> config) => Console.WriteLine(config.Count);
        }

        public sealed class TrimmingSink : ISink
        {
            public void Accept(List<string> config) => config.RemoveAll(c => c.Length == 0);
        }

        public static class Reloader
        {
            public static void Reload(Slot<List<string>> slot, ISink unknown)
            {
                var config = new List<string> { "a" };
                slot.Publish(config);
                ISink audit = new LoggingSink();
                audit.Accept(config);
                ISink trim = new TrimmingSink();
                {|WEFT0002:trim.Accept(config)|};
                {|WEFT0002:unknown.Accept(config)|};
            }
        }
        """);

    [Fact]
    public Task A_copy_of_worker_state_into_tuples_of_strings_and_numbers_is_no_worker_state() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public readonly record struct Row(string Host, int Hits);

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class RouteHits
        {
            public Dictionary<string, int> All { get; } = new();
            public List<List<int>> Nested { get; } = new();
        }

        public static class Reporter
        {
            public static void Report(Action<object> sink)
            {
                var rows = RouteHits.Current.All.Select(p => (p.Key, p.Value)).ToList();
                var records = RouteHits.Current.All.Select(p => new Row(p.Key, p.Value)).ToArray();
                var shared = RouteHits.Current.Nested.ToList();
                _ = Task.Run(() => sink(rows));
                _ = Task.Run(() => sink(records));
                _ = Task.Run(() => sink({|WEFT0004:shared|}));
            }
        }
        """);
}
