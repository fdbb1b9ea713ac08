using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Worker state captured two lambdas deep (a listener's accept handler, then a connection's data callback) and passed to
/// a helper that hands its parameter to <c>Task.Run</c> is reported at the argument (WEFT0004). The helper's summary is
/// computed for a caller that deep, where its own lambda is past the depth bound and is not run: what it captures of
/// the helper's variables is handed over all the same. Fails on the engine before, where nothing was reported (corpus
/// round 9, cause 1).
/// </summary>
public sealed class DeepHelperHandOffTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Net;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Net;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counters
        {
            public Dictionary<string, int> ByCommand { get; } = new();
        }

        """;

    [Fact]
    public Task A_static_helper_two_lambdas_deep_that_runs_its_parameter_on_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Commands
        {
            public Listener Open(IPEndPoint endPoint)
            {
                Counters counters = Counters.Current;
                return Listener.Open(Dispatcher.Current!, endPoint, connection =>
                {
                    connection.Start((c, data) => Count({|WEFT0004:counters|}, data.Length.ToString()), (c, e) => { });
                });
            }

            private static void Count(Counters counters, string command)
            {
                _ = Task.Run(() => counters.ByCommand.Remove(command));
            }
        }
        """);

    [Fact]
    public Task An_instance_helper_two_lambdas_deep_that_runs_its_parameter_on_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Commands
        {
            public Listener Open(IPEndPoint endPoint)
            {
                Counters counters = Counters.Current;
                return Listener.Open(Dispatcher.Current!, endPoint, connection =>
                {
                    connection.Start((c, data) => Count({|WEFT0004:counters|}, data.Length.ToString()), (c, e) => { });
                });
            }

            private void Count(Counters counters, string command)
            {
                _ = Task.Run(() => counters.ByCommand.Remove(command));
            }
        }
        """);

    [Fact]
    public Task A_helper_two_lambdas_deep_whose_pool_lambda_captures_only_a_string_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Commands
        {
            public Listener Open(IPEndPoint endPoint)
            {
                Counters counters = Counters.Current;
                return Listener.Open(Dispatcher.Current!, endPoint, connection =>
                {
                    connection.Start((c, data) => Count(counters, data.Length.ToString()), (c, e) => { });
                });
            }

            private static void Count(Counters counters, string command)
            {
                counters.ByCommand.Remove(command);
                _ = Task.Run(() => System.Console.WriteLine(command));
            }
        }
        """);
}
