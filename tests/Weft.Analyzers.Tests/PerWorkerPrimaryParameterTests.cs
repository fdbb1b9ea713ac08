using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A per-worker slot type's primary-constructor parameter that its members use is kept by the instance (a hidden field):
/// what it holds is the worker's state like any of its fields, handed to another thread (a lambda for <c>Task.Run</c>,
/// a local copied first) or used after the member's own <c>ConfigureAwait(false)</c> (WEFT0004). Fails on the engine
/// before, which counted only declared fields as the instance's state (corpus round 15: PerWorkerPrimaryCtorCapture,
/// PartialPrimaryCtorAfterAwait).
/// </summary>
public sealed class PerWorkerPrimaryParameterTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        """;

    [Fact]
    public Task A_per_worker_types_primary_constructor_state_used_off_its_loop_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class IdleConnections(List<IDisposable> idle, Dictionary<string, string> tokens)
        {
            public IdleConnections() : this([], new()) { }

            public Task Shrink(int keep) => Task.Run(() =>
            {
                while ({|WEFT0004:idle|}.Count > keep)
                {
                    idle.RemoveAt(idle.Count - 1);
                }
            });

            public Task Drop()
            {
                var list = idle;
                return Task.Run(() => {|WEFT0004:list|}.Clear());
            }

            public async Task Refresh(string audience, Func<string, Task<string>> issue)
            {
                string token = await issue(audience).ConfigureAwait(false);
                {|WEFT0004:tokens|}[audience] = token;
            }
        }
        """);

    [Fact]
    public Task The_same_state_used_on_the_loop_or_a_number_kept_so_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class IdleConnections(List<IDisposable> idle, int limit)
        {
            public IdleConnections() : this([], 8) { }

            public void Shrink()
            {
                while (idle.Count > limit)
                {
                    idle.RemoveAt(idle.Count - 1);
                }
            }

            public Task Log() => Task.Run(() => Console.WriteLine(limit));

            public async Task Refresh(Func<Task<int>> count)
            {
                int n = await count();
                idle.Capacity = n;
            }
        }
        """);
}
