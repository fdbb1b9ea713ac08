using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Two shortcuts the engine takes at every post from a handler, pinned here: the quiet-lambda screen finds the posted
/// lambda's own body by following the text down the handler's tree (not by walking the whole body), and the place a
/// post goes to ("a callback posted to 'pool.Workers[1]'") renders its dispatcher's text only when a message reads it.
/// </summary>
public sealed class PostedCallbackJudgingTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Catalog
        {
            public List<string> Items { get; } = new();
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Tally
        {
            private readonly Dictionary<string, int> _counts = new();
            public int Count => _counts.Count;
        }

        """;

    [Fact]
    public Task Each_of_two_lambdas_posted_from_one_handler_is_judged_by_its_own_body() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Handlers
        {
            public static void Handle(WorkerPool pool, int n)
            {
                int total = 0;
                pool.Workers[0].Post(() => { total += n; });
                pool.Workers[1].Post(() =>
                {
                    var catalog = Catalog.Current;
                    {|WEFT0003:catalog.Items.Add("x")|};
                });
            }
        }
        """);

    [Fact]
    public Task A_post_to_another_worker_is_named_by_the_dispatcher_it_went_to() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static void Share(WorkerPool pool)
            {
                var tally = Tally.Current;
                pool.Workers[1].Post(() => Console.WriteLine({|#0:tally|}.Count));
            }
        }
        """,
        [
            new DiagnosticResult("WEFT0004", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("tally", "Tally.Current", "a callback posted to 'pool.Workers[1]'"),
        ]);
}
