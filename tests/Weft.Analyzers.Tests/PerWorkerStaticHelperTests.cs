using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A static write in a per-worker type's own code is reported once, at the write: in a private static helper of the
/// type (only the type's code calls it, and that code runs on every worker) and in a local function (run where it is
/// called). The call that runs it is not reported again. A helper of another type, or one anybody may call, is still
/// reported at the worker code's call. Fails on the engine before (the private helper's write was reported at the
/// call instead of at the write, the local function's at both).
/// </summary>
public sealed class PerWorkerStaticHelperTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        namespace App;

        """;

    [Fact]
    public Task A_private_static_helpers_write_is_reported_at_the_write_once() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Limiter
        {
            private static long s_refills;
            private static readonly List<int> s_sizes = new();
            private int _tokens;

            [WorkerUpdate]
            public void Refill(int tokens)
            {
                _tokens = tokens;
                Count();
                Remember(tokens);
            }

            public void Drain()
            {
                Count();
            }

            private static void Count() => {|WEFT0006:s_refills++|};

            private static void Remember(int n) => {|WEFT0006:s_sizes.Add(n)|};
        }
        """);

    [Fact]
    public Task A_static_local_functions_write_is_reported_at_the_write_once() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Limiter
        {
            private static long s_refills;
            private static readonly List<int> s_sizes = new();

            [WorkerUpdate]
            public void Refill(int tokens)
            {
                Count();
                Remember(tokens);

                static void Count() => {|WEFT0006:s_refills++|};
                static void Remember(int n) => {|WEFT0006:s_sizes.Add(n)|};
            }
        }
        """);

    [Fact]
    public Task Helpers_others_may_call_are_reported_at_the_worker_call_and_atomic_helpers_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        public static class Registry
        {
            private static long s_hits;

            public static void Hit() => s_hits++;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Limiter
        {
            private static long s_refills;
            private static long s_safe;

            [WorkerUpdate]
            public void Refill(int tokens)
            {
                {|WEFT0006:Registry.Hit()|};
                {|WEFT0006:Shared()|};
                Safe();
                static void Local() => Interlocked.Increment(ref s_safe);
                Local();
            }

            public static void Shared() => s_refills++;

            private static void Safe() => Interlocked.Increment(ref s_safe);
        }

        public static class Startup
        {
            private static long s_started;

            public static void Main() { Registry.Hit(); Count(); }

            private static void Count() => s_started++;
        }
        """);
}
