using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A user event raised off the loop, or in a callback every worker runs, runs every handler the compilation adds to it,
/// however the subscription is written: inside a lambda or a local function, as an instance method group
/// (<c>clock.Tick += OnTick;</c>, bound to the subscriber), or through an event with its own <c>add</c> accessor that
/// keeps handlers in a delegate field the raise invokes. Fails on the engine before, whose index of subscriptions knew
/// only lambdas and static method groups added in a member's own body to a field-like event.
/// </summary>
public sealed class SubscriptionFormsTests
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

            public Task Start() => Task.Run(() => Tick?.Invoke());

            public void RaiseHere() => Tick?.Invoke();
        }

        public sealed class ManualClock
        {
            private Action? _tick;

            public event Action Tick
            {
                add => _tick += value;
                remove => _tick -= value;
            }

            public Task Start() => Task.Run(() => _tick?.Invoke());

            public void RaiseHere() => _tick?.Invoke();
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
    public Task A_Current_read_by_a_handler_added_in_a_local_function_a_lambda_a_method_group_or_a_custom_accessor_and_raised_off_the_loop_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class Pager
        {
            public event Action? Page;

            // A named method's read is reported at the call that runs it (the WEFT0005 page), here the raise.
            public Task Start() => Task.Run(() => Page?{|WEFT0005:.Invoke()|});
        }

        public sealed class Banner
        {
            public Task InstallInLocalFunction(Clock clock)
            {
                void Hook() => clock.Tick += () => Console.WriteLine({|WEFT0005:Greeting.Current|}.Text);
                Hook();
                return clock.Start();
            }

            public Task InstallInLambda(Clock clock)
            {
                Action hook = () => clock.Tick += () => Console.WriteLine({|WEFT0005:Greeting.Current|}.Text);
                hook();
                return clock.Start();
            }

            public Task InstallMethodGroup(Pager pager)
            {
                pager.Page += Show;
                return pager.Start();
            }

            private void Show() => Console.WriteLine(Greeting.Current.Text);

            public Task InstallCustom(ManualClock clock)
            {
                clock.Tick += () => Console.WriteLine({|WEFT0005:Greeting.Current|}.Text);
                return clock.Start();
            }
        }
        """);

    [Fact]
    public Task The_same_handlers_raised_on_the_callers_thread_or_reading_no_slot_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class LocalClock
        {
            private Action? _tick;

            public event Action? Beat;

            public event Action Tick
            {
                add => _tick += value;
                remove => _tick -= value;
            }

            public void RaiseHere()
            {
                Beat?.Invoke();
                _tick?.Invoke();
            }
        }

        public sealed class Banner
        {
            private string _text = "";

            public void InstallInLocalFunction(LocalClock clock)
            {
                void Hook() => clock.Beat += () => Console.WriteLine(Greeting.Current.Text);
                Hook();
                Action hook = () => clock.Beat += Show;
                hook();
                clock.RaiseHere();
            }

            public Task InstallMethodGroup(Clock clock)
            {
                _text = Greeting.Current.Text;
                clock.Tick += Show;
                return clock.Start();
            }

            private void Show() => Console.WriteLine(_text.Length);

            public void InstallCustom(LocalClock clock)
            {
                clock.Tick += () => Console.WriteLine(Greeting.Current.Text);
                clock.RaiseHere();
            }
        }
        """);

    [Fact]
    public Task State_a_handler_changes_when_every_worker_raises_the_event_is_reported_in_every_subscription_form() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public sealed class Dashboard
        {
            private int _idle;

            public async Task<int> CountInLocalFunctionAsync(WorkerPool pool)
            {
                int idle = 0;
                var scanner = new Scanner();
                void Hook() => scanner.Idle += () => {|WEFT0008:idle++|};
                Hook();
                await scanner.ScanAsync(pool);
                return idle;
            }

            public async Task<int> CountWithMethodGroupAsync(WorkerPool pool)
            {
                var scanner = new Scanner();
                scanner.Idle += OnIdle;
                await scanner.ScanAsync(pool);
                return _idle;
            }

            private void OnIdle() => {|WEFT0008:_idle++|};
        }
        """);

    [Fact]
    public Task A_method_group_handler_that_changes_state_atomically_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public sealed class Dashboard
        {
            private int _idle;

            public async Task<int> CountWithMethodGroupAsync(WorkerPool pool)
            {
                var scanner = new Scanner();
                scanner.Idle += OnIdle;
                await scanner.ScanAsync(pool);
                return _idle;
            }

            private void OnIdle() => Interlocked.Increment(ref _idle);
        }
        """);
}
