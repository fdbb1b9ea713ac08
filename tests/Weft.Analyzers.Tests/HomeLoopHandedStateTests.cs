using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Worker state handed to a type by its caller (a constructor or method parameter) and kept in a field, in the same
/// body that keeps the calling loop (<c>_home = Dispatcher.Current</c>), was stored on the caller's thread — the one
/// whose state it is — so posting what the field holds to <c>_home</c> sends it back there: quiet, also when the loop
/// field is <c>readonly</c> (set in the constructor). Stored by different bodies, or with the loop handed in rather
/// than read, still reported. Corpus round 10, cause 1; the quiet tests fail on the engine before.
/// </summary>
public sealed class HomeLoopHandedStateTests
{
    private const string Cache = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class SessionCache
        {
            public List<string> Recent { get; } = new();
        }

        """;

    [Fact]
    public Task State_and_loop_kept_by_the_constructor_then_posted_home_from_a_timer_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Cache + """
        public sealed class Reporter : IDisposable
        {
            private readonly List<string> _recent;
            private readonly Dispatcher _home;
            private Timer? _timer;

            public Reporter(List<string> recent)
            {
                _recent = recent;
                _home = Dispatcher.Current!;
            }

            public void Schedule() => _timer = new Timer(_ => _home.Post(() => _recent.Clear()), null, 1000, Timeout.Infinite);

            public void Dispose() => _timer?.Dispose();
        }

        public static class Reports
        {
            public static Reporter Start()
            {
                var reporter = new Reporter(SessionCache.Current.Recent);
                reporter.Schedule();
                return reporter;
            }
        }
        """);

    [Fact]
    public Task State_and_loop_kept_by_one_method_from_its_parameter_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Cache + """
        public sealed class Trimmer
        {
            private List<string>? _recent;
            private Dispatcher? _home;

            public void Attach(List<string> recent)
            {
                _recent = recent;
                _home = Dispatcher.Current;
            }

            public void TrimLater() => ThreadPool.QueueUserWorkItem(_ => _home!.Post(() => _recent!.Clear()));
        }

        public static class Wiring
        {
            public static Trimmer Attach()
            {
                var trimmer = new Trimmer();
                trimmer.Attach(SessionCache.Current.Recent);
                return trimmer;
            }
        }
        """);

    [Fact]
    public Task State_read_and_a_readonly_loop_kept_by_the_constructor_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Cache + """
        public sealed class Observer
        {
            private readonly SessionCache _cache;
            private readonly Dispatcher _home;

            public Observer()
            {
                _cache = SessionCache.Current;
                _home = Dispatcher.Current!;
            }

            public void OnNext(int value) => _home.Post(() => Console.WriteLine(_cache.Recent.Count + value));

            public void Start() => new Thread(() => OnNext(1)).Start();
        }
        """);

    [Fact]
    public Task State_from_the_constructor_and_the_loop_from_another_method_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Cache + """
        public sealed class Reporter
        {
            private readonly List<string> _recent;
            private Dispatcher? _home;
            private Timer? _timer;

            public Reporter(List<string> recent) => _recent = recent;

            public void Bind() => _home = Dispatcher.Current;

            public void Schedule() => _timer = new Timer(_ => _home!.Post(() => _recent.Clear()), null, 1000, Timeout.Infinite);
        }

        public static class Reports
        {
            public static Reporter Start()
            {
                var reporter = {|WEFT0004:new Reporter(SessionCache.Current.Recent)|};
                reporter.Bind();
                reporter.Schedule();
                return reporter;
            }
        }
        """);

    [Fact]
    public Task State_kept_beside_a_loop_handed_in_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Cache + """
        public sealed class Reporter
        {
            private readonly List<string> _recent;
            private readonly Dispatcher _home;
            private Timer? _timer;

            public Reporter(List<string> recent, Dispatcher home)
            {
                _recent = recent;
                _home = home;
            }

            public void Schedule() => _timer = new Timer(_ => _home.Post(() => _recent.Clear()), null, 1000, Timeout.Infinite);
        }

        public static class Reports
        {
            public static Reporter Start(Dispatcher main)
            {
                var reporter = {|WEFT0004:new Reporter(SessionCache.Current.Recent, main)|};
                reporter.Schedule();
                return reporter;
            }
        }
        """);
}
