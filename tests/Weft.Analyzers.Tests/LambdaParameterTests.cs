using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A lambda handed to a library method next to a collection gets that collection's elements as its parameter, and
/// next to a value of its parameter's type (a seed) that value (docs/rules/WEFT0003.md: any write to data reached
/// from <c>Current</c>; WEFT0002.md: any change after publication). Fails on the engine before this rule, where a
/// lambda's parameter stood for nothing the caller had.
/// </summary>
public sealed class LambdaParameterTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Backend
        {
            public int Failures;
            public List<string> Tags { get; } = new();
        }

        [ThreadLocalSlot]
        public sealed partial class Backends
        {
            public IReadOnlyList<Backend> All { get; init; } = Array.Empty<Backend>();
        }

        """;

    [Fact]
    public Task Writing_the_parameter_of_a_lambda_over_snapshot_elements_writes_the_snapshot() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public static class Worker
        {
            public static void Reset()
            {
                Backends.Current.All.ToList().ForEach(b => {|WEFT0003:b.Failures = 0|});
                Array.ForEach(Backends.Current.All.ToArray(), b => {|WEFT0003:b.Failures++|});
                var touched = Backends.Current.All.Select(b => { {|WEFT0003:b.Tags.Clear()|}; return b; }).ToList();
                Parallel.ForEach(Backends.Current.All, b => {|WEFT0003:b.Tags.Add("seen")|});
                var counts = Backends.Current.All.Select(b => b.Failures).ToList();
                var fresh = Backends.Current.All.Select(b => new Backend { Failures = b.Failures }).ToList();
                fresh.ForEach(b => b.Failures = 0);
                Console.WriteLine(touched.Count + counts.Count);
            }
        }
        """);

    [Fact]
    public Task A_seed_given_to_a_lambda_is_its_parameter() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Tags
        {
            public static void Publish(Slot<List<string>> slot, string[] names)
            {
                var all = new List<string>();
                slot.Publish(all);
                names.Aggregate(all, (list, name) => { {|WEFT0002:list.Add(name)|}; return list; });
                names.Aggregate(new List<string>(), (list, name) => { list.Add(name); return list; });
            }
        }
        """);

    [Fact]
    public Task A_source_helper_that_applies_a_lambda_to_its_argument_binds_the_lambdas_parameter() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public static class Helpers
        {
            public static void Apply<T>(T target, Action<T> change) => change(target);
        }

        public static class Code
        {
            public static void OnWorker()
            {
                Helpers.Apply(Backends.Current.All[0], b => {|WEFT0003:b.Failures = 0|});
                Helpers.Apply(new Backend(), b => b.Failures = 0);
            }
        }
        """);
}
