using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A handler added to a field-like event of an object, then a callback run on every worker calling the method that
/// raises it: the handler runs on every worker at once (WEFT0008 at its write to the captured local). Was missed
/// (corpus round 15, EventHandlerInUpdate): <c>+=</c> on an event recorded a change to the object but not the handler
/// it keeps, so the raise ran nothing. A delegate field assigned the same way was already reported.
/// </summary>
public sealed class EventRaisedOnEveryThreadTests
{
    private const string Meter = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class QueueDepth
        {
            public long Depth { get; set; }
        }

        public sealed class Meter
        {
            public event Action<long>? Sampled;

            public void Sample(long value) => Sampled?.Invoke(value);
        }

        """;

    [Fact]
    public Task A_handler_summing_into_a_local_raised_from_every_worker_is_reported() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Meter + """
        public sealed class DepthReport(WorkerPool pool)
        {
            public async Task<long> TotalAsync()
            {
                long total = 0;
                var meter = new Meter();
                meter.Sampled += depth => {|WEFT0008:total += depth|};
                await QueueDepth.UpdateAllAsync(pool, q => meter.Sample(q.Depth));
                return total;
            }
        }
        """);

    [Fact]
    public Task Every_handler_added_is_kept_not_only_the_last() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Meter + """
        public sealed class DepthReport(WorkerPool pool)
        {
            public async Task<(long, long)> TotalAsync()
            {
                long total = 0;
                long peak = 0;
                var meter = new Meter();
                meter.Sampled += depth => {|WEFT0008:total += depth|};
                meter.Sampled += depth => Interlocked.Exchange(ref peak, depth);
                await QueueDepth.UpdateAllAsync(pool, q => meter.Sample(q.Depth));
                return (total, peak);
            }
        }
        """);

    [Fact]
    public Task An_atomic_handler_or_one_raised_only_on_the_caller_is_quiet() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Meter + """
        public sealed class DepthReport(WorkerPool pool)
        {
            public async Task<long> TotalAsync()
            {
                long total = 0;
                var meter = new Meter();
                meter.Sampled += depth => Interlocked.Add(ref total, depth);
                await QueueDepth.UpdateAllAsync(pool, q => meter.Sample(q.Depth));
                return total;
            }

            public long Once(long depth)
            {
                long total = 0;
                var meter = new Meter();
                meter.Sampled += d => total += d;
                meter.Sample(depth);
                return total;
            }
        }
        """);

    private const string Scanner = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Conns
        {
            public int Open;
        }

        public sealed class Scanner
        {
            public event Action? Idle;

            public void Scan(int open)
            {
                if (open == 0) Idle?.Invoke();
            }
        }

        """;

    // Corpus round 17 (IdleHandlerMethodGroup, LambdaHandlerFieldScanner): the scanner is a field the constructor
    // subscribed to, not an object made in the method that sweeps.
    [Fact]
    public Task Handlers_a_constructor_adds_to_a_fields_event_raised_from_every_worker_are_reported_at_their_writes() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Scanner + """
        public sealed class IdleMonitor
        {
            private int _idle;
            private int _seen;
            private readonly Scanner _scanner = new();

            public IdleMonitor()
            {
                _scanner.Idle += OnIdle;
                _scanner.Idle += () => {|WEFT0008:_seen++|};
            }

            private void OnIdle() => {|WEFT0008:_idle++|};

            public async Task<int> SweepAsync(WorkerPool pool)
            {
                await Conns.UpdateAllAsync(pool, c => _scanner.Scan(c.Open));
                return _idle + _seen;
            }
        }
        """);

    [Fact]
    public Task Atomic_handlers_a_constructor_adds_are_quiet() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Scanner + """
        public sealed class IdleMonitor
        {
            private int _idle;
            private readonly Scanner _scanner = new();

            public IdleMonitor() => _scanner.Idle += () => Interlocked.Increment(ref _idle);

            public async Task<int> SweepAsync(WorkerPool pool)
            {
                await Conns.UpdateAllAsync(pool, c => _scanner.Scan(c.Open));
                return _idle;
            }
        }
        """);
}
