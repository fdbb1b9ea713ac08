using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Inside a per-worker slot type's own members, <c>this</c> is the worker's instance (docs/rules/WEFT0004.md): handed
/// to another thread as a value (a method group's receiver, a callback's state) or used after the member left the
/// loop (<c>ConfigureAwait(false)</c>), it is worker state on another thread. Thread-safe members (a semaphore) are not.
/// </summary>
public sealed class PerWorkerThisTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        """;

    [Fact]
    public Task This_handed_to_another_thread_as_a_value_is_worker_state() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Tracker
        {
            private readonly Dictionary<int, DateTime> _openedAt = new();

            public Task Audit() => Task.Run({|WEFT0004:Print|});

            public void Flush() => ThreadPool.QueueUserWorkItem(static t => t.Print(), {|WEFT0004:this|}, preferLocal: false);

            public void Local() => Dispatcher.Current!.Post(static t => t.Print(), this);

            private void Print() => Console.WriteLine(_openedAt.Count);
        }
        """);

    [Fact]
    public Task Own_state_after_ConfigureAwait_false_is_worker_state_on_another_thread_but_a_semaphore_is_not() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class TokenCache
        {
            private readonly SemaphoreSlim _gate = new(1, 1);
            private readonly Dictionary<string, string> _tokens = new();

            public async Task<string?> GetAsync(string audience)
            {
                await _gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    return {|WEFT0004:_tokens|}.TryGetValue(audience, out var token) ? token : null;
                }
                finally
                {
                    _gate.Release();
                }
            }

            public string? OnTheLoop(string audience) => _tokens.TryGetValue(audience, out var token) ? token : null;
        }
        """);

    [Fact]
    public Task A_delegate_over_worker_state_invoked_on_another_thread_takes_the_state_along() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Stats
        {
            public long Bytes { get; set; }
        }

        public static class Hasher
        {
            public static Task HashAsync(byte[] payload)
            {
                var stats = Stats.Current;
                Action<int> report = n => stats.Bytes += n;
                Action<int> log = n => Console.WriteLine(n);
                return Task.Run(() =>
                {
                    log(payload.Length);
                    {|WEFT0004:report|}(payload.Length);
                });
            }
        }
        """);

    [Fact]
    public Task Its_own_field_handed_to_a_helper_that_runs_it_on_the_pool_is_worker_state() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Detached
        {
            public static void Run<TState>(TState state, Func<TState, Task> body) => _ = Task.Run(() => body(state));
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class LogBatcher
        {
            private readonly List<string> _buffer = new();
            private readonly SemaphoreSlim _gate = new(1);

            public void Flush()
            {
                Detached.Run({|WEFT0004:_buffer|}, static lines => { lines.Clear(); return Task.CompletedTask; });
                Detached.Run(_buffer.ToArray(), static lines => Task.CompletedTask);
                Detached.Run(_gate, static gate => { gate.Release(); return Task.CompletedTask; });
            }
        }
        """);

    [Fact]
    public Task Its_own_method_that_changes_its_fields_called_off_the_loop_is_worker_state() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Batcher
        {
            private readonly List<string> _batch = new();

            public void Remember(string line)
            {
                _batch.Add(line);
                _ = Task.Delay(1000).ContinueWith(_ => {|WEFT0004:Trim()|});
                _ = Task.Delay(1000).ContinueWith(_ => Count());
            }

            public async Task DrainAsync(Task<string> next)
            {
                Append(await next);
                string line = await next.ConfigureAwait(false);
                {|WEFT0004:Append(line)|};
                Console.WriteLine(Format(line));
            }

            private void Trim() => _batch.Clear();

            private void Append(string line) => _batch.Add(line);

            private static int Count() => 0;

            private string Format(string line) => line.Trim();
        }
        """);

    [Fact]
    public Task A_finalizer_runs_on_the_finalizer_thread() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Leases
        {
            public Dictionary<string, int> Held { get; } = new();
        }

        [ThreadLocalSlot]
        public sealed partial record Routes(int Version);

        public sealed class Lease
        {
            private Dictionary<string, int>? _held;
            private readonly string _key;

            public Lease(string key) => _key = key;

            public void Take()
            {
                _held = Leases.Current.Held;
                _held[_key] = 1;
            }

            ~Lease()
            {
                {|WEFT0004:_held|}?.Remove(_key);
                Console.WriteLine({|WEFT0005:Routes.Current|}.Version);
            }
        }
        """);
}
