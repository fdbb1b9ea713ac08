using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// What a callback run on every worker at once calls runs there too: a lambda or local function it invokes through a
/// delegate variable (<c>onCount(n)</c>), the handlers a constructor subscribed to an event it raises, and an instance
/// method of the enclosing object that assigns that object's field (<c>MarkBusy()</c> doing <c>_busy++</c>). A captured
/// variable or field they assign is changed from every thread at once (WEFT0008): at the write in a lambda, at the call
/// for a method (whose body is judged by its summary). Fails on the engine before, which ran an invoked lambda only
/// silently (its summary keeps nothing of captured variables) and whose summaries said nothing of assigned fields
/// (corpus round 13: CapturedDelegateInUpdate, EventRaisedInUpdate, InstanceHelperInUpdate).
/// </summary>
public sealed class CalledInPerThreadCallbackTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Streams
        {
            public List<int> Open { get; } = new();
        }

        """;

    [Fact]
    public Task Assignments_by_what_the_callback_invokes_or_calls_are_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + """
        public sealed class Census
        {
            private int _busyWorkers;
            private long _lastCount;

            public Census() => Idle += () => {|WEFT0008:_busyWorkers--|};

            public event Action? Idle;

            private void MarkBusy() => _busyWorkers++;

            private void Remember(long count) => _lastCount = count;

            public static async Task<long> CountAsync(WorkerPool pool)
            {
                long total = 0;
                Action<int> onCount = n => {|WEFT0008:total += n|};
                await Streams.UpdateAllAsync(pool, streams => onCount(streams.Open.Count));
                return total;
            }

            public static async Task<int> LocalFunctionThroughAVariableAsync(WorkerPool pool)
            {
                int seen = 0;
                Action<int> add = Add;
                await Streams.UpdateAllAsync(pool, streams => add(streams.Open.Count));
                return seen;

                void Add(int n) => {|WEFT0008:seen = seen + n|};
            }

            public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
            {
                if (streams.Open.Count > 0)
                {
                    {|WEFT0008:MarkBusy()|};
                    {|WEFT0008:Remember(streams.Open.Count)|};
                }
                else
                {
                    Idle?.Invoke();
                }
            });
        }
        """);

    [Fact]
    public Task Atomic_or_locked_changes_reads_and_calls_outside_the_callback_are_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + """
        public sealed class Census
        {
            private readonly object _gate = new();
            private int _busyWorkers;
            private int _idleWorkers;

            public Census() => Idle += () => Interlocked.Increment(ref _idleWorkers);

            public event Action? Idle;

            private void MarkBusy()
            {
                lock (_gate)
                {
                    _busyWorkers++;
                }
            }

            private int Busy() => _busyWorkers;

            public static async Task<long> CountAsync(WorkerPool pool)
            {
                long total = 0;
                Action<int> onCount = n => Interlocked.Add(ref total, n);
                await Streams.UpdateAllAsync(pool, streams => onCount(streams.Open.Count));
                return total;
            }

            public static long CountHere(IEnumerable<int> counts)
            {
                long total = 0;
                Action<int> onCount = n => total += n;
                foreach (int n in counts)
                {
                    onCount(n);
                }

                return total;
            }

            public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
            {
                if (streams.Open.Count > Busy())
                {
                    MarkBusy();
                }
                else
                {
                    Idle?.Invoke();
                }
            });
        }
        """);
}
