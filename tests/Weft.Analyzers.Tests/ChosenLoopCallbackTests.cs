using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A delegate the callee runs on a loop it picks (<c>[RunsOnChosenLoop]</c>: a balanced listener's accept handler runs
/// on the worker the connection is balanced to) does not run on the caller's loop, even though the member may only be
/// called on a loop: worker state captured from the caller escapes (WEFT0004). A slot's <c>Current</c> read inside it
/// is the picked loop's own and is quiet (no WEFT0005). Fails on the engine before, which took the callback for the
/// calling loop's (it was marked <c>[RunsOnOwningLoop]</c> on a <c>[RequiresLoopThread]</c> member).
/// </summary>
public sealed class ChosenLoopCallbackTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using Weft;
        using Weft.Net;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Sessions
        {
            public readonly Dictionary<int, string> ByPort = new();
        }

        """;

    [Fact]
    public Task Worker_state_captured_by_a_balanced_listeners_accept_handler_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Front
        {
            public static BalancedListener Listen(WorkerPool pool)
            {
                var mine = Sessions.Current;
                return BalancedListener.Open(pool, new IPEndPoint(IPAddress.Loopback, 0), connection =>
                {
                    {|WEFT0004:mine|}.ByPort[connection.RemoteEndPoint!.GetHashCode()] = "accepted";
                    connection.Close();
                });
            }
        }
        """);

    [Fact]
    public Task A_user_api_marked_RunsOnChosenLoop_is_judged_by_the_attribute_alone() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Spreader
        {
            public void OnSomeWorker([RunsOnChosenLoop] Action work) { }
        }

        public static class Use
        {
            public static void Go(Spreader spreader)
            {
                var mine = Sessions.Current;
                spreader.OnSomeWorker(() => {|WEFT0004:mine|}.ByPort.Clear());
            }
        }
        """);

    [Fact]
    public Task Reading_Current_inside_the_accept_handler_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Front
        {
            public static BalancedListener Listen(WorkerPool pool)
            {
                return BalancedListener.Open(pool, new IPEndPoint(IPAddress.Loopback, 0), connection =>
                {
                    Sessions.Current.ByPort[connection.RemoteEndPoint!.GetHashCode()] = "accepted";
                    connection.Close();
                });
            }
        }
        """);
}
