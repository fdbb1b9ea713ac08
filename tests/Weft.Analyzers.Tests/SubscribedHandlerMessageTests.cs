using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A handler over worker state added to an event raised on another thread is reported at the subscription, and the
/// message names the handler (<c>'OnElapsed'</c>), not the whole subscription (<c>'_t.Elapsed += OnElapsed'</c>, as it
/// did before).
/// </summary>
public sealed class SubscribedHandlerMessageTests
{
    private const string Sessions = """
        using System.Collections.Generic;
        using System.Timers;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Sessions
        {
            private readonly Dictionary<string, int> _open = new();
            private readonly Timer _t = new(1000);

        """;

    [Fact]
    public Task A_method_group_subscribed_is_named_by_itself() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Sessions + """
            [WorkerUpdate]
            public void Start()
            {
                {|#0:_t.Elapsed += OnElapsed|};
                _t.Start();
            }

            private void OnElapsed(object? sender, ElapsedEventArgs e) => _open.Clear();
        }
        """,
        [
            new DiagnosticResult("WEFT0004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("OnElapsed", "its own per-worker 'Sessions' (this)", "a Timer.Elapsed handler"),
        ]);

    [Fact]
    public Task A_handler_made_explicitly_is_named_by_its_method() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Sessions + """
            [WorkerUpdate]
            public void Start()
            {
                {|#0:_t.Elapsed += new ElapsedEventHandler(this.OnElapsed)|};
                _t.Start();
            }

            private void OnElapsed(object? sender, ElapsedEventArgs e) => _open.Clear();
        }
        """,
        [
            new DiagnosticResult("WEFT0004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("this.OnElapsed", "its own per-worker 'Sessions' (this)", "a Timer.Elapsed handler"),
        ]);
}
