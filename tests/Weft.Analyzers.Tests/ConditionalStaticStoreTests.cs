using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A static assigned a conditional or switch expression from worker code: the control-flow graph captures the target
/// before splitting the value into branches. That is a read-modify-write only when the value reads the static (or a
/// lowered <c>??=</c> tests it); a plain store of a value that does not read it is not. Fails on the engine before
/// (every such store was a "compound assignment").
/// </summary>
public sealed class ConditionalStaticStoreTests
{
    [Fact]
    public Task A_conditional_that_reads_the_static_is_reported_one_that_does_not_is_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using Weft.Threading;
        namespace App;

        public enum Circuit { Closed, Open, HalfOpen }

        public static class Breaker
        {
            private static Circuit s_state;
            private static Circuit s_last;
            private static object? s_lock;

            public static void OnFailure(Dispatcher worker) =>
                worker.Post(() => {|WEFT0006:s_state = s_state switch { Circuit.Closed => Circuit.Open, _ => s_state }|});

            public static void Toggle(Dispatcher worker, bool open) =>
                worker.Post(() => {|WEFT0006:s_state = open ? Circuit.Open : s_state|});

            public static void Lazy(Dispatcher worker) =>
                worker.Post(() => {|WEFT0006:s_lock ??= new object()|});

            public static void Record(Dispatcher worker, bool open) =>
                worker.Post(() => s_last = open ? Circuit.Open : Circuit.Closed);

            public static void Classify(Dispatcher worker, int failures) =>
                worker.Post(() => s_last = failures switch { 0 => Circuit.Closed, < 5 => Circuit.HalfOpen, _ => Circuit.Open });
        }
        """);
}
