using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Work one call below an off-pool callback (`new Timer(_ => Trim())`): the fields the called method of the same
/// instance reads are read on the timer's thread, as if the lambda read them itself. Fails on the engine before this
/// rule (only the lambda's own reads counted). Reported where the worker state is stored into the other type.
/// </summary>
public sealed class OffThreadCalleeTests
{
    [Fact]
    public Task A_timer_callback_calling_a_method_that_reads_a_field_holding_worker_state_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Backlog
        {
            public List<string> Pending { get; } = new();
        }

        public static class Setup
        {
            public static void Attach(Watcher watcher) => {|WEFT0004:watcher.Watch(Backlog.Current.Pending, 1000)|};
        }

        public sealed class Watcher : IDisposable
        {
            private readonly Timer _timer;
            private List<string>? _watched;
            private int _max = 1000;

            public Watcher() => _timer = new Timer(_ => Trim(), null, 5000, 5000);

            public void Watch(List<string> backlog, int max)
            {
                _watched = backlog;
                _max = max;
            }

            private void Trim()
            {
                List<string>? backlog = _watched;
                if (backlog is not null && backlog.Count > _max) backlog.RemoveRange(0, backlog.Count - _max);
            }

            public void Dispose() => _timer.Dispose();
        }
        """);
}
