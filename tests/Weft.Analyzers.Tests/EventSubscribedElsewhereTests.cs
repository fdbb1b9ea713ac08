using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A handler added to a user event by another class (<c>clock.Tick += () => …</c>) runs where the event's own type
/// raises it: raised from <c>Task.Run</c> or a new thread, a <c>Current</c> the handler reads is read there (WEFT0005,
/// at the read); raised in a callback every worker runs, a captured variable the handler changes is changed from every
/// worker at once (WEFT0008, at the write). The subscriptions are found across the compilation, not only in the
/// event's type's constructors. Fails on the engine before, which knew only those constructors' handlers (corpus round
/// 13: UserEventRaisedOnPool).
/// </summary>
public sealed class EventSubscribedElsewhereTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Greeting
        {
            public string Text { get; init; } = "";
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Streams
        {
            public List<int> Open { get; } = new();
        }

        public sealed class Clock
        {
            public event Action? Tick;

            public event Action<string>? Named;

            public Task Start() => Task.Run(() => Tick?.Invoke());

            public void StartThread() => new Thread(() => Named?.Invoke("worker")).Start();

            public void RaiseHere() => Tick?.Invoke();
        }

        public sealed class Scanner
        {
            public event Action? Idle;

            public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
            {
                if (streams.Open.Count == 0)
                {
                    Idle?.Invoke();
                }
            });
        }

        """;

    [Fact]
    public Task A_Current_read_in_a_handler_another_class_adds_to_an_event_raised_off_the_loop_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Banner
        {
            public static Task Install(Clock clock)
            {
                clock.Tick += () => Console.WriteLine({|WEFT0005:Greeting.Current|}.Text);
                clock.Named += name => Console.WriteLine(name + {|WEFT0005:Greeting.Current|}.Text);
                clock.StartThread();
                return clock.Start();
            }
        }
        """);

    [Fact]
    public Task A_handler_raised_on_the_callers_thread_or_reading_no_slot_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class Ticker
        {
            public event Action? Beat;

            public void Raise() => Beat?.Invoke();
        }

        public static class Banner
        {
            public static Task Install(Clock clock, Ticker ticker)
            {
                string text = Greeting.Current.Text;
                ticker.Beat += () => Console.WriteLine(Greeting.Current.Text);
                ticker.Raise();
                clock.Tick += () => Console.WriteLine(text);
                clock.RaiseHere();
                return clock.Start();
            }
        }
        """);

    [Fact]
    public Task A_captured_counter_a_handler_changes_when_every_worker_raises_the_event_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Dashboard
        {
            public static async Task<int> CountIdleAsync(WorkerPool pool)
            {
                int idle = 0;
                var scanner = new Scanner();
                scanner.Idle += () => {|WEFT0008:idle++|};
                await scanner.ScanAsync(pool);
                return idle;
            }

            public static async Task<int> CountIdleAtomicallyAsync(WorkerPool pool)
            {
                int idle = 0;
                var scanner = new Scanner();
                scanner.Idle += () => Interlocked.Increment(ref idle);
                await scanner.ScanAsync(pool);
                return idle;
            }
        }
        """);
}
