using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A helper that uses its parameter after its own <c>await … ConfigureAwait(false)</c> uses what the caller passed off
/// the caller's loop: worker state passed to it is reported at the argument (the helper's own body cannot know). Fails
/// on the engine before (the summary carried no such fact).
/// </summary>
public sealed class AsyncHelperParameterTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
        }

        """;

    [Fact]
    public Task Worker_state_passed_to_a_helper_that_writes_it_after_ConfigureAwait_false_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Fill
        {
            private static async Task FillAsync(Dictionary<string, int> target, Func<Task<int>> load)
            {
                int value = await load().ConfigureAwait(false);
                target["loaded"] = value;
            }

            private static async Task<int> CountAsync(Dictionary<string, int> source, Task pending)
            {
                await pending.ConfigureAwait(false);
                return source.Count;
            }

            public static Task Run(Func<Task<int>> load) => FillAsync({|WEFT0004:HostCache.Current.ByHost|}, load);

            public static Task<int> Count(Task pending) => CountAsync({|WEFT0004:HostCache.Current.ByHost|}, pending);
        }
        """);

    [Fact]
    public Task A_helper_that_stays_on_the_loop_or_gets_a_copy_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Fill
        {
            private static async Task FillAsync(Dictionary<string, int> target, Func<Task<int>> load)
            {
                int value = await load();
                target["loaded"] = value;
            }

            private static async Task<int> CountAsync(Dictionary<string, int> source, Task pending)
            {
                int count = source.Count;
                await pending.ConfigureAwait(false);
                return count;
            }

            public static Task Run(Func<Task<int>> load) => FillAsync(HostCache.Current.ByHost, load);

            public static Task<int> Count(Task pending) => CountAsync(HostCache.Current.ByHost, pending);

            public static Task<int> Copy(Task pending) => AfterAsync(new Dictionary<string, int>(HostCache.Current.ByHost), pending);

            private static async Task<int> AfterAsync(Dictionary<string, int> copy, Task pending)
            {
                await pending.ConfigureAwait(false);
                return copy.Count;
            }
        }
        """);
}
